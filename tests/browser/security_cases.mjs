// Data strings are never markup, and source links are http(s) only (issue 15 item 5). One CTest
// entry per case:  node security_cases.mjs <case>
// The fixture: data/ with one change each to a town and a source (HOSTILE_NAME for Düsseldorf,
// JAVASCRIPT_URL for a source its partnership with Reading cites), built into a site of its own
// by the real generator (web/assemble_site.mjs, so list.html is made from the fixture as the
// shipped one is from data/) in the artifacts folder and served by the shipped nginx config.
// hostile_name_stays_text_in_list: list.html shows the name literally, creates no img and
//   fires no dialog; every link is http(s) with rel="noopener noreferrer"; the javascript:
//   source is text, not a link.
// hostile_name_stays_text_in_app_and_profile: the app loads the fixture, selects the town by
//   a search for its name and names it literally (inspector, drawn text); the town profile
//   opened by the app's own button shows it as text with the same link rules. (The app itself
//   opens no source URL: it shows them as text.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { artifactPath, artifactsDir, query, repo, runCaseFromArgv, siteDir, startServer, until, waitReady } from './harness.mjs';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const JAVASCRIPT_URL = 'javascript:alert(1)';
const JAVASCRIPT_SOURCE_TITLE = 'Fixture source with a javascript: URL';
const TOWN = 'DE:05111000';  // Düsseldorf
const PARTNERSHIP = 'DE:05111000--GB:E06000038';  // with Reading

// Writes the fixture data (data/ with the hostile name and URL) and builds a site from it, in a
// folder of the case's own: CTest runs the two cases side by side, and one case rebuilding the
// other's site while it is served gave the app truncated files.
function hostileSite(name) {
  const root = path.join(artifactsDir, `hostile-fixture-${name}`);
  fs.rmSync(root, { recursive: true, force: true });
  const data = path.join(root, 'data');
  fs.mkdirSync(data, { recursive: true });
  for (const f of fs.readdirSync(path.join(repo, 'data'))) fs.copyFileSync(path.join(repo, 'data', f), path.join(data, f));
  const edit = (file, change) => {
    const json = JSON.parse(fs.readFileSync(path.join(data, file), 'utf8'));
    change(json);
    fs.writeFileSync(path.join(data, file), JSON.stringify(json));
  };
  const cited = JSON.parse(fs.readFileSync(path.join(data, 'partnerships.json'), 'utf8'))
    .partnerships.find((p) => p.id === PARTNERSHIP).src.at(-1);
  edit('towns.json', (j) => { j.towns.find((t) => t.id === TOWN).n = HOSTILE_NAME; });
  edit('sources.json', (j) => Object.assign(j.sources.find((s) => s.id === cited), { title: JAVASCRIPT_SOURCE_TITLE, url: JAVASCRIPT_URL }));
  fs.symlinkSync(path.join(repo, 'web'), path.join(root, 'web'));
  const font = fs.readdirSync(path.join(siteDir, 'fonts')).find((f) => f.endsWith('.ttf'));
  const site = path.join(root, 'site');
  execFileSync('node', [path.join(repo, 'web/assemble_site.mjs'), site, siteDir, root, path.join(siteDir, 'fonts', font)]);
  return site;
}

// Records every dialog (an alert() from injected markup would be one) and dismisses it.
function watchDialogs(page) {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  return dialogs;
}

// What a page made of the hostile strings: images, event-handler attributes, links.
function markupFacts(page) {
  return page.evaluate((name) => ({
    images: document.querySelectorAll('img').length,
    onerror: document.querySelectorAll('[onerror]').length,
    text: document.body.innerText,
    literal: [...document.querySelectorAll('body *')].some((e) => e.childElementCount === 0 && e.textContent.includes(name)),
    links: [...document.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), protocol: a.protocol, rel: a.rel, text: a.textContent })),
  }), HOSTILE_NAME);
}

// Every link leaving the page is http(s) and opens without opener or referrer; the
// javascript: source is shown by its title only.
function assertSafeLinks(facts, title, where) {
  const outside = facts.links.filter((l) => /^\s*[a-z][a-z0-9+.-]*:/i.test(l.href));  // not a page of the site
  assert.ok(outside.length > 0, `${where}: source links are there`);
  for (const l of outside) {
    assert.ok(['http:', 'https:'].includes(l.protocol), `${where}: ${l.href}`);
    assert.deepEqual(l.rel.split(/\s+/).sort(), ['noopener', 'noreferrer'], `${where}: rel of ${l.href}`);
  }
  assert.ok(!facts.links.some((l) => /^\s*javascript:/i.test(l.href)), `${where}: a javascript: link`);
  assert.ok(facts.text.includes(title), `${where}: the source "${title}" is shown as text`);
  assert.equal(facts.links.filter((l) => l.text === title).length, 0, `${where}: "${title}" is a link`);
}

async function withHostileServer(name, body) {
  const server = await startServer(`security_${name}_fixture`, hostileSite(name));
  try {
    await body(server, JAVASCRIPT_SOURCE_TITLE);
  } finally {
    await server.stop();
  }
}

const cases = {
  async hostile_name_stays_text_in_list({ page, log }) {
    const dialogs = watchDialogs(page);
    await withHostileServer('list', async (server, title) => {
      await page.goto(server.url + 'list.html');
      await page.waitForSelector('table');
      const facts = await markupFacts(page);
      assert.equal(facts.images, 0, 'an img element was made');
      assert.equal(facts.onerror, 0, 'an onerror attribute was made');
      assert.ok(facts.literal, 'the name is shown literally');
      assertSafeLinks(facts, title, 'list.html');
      await page.screenshot({ path: artifactPath('security_list.png') });
    });
    assert.deepEqual(dialogs, []);
    assert.deepEqual(log.errors, []);
  },

  async hostile_name_stays_text_in_app_and_profile({ page, log }) {
    const dialogs = watchDialogs(page);
    await withHostileServer('profile', async (server, title) => {
      await page.goto(server.url);
      await waitReady(page);
      const hits = (await query(page, 'search <img src=x')).hits;
      const hit = hits.findIndex((h) => h.id === TOWN);
      assert.ok(hit >= 0, `the search finds the town by its name: ${JSON.stringify(hits)}`);
      assert.equal(hits[hit].name, HOSTILE_NAME);
      await query(page, `search-pick ${hit}`);
      await query(page, 'text-log on');
      await query(page, 'tab town');
      const inspector = await until(page, 'inspector', (r) => r.name === HOSTILE_NAME, 'the inspector names the town');
      assert.ok(inspector.partners.length > 0);
      // The panel draws the name literally: wait for a frame of the town tab that drew it (on a
      // loaded machine the first frames after the tab request may not have drawn it yet).
      const literal = JSON.stringify(HOSTILE_NAME).slice(1, -1);
      await until(page, 'text-log', (drawn) => JSON.stringify(drawn).includes(literal), 'the panel drawing the name literally');
      const app = await markupFacts(page);
      assert.equal(app.images, 0, 'an img element was made in the app page');
      assert.equal(app.onerror, 0);
      await page.screenshot({ path: artifactPath('security_app.png') });

      const [tab] = await Promise.all([page.context().waitForEvent('page'), (async () => {
        const r = await until(page, 'rect print-profile', (x) => !x.error && x.w > 0, 'the print button drawn');
        await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
      })()]);
      const tabDialogs = watchDialogs(tab);
      const tabErrors = [];
      tab.on('console', (m) => { if (m.type() === 'error') tabErrors.push(m.text()); });
      tab.on('pageerror', (e) => tabErrors.push(e.message));
      await tab.waitForFunction(() => document.documentElement.dataset.profileReady === 'shown');
      const profile = await markupFacts(tab);
      assert.equal(await tab.evaluate(() => document.querySelector('h1').textContent), HOSTILE_NAME);
      assert.equal(profile.images, 0, 'an img element was made in the profile');
      assert.equal(profile.onerror, 0);
      assert.ok(profile.literal);
      assertSafeLinks(profile, title, 'profile.html');
      await tab.setViewportSize({ width: 1280, height: 800 });
      await tab.screenshot({ path: artifactPath('security_profile.png') });
      assert.deepEqual(tabDialogs, []);
      assert.deepEqual(tabErrors, []);
    });
    assert.deepEqual(dialogs, []);
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'security_' });
