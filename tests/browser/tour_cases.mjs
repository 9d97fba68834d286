// Browser cases for presenter mode, tours and the kiosk (issue 14 items 1-3), one CTest entry
// each: node tour_cases.mjs <case>
// presenter_pagedown_steps_tour: P enters presenter mode in fullscreen (document.fullscreenElement),
//   PageDown steps through the built-in tour with the hash changing at each stop, the arrow keys
//   step (not orbit), Esc ends it, leaves fullscreen and keeps the selection (one key, one thing).
// presenter_ends_when_fullscreen_exits: document.exitFullscreen() (a real browser's Esc) ends it.
// recorded_tour_export_import_identical: a tour recorded with the panel's button and the test
//   hook's commands (the same code), exported through the real button (the download captured),
//   removed, and picked again through the page's file picker is the same tour, byte for byte.
// kiosk_tour_advances: #kiosk=1&every=1 steps through the tour by itself; the hash changes and
//   keeps the kiosk's parameters; the panels are hidden.
// kiosk_pauses_on_key: a key pauses the kiosk for pause= seconds; it resumes after.
// kiosk_spin_shows_caption: #kiosk=spin&seed=7 shows a partnership with its caption, the same one
//   for the same seed, and the next one after every= seconds.
// Screenshots of presenter mode and the tours panel (1280×800 and 390×844, English and German)
// go to the artifacts folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { animationFrames, artifactPath, clickDrawn, query, runCaseFromArgv, until, waitReady } from './harness.mjs';

const hashOf = (page) => page.evaluate(() => location.hash);

// Waits until the tour state satisfies `predicate`.
const tourUntil = (page, predicate, what) => until(page, 'tour', predicate, what);

// The hash without its camera (which moves during a flight) and the kiosk's own parameters.
const SCREEN_KEYS = ['cam', 'kiosk', 'tour', 'every', 'pause', 'seed'];
const viewPart = (hash) => hash.replace(/^#/, '').split('&').filter((p) => !SCREEN_KEYS.includes(p.split('=')[0])).join('&');

// Waits (a frame at a time) until the address shows the stop's `view`, its camera aside, and
// returns that part of the hash.
async function addressShows(page, view, what) {
  const want = viewPart(view);
  const deadline = Date.now() + 20000;
  let hash = '';
  while (Date.now() < deadline) {
    hash = await hashOf(page);
    if (viewPart(hash) === want) return want;
    await animationFrames(page, 1);
  }
  throw new Error(`the address never showed ${what} (${want}); it is ${hash}`);
}

async function enterPresenter(page) {
  await page.mouse.click(200, 60);  // the side panel's title: focus without selecting a town
  await page.keyboard.press('p');
  await tourUntil(page, (t) => t.presenting && t.index === 0, 'presenter mode on the first stop');
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 20000, polling: 'raf' });
}

async function screenshots(page, name) {
  for (const lang of ['en', 'de']) {
    await query(page, `lang ${lang}`);
    await animationFrames(page, 3);
    await page.screenshot({ path: artifactPath(`tour.${name}.${lang}.png`) });
  }
  await query(page, 'lang en');
}

const cases = {
  async presenter_pagedown_steps_tour({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await enterPresenter(page);
    const shipped = await query(page, 'tour');
    assert.ok(shipped.count >= 5, `the built-in tour has its stops: ${shipped.count}`);
    assert.match(shipped.caption, /1947/);
    const seen = [await addressShows(page, shipped.view, 'the first stop')];
    for (let stop = 1; stop <= 4; ++stop) {
      await page.keyboard.press(stop === 3 ? 'ArrowRight' : 'PageDown');
      const t = await tourUntil(page, (t) => t.index === stop, `stop ${stop + 1}`);
      // The camera flies to the stop (eased over 1.5 s), it does not jump.
      if (stop === 4) assert.ok((await query(page, 'globe')).flying, 'the camera flies to the stop');
      seen.push(await addressShows(page, t.view, `stop ${stop + 1}`));
    }
    assert.equal(new Set(seen).size, seen.length, `a new hash at every stop: ${seen.join(' ')}`);
    // The fifth stop selects the best-connected town.
    const atStop = await until(page, 'state', (s) => s.selected !== '', 'the stop selected its town');
    await page.keyboard.press('ArrowLeft');
    await tourUntil(page, (t) => t.index === 3, 'ArrowLeft steps back');
    await page.keyboard.press('PageDown');
    await tourUntil(page, (t) => t.index === 4, 'PageDown again');
    await until(page, 'globe', (g) => !g.flying, 'the flight ends');
    await screenshots(page, 'presenter.1280');
    await page.keyboard.press('Escape');
    await tourUntil(page, (t) => !t.presenting, 'Esc ends presenter mode');
    await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 20000, polling: 'raf' });
    const after = await query(page, 'state');
    assert.equal(after.selected, atStop.selected, 'Esc ended presenter mode and did not also clear the selection');
    // On a phone (a projector's caption bar, wrapped).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.keyboard.press('p');
    await tourUntil(page, (t) => t.presenting, 'presenting on a phone');
    await until(page, 'globe', (g) => !g.flying, 'the flight ends');
    await screenshots(page, 'presenter.390');
    assert.deepEqual(log.errors, []);
  },

  async presenter_ends_when_fullscreen_exits({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await enterPresenter(page);
    await page.evaluate(() => document.exitFullscreen());
    await tourUntil(page, (t) => !t.presenting, 'leaving fullscreen ends presenter mode');
    await page.keyboard.press('p');
    await tourUntil(page, (t) => t.presenting, 'P presents again');
    await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 20000, polling: 'raf' });
    assert.deepEqual(log.errors, []);
  },

  async recorded_tour_export_import_identical({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await query(page, 'tour panel on');
    await query(page, 'search Münster');
    await query(page, 'search-pick 0');
    const muenster = await until(page, 'state', (s) => s.selected !== '', 'Münster selected');
    await animationFrames(page, 2);
    await clickDrawn(page, 'tour-add-stop');
    let tour = await tourUntil(page, (t) => t.kept.stops.length === 1, 'a stop added by the button');
    const now = await query(page, 'state');
    assert.equal(tour.kept.stops[0].view.split('&').filter((p) => !p.startsWith('cam=')).join('&'),
      now.hash.replace(/^#/, '').split('&').filter((p) => !p.startsWith('cam=') && !p.startsWith('lang=')).join('&'),
      'the stop is the view of the hash (without the screen\'s language)');
    assert.match(tour.kept.stops[0].view, new RegExp('sel=' + encodeURIComponent(muenster.selected).replace(/%3A/g, '(:|%3A)')));
    assert.equal(tour.kept.stops[0].caption.de, 'Münster');
    await query(page, 'year 1940 1965');
    await until(page, 'state', (s) => /yr=/.test(s.hash), 'a year filter in the view');
    await query(page, 'tour add');
    await query(page, 'tour caption 1 de Die ersten Jahre: „Partnerschaft“ & <Freundschaft>');
    await query(page, 'tour caption 1 en The first years: "partnership" & <friendship>');
    await query(page, 'tour duration 1 12.5');
    await query(page, 'tour move 1 -1');
    await query(page, 'tour name Workshop Köln');
    tour = await query(page, 'tour');
    assert.equal(tour.kept.stops.length, 2);
    assert.match(tour.kept.stops[0].view, /yr=/);
    await screenshots(page, 'panel.1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await query(page, 'tour panel off');
    await animationFrames(page, 2);
    await query(page, 'tour panel on');
    await screenshots(page, 'panel.390');
    await page.setViewportSize({ width: 1280, height: 800 });
    await query(page, 'tour panel off');
    await animationFrames(page, 2);
    await query(page, 'tour panel on');
    await animationFrames(page, 2);

    const [download] = await Promise.all([page.waitForEvent('download'), clickDrawn(page, 'tour-export')]);
    assert.equal(download.suggestedFilename(), 'twinning-atlas-tour.json');
    const file = artifactPath('exported-tour.json');
    await download.saveAs(file);
    const exported = fs.readFileSync(file, 'utf8');
    const parsed = JSON.parse(exported);
    assert.equal(parsed.v, 1);
    assert.equal(parsed.name, 'Workshop Köln');
    assert.equal(parsed.stops[0].duration_s, 12.5);
    assert.equal(parsed.stops[0].caption.en, 'The first years: "partnership" & <friendship>');
    assert.equal(parsed.stops[1].caption.de, 'Münster');
    assert.equal(exported, (await query(page, 'tour json')).json, 'the export is the kept tour');

    await query(page, 'tour clear');
    await query(page, 'tour name x');
    await tourUntil(page, (t) => t.kept.stops.length === 0, 'the tour removed');
    await page.setInputFiles('#own-data-input', { name: 'twinning-atlas-tour.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    tour = await tourUntil(page, (t) => t.kept.stops.length === 2, 'the tour imported');
    assert.deepEqual(tour.import_problems, []);
    assert.equal((await query(page, 'tour json')).json, exported, 'imported again, the tour is identical');
    assert.equal((await query(page, 'own-data')).file || '', '', 'a tour file is not taken as an own list');
    // Kept on the device: after a reload the tour is still there.
    await page.reload();
    await waitReady(page);
    assert.equal((await query(page, 'tour json')).json, exported, 'kept on the device');
    assert.deepEqual(log.errors, []);
  },

  async kiosk_tour_advances({ page, log, server }) {
    await page.goto(server.url + '#kiosk=1&every=1');
    await waitReady(page);
    const first = await tourUntil(page, (t) => t.kiosk === 'tour' && t.count > 2, 'the kiosk plays the built-in tour');
    const seen = [await addressShows(page, first.view, 'the first stop')];
    for (let k = 1; k <= 2; ++k) {
      const want = (first.index + k) % first.count;
      const t = await tourUntil(page, (t) => t.index === want, `the kiosk's stop ${want + 1}`);
      seen.push(await addressShows(page, t.view, `kiosk stop ${want + 1}`));
      assert.match(await hashOf(page), /&kiosk=1&every=1$/, 'the address keeps the kiosk parameters');
    }
    assert.equal(new Set(seen).size, seen.length, `a new hash at every stop: ${seen.join(' ')}`);
    const rect = await query(page, 'rect toolbar-tour');
    assert.ok(rect.error || !rect.seen, 'the toolbar (and the panels) are hidden in a kiosk');
    await animationFrames(page, 2);
    await page.screenshot({ path: artifactPath('tour.kiosk.1280.en.png') });
    assert.deepEqual(log.errors, []);
  },

  async kiosk_pauses_on_key({ page, log, server }) {
    await page.goto(server.url + '#kiosk=1&every=0.5&pause=3');
    await waitReady(page);
    await tourUntil(page, (t) => t.kiosk === 'tour' && t.index >= 1, 'the kiosk steps');
    await page.keyboard.press('x');
    const paused = await tourUntil(page, (t) => t.paused, 'a key pauses the kiosk');
    const resumed = await tourUntil(page, (t) => {
      if (t.paused) assert.equal(t.index, paused.index, 'no step while paused');
      return !t.paused;
    }, 'the pause ends');
    await tourUntil(page, (t) => t.index !== resumed.index, 'the kiosk steps again after the pause');
    assert.deepEqual(log.errors, []);
  },

  async kiosk_spin_shows_caption({ page, log, server, browser }) {
    await page.goto(server.url + '#kiosk=spin&seed=7&every=1');
    await waitReady(page);
    const first = await tourUntil(page, (t) => t.kiosk === 'spin' && t.caption !== '', 'a partnership with its caption');
    assert.match(first.caption, / – .+: /, first.caption);
    // Its NRW town is selected (read after the state: the next partnership may have come meanwhile).
    const state = await query(page, 'state');
    const sinceThen = (await query(page, 'tour')).spin_shown;
    assert.ok(state.selected && sinceThen.some((id) => id.startsWith(state.selected + '--')),
      `the partnership's NRW town is selected: ${state.selected} (${sinceThen.join(' ')})`);
    await query(page, 'lang de');
    const german = await tourUntil(page, (t) => t.caption !== first.caption, 'the caption in German');
    assert.match(german.caption, /partnerschaft|Freundschaft|Kontakt/i, german.caption);
    await query(page, 'lang en');
    const turning = await query(page, 'state');
    await until(page, 'state', (s) => s.camera[1] !== turning.camera[1], 'the globe turns');
    await tourUntil(page, (t) => t.spin_partnership !== first.spin_partnership, 'the next partnership after every=');
    await animationFrames(page, 2);
    await page.screenshot({ path: artifactPath('tour.spin.1280.en.png') });
    // The same seed shows the same partnerships in the same order.
    const shown = (await query(page, 'tour')).spin_shown;
    const again = await page.context().newPage();
    await again.goto(server.url + '#kiosk=spin&seed=7&every=0.5');
    await waitReady(again);
    const second = await tourUntil(again, (t) => t.spin_shown && t.spin_shown.length >= 2, 'the second page\'s partnerships');
    assert.deepEqual(second.spin_shown.slice(0, 2), shown.slice(0, 2), 'the same seed, the same partnerships');
    const other = await page.context().newPage();
    await other.goto(server.url + '#kiosk=spin&seed=8&every=0.5');
    await waitReady(other);
    const third = await tourUntil(other, (t) => t.spin_shown && t.spin_shown.length >= 2, 'another seed\'s partnerships');
    assert.notDeepEqual(third.spin_shown.slice(0, 2), shown.slice(0, 2), 'another seed, other partnerships');
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'tour.' });
