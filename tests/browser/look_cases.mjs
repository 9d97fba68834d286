// The designed look (issue 13 items 2 and 3): the first-visit card, when it shows and when it
// stays away, its three ways in, and the legend keeping clear of the selected town.
// One CTest entry per case: node look_cases.mjs <case>
import assert from 'node:assert/strict';
import { animationFrames, artifactPath, clickDrawn, openPage, query, runCaseFromArgv, settledRect, until, waitReady } from './harness.mjs';

const KOELN = 'DE:05315000';
const PHONE = { width: 390, height: 844 };

// A first-time visitor's page (no stored choice), loaded at `hash` and ready.
async function firstVisit(browser, server, hash = '', viewport = undefined) {
  const opened = await openPage(browser, viewport, 1, { firstVisit: true });
  await opened.page.goto(server.url + hash);
  await waitReady(opened.page);
  return opened;
}

// The card's state once the app has drawn a few frames after readiness (it decides on the
// first frame; a card that stays away must still be away after these).
async function cardAfterFrames(page) {
  await animationFrames(page, 4);
  return (await query(page, 'welcome')).open;
}

// The card's rectangle once it has its size (its first frame measures the content).
async function cardRect(page) {
  await until(page, 'welcome', (r) => r.open, 'the card');
  await animationFrames(page, 3);
  return query(page, 'rect welcome');
}

const inside = (p, r) => p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;

const cases = {
  async welcome_card_on_first_visit({ browser, server }) {
    const { page, log, context } = await firstVisit(browser, server);
    const card = await cardRect(page);
    const area = (await query(page, 'globe')).globe_area; // x0, y0, x1, y1
    assert.ok(card.x >= area[0] && card.x + card.w <= area[2] && card.y >= area[1] && card.y + card.h <= area[3],
      `the card ${JSON.stringify(card)} sits over the globe ${area}`);
    for (const name of ['welcome-find', 'welcome-suggested', 'welcome-network']) {
      const b = await query(page, `rect ${name}`);
      assert.ok(inside({ x: b.x + b.w / 2, y: b.y + b.h / 2 }, card), `${name} on the card`);
      assert.ok(b.h >= 44, `${name} is a 44 px tap target (${b.h})`);
    }
    await page.screenshot({ path: artifactPath('look_welcome_1280_en.png') });
    await query(page, 'lang de');
    await animationFrames(page, 3);
    await page.screenshot({ path: artifactPath('look_welcome_1280_de.png') });
    await query(page, 'lang en');
    assert.deepEqual(log.errors, []);
    await context.close();

    const phone = await firstVisit(browser, server, '', PHONE);
    const small = await cardRect(phone.page);
    assert.ok(small.x >= 0 && small.x + small.w <= PHONE.width, `the card fits the phone: ${JSON.stringify(small)}`);
    await phone.page.screenshot({ path: artifactPath('look_welcome_390_en.png') });
    await query(phone.page, 'lang de');
    await animationFrames(phone.page, 3);
    await phone.page.screenshot({ path: artifactPath('look_welcome_390_de.png') });
    assert.deepEqual(phone.log.errors, []);
  },

  async welcome_card_ways_in({ browser, server }) {
    // Find your town: the search box takes the keys.
    let v = await firstVisit(browser, server);
    await until(v.page, 'welcome', (r) => r.open, 'the card');
    await clickDrawn(v.page, 'welcome-find');
    await until(v.page, 'welcome', (r) => !r.open, 'card closed by a way in');
    await until(v.page, 'panels', (r) => r.search_active, 'search focused');
    await v.page.keyboard.type('Bonn');
    await until(v.page, 'panels', (r) => r.search_text === 'Bonn', 'typed into the search');
    await v.context.close();
    // See suggested partners: an NRW town with UK partners is selected, its suggestions shown.
    v = await firstVisit(browser, server);
    await until(v.page, 'welcome', (r) => r.open, 'the card');
    await clickDrawn(v.page, 'welcome-suggested');
    const state = await until(v.page, 'state', (r) => r.selected !== '', 'an example town selected');
    assert.match(state.selected, /^DE:/, 'the example is an NRW town');
    await until(v.page, 'panels', (r) => r.tab === 'suggestions', 'suggestions tab');
    const list = await until(v.page, 'suggest-list', (r) => r.list.length > 0, 'suggestions listed');
    assert.equal(list.base, state.selected, 'the suggestions are for the example town');
    await until(v.page, 'globe', (r) => r.selection_suggestions > 0, 'suggestion arcs drawn');
    assert.deepEqual(v.log.errors, []);
    await v.context.close();
    // Explore the network: the network tab and its node-link view.
    v = await firstVisit(browser, server);
    await until(v.page, 'welcome', (r) => r.open, 'the card');
    await clickDrawn(v.page, 'welcome-network');
    await until(v.page, 'panels', (r) => r.tab === 'network' && r.node_link, 'network view');
    assert.deepEqual(v.log.errors, []);
  },

  async welcome_card_esc_closes_and_stays_away({ browser, server }) {
    const { page, log } = await firstVisit(browser, server);
    await until(page, 'welcome', (r) => r.open, 'the card');
    await page.keyboard.press('Escape');
    await until(page, 'welcome', (r) => !r.open, 'card closed by Esc');
    await page.reload();
    await waitReady(page);
    assert.equal(await cardAfterFrames(page), false, 'the card came back after a reload');
    assert.deepEqual(log.errors, []);
  },

  async welcome_card_not_shown_with_selection({ browser, server }) {
    const { page, log } = await firstVisit(browser, server, `#v=1&sel=${encodeURIComponent(KOELN)}`);
    await until(page, 'state', (r) => r.selected === KOELN, 'the linked selection');
    assert.equal(await cardAfterFrames(page), false, 'the card covers a shared selection');
    assert.deepEqual(log.errors, []);
  },

  async welcome_card_shown_with_camera_only({ browser, server }) {
    const { page, log } = await firstVisit(browser, server, '#v=1&cam=52.00,4.00,2.40');
    await until(page, 'welcome', (r) => r.open, 'the card despite a camera in the link');
    const state = await query(page, 'state');
    assert.ok(Math.abs(state.camera[0] - 52) < 0.01 && Math.abs(state.camera[1] - 4) < 0.01, 'the linked camera kept');
    assert.deepEqual(log.errors, []);
  },

  // The legend stands above the globe toolbar where both want the bottom of the globe: on a
  // laptop and on a tablet beside the side panel (where the toolbar takes two lines).
  async legend_keeps_clear_of_toolbar({ browser, server }) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 768, height: 1024 }]) {
      const { page, log, context } = await openPage(browser, viewport);
      await page.goto(server.url + '#v=1&lang=de');
      await waitReady(page);
      await until(page, 'panels', (r) => r.legend, 'legend open');
      const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      const drawn = await until(page, 'rect globe-toolbar', (r) => !r.error, 'toolbar drawn');
      const legend = await until(page, 'rect legend', (r) => !r.error && !overlap(r, drawn), 'the legend clear of the toolbar');
      const toolbar = await query(page, 'rect globe-toolbar');
      assert.ok(!overlap(legend, toolbar), `legend ${JSON.stringify(legend)} under toolbar ${JSON.stringify(toolbar)} at ${viewport.width}`);
      await page.screenshot({ path: artifactPath(`look_legend_toolbar_${viewport.width}.png`) });
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  },

  async legend_keeps_clear_of_selection({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await until(page, 'panels', (r) => r.legend, 'legend open');
    const before = await settledRect(page, 'legend');
    await query(page, `select ${KOELN}`);
    await until(page, 'state', (r) => r.selected === KOELN, 'Köln selected');
    // Drag the globe so that Köln comes to the middle of where the legend was.
    const target = { x: before.x + before.w / 2, y: before.y + before.h / 2 };
    for (let attempt = 0; attempt < 3; ++attempt) {
      const p = await until(page, `project ${KOELN}`, (r) => r.visible, 'Köln on screen');
      if (Math.hypot(p.x - target.x, p.y - target.y) < 25) break;
      // Start beside the town, not on it (a click on it is a selection, not a drag).
      const from = { x: p.x + 30, y: p.y - 30 };
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + (target.x - p.x), from.y + (target.y - p.y), { steps: 12 });
      await page.mouse.up();
      await until(page, 'globe', (r) => !r.flying, 'camera at rest');
      await animationFrames(page, 2);
    }
    const town = await query(page, `project ${KOELN}`);
    assert.ok(town.visible && inside(town, before), `Köln ${JSON.stringify(town)} reached the legend's corner ${JSON.stringify(before)}`);
    await until(page, 'rect legend', (r) => !inside(town, r), 'the legend moved off Köln');
    const after = await settledRect(page, 'legend');
    assert.ok(!inside(town, after), `the legend ${JSON.stringify(after)} came back over Köln`);
    assert.notDeepEqual([after.x, after.y], [before.x, before.y], 'the legend moved to another corner');
    const labels = await query(page, 'globe');
    const i = labels.label_texts.indexOf('Köln');
    if (i >= 0) {
      const [x, y, w, h] = labels.label_boxes[i];
      const overlap = x < after.x + after.w && after.x < x + w && y < after.y + after.h && after.y < y + h;
      assert.ok(!overlap, `Köln's label ${labels.label_boxes[i]} under the legend ${JSON.stringify(after)}`);
    }
    assert.equal((await query(page, 'state')).selected, KOELN, 'the drag kept the selection');
    await page.screenshot({ path: artifactPath('look_legend_moved_1280.png') });
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'look_' });
