// Browser tests of the UI language (issue 13 item 7). One CTest entry per case
// (language.<case>): node language_cases.mjs <case>.
// german_panels_draw_no_english / german_panels_phone: after a click on the language switch,
//   every panel (overview, about, filters, town inspector, suggestions, network, node-link view,
//   help, own data, the globe's tooltip) is drawn while the test hook logs every text item
//   (drawn_text_log.h); no English table text may be drawn, and no word may come from
//   anywhere but the string table or the data. Screenshots of each panel go to the artifacts.
// text_log_catches_english: the same check flags English lines when asked as if German were
//   shown, so the sweep above can fail.
// language_from_hash, language_from_storage, language_kept_after_reload,
// language_from_browser: the order hash, then the device's stored choice, then the browser.
import assert from 'node:assert/strict';
import { animationFrames, appState, artifactPath, openPage, runCaseFromArgv, query, settledRect, until, waitReady } from './harness.mjs';

const KOELN = 'DE:05315000';
const OWN_LIST = ['Stadt;Partnerstadt;Land;Jahr', 'Bonn;Oxford;England;1947', 'Münster;Swindon;GB;2001'].join('\r\n') + '\r\n';

// Where the side panel's rows show: the left column, or on a phone the body of the bottom
// sheet, pulled up full first (test hook "sheet full"; the touch cases pull it by hand).
async function panelSpan(page) {
  const { width, height } = page.viewportSize();
  if (width >= 700) return { top: 0, bottom: height };
  await query(page, 'sheet full');
  await animationFrames(page, 2);
  const handle = await settledRect(page, 'sheet-handle');
  return { top: handle.y + handle.h, bottom: height };
}

// Clicks the named control where the app last drew it, first scrolling the side panel until
// the control is inside it.
async function clickControl(page, name) {
  const span = await panelSpan(page);
  for (let tries = 0; tries < 30; ++tries) {
    const r = await until(page, `rect ${name}`, (x) => !x.error, `control ${name} drawn`);
    const y = r.y + r.h / 2;
    if (y > span.top + 8 && y < span.bottom - 8) {
      await page.mouse.click(r.x + r.w / 2, y);
      return;
    }
    await page.mouse.move(60, (span.top + span.bottom) / 2);
    await page.mouse.wheel(0, y >= span.bottom - 8 ? 200 : -200);
    await animationFrames(page, 2);
  }
  throw new Error(`could not scroll ${name} into the panel`);
}

const storedLanguage = (page) => page.evaluate(() => localStorage.getItem('atlas-setting:lang'));

// Scrolls the side panel from top to bottom, a frame at each step, so that every row of it is
// drawn once (the drawn-text log reads what reached the screen).
async function scrollThroughPanel(page) {
  const span = await panelSpan(page);
  const panelHeight = span.bottom - span.top;
  await page.mouse.move(60, (span.top + span.bottom) / 2);
  for (let i = 0; i < 12; ++i) {
    await page.mouse.wheel(0, -2000);
    await animationFrames(page, 1);
  }
  for (let i = 0; i < 40; ++i) {
    await page.mouse.wheel(0, panelHeight / 3);
    await animationFrames(page, 1);
  }
  for (let i = 0; i < 12; ++i) {
    await page.mouse.wheel(0, -2000);
    await animationFrames(page, 1);
  }
}

// Opens every panel in turn, a frame or two each, with a screenshot named after it.
async function visitEveryPanel(page, tag) {
  const shot = async (name) => {
    await animationFrames(page, 2);
    await page.screenshot({ path: artifactPath(`language_${tag}_${name}.png`) });
  };
  await clickControl(page, 'overview-header');
  await clickControl(page, 'about-header');
  await shot('overview_about');
  for (const tab of ['filters', 'town', 'suggestions', 'network']) {
    await query(page, `tab ${tab}`);
    await until(page, 'panels', (r) => r.tab === tab, `${tab} tab`);
    if (tab === 'network') {
      await query(page, 'ego 2');
      await animationFrames(page, 2);
    }
    await shot(tab);
    await scrollThroughPanel(page);
  }
  const towns = (await query(page, 'inspector')).partners || [];
  if (towns.length) await query(page, `path ${towns[0].id}`);
  await shot('path');
  await scrollThroughPanel(page);
  await page.keyboard.press('g');
  await until(page, 'panels', (r) => r.node_link, 'node-link view');
  await shot('node_link');
  await page.keyboard.press('g');
  await page.keyboard.press('?');
  await until(page, 'panels', (r) => r.help, 'help open');
  await shot('help');
  await page.keyboard.press('Escape');
  await until(page, 'panels', (r) => !r.help, 'help closed');
  await query(page, `view default`);
  const at = await until(page, `project ${KOELN}`, (r) => r.visible, 'Köln on screen');
  await until(page, `hover ${at.x} ${at.y}`, (r) => r.town === KOELN, 'hover on Köln');
  await until(page, 'globe', (r) => r.tooltip.length > 0, 'tooltip');
  await shot('tooltip');
  await page.setInputFiles('#own-data-input', { name: 'partner.csv', mimeType: 'text/csv', buffer: Buffer.from(OWN_LIST) });
  await until(page, 'own-data', (r) => r.file === 'partner.csv', 'own list read');
  await shot('own_data');
}

async function germanSweep(page, log, server, tag) {
  await page.goto(`${server.url}#v=1&sel=${encodeURIComponent(KOELN)}&lang=en`);
  await waitReady(page);
  assert.equal((await appState(page)).language, 'en');
  await clickControl(page, 'language');
  await until(page, 'state', (r) => r.language === 'de', 'German after the switch');
  await query(page, 'text-log on');  // afresh: from here on German only
  await visitEveryPanel(page, tag);
  const report = await query(page, 'text-log');
  assert.equal(report.language, 'de');
  const lines = report.lines;
  assert.ok(lines.length > 80, `only ${lines.length} lines logged`);
  // The log holds what the panels show: a table line from each panel, and data.
  for (const want of ['Filter zurücksetzen', 'Bestehende Partner', 'Gewichte', 'Zusammenhangskomponente',
    'Hilfe und Tastenkürzel', 'Eigene Partnerliste', 'Über die Daten', 'Einwohner:']) {
    assert.ok(lines.some((l) => l.text.includes(want)), `"${want}" was not drawn`);
  }
  assert.ok(lines.some((l) => l.from.includes('data') && l.text.includes('Köln')), 'no data line');
  assert.deepEqual(report.foreign, [], 'English table text drawn in German');
  assert.deepEqual(report.other, [], 'text from neither the string table nor the data');
  assert.equal(await storedLanguage(page), 'de');
  assert.match((await appState(page)).hash, /&lang=de/);
  assert.deepEqual(log.errors, []);
}

const cases = {
  async german_panels_draw_no_english({ page, log, server }) {
    await germanSweep(page, log, server, 'desktop');
  },

  async german_panels_phone({ browser, server }) {
    const { page, log } = await openPage(browser, { width: 390, height: 844 });
    await germanSweep(page, log, server, 'phone');
  },

  async text_log_catches_english({ page, log, server }) {
    await page.goto(server.url + `#v=1&sel=${encodeURIComponent(KOELN)}&lang=en`);
    await waitReady(page);
    await query(page, 'text-log on');
    await query(page, 'tab filters');
    await until(page, 'panels', (r) => r.tab === 'filters', 'filters tab');
    await animationFrames(page, 2);
    // English lines, judged as German before a German frame is drawn: all of them foreign.
    const report = await page.evaluate(() => {
      window.atlasTest.query('lang de');
      return window.atlasTest.query('text-log');
    });
    assert.equal(report.language, 'de');
    const foreign = report.foreign.map((f) => f.text);
    for (const want of ['Reset filters', 'Goals and challenges']) assert.ok(foreign.includes(want), `${want} not caught`);
    assert.ok(report.other.length > 0, 'English words not reported');
    assert.deepEqual(log.errors, []);
  },

  async language_from_hash({ page, log, server }) {
    await page.addInitScript(() => localStorage.setItem('atlas-setting:lang', 'en'));
    await page.goto(server.url + '#v=1&lang=de');
    await waitReady(page);
    const state = await appState(page);
    assert.equal(state.language, 'de');
    assert.match(state.hash, /&lang=de/);
    assert.equal(await storedLanguage(page), 'en');  // a link changes the screen, not the device's choice
    assert.deepEqual(log.errors, []);
  },

  async language_from_storage({ page, log, server }) {
    await page.addInitScript(() => localStorage.setItem('atlas-setting:lang', 'de'));
    await page.goto(server.url + '#v=1&cam=51.000,7.000,2.500');
    await waitReady(page);
    assert.equal((await appState(page)).language, 'de');
    await until(page, 'state', (r) => /&lang=de/.test(r.hash), 'language written to the link');
    assert.match(await page.evaluate(() => location.hash), /lang=de/);
    assert.deepEqual(log.errors, []);
  },

  async language_kept_after_reload({ page, log, server }) {
    await page.goto(server.url + '#v=1');
    await waitReady(page);
    assert.equal((await appState(page)).language, 'en');
    await clickControl(page, 'language');
    await until(page, 'state', (r) => r.language === 'de', 'German after the switch');
    await page.waitForFunction(() => /lang=de/.test(location.hash));
    assert.equal(await storedLanguage(page), 'de');
    await page.reload();
    await waitReady(page);
    assert.equal((await appState(page)).language, 'de', 'after a reload');
    const other = await page.context().newPage();  // a link without lang: the stored choice
    await other.goto(server.url + '#v=1&cam=50.000,7.000,3.000');
    await waitReady(other);
    assert.equal((await appState(other)).language, 'de', 'from storage, a link without lang');
    assert.deepEqual(log.errors, []);
  },

  async language_from_browser({ browser, server }) {
    for (const [locale, want] of [['de-DE', 'de'], ['en-GB', 'en']]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url + '#v=1');
      await waitReady(page);
      assert.equal(await page.evaluate(() => navigator.language), locale);
      assert.equal((await appState(page)).language, want, `browser language ${locale}`);
      assert.equal(await storedLanguage(page), null, 'nothing stored without a switch');
      assert.deepEqual(errors, []);
      await context.close();
    }
  },

  // The page's own texts (web/loader.js: loading, the error box, the list link) follow the same
  // choice as the app before the app can run: here the wasm cannot load, so only they show.
  async page_texts_follow_the_language({ browser, server }) {
    const cases = [
      { hash: '#v=1&lang=de', locale: 'en-GB', lang: 'de', title: /kann nicht starten/, error: /konnte nicht geladen werden/, list: 'einfache Liste' },
      { hash: '#v=1', locale: 'de-DE', lang: 'de', title: /kann nicht starten/, error: /konnte nicht geladen werden/, list: 'einfache Liste' },
      { hash: '#v=1&lang=en', locale: 'de-DE', lang: 'en', title: /cannot start/, error: /could not be loaded/, list: 'plain list' },
    ];
    for (const c of cases) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: c.locale });
      const page = await context.newPage();
      await page.route('**/atlas.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(server.url + c.hash);
      await page.waitForFunction(() => document.documentElement.dataset.atlasError, null, { timeout: 60000, polling: 100 });
      const shown = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.getElementById('error-title').textContent,
        error: document.getElementById('error-text').textContent,
        list: document.getElementById('error-list-link').textContent,
      }));
      assert.equal(shown.lang, c.lang, `${c.hash} ${c.locale}`);
      assert.match(shown.title, c.title);
      assert.match(shown.error, c.error);
      assert.match(shown.error, /atlas\.wasm/, 'the message names the file');
      assert.equal(shown.list, c.list);
      assert.equal(await page.isVisible('#error'), true);
      await page.screenshot({ path: artifactPath(`language_page_texts_${c.lang}_${c.locale}.png`) });
      await context.close();
    }
  },
};

runCaseFromArgv(cases, { prefix: 'language_' });
