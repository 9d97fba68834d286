// Browser case for the picture export (issue 14 items 4 and 6), one CTest entry:
//   node picture_cases.mjs picture_png_has_size_and_content
// The "download a picture of the globe" button (clicked where the app drew it) gives a PNG of
// the asked width (2000 px; the height keeps the screen's aspect) and of the screen's size,
// drawn without the panels: globe pixels, many colours, labels, and the attribution band at
// the bottom with text in it. Logs the time from the click to the download at 4096 px.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { animationFrames, artifactPath, clickDrawn, query, runCaseFromArgv, until, waitReady } from './harness.mjs';
import { decodePng, pixelStatistics } from './png.mjs';

const BACKGROUND = [11, 19, 32]; // GlobeView::kBackground in 8 bits

// Chooses the width through the test hook, clicks the real button, returns the decoded PNG.
async function downloadPicture(page, width) {
  await query(page, `picture-width ${width}`);
  await animationFrames(page, 2);
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), clickDrawn(page, 'export-picture')]);
  const file = artifactPath(download.suggestedFilename());
  await download.saveAs(file);
  const ms = Date.now() - started;
  const png = decodePng(fs.readFileSync(file));
  return { name: download.suggestedFilename(), ms, ...png };
}

// The side panel's background (app/core/palette.h kPanel).
const PANEL = [248, 249, 251];

// Share of the left quarter (below the top 5 %) in the side panel's background.
function panelShare(img) {
  let grey = 0, n = 0;
  for (let y = Math.round(img.height * 0.05); y < img.height * 0.9; y += 2) {
    for (let x = 0; x < img.width / 4; x += 2) {
      const i = (y * img.width + x) * 4, r = img.rgba[i], g = img.rgba[i + 1], b = img.rgba[i + 2];
      if (Math.abs(r - PANEL[0]) <= 6 && Math.abs(g - PANEL[1]) <= 6 && Math.abs(b - PANEL[2]) <= 6) grey++;
      n++;
    }
  }
  return grey / n;
}

const pixel = (img, x, y) => Array.from(img.rgba.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3));
const isBackground = (p) => p.every((v, i) => Math.abs(v - BACKGROUND[i]) <= 3);

// Statistics of the rows [y0, y1) of the picture.
function band(img, y0, y1) {
  const rows = { width: img.width, height: y1 - y0, rgba: img.rgba.subarray(y0 * img.width * 4, y1 * img.width * 4) };
  let bright = 0;
  for (let i = 0; i < rows.width * rows.height; i++) if (rows.rgba[i * 4] > 150 && rows.rgba[i * 4 + 1] > 150) bright++;
  return { ...pixelStatistics(rows), bright };
}

// Each label box the app reports (picture pixels) holds text: light glyphs on their dark halo.
function labelsDrawn(img, boxes) {
  let drawn = 0, total = 0;
  for (let k = 0; k + 3 < boxes.length; k += 4) {
    const [x0, y0, w, h] = boxes.slice(k, k + 4).map(Math.round);
    let light = 0, dark = 0;
    for (let y = Math.max(0, y0); y < Math.min(img.height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(img.width, x0 + w); x++) {
        const i = (y * img.width + x) * 4;
        const l = 0.2126 * img.rgba[i] + 0.7152 * img.rgba[i + 1] + 0.0722 * img.rgba[i + 2];
        if (l > 170) light++; else if (l < 40) dark++;
      }
    }
    total++;
    if (light >= w * h * 0.04 && dark >= w * h * 0.04) drawn++;
  }
  return { drawn, total };
}

function checkPicture(img, expectWidth, expectHeight, state) {
  assert.equal(img.width, expectWidth, 'picture width');
  assert.equal(img.height, expectHeight, 'picture height (the screen\'s aspect)');
  const all = pixelStatistics(img);
  let globe = 0;
  for (let i = 0; i < img.width * img.height; i++) {
    const r = img.rgba[i * 4], g = img.rgba[i * 4 + 1], b = img.rgba[i * 4 + 2];
    if (Math.abs(r - BACKGROUND[0]) + Math.abs(g - BACKGROUND[1]) + Math.abs(b - BACKGROUND[2]) > 30) globe++;
  }
  const n = img.width * img.height;
  assert.ok(all.distinctColours > 200, `many colours: ${all.distinctColours}`);
  assert.ok(globe / n > 0.15, `globe pixels present: ${(globe / n).toFixed(3)}`);
  assert.ok(!isBackground(pixel(img, img.width >> 1, img.height >> 1)), 'the globe in the middle');
  const labels = labelsDrawn(img, state.picture.label_boxes);
  assert.ok(labels.total >= 10 && labels.drawn >= labels.total * 0.8, `labels drawn in their boxes: ${JSON.stringify(labels)}`);
  // No panels: the left quarter (the side panel on the screen, ImGui's neutral dark grey)
  // holds the globe and space (blue), not the panel.
  const left = panelShare(img);
  assert.ok(left < 0.05, `no panel in the picture: ${left.toFixed(3)} of the left quarter panel-grey`);
  // The attribution band: the bottom 2 % of the picture holds text (bright, non-uniform).
  const bottom = band(img, Math.round(img.height * 0.98), img.height);
  assert.ok(bottom.stddev > 8 && bottom.bright > 40 * (img.width / 1280), `attribution text at the bottom: ${JSON.stringify(bottom)}`);
  return { distinct: all.distinctColours, globeShare: globe / n, labels, bottom };
}

const cases = {
  async picture_png_has_size_and_content({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await until(page, 'globe', (g) => g.settled && g.labels > 5, 'globe settled with labels');
    await query(page, 'tab filters');
    await animationFrames(page, 2);
    const screen = await page.screenshot({ path: artifactPath('picture_screen.png') });
    assert.ok(panelShare(decodePng(screen)) > 0.5, 'the screen shows the side panel on the left');

    const wide = await downloadPicture(page, 2000);
    assert.equal(wide.name, 'twinning-atlas-globe-2000x1250.png');
    const state = await query(page, 'state');
    assert.deepEqual([state.picture.width, state.picture.height, state.picture.clamped], [2000, 1250, false]);
    const wideStats = checkPicture(wide, 2000, 1250, state);

    const atScreen = await downloadPicture(page, 0);
    checkPicture(atScreen, 1280, 800, await query(page, 'state'));

    const largest = await downloadPicture(page, 4096);
    const big = await query(page, 'state');
    checkPicture(largest, big.picture.width, big.picture.height, big);
    console.log(`picture 2000 px: ${JSON.stringify(wideStats)}`);
    console.log(`picture ${largest.width} x ${largest.height}: ${largest.ms} ms from the click to the download ` +
      `(drawing and reading back ${big.picture.capture_ms.toFixed(0)} ms), 2000 px: ${wide.ms} ms, screen: ${atScreen.ms} ms`);
    // After the picture the panels are back.
    await animationFrames(page, 2);
    assert.ok(panelShare(decodePng(await page.screenshot())) > 0.5, 'the side panel is back');
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'picture.' });
