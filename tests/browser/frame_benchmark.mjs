// Frame-time benchmark (not a test): headless Chromium at 1280x800, requestAnimationFrame
// to requestAnimationFrame intervals while every frame redraws (the app's main loop draws
// on every animation frame; the empty canvas clears on every frame). Software GL makes
// absolute times meaningless, so each figure stands next to an empty WebGL2 canvas
// measured in the same run (see ../../../shared/TOOLCHAIN.md).
//   ATLAS_SITE_DIR=build/web/site node tests/browser/frame_benchmark.mjs [frames]
// ATLAS_BENCH_LAYERS=31,1,2,4,8,16,0 also times the default view with only the given
// globe layers drawn (bit mask, see GlobeView::Layer: 1 globe, 2 borders, 4 arcs,
// 8 points, 16 labels) and with the panels hidden ("ui off"), to see what each costs.
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
  await context.close();
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
  const { page } = await openPage(browser);
  await page.goto(server.url);
  await waitReady(page);
  await settle(page);
  const globe = await page.evaluate(() => window.atlasTest.query('globe'));
  const startupBytes = await transferred(page);
  const defaultView = summary(await frameIntervals(page, FRAMES));
  const uploadsBefore = (await page.evaluate(() => window.atlasTest.query('globe'))).uploads;
  const layerRows = [];
  if (process.env.ATLAS_BENCH_LAYERS) {
    for (const mask of process.env.ATLAS_BENCH_LAYERS.split(',')) {
      await page.evaluate((m) => window.atlasTest.query(`layers ${m}`), mask);
      layerRows.push([`layers ${mask}`, summary(await frameIntervals(page, FRAMES))]);
    }
    await page.evaluate(() => window.atlasTest.query('layers 255'));
    await page.evaluate(() => window.atlasTest.query('ui off'));
    layerRows.push(['ui off (all layers)', summary(await frameIntervals(page, FRAMES))]);
    await page.evaluate(() => window.atlasTest.query('ui on'));
  }
  await page.evaluate(() => window.atlasTest.query('world on'));
  await page.evaluate(() => window.atlasTest.query('view earth'));
  await settle(page);
  const world = summary(await frameIntervals(page, FRAMES));
  const worldStats = await page.evaluate(() => window.atlasTest.query('globe'));
  const totalBytes = await transferred(page);
  const emptyAfter = await emptyCanvas(browser);
  const empty = { median: (emptyBefore.median + emptyAfter.median) / 2, p95: (emptyBefore.p95 + emptyAfter.p95) / 2 };
  const f = (x) => x.toFixed(1).padStart(6);
  console.log(`frames per measurement: ${FRAMES} (1280x800, headless Chromium, SwiftShader)`);
  console.log(`                      median ms   p95 ms   median ratio   p95 ratio`);
  console.log(`empty WebGL2 canvas     ${f(empty.median)}   ${f(empty.p95)}        1.00        1.00   (before ${emptyBefore.median.toFixed(1)}/${emptyBefore.p95.toFixed(1)}, after ${emptyAfter.median.toFixed(1)}/${emptyAfter.p95.toFixed(1)})`);
  console.log(`default view            ${f(defaultView.median)}   ${f(defaultView.p95)}     ${(defaultView.median / empty.median).toFixed(2).padStart(7)}     ${(defaultView.p95 / empty.p95).toFixed(2).padStart(7)}`);
  console.log(`world mode              ${f(world.median)}   ${f(world.p95)}     ${(world.median / empty.median).toFixed(2).padStart(7)}     ${(world.p95 / empty.p95).toFixed(2).padStart(7)}`);
  for (const [label, r] of layerRows)
    console.log(`  default, ${label.padEnd(20)} ${f(r.median)}   ${f(r.p95)}     ${(r.median / empty.median).toFixed(2).padStart(7)}     ${(r.p95 / empty.p95).toFixed(2).padStart(7)}`);
  console.log(`first complete frame: ${globe.first_complete_frame_ms.toFixed(0)} ms after navigation start`);
  console.log(`bytes transferred: ${startupBytes} at start-up, ${totalBytes - startupBytes} more for world mode (${totalBytes} total)`);
  console.log(`GPU uploads: ${uploadsBefore} up to the default view, ${worldStats.uploads - uploadsBefore} for world mode (none per frame)`);
  console.log(`scene: ${globe.points} towns, ${globe.arcs} arcs (${globe.default_suggestions} default suggestions); world: built in ${worldStats.world_build_ms.toFixed(0)} ms`);
} finally {
  await close();
  await server.stop();
}
