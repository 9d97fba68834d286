// Render tests: golden screenshots of fixed globe views, compared in headless Chromium
// (SwiftShader) with a stated tolerance. One CTest entry per view (render.<view>).
//   node render_cases.mjs <view>                 compare with tests/render/golden/<view>.png
//   ATLAS_REBASELINE=1 node render_cases.mjs <view>   (or: ATLAS_REBASELINE=1 ctest -R render)
//                                                     writes the golden image instead
// A failing run writes <view>.actual.png and <view>.diff.png (differing pixels in red over
// a dimmed copy) under ATLAS_ARTIFACTS_DIR/render/.
//
// Tolerance: a pixel differs when any channel differs by more than 40 (of 255); the view
// fails when more than 0.5 % of the pixels differ. This absorbs antialiasing and
// rounding noise between SwiftShader builds but catches a missing layer, a moved camera,
// lost labels or a wrong colour scheme.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifactPath, launchBrowser, openPage, repo, startServer, waitReady } from './harness.mjs';
import { decodePng, encodePng } from './png.mjs';

export const CHANNEL_TOLERANCE = 40;
export const MAX_DIFFERING_SHARE = 0.005;

// Each view: the URL hash it opens and test-hook commands run before the screenshot.
// Panels are hidden ("ui off") so that the goldens show the globe, not the side panels.
const views = {
  default: { hash: '#v=1', commands: ['ui off'] },
  earth: { hash: '#v=1', commands: ['ui off', 'view earth'] },
  selected: { hash: '#v=1', commands: ['ui off', 'select DE:05315000', 'view default'] },  // Köln
};

export async function settle(page) {
  await page.waitForFunction(() => window.atlasTest.query('globe').settled, null, { timeout: 90000, polling: 100 });
  // Two more frames so that the settled state is what is on the canvas.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export function compareImages(expected, actual) {
  assert.equal(actual.width, expected.width, 'width differs');
  assert.equal(actual.height, expected.height, 'height differs');
  const diff = Buffer.alloc(actual.rgba.length);
  let differing = 0;
  for (let i = 0; i < actual.rgba.length; i += 4) {
    let max = 0;
    for (let c = 0; c < 3; c++) max = Math.max(max, Math.abs(actual.rgba[i + c] - expected.rgba[i + c]));
    const bad = max > CHANNEL_TOLERANCE;
    if (bad) differing++;
    const grey = (actual.rgba[i] + actual.rgba[i + 1] + actual.rgba[i + 2]) / 9;
    diff[i] = bad ? 255 : grey; diff[i + 1] = bad ? 0 : grey; diff[i + 2] = bad ? 0 : grey; diff[i + 3] = 255;
  }
  return { differing, share: differing / (actual.width * actual.height),
    diff: { width: actual.width, height: actual.height, rgba: diff } };
}

async function run(name) {
  const view = views[name];
  const golden = path.join(repo, 'tests/render/golden', `${name}.png`);
  const server = await startServer(`render_${name}`);
  const { browser, close } = await launchBrowser();
  try {
    const { page, log } = await openPage(browser);
    await page.goto(server.url + view.hash);
    await waitReady(page);
    for (const c of view.commands) {
      const reply = await page.evaluate((c) => window.atlasTest.query(c), c);
      assert.ok(!reply.error, `${c}: ${reply.error}`);
    }
    await settle(page);
    const png = await page.screenshot();
    assert.deepEqual(log.errors, []);
    if (process.env.ATLAS_REBASELINE === '1') {
      fs.mkdirSync(path.dirname(golden), { recursive: true });
      fs.writeFileSync(golden, png);
      console.log(`re-baselined ${golden}`);
      return;
    }
    assert.ok(fs.existsSync(golden), `no golden image ${golden}; run with ATLAS_REBASELINE=1`);
    const result = compareImages(decodePng(fs.readFileSync(golden)), decodePng(png));
    console.log(`${name}: ${result.differing} pixels differ (${(result.share * 100).toFixed(3)} %, limit ${MAX_DIFFERING_SHARE * 100} %)`);
    if (result.share > MAX_DIFFERING_SHARE) {
      const actualPath = artifactPath(`render/${name}.actual.png`);
      fs.mkdirSync(path.dirname(actualPath), { recursive: true });
      fs.writeFileSync(actualPath, png);
      fs.writeFileSync(artifactPath(`render/${name}.diff.png`), encodePng(result.diff));
      assert.fail(`${name} differs from ${golden}: see ${actualPath} and the .diff.png next to it`);
    }
  } finally {
    await close();
    await server.stop();
  }
}

if (process.argv[1] && process.argv[1].endsWith('render_cases.mjs')) {
  const name = process.argv[2];
  if (!views[name]) {
    console.error(`unknown view ${name}; views: ${Object.keys(views).join(', ')}`);
    process.exit(2);
  }
  try {
    await run(name);
    console.log(`render.${name}: passed`);
  } catch (e) {
    console.error(`FAIL render.${name}: ${e.stack || e}`);
    process.exit(1);
  }
}
