// Frame-time benchmark (not a test): headless Chromium at 1280x800, requestAnimationFrame
// to requestAnimationFrame intervals while every frame redraws (the app's main loop draws
// on every animation frame; the empty canvas clears on every frame). Software GL makes
// absolute times meaningless, so each figure stands next to an empty WebGL2 canvas
// measured in the same run (see ../../../shared/TOOLCHAIN.md).
//   ATLAS_SITE_DIR=build/web/site node tests/browser/frame_benchmark.mjs [frames]
// Each view is timed static (frames show the globe's cached image) and turning (the camera
// moves every frame, so every frame draws globe, arcs, points and labels in full).
// Next to the rAF intervals (quantised to the 60 Hz vsync) it prints the synchronous draw
// time: the last frame drawn in full N times, each waited for by reading a pixel back
// (test hook "draw-time"), and the same for a clear of the empty canvas; finer-grained,
// not capped by vsync. ATLAS_BENCH_LAYERS=31,1,2,4,8,16,0 also times the default view,
// turning, with only the given globe layers drawn (bit mask, see GlobeView::Layer:
// 1 globe, 2 borders and graticule, 4 arcs, 8 points, 16 labels) and with the panels
// hidden ("ui off"), to see what each costs; world mode then with none, only the world arcs
// (4) and only the world towns (8).
import { launchBrowser, openPage, startServer, waitReady } from './harness.mjs';
import { settle } from './render_cases.mjs';

const FRAMES = Number(process.argv[2] || 150);

async function frameIntervals(page, frames) {
  return page.evaluate((frames) => new Promise((resolve) => {
    const times = [];
    const tick = (t) => {
      times.push(t);
      if (times.length > frames + 10) resolve(times.slice(11).map((x, i) => x - times[i + 10]));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), frames);
}

function summary(intervals) {
  const s = [...intervals].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return { median: q(0.5), p95: q(0.95), n: s.length };
}

async function emptyCanvas(browser) {
  const { page, context } = await openPage(browser);
  await page.setContent('<html><body style="margin:0"><canvas id="c" width="1280" height="800"></canvas></body></html>');
  await page.evaluate(() => {
    const gl = document.getElementById('c').getContext('webgl2', { antialias: true });
    const loop = () => { gl.clearColor(0.04, 0.07, 0.12, 1); gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT); requestAnimationFrame(loop); };
    loop();
  });
  const r = summary(await frameIntervals(page, FRAMES));
  r.draw = await page.evaluate((n) => {
    const gl = document.getElementById('c').getContext('webgl2');
    const pixel = new Uint8Array(4);  // finish() is only a flush in Chromium: read a pixel back to wait
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    const start = performance.now();
    for (let i = 0; i < n; ++i) {
      gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    }
    return (performance.now() - start) / n;
  }, DRAWS);
  await context.close();
  return r;
}

const DRAWS = 20;
const drawTime = async (page) => (await page.evaluate((n) => window.atlasTest.query(`draw-time ${n}`), DRAWS)).ms_per_draw;
// Static: nothing changes, so frames show the globe's cached image (render/frame_cache.h).
// Turning: the camera turns a little every frame, so every frame draws the globe in full.
async function measure(page, turning = false) {
  if (turning) await page.evaluate(() => window.atlasTest.query('spin 0.05'));
  const r = summary(await frameIntervals(page, FRAMES));
  if (turning) await page.evaluate(() => window.atlasTest.query('spin 0'));
  r.draw = await drawTime(page);
  return r;
}

const transferred = (page) => page.evaluate(() => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return entries.reduce((sum, e) => sum + (e.transferSize || 0), 0);
});

const server = await startServer('frame_benchmark');
const { browser, close } = await launchBrowser();
try {
  const emptyBefore = await emptyCanvas(browser);
  const { page, context } = await openPage(browser);
  await page.goto(server.url);
  await waitReady(page);
  await settle(page);
  const globe = await page.evaluate(() => window.atlasTest.query('globe'));
  const startupBytes = await transferred(page);
  const defaultView = await measure(page);
  const defaultTurning = await measure(page, true);
  await page.evaluate(() => window.atlasTest.query('view default'));
  await settle(page);
  const uploadsBefore = (await page.evaluate(() => window.atlasTest.query('globe'))).uploads;
  const layerRows = [];
  if (process.env.ATLAS_BENCH_LAYERS) {
    for (const mask of process.env.ATLAS_BENCH_LAYERS.split(',')) {
      await page.evaluate((m) => window.atlasTest.query(`layers ${m}`), mask);
      layerRows.push([`layers ${mask}, turning`, await measure(page, true)]);
    }
    await page.evaluate(() => window.atlasTest.query('layers 255'));
    await page.evaluate(() => window.atlasTest.query('ui off'));
    layerRows.push(['ui off, turning', await measure(page, true)]);
    await page.evaluate(() => window.atlasTest.query('ui on'));
  }
  await page.evaluate(() => window.atlasTest.query('world on'));
  await page.evaluate(() => window.atlasTest.query('view earth'));
  await settle(page);
  const world = await measure(page);
  const worldTurning = await measure(page, true);
  if (process.env.ATLAS_BENCH_LAYERS) {
    for (const mask of ['0', '4', '8']) {  // none, world arcs, world towns (and the globe never)
      await page.evaluate((m) => window.atlasTest.query(`layers ${m}`), mask);
      layerRows.push([`world, layers ${mask}, turning`, await measure(page, true)]);
    }
    await page.evaluate(() => window.atlasTest.query('layers 255'));
  }
  const worldStats = await page.evaluate(() => window.atlasTest.query('globe'));
  const totalBytes = await transferred(page);
  await context.close();  // a page left open keeps drawing and would load the second empty-canvas run
  const emptyAfter = await emptyCanvas(browser);
  const empty = { median: (emptyBefore.median + emptyAfter.median) / 2, p95: (emptyBefore.p95 + emptyAfter.p95) / 2,
                  draw: (emptyBefore.draw + emptyAfter.draw) / 2 };
  const f = (x) => x.toFixed(1).padStart(6);
  const ratio = (a, b) => (a / b).toFixed(2).padStart(7);
  const row = (label, r) => console.log(`${label.padEnd(30)} ${f(r.median)}   ${f(r.p95)}     ${ratio(r.median, empty.median)}     ${ratio(r.p95, empty.p95)}     ${f(r.draw)}`);
  console.log(`frames per measurement: ${FRAMES} (1280x800, headless Chromium, SwiftShader); draw time: mean of ${DRAWS} synchronous redraws`);
  console.log(`                               median ms   p95 ms   median ratio   p95 ratio   draw ms`);
  row('empty WebGL2 canvas', empty);
  console.log(`  (before ${emptyBefore.median.toFixed(1)}/${emptyBefore.p95.toFixed(1)}/${emptyBefore.draw.toFixed(2)}, after ${emptyAfter.median.toFixed(1)}/${emptyAfter.p95.toFixed(1)}/${emptyAfter.draw.toFixed(2)})`);
  row('default view, static', defaultView);
  row('default view, turning', defaultTurning);
  row('world mode, static', world);
  row('world mode, turning', worldTurning);
  for (const [label, r] of layerRows) row(`  ${label.startsWith('world') ? '' : 'default, '}${label}`, r);
  console.log(`first complete frame: ${globe.first_complete_frame_ms.toFixed(0)} ms after navigation start`);
  console.log(`bytes transferred: ${startupBytes} at start-up, ${totalBytes - startupBytes} more for world mode (${totalBytes} total)`);
  console.log(`GPU uploads: ${uploadsBefore} up to the default view, ${worldStats.uploads - uploadsBefore} for world mode (none per frame)`);
  console.log(`scene: ${globe.points} towns, ${globe.arcs} arcs (${globe.default_suggestions} default suggestions); world: built in ${worldStats.world_build_ms.toFixed(0)} ms`);
} finally {
  await close();
  await server.stop();
}
