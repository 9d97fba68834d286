// Runs one browser test case by name (each is its own CTest entry): node run_case.mjs <case>
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { animationFrames, appState, artifactPath, waitReady, runCaseFromArgv, until } from './harness.mjs';
import { decodePng, pixelStatistics } from './png.mjs';
import { compareImages, settle } from './render_cases.mjs';

const globeQuery = (page, command) => page.evaluate((c) => window.atlasTest.query(c), command);

const cases = {
  async loads_without_errors({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const state = await appState(page);
    assert.equal(state.ready, true);
    assert.deepEqual(state.load_problems, []);
    assert.deepEqual(log.errors, []);
  },

  async canvas_not_blank({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const png = await page.screenshot({ path: artifactPath('app_shell.png') });
    const stats = pixelStatistics(decodePng(png));
    console.log('pixel statistics', JSON.stringify(stats));
    assert.ok(stats.stddev > 4, `luminance spread too small: ${stats.stddev}`);
    assert.ok(stats.distinctColours > 50, `too few distinct colours: ${stats.distinctColours}`);
    assert.ok(stats.nonDominantShare > 0.2, `image is mostly one colour: ${stats.nonDominantShare}`);
    assert.deepEqual(log.errors, []);
  },

  async wasm_served_gzip_with_mime({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const wasm = log.responses.find((r) => r.url().endsWith('/atlas.wasm'));
    assert.ok(wasm, 'atlas.wasm was not requested');
    const headers = await wasm.allHeaders();
    assert.equal(headers['content-type'], 'application/wasm');
    assert.equal(headers['content-encoding'], 'gzip');
    const index = log.responses.find((r) => r.url() === server.url);
    const indexHeaders = await index.allHeaders();
    assert.match(indexHeaders['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual(log.errors, []);
  },

  async security_headers_on_every_response({ page, log, server }) {
    // The shipped nginx config (web/security_headers.conf): the exact CSP of the README, a
    // Permissions-Policy that allows fullscreen (presenter mode) and denies devices, and COOP.
    const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
      "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    await page.goto(server.url);
    await waitReady(page);
    const pages = await Promise.all(['list.html', 'profile.html', 'manifest.json', 'no-such-file']
      .map((name) => page.request.get(server.url + name)));
    const responses = [...log.responses.filter((r) => r.url().startsWith(server.origin + '/')), ...pages];
    assert.ok(responses.length >= 8, `expected the page, code, data, fonts and pages, saw ${responses.length}`);
    for (const response of responses) {
      const headers = await (response.allHeaders ? response.allHeaders() : response.headers());
      const where = response.url();
      assert.equal(headers['content-security-policy'], csp, where);
      const permissions = headers['permissions-policy'] || '';
      assert.match(permissions, /(^|, )fullscreen=\(self\)(,|$)/, where);
      for (const feature of ['camera', 'microphone', 'geolocation', 'display-capture', 'usb', 'payment'])
        assert.match(permissions, new RegExp(`(^|, )${feature}=\\(\\)(,|$)`), `${where}: ${feature}`);
      assert.equal(headers['cross-origin-opener-policy'], 'same-origin', where);
      assert.equal(headers['x-content-type-options'], 'nosniff', where);
    }
    // Chromium took the policy: fullscreen allowed, the devices not.
    const allowed = await page.evaluate(() => ['fullscreen', 'camera', 'microphone', 'geolocation']
      .map((f) => document.featurePolicy ? document.featurePolicy.allowsFeature(f) : null));
    if (allowed[0] !== null) assert.deepEqual(allowed, [true, false, false, false]);
    assert.deepEqual(log.errors, []);
  },

  // Every page of the site: the app, list.html, and profile.html opened by the app's button
  // (a new tab, so requests are watched on the whole browser context).
  async only_same_origin_requests({ page, log, server }) {
    const requests = [];
    page.context().on('request', (r) => requests.push(r.url()));
    await page.goto(server.url);
    await waitReady(page);
    assert.ok(requests.length >= 5, `expected the page, loader, wasm and data requests, saw ${requests.length}`);
    await globeQuery(page, 'open-town DE:05515000');  // Münster
    await globeQuery(page, 'tab town');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), (async () => {
      await page.waitForFunction(() => !window.atlasTest.query('rect print-profile').error, null, { polling: 'raf' });
      const r = await globeQuery(page, 'rect print-profile');
      await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
    })()]);
    await tab.waitForFunction(() => document.documentElement.dataset.profileReady === 'shown');
    await page.goto(server.url + 'list.html');
    await page.waitForSelector('table');
    for (const name of ['profile.html', 'list.html', 'list.js', 'profile.js'])
      assert.ok(requests.some((u) => new URL(u).pathname === '/' + name), `${name} was requested`);
    const foreign = requests.filter((u) => !u.startsWith(server.origin + '/'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(log.errors, []);
  },

  async hash_restored_after_reload({ page, log, server }) {
    await page.goto(server.url + '#v=1&cam=50.500,7.250,3.000');
    await waitReady(page);
    let state = await appState(page);
    assert.deepEqual(state.camera, [50.5, 7.25, 3.0]);
    await page.reload();
    await waitReady(page);
    state = await appState(page);
    assert.deepEqual(state.camera, [50.5, 7.25, 3.0]);
    assert.match(await page.evaluate(() => location.hash), /cam=50\.500,7\.250,3\.000/);
    assert.deepEqual(log.errors, []);
  },

  // Issue 13: the first view's files are at most 1.0 MB gzip; data/towns_pool.json (the
  // candidate places only the suggestions need) is fetched once the first view is drawn, and a
  // link that selects one of its places (Selby) works once it is in, without a notice.
  async first_view_then_the_pool({ page, log, server }) {
    const site = process.env.ATLAS_SITE_DIR;
    const manifest = JSON.parse(fs.readFileSync(`${site}/manifest.json`, 'utf8'));
    const entry = manifest.files.find((f) => f.name === 'data/towns_pool.json');
    assert.ok(entry && entry.after_first_view === true && entry.startup === false, JSON.stringify(entry));
    const firstView = ['index.html', 'loader.js', 'atlas.js', 'style.css', 'manifest.json', 'favicon.svg',
      ...manifest.files.filter((f) => f.startup).map((f) => f.name)];
    const gzip = firstView.reduce((sum, name) => sum + fs.statSync(`${site}/${name}.gz`).size, 0);
    console.log(`first view: ${firstView.length} files, ${gzip} bytes gzip; pool ${entry.gzip_bytes} bytes gzip after it`);
    assert.ok(gzip <= 1000000, `the first view's files are ${gzip} bytes gzip, over 1.0 MB`);

    const data = (name) => JSON.parse(fs.readFileSync(`${site}/data/${name}`, 'utf8'));
    const towns = data('towns.json'), pool = data('towns_pool.json');
    const selby = pool.candidates.rows.find((r) => r[1] === 'Selby' && r[2] === 'GB');
    const id = `GN:${selby[0]}`;
    await page.addInitScript(() => {
      window.addEventListener('atlas-ready', () => {
        window.readyAt = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => { window.firstViewAt = performance.now(); }));
      });
    });
    await page.goto(`${server.url}#v=1&lang=en&sel=${encodeURIComponent(id)}`);
    await waitReady(page);
    const t = await page.evaluate(() => ({
      ready: window.readyAt, firstView: window.firstViewAt,
      pool: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/data/towns_pool.json')).map((r) => r.startTime),
    }));
    console.log(`ready ${t.ready.toFixed(0)} ms, two frames later ${t.firstView.toFixed(0)} ms, pool requested ${t.pool.map((x) => x.toFixed(0))} ms`);
    assert.equal(t.pool.length, 1, 'the pool fetched once');
    assert.ok(t.pool[0] > t.firstView, 'the pool was requested before the first view was drawn');
    const state = await appState(page);
    assert.equal(state.pool, 'loaded');
    assert.equal(state.towns, towns.towns.length + towns.candidates.rows.length + pool.candidates.rows.length);
    assert.equal(state.selected, id);
    assert.deepEqual(state.notices, [], 'a notice about the selected place');
    assert.deepEqual(state.load_problems, []);
    const inspector = await globeQuery(page, 'inspector');
    assert.equal(inspector.id, id);
    assert.equal(inspector.label, 'Selby (North Yorkshire)');
    assert.deepEqual(log.errors, []);
  },

  // While the pool is on its way (held back here) the selected town has no suggestions, and
  // its panel says the candidates are loading: a partial pool's list would change a moment
  // later. Once the pool is in, the suggestions come, some of them from the pool.
  async no_suggestions_from_a_partial_pool({ page, log, server }) {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/data/towns_pool.json', async (route) => { await held; await route.continue(); });
    await page.goto(`${server.url}#v=1&lang=en&sel=DE:05978016`);  // Holzwickede
    await waitReady(page, { firstView: true });
    await until(page, 'state', (s) => s.pool === 'loading', 'the pool requested');
    const before = await globeQuery(page, 'suggest-list');
    assert.equal(before.base, '');
    assert.deepEqual(before.list, []);
    await globeQuery(page, 'tab suggestions');
    await globeQuery(page, 'text-log on');
    await animationFrames(page, 3);
    const lines = (await globeQuery(page, 'text-log')).lines.map((l) => l.text).join('\n');
    assert.ok(lines.includes('Loading the candidate places…'), `not said: ${lines}`);
    assert.ok(!lines.includes('No suggestions'));
    await page.screenshot({ path: artifactPath('pool_loading.png') });
    assert.equal((await appState(page)).pool, 'loading');
    release();
    await waitReady(page);
    const pooled = new Set(JSON.parse(fs.readFileSync(`${process.env.ATLAS_SITE_DIR}/data/towns_pool.json`, 'utf8'))
      .candidates.rows.map((r) => `GN:${r[0]}`));
    await page.waitForFunction(() => window.atlasTest.query('suggest-list').list.length > 0, null, { timeout: 60000, polling: 50 });
    const after = await globeQuery(page, 'suggest-list');
    assert.equal(after.base, 'DE:05978016');
    console.log(`after the pool: ${after.list.map((s) => s.label).join('; ')}`);
    assert.ok(after.list.some((s) => pooled.has(s.id)), 'no suggestion from the pool');
    assert.deepEqual(log.errors, []);
  },

  async hostile_hash_ignored({ page, log, server }) {
    const hostile = '#v=1&cam=999,0,1&sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E&x=' + 'A'.repeat(300);
    await page.goto(server.url + hostile);
    await waitReady(page);
    const state = await appState(page);
    assert.equal(state.selected, '');
    assert.deepEqual(state.camera, [53.2, 1.5, 2.1]);
    assert.ok(state.notices.length >= 2, `expected notices, got ${JSON.stringify(state.notices)}`);
    const tooLong = '#v=1&cam=' + '1'.repeat(5000);
    await page.goto(server.url + tooLong);
    await page.reload();
    await waitReady(page);
    const second = await appState(page);
    assert.equal(second.ready, true);
    assert.deepEqual(log.errors, []);
  },

  async back_button_restores_state({ page, log, server }) {
    await page.goto(server.url + '#v=1&cam=50.000,7.000,3.000');
    await waitReady(page);
    await page.evaluate(() => { location.hash = 'v=1&cam=40.000,-3.000,4.000'; });
    await page.waitForFunction(() => window.atlasTest.query('state').camera[0] === 40, null, { polling: 50 });
    await page.goBack();
    await page.waitForFunction(() => window.atlasTest.query('state').camera[0] === 50, null, { polling: 50 });
    assert.deepEqual((await appState(page)).camera, [50, 7, 3]);
    assert.deepEqual(log.errors, []);
  },

  async high_dpi_canvas_follows_resize({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const canvasSize = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      const r = c.getBoundingClientRect();
      return { width: c.width, height: c.height, cssWidth: r.width, cssHeight: r.height, ratio: devicePixelRatio };
    });
    let size = await canvasSize();
    assert.equal(size.ratio, 2);
    assert.deepEqual([size.cssWidth, size.cssHeight], [1280, 800]);
    assert.deepEqual([size.width, size.height], [2560, 1600], 'backing store is CSS size x devicePixelRatio');
    await page.setViewportSize({ width: 900, height: 600 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 1800, null, { polling: 50 });
    size = await canvasSize();
    assert.deepEqual([size.width, size.height, size.cssWidth, size.cssHeight], [1800, 1200, 900, 600]);
    assert.deepEqual(log.errors, []);
  },

  async missing_webgl2_message({ page, server }) {
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.atlasError, null, { timeout: 60000, polling: 100 });
    const text = await page.textContent('#error-text');
    assert.match(text, /WebGL2/);
    assert.equal(await page.isVisible('#error'), true);
  },

  async wasm_load_failure_message({ page, server }) {
    await page.route('**/atlas.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.atlasError, null, { timeout: 60000, polling: 100 });
    assert.match(await page.textContent('#error-text'), /atlas\.wasm|could not be loaded/i);
    assert.equal(await page.isVisible('#error'), true);
  },

  // Every character in data/*.json (string values) and Welsh ŵ ŷ has a glyph in the UI font atlas.
  async glyph_atlas_covers_data({ page, log, server }) {
    const codePoints = new Set([0x175, 0x177]);
    const walk = (v) => {
      if (typeof v === 'string') { for (const ch of v) codePoints.add(ch.codePointAt(0)); }
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { walk(k); walk(x); });
    };
    const dataDir = new URL('../../data/', import.meta.url).pathname;
    for (const f of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(fs.readFileSync(dataDir + f, 'utf8')));
    await page.goto(server.url);
    await waitReady(page);
    const list = [...codePoints].filter((c) => c >= 0x20).map((c) => c.toString(16));
    assert.ok(list.length > 100, `expected many code points, got ${list.length}`);
    const missing = [];
    for (let i = 0; i < list.length; i += 200) {
      const reply = await page.evaluate((c) => window.atlasTest.query(c), 'glyphs-missing ' + list.slice(i, i + 200).join(','));
      missing.push(...reply.missing);
    }
    assert.deepEqual(missing.map((c) => String.fromCodePoint(c)), []);
    // The app's own strings (dataset and, once loaded, the world network) agree.
    await page.evaluate(() => window.atlasTest.query('world on'));
    await page.waitForFunction(() => window.atlasTest.query('globe').world_built, null, { timeout: 90000, polling: 100 });
    const own = await page.evaluate(() => window.atlasTest.query('glyphs-missing'));
    assert.ok(own.checked > 100);
    assert.deepEqual(own.missing, []);
    assert.deepEqual(log.errors, []);
  },

  // Issue 12: the default globe shows the real partnerships and no suggestion arcs.
  async default_view_draws_no_suggestion_arcs({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await settle(page);
    const globe = await globeQuery(page, 'globe');
    assert.equal(globe.suggestion_arcs, 0, 'suggestion arcs drawn before a town is selected');
    assert.equal(globe.default_suggestions, 0, 'first suggestions computed although the toggle is off');
    assert.equal(globe.first_suggestions, false);
    assert.ok(globe.arcs > 100, `the partnerships should be drawn, saw ${globe.arcs} arcs`);
    assert.doesNotMatch((await appState(page)).hash, /firsts=/);
    assert.deepEqual(log.errors, []);
  },

  // Selecting a town draws its suggestions (and only them); the lists name each place with its
  // council; clearing the selection removes them again.
  async selected_town_shows_its_suggestions({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await settle(page);
    await globeQuery(page, 'select DE:05978016');  // Holzwickede
    await page.waitForFunction(() => window.atlasTest.query('globe').selection_suggestions > 0, null,
      { timeout: 60000, polling: 50 });
    await settle(page);
    const globe = await globeQuery(page, 'globe');
    const list = await globeQuery(page, 'suggest-list');
    assert.equal(list.base, 'DE:05978016');
    assert.equal(list.pool, 'uk');
    assert.equal(globe.selection_suggestions, Math.min(5, list.list.length));
    assert.equal(globe.suggestion_arcs, globe.selection_suggestions, 'arcs other than the selection\'s drawn');
    assert.equal(globe.first_suggestion_arcs, 0);
    console.log(`first query ${list.query_ms.toFixed(1)} ms, of which UK hub terms ${list.hub_build_ms.toFixed(1)} ms`);
    assert.ok(list.list.some((s) => / \(.+\)$/.test(s.label)), `no place named with its council: ${JSON.stringify(list.list)}`);
    const inspector = await globeQuery(page, 'inspector');
    const weymouth = inspector.partners.find((p) => p.name === 'Weymouth');
    assert.ok(weymouth, 'Holzwickede-Weymouth missing from the inspector');
    assert.equal(weymouth.label, 'Weymouth (Dorset Council)');
    assert.equal(weymouth.shared_text.length, 3, 'goals, challenges and partners abroad');
    assert.ok(inspector.suggestions.every((s) => s.explanation.startsWith(s.label)));
    await globeQuery(page, 'select ');
    await page.waitForFunction(() => window.atlasTest.query('globe').suggestion_arcs === 0, null,
      { timeout: 20000, polling: 50 });
    assert.deepEqual(log.errors, []);
  },

  // The "first suggestion of every town" toggle (firsts=1 in the link): one arc per NRW
  // municipality, drawn beneath the partnerships; switching it off removes them.
  async firsts_toggle_one_arc_per_municipality({ page, log, server }) {
    const towns = JSON.parse(fs.readFileSync(new URL('../../data/towns.json', import.meta.url), 'utf8')).towns;
    const municipalities = towns.filter((t) => t.k === 'nm').length;
    await page.goto(server.url + '#v=1&firsts=1');
    await waitReady(page);
    await page.waitForFunction(() => window.atlasTest.query('globe').firsts_done, null, { timeout: 90000, polling: 100 });
    await settle(page);
    const globe = await globeQuery(page, 'globe');
    console.log(`first suggestions: ${globe.default_suggestions} in ${globe.firsts_ms.toFixed(0)} ms wall, ` +
      `${globe.suggestions_ms.toFixed(0)} ms computing; UK hub terms ${globe.firsts_hub_build_ms.toFixed(0)} ms`);
    assert.equal(globe.nrw_municipalities, municipalities);
    assert.equal(globe.default_suggestions, municipalities);
    assert.equal(globe.first_suggestion_arcs, municipalities);
    assert.equal(globe.suggestion_arcs, municipalities);
    assert.match((await appState(page)).hash, /firsts=1/);
    await globeQuery(page, 'firsts off');
    await page.waitForFunction(() => window.atlasTest.query('globe').suggestion_arcs === 0, null,
      { timeout: 20000, polling: 50 });
    await page.waitForFunction(() => !window.atlasTest.query('state').hash.includes('firsts'), null,
      { timeout: 20000, polling: 50 });
    assert.deepEqual(log.errors, []);
  },

  // A real click on a town selects it (history entry); Back undoes it; hover shows a tooltip.
  async globe_click_selects_and_back_undoes({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await page.evaluate(() => window.atlasTest.query('ui off'));
    // settle() also lets frames pass: hiding the panel moves the globe in the next frame, and
    // the projection read below must be that frame's.
    await settle(page);
    const id = 'DE:05315000'; // Köln
    const pos = await page.evaluate((id) => window.atlasTest.query('project ' + id), id);
    assert.equal(pos.visible, true);
    await page.mouse.move(pos.x, pos.y);
    await page.waitForFunction((id) => window.atlasTest.query('globe').hover === id, id, { timeout: 10000, polling: 50 });
    assert.match((await page.evaluate(() => window.atlasTest.query('globe'))).tooltip, /Köln[\s\S]*Population/);
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction((id) => window.atlasTest.query('state').selected === id, id, { timeout: 10000, polling: 50 });
    assert.match(await page.evaluate(() => location.hash), /sel=DE%3A05315000/);
    await page.goBack();
    await page.waitForFunction(() => window.atlasTest.query('state').selected === '', null, { timeout: 10000, polling: 50 });
    assert.deepEqual(log.errors, []);
  },

  // The world network is not downloaded at start-up, only when world mode is entered.
  async world_mode_loads_lazily({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    assert.ok(!log.requests.some((u) => u.includes('world_network')), 'world network fetched at start-up');
    await page.evaluate(() => window.atlasTest.query('world on'));
    await page.waitForFunction(() => window.atlasTest.query('globe').world_built, null, { timeout: 90000, polling: 100 });
    assert.ok(log.requests.some((u) => u.includes('world_network.json')));
    assert.ok((await appState(page)).world_network_pairs > 10000);
    // World mode labels its best-connected towns; the NRW–UK labels are gone.
    await page.evaluate(() => window.atlasTest.query('view earth'));
    await settle(page);
    const texts = (await page.evaluate(() => window.atlasTest.query('globe'))).label_texts;
    assert.ok(texts.length >= 20, `only ${texts.length} labels in world mode`);
    assert.ok(!texts.includes('Shetland Islands'), 'an NRW–UK label in world mode');
    assert.deepEqual(log.errors, []);
  },

  // In world mode the town under the pointer is ringed and its arcs drawn in full while
  // all others dim (with nothing selected; a selection is ringed too: selection.world_mode_*).
  async world_hover_focuses_a_town({ page, log, server }) {
    await page.goto(server.url + '#v=1&cam=50.000,10.000,1.700');
    await waitReady(page);
    const q = (c) => page.evaluate((c) => window.atlasTest.query(c), c);
    await q('ui off');
    await q('world on');
    await page.waitForFunction(() => window.atlasTest.query('globe').world_built, null, { timeout: 90000, polling: 100 });
    await settle(page);
    const brightness = async () => pixelStatistics(decodePng(await page.screenshot())).mean;
    const before = await brightness();
    const globe = await q('globe');
    assert.deepEqual(globe.focus_points, [-1, -1]);
    const i = globe.label_texts.indexOf('Cologne');
    assert.ok(i >= 0, 'Cologne is not labelled');
    const [x, y, , h] = globe.label_boxes[i];
    await q(`hover ${x - 5} ${y + h / 2}`);  // the point left of its label
    await settle(page);
    const hovered = await q('globe');
    assert.match(hovered.tooltip, /\(DE\)\n\d+ twin towns?/);
    assert.ok(hovered.focus_points[0] >= 0, 'no world town in focus');
    assert.equal(hovered.focus_points[1], -1);
    const dimmed = await brightness();
    console.log(`mean brightness ${before.toFixed(2)} at rest, ${dimmed.toFixed(2)} with a town hovered`);
    assert.ok(dimmed < before * 0.97, 'the other arcs are not dimmed');
    await q('hover 2 2');  // out in space
    await settle(page);
    assert.deepEqual((await q('globe')).focus_points, [-1, -1]);
    assert.ok(Math.abs(await brightness() - before) < 0.5, 'not back to the undimmed view');
    assert.deepEqual(log.errors, []);
  },

  // A globe that does not change is shown from its cached image (no redraw of globe, arcs
  // and points), and looks the same; a change of focus draws it again.
  async static_globe_shown_from_cache({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await settle(page);
    const globe = () => page.evaluate(() => window.atlasTest.query('globe'));
    const before = await globe();
    const shotBefore = await page.screenshot();
    await animationFrames(page, 12);
    const after = await globe();
    assert.equal(after.rendered_frames, before.rendered_frames, 'a static globe was drawn again');
    assert.ok(after.cached_frames - before.cached_frames >= 10, `only ${after.cached_frames - before.cached_frames} cached frames`);
    const result = compareImages(decodePng(shotBefore), decodePng(await page.screenshot()));
    assert.equal(result.differing, 0, 'the cached image differs from the drawn one');
    assert.ok(pixelStatistics(decodePng(shotBefore)).stddev > 4);
    await page.evaluate(() => window.atlasTest.query('select DE:05315000'));
    await animationFrames(page, 3);
    assert.ok((await globe()).rendered_frames > after.rendered_frames, 'a new selection was not drawn');
    assert.deepEqual(log.errors, []);
  },

  // While the globe turns, the address follows a few times a second rather than every frame
  // (browsers throttle pages that replace their URL too often), and ends at the final view;
  // the frame, perhaps drawn at reduced resolution while turning (the canvas's backing store
  // shrinks), is sharp again at rest.
  async url_follows_camera_without_flooding({ page, log, server }) {
    await page.addInitScript(() => {
      window.__replaced = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args) => { window.__replaced++; return replace(...args); };
    });
    await page.goto(server.url);
    await waitReady(page);
    await settle(page);
    const start = await page.evaluate(() => ({ replaced: window.__replaced, t: performance.now() }));
    await page.evaluate(() => window.atlasTest.query('spin 0.5'));
    await animationFrames(page, 40);
    // The frame is drawn at the adaptive resolution: the canvas's backing store follows it.
    const canvasSize = () => page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { width: c.width, full: Math.floor(c.clientWidth * devicePixelRatio),
               scale: window.atlasTest.query('globe').render_scale };
    });
    const turning = await canvasSize();
    const turningScale = turning.scale;
    assert.equal(turning.width, turning.scale < 1 ? Math.max(1, Math.floor(turning.full * turning.scale)) : turning.full);
    await page.evaluate(() => window.atlasTest.query('spin 0'));
    const end = await page.evaluate(() => ({ replaced: window.__replaced, t: performance.now() }));
    const seconds = (end.t - start.t) / 1000;
    const replaced = end.replaced - start.replaced;
    assert.ok(replaced >= 1, 'the address did not follow the camera');
    assert.ok(replaced <= 4 * seconds + 2, `${replaced} URL replacements in ${seconds.toFixed(1)} s of turning`);
    const lon = (await appState(page)).camera[1];
    await page.waitForFunction((lon) => {
      const cam = /cam=([^&]+)/.exec(decodeURIComponent(location.hash));
      return cam && Math.abs(Number(cam[1].split(',')[1]) - lon) < 0.001;
    }, lon, { timeout: 5000, polling: 50 });
    // At rest the globe is drawn sharp again, whatever resolution it turned at (adaptive).
    await animationFrames(page, 2);
    console.log(`render scale while turning: ${turningScale}`);
    assert.equal((await page.evaluate(() => window.atlasTest.query('globe'))).render_scale, 1);
    const restCanvas = await canvasSize();
    assert.equal(restCanvas.width, restCanvas.full, 'the canvas is not back at full resolution');
    assert.deepEqual(log.errors, []);
  },

  // The open side panel is opaque and the globe shows beside it: labels are placed only
  // there, also when towns lie under the panel; hiding the panel gives them the screen.
  async labels_stay_beside_the_panel({ page, log, server }) {
    await page.goto(server.url + '#v=1&cam=53.000,22.000,1.900');  // the UK far left, under the panel
    await waitReady(page);
    await settle(page);
    const leeds = await page.evaluate(() => window.atlasTest.query('project GB:E08000035'));
    assert.ok(leeds.visible && leeds.x < 340, `Leeds at ${JSON.stringify(leeds)} is not under the panel`);
    const open = await page.evaluate(() => window.atlasTest.query('globe'));
    assert.deepEqual(open.globe_area, [340, 0, 1280, 800]);
    assert.ok(open.label_boxes.length > 10, `${open.label_boxes.length} labels`);
    for (const [i, [x]] of open.label_boxes.entries()) assert.ok(x >= 340, `label ${open.label_texts[i]} at x ${x}`);
    await page.evaluate(() => window.atlasTest.query('ui off'));
    await settle(page);
    const hidden = await page.evaluate(() => window.atlasTest.query('globe'));
    assert.deepEqual(hidden.globe_area, [0, 0, 1280, 800]);
    assert.ok(hidden.label_boxes.some(([x]) => x < 340), 'no label left of 340 px without the panel');
    assert.deepEqual(log.errors, []);
  },

  // A name is labelled once where two records share it (Köln the city and its Kreis-level
  // record; a UK council and its town).
  async same_name_labelled_once({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await settle(page);
    const texts = (await page.evaluate(() => window.atlasTest.query('globe'))).label_texts;
    assert.ok(texts.length > 20);
    assert.equal(texts.filter((t) => t === 'Köln').length, 1, texts.join(', '));
    assert.deepEqual(texts, [...new Set(texts)]);
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, {
  browserArgs: { missing_webgl2_message: ['--disable-3d-apis'] },
  deviceScaleFactors: { high_dpi_canvas_follows_resize: 2 },
});
