// Browser cases for the council and workshop features (issue 14), one CTest entry each:
//   node workshop_cases.mjs <case>
// town_profile_renders_under_csp: the printable profile page lays out the JSON that core
// writes (`atlas profile`, the same writer the app uses), under the shipped CSP; a town named
// as markup stays text and a javascript: source is no link.
// partnership_csv_matches_visible, suggestions_csv_has_meeting_columns,
// print_profile_opens_rendered_page: the app's exports, each started by a click on its real
// button (the test hook only says where the button was drawn).
// own_list_problems_listed_good_rows_kept: a council's CSV given through the page's file
// picker (loader.js) with a bad year and an unknown town lists both problems with their rows
// and columns, keeps the good rows and merges them, marked own data.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { animationFrames, artifactPath, clickDrawn, query, repo, runCaseFromArgv, until, waitReady } from './harness.mjs';

// Clicks the named button and returns the text of the download it starts.
async function downloadFrom(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), clickDrawn(page, name)]);
  const file = artifactPath(download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file, text: fs.readFileSync(file, 'utf8') };
}

// RFC 4180 CSV into rows of fields.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; ++i; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function selectTown(page, name) {
  await query(page, `search ${name}`);
  const pick = await query(page, 'search-pick 0');
  await until(page, 'inspector', (r) => r.name === name, `${name} selected`);
  return pick.selected;
}

const HOSTILE = '<img src=x onerror=alert(1)>';

function coreProfile(town) {
  const atlas = path.join(repo, 'build/native/tools/atlas');
  assert.ok(fs.existsSync(atlas), `${atlas} missing: the native tree is built before the browser tests (tools/dev test)`);
  const r = spawnSync(atlas, ['profile', '--town', town, '--top', '5'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const cases = {
  async town_profile_renders_under_csp({ page, log, server }) {
    const profile = coreProfile('Münster');
    assert.ok(profile.suggestions.length === 5 && profile.partners.length > 0, 'the core profile has partners and 5 suggestions');
    const hostile = structuredClone(profile);
    hostile.town.name = HOSTILE;
    hostile.partners[0].sources = [{ title: 'not a link', url: 'javascript:alert(1)' }, ...hostile.partners[0].sources];
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });

    await page.goto(server.url + 'profile.html');
    await page.waitForFunction(() => document.documentElement.dataset.profileReady === 'missing');
    await page.evaluate(([a, b]) => {
      localStorage.setItem('atlas-profile:real', a);
      localStorage.setItem('atlas-profile:hostile', b);
    }, [JSON.stringify(profile), JSON.stringify(hostile)]);

    await page.goto(server.url + 'profile.html#t=real');
    await page.waitForFunction(() => document.documentElement.dataset.profileReady === 'shown');
    const real = await page.evaluate(() => ({
      h1: document.querySelector('h1').textContent,
      rows: document.querySelectorAll('table')[2].tBodies[0].rows.length,
      partnerRows: document.querySelectorAll('table')[1].tBodies[0].rows.length,
      text: document.body.innerText,
    }));
    assert.equal(real.h1, 'Münster');
    assert.equal(real.rows, 5);
    assert.equal(real.partnerRows, profile.partners.length);
    assert.match(real.text, /York/);  // Münster's partner, with what the two share
    await page.screenshot({ path: artifactPath('town_profile.png'), fullPage: true });

    await page.goto(server.url + 'profile.html#t=hostile');
    await page.waitForFunction(() => document.documentElement.dataset.profileReady === 'shown');
    const bad = await page.evaluate(() => ({
      h1: document.querySelector('h1').textContent,
      imgs: document.querySelectorAll('img').length,
      links: [...document.querySelectorAll('a')].map((a) => [a.protocol, a.rel]),
    }));
    assert.equal(bad.h1, HOSTILE);
    assert.equal(bad.imgs, 0);
    assert.ok(bad.links.length > 0);
    for (const [protocol, rel] of bad.links) {
      assert.ok(protocol === 'https:' || protocol === 'http:', protocol);
      assert.equal(rel, 'noopener noreferrer');
    }
    assert.equal(dialogs, 0);
    const csp = (await log.responses.find((r) => r.url().endsWith('/profile.html#t=hostile') || r.url().endsWith('/profile.html'))
      .allHeaders())['content-security-policy'];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual(log.errors, []);
  },

  async partnership_csv_matches_visible({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await query(page, 'year 1940 1965');
    await query(page, 'year-unknown 0');
    const counts = await until(page, 'counts', (c) => c.year[1] === 1965, 'year filter applied');
    assert.ok(counts.partnerships_visible > 5 && counts.partnerships_visible < counts.partnerships_total);
    await query(page, 'tab filters');
    const csv = await downloadFrom(page, 'export-partnerships');
    assert.equal(csv.name, 'twinning-atlas-partnerships.csv');
    const rows = parseCsv(csv.text);
    assert.deepEqual(rows[0], ['town', 'partner', 'partner_country', 'year', 'kind', 'status', 'source', 'town_id', 'partner_id']);
    const body = rows.slice(1);
    assert.equal(body.length, counts.partnerships_visible, 'one row per visible partnership');
    const find = (a, b) => body.find((r) => r[0] === a && r[1] === b);
    assert.equal(find('Bonn', 'Oxford')?.[3], '1947');
    assert.equal(find('Düsseldorf', 'Reading')?.[3], '1947');
    for (const r of body) {
      assert.ok(+r[3] >= 1940 && +r[3] <= 1965, `row outside the year filter: ${r}`);
      assert.ok(r[7] && r[8] && r[6], `ids and sources in every row: ${r}`);
    }
    // The export reads back in through the core reader without a problem.
    const atlas = path.join(repo, 'build/native/tools/atlas');
    const back = spawnSync(atlas, ['validate', '--import', csv.file], { encoding: 'utf8' });
    assert.equal(back.status, 0, back.stdout + back.stderr);
    assert.deepEqual(log.errors, []);
  },

  async suggestions_csv_has_meeting_columns({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const id = await selectTown(page, 'Münster');
    const list = await until(page, 'suggest-list', (r) => r.list.length > 0, 'suggestions for Münster');
    await query(page, 'tab suggestions');
    const csv = await downloadFrom(page, 'export-suggestions');
    assert.equal(csv.name, `twinning-atlas-suggestions-${id.replace(/[^A-Za-z0-9_-]/g, '_')}.csv`);
    const rows = parseCsv(csv.text);
    const header = rows[0];
    for (const column of ['town_name', 'rank', 'candidate_name', 'candidate_council', 'total', 'hub_penalty', 'explanation'])
      assert.ok(header.includes(column), `column ${column}`);
    for (const suffix of ['_value', '_weight', '_contribution'])
      assert.equal(header.filter((h) => h.endsWith(suffix)).length, 6, `a ${suffix} column per score component`);
    const body = rows.slice(1);
    assert.equal(body.length, list.list.length);
    const col = (name) => header.indexOf(name);
    assert.equal(body[0][col('town_name')], 'Münster');
    assert.equal(body[0][col('candidate_id')], list.list[0].id);
    assert.ok(body.every((r) => r[col('explanation')].length > 20 && r.length === header.length));
    assert.deepEqual(log.errors, []);
  },

  async print_profile_opens_rendered_page({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await selectTown(page, 'Münster');
    await query(page, 'tab town');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), clickDrawn(page, 'print-profile')]);
    const tabErrors = [];
    tab.on('console', (m) => { if (m.type() === 'error') tabErrors.push(m.text()); });
    tab.on('pageerror', (e) => tabErrors.push(e.message));
    await tab.waitForFunction(() => ['shown', 'missing'].includes(document.documentElement.dataset.profileReady));
    const shown = await tab.evaluate(() => ({
      ready: document.documentElement.dataset.profileReady,
      url: location.href,
      h1: document.querySelector('h1')?.textContent,
      suggestions: document.querySelectorAll('table')[2]?.tBodies[0].rows.length,
      text: document.body.innerText,
    }));
    assert.equal(shown.ready, 'shown');
    assert.match(shown.url, new RegExp('^' + server.url + 'profile\\.html#t=[0-9a-f]{24}$'));
    assert.equal(shown.h1, 'Münster');
    assert.equal(shown.suggestions, 5);
    assert.match(shown.text, /York/);
    await tab.setViewportSize({ width: 1280, height: 800 });
    await tab.screenshot({ path: artifactPath('print_profile_tab.png'), fullPage: true });
    assert.deepEqual(tabErrors, []);
    assert.deepEqual(log.errors, []);
  },
};

// A council's list in German headers: a known link, a bad year, an unknown town, a new link.
const OWN_LIST = [
  'Stadt;Partnerstadt;Land;Jahr',
  'Bonn;Oxford;England;1947',
  'Bielefeld;Rochdale;GB;19x7',
  'Atlantisstadt;Leeds;GB;1990',
  'Münster;Swindon;GB;2001',
].join('\r\n') + '\r\n';

cases.own_list_problems_listed_good_rows_kept = async ({ page, log, server }) => {
  await page.goto(server.url);
  await waitReady(page);
  const before = await query(page, 'counts');
  await page.setInputFiles('#own-data-input', { name: 'partner.csv', mimeType: 'text/csv', buffer: Buffer.from(OWN_LIST) });
  const read = await until(page, 'own-data', (r) => r.file === 'partner.csv', 'the list read');
  assert.equal(read.refused, false);
  assert.equal(read.links_read, 4);
  assert.equal(read.links_kept, 3, JSON.stringify(read.problems));
  const year = read.problems.find((p) => p.row === 3 && p.column === 'Jahr');
  assert.ok(year && !year.row_dropped, `bad year listed, row kept: ${JSON.stringify(read.problems)}`);
  const town = read.problems.find((p) => p.row === 4 && p.column === 'town');
  assert.ok(town && town.row_dropped && /Atlantisstadt/.test(town.message), `unknown town listed: ${JSON.stringify(read.problems)}`);
  await animationFrames(page, 2);
  await page.screenshot({ path: artifactPath('own_list_panel.png') });
  await clickDrawn(page, 'own-data-merge');
  const done = await until(page, 'own-data', (r) => r.applied, 'the list merged');
  assert.equal(done.result.added + done.result.marked, 3);
  assert.ok(done.result.marked >= 1, 'Bonn–Oxford is known (with Oxford\'s council)');
  const after = await until(page, 'counts', (c) => c.partnerships_total === before.partnerships_total + done.result.added, 'new links counted');
  assert.ok(after.partnerships_visible >= before.partnerships_visible + done.result.added);
  await query(page, 'search Münster');
  await query(page, 'search-pick 0');
  const inspector = await until(page, 'inspector', (r) => r.name === 'Münster', 'Münster selected');
  const swindon = inspector.partners.find((p) => p.name === 'Swindon');
  assert.ok(swindon && swindon.own_data && swindon.year === 2001, JSON.stringify(inspector.partners.map((p) => [p.name, p.own_data])));
  assert.ok(inspector.partners.filter((p) => p.name !== 'Swindon').every((p) => !p.own_data));
  await query(page, 'tab town');
  await animationFrames(page, 3);
  await page.screenshot({ path: artifactPath('own_list_merged.png') });
  assert.deepEqual(log.errors, []);
};

await runCaseFromArgv(cases, { prefix: 'workshop.' });
