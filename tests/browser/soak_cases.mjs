// Soak test (issue 15 item 4):
// drives the app through a long, seeded, deterministic sequence of
// interactions in headless Chromium and checks that nothing piles up. One CTest entry:
//   node soak_cases.mjs soak
// Interactions, mixed by a seeded generator (ATLAS_SOAK_SEED, default 1515): selecting a town
// through the hook and by a real click on the globe, searching through the hook and by typing
// '/' + name + Enter, goal/challenge, year and scope filters, weight changes, world mode on and
// off, the language, dragging and zooming the globe, tour steps in presenter mode (P, PageDown,
// Esc) and importing a small own-data file through the page's file picker (then replace
// or discard by a click on the panel's button). ATLAS_SOAK_INTERACTIONS sets how many (default
// 1000, the test command's short form; the README's long form runs 10,000).
//
// Every `sampleEvery` interactions the app is brought back to one canonical state (no
// selection, filters and weights as at start, English, world mode off, default view, the same
// hash as at start), garbage is collected through the DevTools protocol
// (HeapProfiler.collectGarbage), and two figures are read: the JS heap (Runtime.getHeapUsage)
// and the wasm allocator's bytes in use (test hook "heap": dlmalloc's mallinfo().uordblks;
// HEAPU8.length is reserved memory that never shrinks and says nothing).
// Asserted over the second half of the samples (the first half holds warm-up: the world
// network, caches filled once, ImGui's buffers growing to their high-water mark):
// - wasm heap: the slope of a least-squares line stays under 1 KB per 100 interactions;
// - JS heap: the slope stays under 16 KB per 100 interactions. The app keeps its state in the
//   wasm heap; the JS side (loader.js, Emscripten's glue) keeps nothing per interaction, and
//   the JS heap after a forced GC moved by a few KB between samples here (Playwright's own
//   evaluate calls leave small amounts). A leak of even one small object graph per interaction
//   (a kept closure, event listener or DOM node, 200 bytes or more) exceeds 16 KB per 100;
// - no console error, page error, CSP violation or failed request;
// - frames keep coming: the globe's frame counter advances between every two samples.
// Figures go to the console and to browser-artifacts/soak.json.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { animationFrames, artifactPath, clickDrawn, query, runCaseFromArgv, siteDir, until, waitReady } from './harness.mjs';

const INTERACTIONS = Number(process.env.ATLAS_SOAK_INTERACTIONS || 1000);
const SEED = Number(process.env.ATLAS_SOAK_SEED || 1515);
const WASM_SLOPE_LIMIT = 1024;  // bytes per 100 interactions
const JS_SLOPE_LIMIT = 16 * 1024;  // bytes per 100 interactions (see above)
// Hook interactions are sent in groups of up to BATCH commands, then the app draws a frame: one
// round trip to the page waits for the current frame, which takes 250-650 ms in software GL on
// a busy machine, so a frame per command would not fit the short form into 3 minutes.
const BATCH = 8;
// A smaller window than the other cases' 1280 x 800 (still the desktop layout, side panel and
// globe): software GL draws 57 % fewer pixels per frame, and frames are what the soak waits on.
const VIEWPORT = { width: 800, height: 560 };
const globeX = (rng) => 380 + rng.int(VIEWPORT.width - 420);
const globeY = (rng) => 80 + rng.int(VIEWPORT.height - 160);

// mulberry32: a small seeded generator, so the sequence is the same on every run.
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

// Least-squares slope of y over x.
export function slope(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0, sxx = 0;
  for (const p of points) { sxy += (p.x - mx) * (p.y - my); sxx += (p.x - mx) ** 2; }
  return sxx > 0 ? sxy / sxx : 0;
}

// Towns to visit: the NRW–UK partnerships' ends (the data the site serves) and their names.
function soakTowns() {
  const read = (f) => JSON.parse(fs.readFileSync(path.join(siteDir, 'data', f), 'utf8'));
  const towns = new Map(read('towns.json').towns.map((t) => [t.id, t.n]));
  const ids = new Set();
  for (const p of read('partnerships.json').partnerships) if (p.uk) { ids.add(p.a); ids.add(p.b); }
  return [...ids].filter((id) => towns.has(id)).sort().map((id) => ({ id, name: towns.get(id) }));
}

// A town to draw suggestions for in the canonical reset: the first NRW end of an NRW–UK
// partnership (the towns stay when an imported list replaces the partnerships).
function nrwTown() {
  const read = (f) => JSON.parse(fs.readFileSync(path.join(siteDir, 'data', f), 'utf8'));
  return read('partnerships.json').partnerships.filter((p) => p.uk).map((p) => p.a).sort()[0];
}

// A Kreis among the soak's towns, also selected in the canonical reset: selecting a Kreis moves
// the suggestions to the pool of UK councils and counties (explore_controller.cpp
// follow_selection_level), whose hubness terms are built by its first query.
function nrwKreis(towns) {
  const kinds = new Map(JSON.parse(fs.readFileSync(path.join(siteDir, 'data', 'towns.json'), 'utf8')).towns.map((t) => [t.id, t.k]));
  return towns.map((t) => t.id).find((id) => kinds.get(id) === 'nk');
}

const OWN_LIST = 'Stadt;Partnerstadt;Jahr\nBonn;Oxford;1947\nMünster;York;1957\nAtlantisstadt;Leeds;1990\n';

// The interactions. A hook interaction is the test-hook commands it sends (`hook`); the others
// are real input (`run`, returning how many interactions it performed: a tour burst or an
// import is several).
function interactions(page, rng, towns, tags, counter) {
  const town = () => rng.pick(towns);
  const hook = (name, weight, commands) => [name, weight, { hook: commands }];
  const input = (name, weight, run) => [name, weight, { run }];
  return [
    hook('select', 6, () => [`open-town ${town().id}`]),
    hook('search', 5, () => [`search ${town().name.slice(0, 2 + rng.int(4))}`, `search-pick ${rng.int(2)}`]),
    hook('tag filter', 4, () => [`filter-tag ${rng.pick(tags)}`]),
    hook('match', 1, () => [`filter-match ${rng.pick(['any', 'all'])}`]),
    hook('year filter', 3, () => {
      const from = 1900 + rng.int(100);
      return [`year ${from} ${from + rng.int(2030 - from)}`];
    }),
    hook('scope', 2, () => [`scope ${rng.pick(['all', 'uk'])}`]),
    hook('filter reset', 1, () => ['filter-reset']),
    hook('weights', 4, () => [`weights ${Array.from({ length: 6 }, () => (rng.int(31) / 10).toFixed(1)).join(',')}`]),
    hook('tab', 2, () => [`tab ${rng.pick(['filters', 'town', 'suggestions', 'network'])}`]),
    hook('world', 2, () => [`world ${rng.pick(['on', 'off'])}`]),
    hook('language', 2, () => [`lang ${rng.pick(['de', 'en'])}`]),
    input('globe click', 2, async () => {
      const pos = await query(page, `project ${town().id}`);
      if (pos.visible) await page.mouse.click(pos.x, pos.y);
      else await page.mouse.click(globeX(rng), globeY(rng));
      return 1;
    }),
    input('typed search', 1, async () => {
      await page.keyboard.type('/' + town().name.slice(0, 3 + rng.int(3)));
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      return 3;
    }),
    input('drag', 1, async () => {
      const x = globeX(rng), y = globeY(rng);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + rng.int(200) - 100, y + rng.int(200) - 100, { steps: 3 });
      await page.mouse.up();
      return 1;
    }),
    input('zoom', 1, async () => {
      await page.mouse.move(globeX(rng), globeY(rng));
      await page.mouse.wheel(0, rng.int(2) ? 120 : -120);
      return 1;
    }),
    input('tour', 1, async () => {
      await page.mouse.click(200, 60);  // the side panel's title: focus without selecting a town
      await page.keyboard.press('p');
      await until(page, 'tour', (t) => t.presenting, 'presenter mode');
      const steps = 1 + rng.int(3);
      for (let i = 0; i < steps; ++i) {
        await page.keyboard.press('PageDown');
        await animationFrames(page, 1);
      }
      await page.keyboard.press('Escape');
      await until(page, 'tour', (t) => !t.presenting, 'presenter mode ended');
      return steps + 2;
    }),
    input('import', 1, async () => {
      const name = `soak-${++counter.imports}.csv`;
      await page.setInputFiles('#own-data-input', { name, mimeType: 'text/csv', buffer: Buffer.from(OWN_LIST) });
      await until(page, 'own-data', (r) => r.file === name, `${name} read`);
      await animationFrames(page, 2);
      // Replace or discard: after the first import the app's own data is the same list again.
      await clickDrawn(page, rng.pick(['own-data-replace', 'own-data-discard']));
      return 2;
    }),
  ];
}

// Back to the state of the start, so that what the heap holds for the current view is the same
// at every sample: what the address does not hold through the hook, the rest through the
// address (a hash is a whole state: what it leaves out is at its default, app.cpp apply_hash).
// The own-data panel, left open by Replace with its result, is closed by its close button.
// Two kinds of memory depend on the past rather than on the state, and are brought to one
// defined state here through the app's own paths:
// - structures built on first use and dropped when the data change (an imported list taken in
//   with Replace rebuilds the explorer and its match engine, explore_controller.cpp set_data):
//   the engine's hubness terms for the pool (about 370 KB, built by the first suggestion
//   query with hub correction on) and the graph panel's network view per scope (about 50 KB,
//   built when the Network tab is first drawn). Without this, a sample taken after a Replace
//   and before the next such query read 150-420 KB lower, and those samples decided the fit.
//   The same holds for the pool of UK councils and counties, which a selected Kreis brings
//   (explore_controller.cpp follow_selection_level): its hubness terms (397 members, about
//   19 KB) were there after a Kreis was selected and gone after the next Replace, and came
//   and went between samples by 16-23 KB. So every sample first selects `warmKreis`, then
//   `warmTown` with the start's weights and draws the Network tab in both scopes of the soak's
//   scope filter, then resets again;
// - Dear ImGui frees the draw buffers of a window unused for 60 s (io.ConfigMemoryCompactTimer),
//   so a sample would depend on how long ago a panel (own data, presenter, a tooltip) was last
//   shown: the hook's "imgui-gc" does that compaction now, for every window not drawn in the
//   canonical frame, and frees the viewport's background list, where the globe's labels are
//   drawn, which ImGui never compacts (its buffers kept the size of the busiest label frame
//   seen: one step of 129 KB in a run, bounded by 220 labels drawn 5 times each).
// What the heap holds beyond the canonical state is then small and bounded (in a 500-interaction
// run with allocations recorded by size: one reused vector doubling once to 4.6 KB, and the
// last import's result, 0.5-1 KB), so the second half's slope measures what piles up. (The
// label layout's grid kept a vector per cell that grew with every crowded view: fixed in
// scene/label_layout.cpp, one array of entries.)
async function canonical(page, startHash, warmTown, warmKreis) {
  if ((await query(page, 'own-data')).open) {  // the import's result, closed as a user would
    await clickDrawn(page, 'own-data-close');
    await until(page, 'own-data', (r) => !r.open, 'the own-data panel closed');
  }
  await page.mouse.move(170, VIEWPORT.height - 40);  // over the side panel: no town hovered
  const reset = async () => {
    await page.evaluate((h) => {
      for (const c of ['lang en', 'world off', 'tab filters', 'search ', 'open-town ', 'view default']) window.atlasTest.query(c);
      if (location.hash !== h) location.hash = h;
    }, '#' + startHash);
    await until(page, 'state', (s) => s.hash === startHash, 'the canonical state');
  };
  await reset();
  await page.evaluate((c) => window.atlasTest.query(c), `open-town ${warmKreis}`);
  await animationFrames(page, 1);
  for (const scope of ['all', 'uk']) {
    await page.evaluate((cs) => cs.forEach((c) => window.atlasTest.query(c)), [`open-town ${warmTown}`, 'tab network', `scope ${scope}`]);
    await animationFrames(page, 1);
  }
  await reset();
  await until(page, 'globe', (g) => !g.flying && g.settled, 'the globe settled');
  await query(page, 'imgui-gc');
  await animationFrames(page, 2);
}

async function sample(page, cdp, done) {
  await cdp.send('HeapProfiler.collectGarbage');
  const js = await cdp.send('Runtime.getHeapUsage');
  const heap = await query(page, 'heap');
  const globe = await query(page, 'globe');
  const ownData = await query(page, 'own-data');
  return { own_data_open: ownData.open, interactions: done, js_used: js.usedSize, wasm_in_use: heap.in_use, wasm_arena: heap.arena,
           imgui_allocations: heap.imgui_allocations, imgui_windows: heap.imgui_windows, frames: globe.frames };
}

const cases = {
  async soak({ page, log, server }) {
    const started = Date.now();
    await page.setViewportSize(VIEWPORT);
    await page.goto(server.url);
    await waitReady(page);
    const cdp = await page.context().newCDPSession(page);
    const towns = soakTowns();
    const tags = JSON.parse(fs.readFileSync(path.join(siteDir, 'data', 'tags.json'), 'utf8')).tags.map((t) => t.id);
    assert.ok(towns.length > 50 && tags.length > 5, `towns ${towns.length}, tags ${tags.length}`);
    await until(page, 'globe', (g) => !g.flying && g.settled, 'the globe settled');
    const start = (await query(page, 'state')).hash;
    const warmTown = nrwTown();
    const warmKreis = nrwKreis(towns);
    assert.ok(warmKreis, 'a Kreis among the towns');

    const rng = generator(SEED);
    const counter = { imports: 0 };
    const kinds = interactions(page, rng, towns, tags, counter);
    const table = kinds.flatMap(([name, weight, how]) => Array(weight).fill({ name, ...how }));
    const sampleEvery = Math.max(50, Math.round(INTERACTIONS / 16));
    const used = {};
    const samples = [];
    await canonical(page, start, warmTown, warmKreis);
    samples.push(await sample(page, cdp, 0));
    let done = 0, nextSample = sampleEvery;
    let batch = [];  // hook commands sent together, then one frame
    const flush = async () => {
      if (!batch.length) return;
      await page.evaluate((cs) => cs.forEach((c) => window.atlasTest.query(c)), batch);
      batch = [];
      await animationFrames(page, 1);
    };
    while (done < INTERACTIONS) {
      const { name, hook, run } = rng.pick(table);
      let n = 1;
      if (hook) {
        batch.push(...hook());
        if (batch.length >= BATCH) await flush();
      } else {
        await flush();
        n = await run();
        await animationFrames(page, 1);
      }
      used[name] = (used[name] || 0) + n;
      done += n;
      if (done >= nextSample) {
        await flush();
        await canonical(page, start, warmTown, warmKreis);
        samples.push(await sample(page, cdp, done));
        nextSample += sampleEvery;
        const s = samples.at(-1);
        if (samples.length % 5 === 0)
          console.log(`${done} interactions, ${((Date.now() - started) / 1000).toFixed(0)} s: wasm ${s.wasm_in_use} B, JS ${s.js_used} B`);
      }
    }

    const half = samples.slice(Math.floor(samples.length / 2));
    const per100 = (key) => slope(half.map((s) => ({ x: s.interactions, y: s[key] }))) * 100;
    const result = {
      interactions: done,
      seed: SEED,
      seconds: (Date.now() - started) / 1000,
      samples: samples.length,
      wasm_slope_bytes_per_100: per100('wasm_in_use'),
      js_slope_bytes_per_100: per100('js_used'),
      wasm_in_use_first_last: [samples[0].wasm_in_use, samples.at(-1).wasm_in_use],
      js_used_first_last: [samples[0].js_used, samples.at(-1).js_used],
      wasm_arena_last: samples.at(-1).wasm_arena,
      imports: counter.imports,
      interactions_by_kind: used,
      series: samples,
    };
    fs.writeFileSync(artifactPath('soak.json'), JSON.stringify(result, null, 1));
    const { series, ...summary } = result;
    console.log(JSON.stringify(summary));

    for (let i = 1; i < samples.length; ++i)
      assert.ok(samples[i].frames > samples[i - 1].frames, `frames stopped between samples ${i - 1} and ${i}`);
    for (const [name] of kinds) assert.ok(used[name] > 0, `the sequence never did "${name}"`);
    assert.deepEqual(log.errors, []);
    assert.ok(result.wasm_slope_bytes_per_100 < WASM_SLOPE_LIMIT,
      `wasm heap grows ${result.wasm_slope_bytes_per_100.toFixed(0)} bytes per 100 interactions`);
    assert.ok(result.js_slope_bytes_per_100 < JS_SLOPE_LIMIT,
      `JS heap grows ${result.js_slope_bytes_per_100.toFixed(0)} bytes per 100 interactions`);
  },
};

await runCaseFromArgv(cases, { prefix: 'soak_' });
