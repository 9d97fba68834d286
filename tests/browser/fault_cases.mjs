// Faults in the browser (issue 15 item 3): a lost and restored WebGL context, a start-up data
// file that is missing, truncated or corrupt (one URL answered wrongly through page.route, the
// rest served by the real nginx), an unreadable towns.json, and the world network failing to
// load, then retried. One CTest entry per case: node fault_cases.mjs <case>
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { animationFrames, appState, artifactPath, clickDrawn, query, runCaseFromArgv, until, waitReady } from './harness.mjs';
import { decodePng, pixelStatistics } from './png.mjs';
import { settle } from './render_cases.mjs';

const KOELN = 'DE:05315000';
// A selection, a filter (goal tag, founding years) and a camera: all must survive a lost context.
const STATE_HASH = `#v=1&cam=51.500,7.000,2.500&sel=${encodeURIComponent(KOELN)}&tags=coal_legacy&yr=1950,2000`;

// The page's errors other than those the injected fault itself causes (the browser logs a
// failed response of `file` as an error, and the harness records its status).
const unexpectedErrors = (log, file) => log.errors.filter((e) => !(e.includes(file) || /Failed to load resource/.test(e)));

// Share of pixels whose largest channel difference exceeds 24 (labels and panels included).
function differingShare(a, b) {
  let differing = 0;
  for (let i = 0; i < a.rgba.length; i += 4) {
    const d = Math.max(Math.abs(a.rgba[i] - b.rgba[i]), Math.abs(a.rgba[i + 1] - b.rgba[i + 1]),
      Math.abs(a.rgba[i + 2] - b.rgba[i + 2]));
    if (d > 24) differing += 1;
  }
  return differing / (a.width * a.height);
}

// Loses the page's WebGL context and restores it (WEBGL_lose_context), then checks that the app
// drew nothing while it was lost, showed its notice, and draws the same view again afterwards:
// the same state (selection, filters in the hash, camera) and the same picture, no GL errors.
async function viewSurvivesLostContext(page, tag) {
  const before = await appState(page);
  const imageBefore = decodePng(await page.screenshot());
  const drawnBefore = (await query(page, 'globe')).rendered_frames;
  await page.evaluate(() => {
    window.lostContextTest = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.lostContextTest.loseContext();
  });
  await until(page, 'state', (s) => s.gpu_lost, 'the app to notice the lost context');
  assert.equal(await page.isVisible('#graphics-notice'), true, 'no notice while the context is lost');
  assert.match(await page.textContent('#graphics-notice'), /graphics were interrupted/);
  const framesLost = (await query(page, 'globe')).frames;
  await animationFrames(page, 10);
  assert.equal((await query(page, 'globe')).frames, framesLost, 'the globe was updated while the context was lost');
  await page.screenshot({ path: artifactPath(`fault_context_lost_${tag}.png`) });

  await page.evaluate(() => window.lostContextTest.restoreContext());
  await until(page, 'state', (s) => !s.gpu_lost, 'the app to notice the restored context');
  await until(page, 'globe', (g) => g.gpu_restores === 1 && g.rendered_frames > drawnBefore, 'the globe drawn again');
  await settle(page);
  assert.equal(await page.isVisible('#graphics-notice'), false, 'the notice stayed');
  assert.equal((await query(page, 'gl-error')).error, 0, 'a GL error after the restore');
  const after = await appState(page);
  for (const key of ['hash', 'selected', 'camera', 'towns', 'partnerships']) assert.deepEqual(after[key], before[key], key);
  const imageAfter = decodePng(await page.screenshot({ path: artifactPath(`fault_context_restored_${tag}.png`) }));
  const stats = pixelStatistics(imageAfter);
  assert.ok(stats.stddev > 4 && stats.distinctColours > 50, `the globe is not drawn again: ${JSON.stringify(stats)}`);
  const share = differingShare(imageBefore, imageAfter);
  console.log(`${tag}: pixels differing before/after the lost context`, share.toFixed(4), JSON.stringify(stats));
  assert.ok(share < 0.01, `the view differs after the restore in ${(share * 100).toFixed(2)} % of the pixels`);
}

// Serves `file` (a path under the site, e.g. "data/profiles.json") as `fault` says: "missing"
// (404), "truncated" (the first half of the real file) or "corrupt" (a control byte, which JSON
// allows neither inside nor outside a string, written over the middle of the real file).
async function injectFault(page, file, fault) {
  await page.route(`**/${file}`, async (route) => {
    if (fault === 'missing') return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not here' });
    const real = await route.fetch();
    const text = await real.text();
    const half = Math.floor(text.length / 2);
    const body = fault === 'truncated' ? text.slice(0, half) : text.slice(0, half) + '\u0001' + text.slice(half + 1);
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

// A non-fatal file that failed: the app starts with the rest, and the notice it draws names the
// file, the reason (the place of a syntax error) and what is unavailable, in the UI's language.
async function nonFatalFileFault({ page, log, server }, fault, language, expected) {
  await injectFault(page, 'data/profiles.json', fault);
  await page.goto(`${server.url}#v=1&lang=${language}`);
  await waitReady(page);
  const state = await appState(page);
  assert.equal(state.ready, true);
  assert.ok(state.towns > 1000 && state.partnerships > 100, `the rest was not loaded: ${state.towns} towns`);
  assert.equal(state.file_faults.length, 1, JSON.stringify(state.file_faults));
  for (const want of expected) assert.match(state.file_faults[0], want);
  const notice = state.notices.find((n) => n.includes('profiles.json'));
  assert.ok(notice, `no notice names profiles.json: ${JSON.stringify(state.notices)}`);
  assert.match(notice, language === 'de' ? /Ziele, Herausforderungen und Kennzahlen/ : /Goals, challenges and indicators/);
  // The notice is drawn (the drawn-text log of the next frames).
  await query(page, 'text-log on');
  await animationFrames(page, 3);
  const lines = (await query(page, 'text-log')).lines.map((l) => l.text).join(' ');
  assert.ok(lines.includes('profiles.json'), 'the notice naming profiles.json was not drawn');
  await page.screenshot({ path: artifactPath(`fault_${fault}_profiles_${language}.png`) });
  // Selecting a town still works without its profile.
  await query(page, `select ${KOELN}`);
  await until(page, 'state', (s) => s.selected === KOELN, 'Köln selected');
  assert.deepEqual(unexpectedErrors(log, 'profiles.json'), []);
}

// data/towns_pool.json (loaded after the first view) missing or damaged: the notice names it
// and says what is missing; the app goes on with the towns of the first view, and the selected
// town still gets suggestions from the places the partnerships name.
async function poolFault({ page, log, server }, fault, language, expected) {
  await injectFault(page, 'data/towns_pool.json', fault);
  await page.goto(`${server.url}#v=1&lang=${language}&sel=DE:05978016`);  // Holzwickede
  await waitReady(page);
  const state = await appState(page);
  assert.equal(state.pool, 'failed');
  assert.equal(state.file_faults.length, 1, JSON.stringify(state.file_faults));
  for (const want of expected) assert.match(state.file_faults[0], want);
  const notice = state.notices.find((n) => n.includes('towns_pool.json'));
  assert.ok(notice, `no notice names towns_pool.json: ${JSON.stringify(state.notices)}`);
  assert.match(notice, language === 'de' ? /Vorschläge beschränken sich/ : /Suggestions are limited to the places/);
  assert.deepEqual(state.load_problems, []);
  const towns = JSON.parse(fs.readFileSync(`${process.env.ATLAS_SITE_DIR}/data/towns.json`, 'utf8'));
  assert.equal(state.towns, towns.towns.length + towns.candidates.rows.length, 'the first view\'s towns');
  await until(page, 'suggest-list', (l) => l.base === 'DE:05978016' && l.list.length > 0, 'suggestions without the pool');
  await animationFrames(page, 2);
  await page.screenshot({ path: artifactPath(`fault_${fault}_pool_${language}.png`) });
  assert.deepEqual(unexpectedErrors(log, 'towns_pool.json'), []);
}

// towns.json unreadable: the page's error box says so readably (the app's message in its
// language names the file and the problem), not a blank page and not a stack.
async function townsFault({ page, log, server }, fault, language, expected) {
  await injectFault(page, 'data/towns.json', fault);
  await page.goto(`${server.url}#v=1&lang=${language}`);
  await assert.rejects(waitReady(page), /reported an error/);
  assert.equal(await page.isVisible('#error'), true, 'the error box is not shown');
  assert.equal(await page.isVisible('#error-hint'), false, 'a browser hint for a data fault');
  const text = await page.textContent('#error-text');
  assert.match(text, /towns\.json/);
  for (const want of expected) assert.match(text, want);
  assert.doesNotMatch(text, /at \w+ \(|\.wasm:|Error:/, 'a stack or raw error in the message');
  assert.equal((await appState(page)).failed, true);
  await page.screenshot({ path: artifactPath(`fault_${fault}_towns_${language}.png`) });
  assert.deepEqual(unexpectedErrors(log, 'towns.json'), []);
}

const cases = {
  // WEBGL_lose_context: the page prevents the lost event's default, the app stops drawing and
  // shows a notice, and after restoreContext() every GL object is made again: the same view
  // (selection, filters, camera) is drawn without a reload and without GL errors.
  async context_lost_and_restored({ page, log, server }) {
    await page.goto(server.url + STATE_HASH);
    await waitReady(page);
    await settle(page);
    await viewSurvivesLostContext(page, 'nrw_uk');
    const hash = (await appState(page)).hash;
    assert.match(hash, /tags=coal_legacy/);
    assert.match(hash, /yr=1950,2000/);
    assert.deepEqual(log.errors, []);
  },

  // The same in world mode: the world network's points and arcs are uploaded again.
  async context_lost_in_world_mode({ page, log, server }) {
    await page.goto(server.url + `#v=1&sel=${encodeURIComponent(KOELN)}`);
    await waitReady(page);
    await query(page, 'world on');
    await page.waitForFunction(() => window.atlasTest.query('globe').world_built, null, { timeout: 90000, polling: 100 });
    await query(page, 'view earth');
    await settle(page);
    await viewSurvivesLostContext(page, 'world');
    assert.equal((await query(page, 'globe')).world_built, true);
    assert.deepEqual(log.errors, []);
  },

  data_file_missing_named_app_goes_on: (v) =>
    nonFatalFileFault(v, 'missing', 'de', [/profiles\.json konnte nicht geladen werden \(HTTP 404\)/]),
  data_file_truncated_named_with_place: (v) =>
    nonFatalFileFault(v, 'truncated', 'en', [/profiles\.json is damaged/, /line \d+, column \d+/]),
  data_file_corrupt_named_with_place: (v) =>
    nonFatalFileFault(v, 'corrupt', 'en', [/profiles\.json is damaged/, /line \d+, column \d+/]),
  pool_missing_named_app_goes_on: (v) =>
    poolFault(v, 'missing', 'en', [/towns_pool\.json could not be loaded \(HTTP 404\)/]),
  pool_corrupt_named_german: (v) => poolFault(v, 'corrupt', 'de', [/towns_pool\.json ist beschädigt/, /Zeile \d+, Spalte \d+/]),
  towns_missing_is_fatal: (v) => townsFault(v, 'missing', 'en', [/cannot start/, /HTTP 404/]),
  towns_truncated_is_fatal_german: (v) => townsFault(v, 'truncated', 'de', [/kann daher nicht starten/, /Zeile \d+, Spalte \d+/]),

  // The world network's download fails: world mode says so and offers a retry; once the
  // network answers again, the retry loads it and world mode shows its towns.
  async world_network_failure_then_retry({ page, log, server }) {
    const failing = (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' });
    await page.route('**/data/world_network.json', failing);
    await page.goto(server.url);
    await waitReady(page);
    await query(page, 'world on');
    await until(page, 'globe', (g) => g.world_failed, 'world mode to report the failed download');
    assert.equal((await appState(page)).world_network_pairs, 0);
    await animationFrames(page, 2);
    await page.screenshot({ path: artifactPath('fault_world_failed.png') });
    await page.unroute('**/data/world_network.json', failing);
    await clickDrawn(page, 'world-retry');
    // Parsing and building the world network takes longer than until()'s 20 s on a busy machine.
    await page.waitForFunction(() => window.atlasTest.query('globe').world_built, null, { timeout: 90000, polling: 100 });
    assert.equal((await query(page, 'globe')).world_failed, false);
    assert.ok((await appState(page)).world_network_pairs > 10000);
    await query(page, 'view earth');
    await settle(page);
    assert.ok((await query(page, 'globe')).label_texts.length >= 20, 'world mode labels no towns');
    assert.deepEqual(unexpectedErrors(log, 'world_network.json'), []);
  },
};

runCaseFromArgv(cases, { prefix: 'fault.' });
