// Browser tests of the exploring panels (issue 6): search, selection and inspector, goal
// filter and time slider counts, shared links, help and phone layout. One CTest entry per
// case (explore.<case>): node explore_cases.mjs <case>. Expected counts are computed here
// from data/*.json independently of the app's C++ filter code.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { animationFrames, appState, artifactPath, openPage, repo, waitReady, runCaseFromArgv, query, until } from './harness.mjs';

// --- the data, read directly -------------------------------------------------------------
function readData() {
  const read = (f) => JSON.parse(fs.readFileSync(path.join(repo, 'data', f), 'utf8'));
  const towns = read('towns.json').towns;
  const partnerships = read('partnerships.json').partnerships;
  const entries = new Map();
  for (const p of read('profiles.json').profiles) entries.set(p.id, p.t || []);
  // A UK place or council also carries the tags of the council and county above it (the
  // loader's inheritance, data/SCHEMA.md): never a size class, and a fact of merged 2019
  // districts only inside them.
  const byId = new Map(towns.map((t) => [t.id, t]));
  const tags = new Map();
  for (const [id, own] of entries) tags.set(id, new Set(own.map((e) => e.tag)));
  const inherit = (town, from) => {
    const set = tags.get(town.id) || new Set();
    for (const e of entries.get(from.id) || []) {
      if (e.tag.startsWith('size_') || (e.d19 && !e.d19.includes(town.d19))) continue;
      set.add(e.tag);
    }
    tags.set(town.id, set);
  };
  for (const t of towns) {
    const council = byId.get(t.p);
    if (!council || !['uc', 'ur'].includes(council.k) || !['ut', 'ec', 'uc'].includes(t.k)) continue;
    inherit(t, council);
    const county = byId.get(council.p);
    if (t.k !== 'uc' && county && county.k === 'ur') inherit(t, county);
  }
  const startYear = (p) => (p.y && p.y.length ? Math.min(...p.y.map((y) => y[0])) : 0);
  return { towns, partnerships, tags, startYear };
}

function expectedCounts(data, { tag = null, from = 1900, to = 2030, unknown = true } = {}) {
  const uk = data.partnerships.filter((p) => p.uk);
  const has = (id) => !tag || (data.tags.get(id) || new Set()).has(tag);
  let visible = 0;
  const ends = new Set();
  for (const p of uk) {
    if (!has(p.a) && !has(p.b)) continue;
    const y = data.startYear(p);
    if (y === 0 ? !unknown : y < from || y > to) continue;
    visible += 1;
    ends.add(p.a).add(p.b);
  }
  return { total: uk.length, visible, towns: ends.size };
}

// --- cases ---------------------------------------------------------------------------------
const cases = {
  // Typing into the search box with the keyboard ('/' focuses it, Enter takes the first hit)
  // selects the town, flies there and shows it in the inspector.
  async search_select_inspect({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const before = await appState(page);
    await page.mouse.click(200, 60);  // the side panel's title area: focus without selecting a town
    await page.keyboard.press('/');
    await until(page, 'panels', (r) => r.search_active, 'search box focused');
    await page.keyboard.type('Muenster');
    const ui = await until(page, 'panels', (r) => r.search_text === 'Muenster', 'typed text');
    assert.ok(ui.search_hits > 0);
    await page.keyboard.press('Enter');
    const state = await until(page, 'state', (r) => r.selected !== '', 'selection');
    assert.equal(state.selected, 'DE:05515000');
    const flown = await until(page, 'state', (r) => Math.abs(r.camera[1] - 7.6) < 0.3, 'fly-to Münster');
    assert.notDeepEqual(flown.camera, before.camera);
    assert.match(flown.hash, /sel=DE%3A05515000/);
    const inspector = await query(page, 'inspector');
    assert.equal(inspector.name, 'Münster');
    const york = inspector.partners.find((p) => p.name === 'York');
    assert.ok(york, `York missing from partners: ${JSON.stringify(inspector.partners)}`);
    assert.equal(york.year, 1957);
    assert.ok(york.sources >= 1);
    assert.ok(inspector.partners.length >= 8);
    assert.ok(inspector.suggestions.length > 0, 'no suggested partners');
    for (const s of inspector.suggestions) {
      assert.notEqual(s.id, york.id, 'an existing partner was suggested');
      assert.ok(s.explanation.length > 10, `empty explanation for ${s.name}`);
    }
    const totals = inspector.suggestions.map((s) => s.total);
    assert.deepEqual(totals, [...totals].sort((a, b) => b - a), 'suggestions not ranked');
    assert.equal((await query(page, 'panels')).tab, 'town');
    await page.screenshot({ path: artifactPath('explore_search_select_inspect.png') });
    assert.deepEqual(log.errors, []);
  },

  // Aliases, exonyms, Welsh names and diacritic folding through the app's search.
  async search_aliases({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const first = async (text) => (await query(page, `search ${text}`)).hits[0];
    assert.equal((await first('Cologne')).id, 'DE:05315000');
    assert.equal((await first('KOELN')).id, 'DE:05315000');
    assert.equal((await first('koln')).id, 'DE:05315000');
    assert.equal((await first('Wrecsam')).name, 'Wrexham');
    assert.equal((await first('Abertawe')).name, 'Swansea');
    assert.equal((await first('muenster')).id, 'DE:05515000');
    assert.equal((await first('Mönchengladbach')).id, 'DE:05116000');
    const pick = await query(page, 'search-pick 0');
    assert.equal(pick.selected, 'DE:05116000');
    assert.deepEqual(log.errors, []);
  },

  // A goal filter: the counts line matches what the data says, and the globe gets a new
  // VisibleSet (fewer arcs drawn).
  async goal_filter_counts({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const data = readData();
    const all = expectedCounts(data);
    let counts = await query(page, 'counts');
    assert.equal(counts.partnerships_total, all.total);
    assert.equal(counts.partnerships_visible, all.total);
    assert.equal(counts.year_unknown_total, data.partnerships.filter((p) => p.uk && data.startYear(p) === 0).length);
    await query(page, 'filter-tag com_2030');
    const want = expectedCounts(data, { tag: 'com_2030' });
    assert.ok(want.visible > 0 && want.visible < all.total, `fixture assumption: ${JSON.stringify(want)}`);
    counts = await until(page, 'counts', (r) => r.partnerships_visible !== r.partnerships_total, 'filtered counts');
    assert.equal(counts.partnerships_visible, want.visible);
    assert.equal(counts.partnership_towns, want.towns);
    assert.equal(counts.line, `${want.visible} of ${all.total} partnerships, ${want.towns} towns`);
    const state = await until(page, 'state', (r) => /tags=com_2030/.test(r.hash), 'filter in the URL');
    assert.match(state.hash, /tags=com_2030/);
    await query(page, 'filter-match all');
    await query(page, 'filter-tag coal_legacy');
    const both = await until(page, 'counts', (r) => r.partnerships_visible <= want.visible, 'all-of counts');
    assert.ok(both.partnerships_visible <= want.visible);
    await page.screenshot({ path: artifactPath('explore_goal_filter.png') });
    assert.deepEqual(log.errors, []);
  },

  // The time slider: a year range counts what the data says; the year-unknown group is
  // counted whether shown or not; play advances year by year.
  async time_slider_counts({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const data = readData();
    await query(page, 'year 1950 1970');
    const want = expectedCounts(data, { from: 1950, to: 1970 });
    let counts = await until(page, 'counts', (r) => r.year[1] === 1970, 'year range');
    assert.equal(counts.partnerships_visible, want.visible);
    assert.ok(counts.year_unknown_matching > 0);
    await query(page, 'year-unknown 0');
    const hidden = expectedCounts(data, { from: 1950, to: 1970, unknown: false });
    counts = await until(page, 'counts', (r) => r.partnerships_visible !== 0, 'year-unknown hidden');
    assert.equal(counts.partnerships_visible, hidden.visible);
    assert.equal(counts.year_unknown_matching, want.visible - hidden.visible);  // still counted
    assert.match((await appState(page)).hash, /yr=1950,1970&yu=0/);
    await query(page, 'play 1');
    const start = await until(page, 'counts', (r) => r.playing && r.year[1] <= r.first_year + 1, 'play start');
    const later = await until(page, 'counts', (r) => r.year[1] >= r.first_year + 4, 'play advancing');
    assert.ok(later.partnerships_visible >= start.partnerships_visible);
    assert.equal(later.partnerships_visible, expectedCounts(data, { from: 1900, to: later.year[1], unknown: false }).visible);
    await query(page, 'play 0');
    assert.deepEqual(log.errors, []);
  },

  // A shared link restores selection, filters, weights, pool and graph state, also after reload.
  async shared_url_restored({ page, log, server }) {
    const hash = '#v=1&cam=51.500,7.000,2.500&sel=DE%3A05116000&tags=coal_legacy&yr=1950,2000' +
      '&w=2,0,0.5,0,1,0&ego=1&gpa=0';
    await page.goto(server.url + hash);
    await waitReady(page);
    for (let round = 0; round < 2; round += 1) {
      const state = await appState(page);
      assert.equal(state.selected, 'DE:05116000');
      await until(page, 'panels', (r) => r.tab === 'town', 'the linked town in the side panel');
      assert.deepEqual(state.camera, [51.5, 7.0, 2.5]);
      for (const part of ['tags=coal_legacy', 'yr=1950,2000', 'w=2,0,0.5,0,1,0', 'ego=1', 'gpa=0'])
        assert.ok(state.hash.includes(part), `${part} lost from ${state.hash}`);
      const counts = await query(page, 'counts');
      assert.deepEqual(counts.year, [1950, 2000]);
      assert.ok(counts.partnerships_visible < counts.partnerships_total);
      const graph = await query(page, 'graph');
      assert.equal(graph.ego, 4);  // Mönchengladbach and its three UK partners (gpa=0: no partners abroad)
      assert.equal(graph.highlighted, 4);
      const inspector = await query(page, 'inspector');
      assert.equal(inspector.name, 'Mönchengladbach');
      if (round === 0) {
        await page.reload();
        await waitReady(page);
      }
    }
    assert.deepEqual(log.errors, []);
  },

  // A town selected from anywhere shows in the side panel: from the Filters tab the Town tab
  // opens (a selection by the globe, a link, Back); the Suggestions and Network tabs, which are
  // about the selected town too, stay; clearing the selection changes no tab.
  async selection_opens_town_tab({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    assert.equal((await query(page, 'panels')).tab, 'filters');
    await query(page, 'select DE:05116000');  // Mönchengladbach, as a click on the globe
    await until(page, 'panels', (r) => r.tab === 'town', 'the Town tab after a selection');
    await query(page, 'tab suggestions');
    await until(page, 'panels', (r) => r.tab === 'suggestions', 'the Suggestions tab');
    await query(page, 'select DE:05334002');  // Aachen
    await until(page, 'state', (s) => s.selected === 'DE:05334002', 'Aachen selected');
    await animationFrames(page, 3);
    assert.equal((await query(page, 'panels')).tab, 'suggestions', 'the Suggestions tab was left');
    await query(page, 'tab filters');
    await until(page, 'panels', (r) => r.tab === 'filters', 'the Filters tab');
    await query(page, 'select ');
    await until(page, 'state', (s) => s.selected === '', 'the selection cleared');
    await animationFrames(page, 3);
    assert.equal((await query(page, 'panels')).tab, 'filters', 'a cleared selection changed the tab');
    await page.goBack();  // Back to Aachen's entry, from the Filters tab
    await until(page, 'state', (s) => s.selected === 'DE:05334002', 'Aachen again after Back');
    await until(page, 'panels', (r) => r.tab === 'town', 'the Town tab after Back');
    assert.equal((await query(page, 'inspector')).name, 'Aachen');
    assert.deepEqual(log.errors, []);
  },

  // Weights re-rank live; "my town" gives suggestions for an edited profile at once.
  async weights_and_my_town({ page, log, server }) {
    await page.goto(server.url + '#v=1&sel=DE%3A05513000');
    await waitReady(page);
    const base = await until(page, 'suggest-list', (r) => r.list.length > 0, 'suggestions');
    await query(page, 'weights 0,0,1,0,0,0');
    const ids = (r) => r.list.map((s) => s.id).join();
    const sizeOnly = await until(page, 'suggest-list', (r) => ids(r) !== ids(base), 'size-only ranking');
    assert.ok(sizeOnly.list[0].total <= 1.0000001, 'size alone scores at most its weight');
    const totals = sizeOnly.list.map((s) => s.total);
    assert.deepEqual(totals, [...totals].sort((a, b) => b - a));
    assert.match((await appState(page)).hash, /w=0,0,1,0,0,0/);
    await query(page, 'my-town from-selected');
    await query(page, 'my-town tag com_2050');
    const mine = await until(page, 'suggest-list', (r) => r.list.length > 0, 'my-town suggestions');
    assert.equal(mine.base, 'DE:05513000');
    assert.match((await appState(page)).hash, /my=1.*myt=.*com_2050/);
    assert.deepEqual(log.errors, []);
  },

  // Issue 12: a Kreis is compared with UK councils and counties, a municipality with UK
  // places; the level follows the selection, and pool=uk-council survives a reload.
  async kreis_level_pool_follows_selection({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await query(page, 'open-town DE:05978');  // Kreis Unna
    const kreis = await until(page, 'suggest-list', (r) => r.base === 'DE:05978' && r.pool === 'uk-council' &&
      r.list.length > 0, 'Kreis-level suggestions');
    assert.ok(kreis.list.every((s) => s.id.startsWith('GB:')), `not all councils: ${JSON.stringify(kreis.list)}`);
    await until(page, 'state', (r) => /pool=uk-council/.test(r.hash), 'pool in the link');
    await page.reload();
    await waitReady(page);
    const again = await until(page, 'suggest-list', (r) => r.list.length > 0, 'suggestions after reload');
    assert.equal(again.pool, 'uk-council');
    assert.deepEqual(again.list.map((s) => s.id), kreis.list.map((s) => s.id));
    await query(page, 'open-town DE:05978016');  // Holzwickede, a municipality in it
    const town = await until(page, 'suggest-list', (r) => r.base === 'DE:05978016' && r.pool === 'uk' &&
      r.list.length > 0, 'place-level suggestions');
    assert.ok(town.list.some((s) => s.id.startsWith('GN:')), 'no UK place among a municipality\'s suggestions');
    await query(page, 'pool europe');  // an explicit choice stays when the selection changes level
    await query(page, 'open-town DE:05978');
    await until(page, 'suggest-list', (r) => r.base === 'DE:05978' && r.pool === 'europe', 'Europe kept');
    assert.deepEqual(log.errors, []);
  },

  // Keyboard: '?' toggles the help overlay, 'g' the node-link view.
  async help_and_graph_view_keys({ page, log, server }) {
    await page.goto(server.url + '#v=1&sel=DE%3A05116000');
    await waitReady(page);
    await page.mouse.click(200, 60);
    await page.keyboard.press('?');
    await until(page, 'panels', (r) => r.help, 'help open');
    await page.screenshot({ path: artifactPath('explore_help.png') });
    await page.keyboard.press('?');
    await until(page, 'panels', (r) => !r.help, 'help closed');
    await page.keyboard.press('g');
    await query(page, 'tab network');
    await until(page, 'panels', (r) => r.node_link && r.tab === 'network', 'node-link view');
    await page.screenshot({ path: artifactPath('explore_graph.png') });
    assert.deepEqual(log.errors, []);
  },

  // Phone-sized viewport: loads, search and inspector work, nothing logs an error.
  async phone_layout({ browser, server }) {
    const { page, log } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(server.url);
    await waitReady(page);
    await query(page, 'search wrexham');
    await query(page, 'search-pick 0');
    const state = await until(page, 'state', (r) => r.selected !== '', 'selection');
    assert.equal(state.selected, 'GB:W06000006');
    await query(page, 'sheet half');  // the phone's panels are a bottom sheet, collapsed at first
    await until(page, 'panels', (r) => r.tab === 'town', 'inspector tab');
    await page.screenshot({ path: artifactPath('explore_phone.png') });
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'explore_' });
