// list.html (issue 13 item 8): the partnerships as text tables, generated from data/ at
// build time. One CTest entry per case: node list_cases.mjs <case>
// The expectations are computed here from data/*.json directly, not through the generator.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifactPath, repo, runCaseFromArgv, siteDir, waitReady } from './harness.mjs';

const read = (f) => JSON.parse(fs.readFileSync(path.join(repo, 'data', f), 'utf8'));

function expectedFromData() {
  const towns = read('towns.json');
  const { partnerships, excluded } = read('partnerships.json');
  const sources = new Map(read('sources.json').sources.map((s) => [s.id, s]));
  const name = new Map(towns.towns.map((t) => [t.id, t.n]));
  const role = new Map(towns.towns.map((t) => [t.id, t.k]));
  const country = new Map(towns.towns.map((t) => [t.id, t.c]));
  for (const r of towns.candidates.rows) { name.set('GN:' + r[0], r[1]); country.set('GN:' + r[0], r[2]); }
  const row = (p) => ({
    id: p.id,
    town: name.get(p.a) + (p.d ? ` (${p.d})` : ''),
    partner: name.get(p.b),
    code: country.get(p.b),
    year: p.y && p.y.length ? String(Math.min(...p.y.map((y) => y[0]))) : 'unknown',
    kind: p.k,
    status: p.s,
    links: p.src.map((id) => sources.get(id)).filter((s) => s && /^https?:\/\//.test(s.url || '')).map((s) => s.url),
  });
  return {
    nrwUk: partnerships.filter((p) => p.uk).map(row),
    abroad: partnerships.filter((p) => !p.uk && ['nm', 'nk'].includes(role.get(p.a))).map(row),
    excluded,
  };
}

async function tableRows(page, id) {
  return page.$$eval(`#${id} tbody tr`, (trs) => trs.map((tr) => ({
    id: tr.dataset.id,
    cells: Array.from(tr.cells).map((c) => c.textContent.trim()),
    code: tr.cells[2] ? tr.cells[2].dataset.code : '',
    links: Array.from(tr.querySelectorAll('a')).map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })),
  })));
}

const norm = (s) => s.toLowerCase();

function checkTable(actual, expected, label) {
  assert.equal(actual.length, expected.length, `${label}: ${actual.length} rows, data has ${expected.length}`);
  const byId = new Map(actual.map((r) => [r.id, r]));
  assert.equal(byId.size, actual.length, `${label}: duplicate rows`);
  for (const e of expected) {
    const a = byId.get(e.id);
    assert.ok(a, `${label}: ${e.id} missing`);
    const [town, partner, , year, kind, status] = a.cells;
    assert.equal(town, e.town, e.id);
    assert.equal(partner, e.partner, e.id);
    assert.equal(a.code, e.code, e.id);
    assert.equal(year, e.year, e.id);
    assert.ok(norm(kind).startsWith(e.kind === 'kreis' ? 'kreis' : e.kind), `${e.id}: kind ${kind} vs ${e.kind}`);
    assert.ok(norm(status).startsWith(e.status), `${e.id}: status ${status} vs ${e.status}`);
    assert.deepEqual(a.links.map((l) => l.href), e.links.map((u) => new URL(u).href), `${e.id}: source links`);
    for (const l of a.links) assert.equal(l.rel, 'noopener noreferrer', `${e.id}: rel of ${l.href}`);
  }
}

const cases = {
  // Row for row as data/ has them, sources as safe links, the contradicted links marked,
  // no CSP violation; linked from the app and its <noscript>; not loaded by the app.
  async list_matches_data({ page, log, server }) {
    const expected = expectedFromData();
    assert.ok(expected.nrwUk.length >= 100 && expected.abroad.length >= 100, 'data unexpectedly small');
    await page.goto(server.url + 'list.html');
    await page.waitForFunction(() => document.documentElement.dataset.listReady === 'true', null, { timeout: 30000, polling: 100 });
    checkTable(await tableRows(page, 'nrw-uk'), expected.nrwUk, 'NRW–UK');
    checkTable(await tableRows(page, 'abroad'), expected.abroad, 'abroad');
    const contradicted = await tableRows(page, 'contradicted');
    assert.equal(contradicted.length, expected.excluded.length);
    for (const [i, e] of expected.excluded.entries()) {
      assert.equal(contradicted[i].cells[0], e.a);
      assert.equal(contradicted[i].cells[1], e.b);
      assert.match(contradicted[i].cells[2], /^Contradicted:/);
    }
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const h of hrefs) assert.ok(/^(https?:\/\/|#|\.\/$|data\/SOURCES\.md$)/.test(h), `unexpected link ${h}`);
    await page.screenshot({ path: artifactPath('list_page.png') });
    // The app links it (visible on keyboard focus) and so does its <noscript>.
    const index = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    assert.match(index, /<a id="list-link" href="list\.html">/);
    assert.match(index, /<noscript>[^]*href="list\.html"[^]*<\/noscript>/);
    const manifest = JSON.parse(fs.readFileSync(path.join(siteDir, 'manifest.json'), 'utf8'));
    for (const f of manifest.files.filter((x) => x.name.startsWith('list'))) assert.equal(f.startup, false, f.name);
    const before = log.requests.length;
    await page.goto(server.url);
    await waitReady(page);
    const appRequests = log.requests.slice(before);
    assert.deepEqual(appRequests.filter((u) => /\/list\.(html|js|css)$/.test(u)), [], 'the app loaded list files');
    // Hidden off-screen until it has keyboard focus, then on screen.
    const offscreen = await page.$eval('#list-link', (a) => a.getBoundingClientRect().bottom);
    assert.ok(offscreen <= 0, `link visible without focus (bottom ${offscreen})`);
    await page.focus('#list-link');
    const box = await page.$eval('#list-link', (a) => { const r = a.getBoundingClientRect(); return [r.top, r.bottom]; });
    assert.ok(box[0] >= 0 && box[1] > box[0], `focused link off screen: ${box}`);
    assert.deepEqual(log.errors, []);
  },

  // Column headings sort: year ascending (unknown last), then descending; partner by name.
  async list_sorts({ page, log, server }) {
    await page.goto(server.url + 'list.html');
    await page.waitForFunction(() => document.documentElement.dataset.listReady === 'true', null, { timeout: 30000, polling: 100 });
    const years = () => page.$$eval('#nrw-uk tbody tr', (trs) => trs.map((tr) => tr.cells[3].dataset.sort));
    const initial = await years();
    await page.click('#nrw-uk thead th:nth-child(4) button');
    let ys = await years();
    const known = ys.filter((y) => y !== '').map(Number);
    assert.ok(known.length > 100);
    assert.deepEqual(known, [...known].sort((a, b) => a - b), 'years not ascending');
    assert.equal(ys.indexOf(''), ys.includes('') ? known.length : -1, 'unknown years not last');
    assert.equal(await page.getAttribute('#nrw-uk thead th:nth-child(4)', 'aria-sort'), 'ascending');
    assert.notDeepEqual(ys, initial, 'sorting by year changed nothing');
    await page.click('#nrw-uk thead th:nth-child(4) button');
    ys = (await years()).filter((y) => y !== '').map(Number);
    assert.deepEqual(ys, [...ys].sort((a, b) => b - a), 'years not descending');
    assert.equal(await page.getAttribute('#nrw-uk thead th:nth-child(4)', 'aria-sort'), 'descending');
    await page.click('#abroad thead th:nth-child(2) button');
    const disorder = await page.$$eval('#abroad tbody tr', (trs) => {
      const names = trs.map((tr) => tr.cells[1].textContent.trim());
      const collator = new Intl.Collator(['de', 'en'], { sensitivity: 'base', numeric: true });
      return names.length < 100 ? ['too few rows'] : names.filter((n, i) => i > 0 && collator.compare(names[i - 1], n) > 0);
    });
    assert.deepEqual(disorder, [], 'partners not in order');
    assert.equal(await page.getAttribute('#nrw-uk thead th:nth-child(4)', 'aria-sort'), 'descending', 'other table untouched');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifactPath('list_page_phone.png') });
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'list_' });
