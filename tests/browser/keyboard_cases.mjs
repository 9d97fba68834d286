// Keyboard alone (issue 13 item 8): every panel by Tab, arrows, Enter/Space and Esc, a
// visible focus ring, one key map per mode (core/key_map.h) listed in the help overlay.
// Only page.keyboard drives the app here; the test hook's "focus" command says who has the
// keyboard ({mode, window, item, ring}). One CTest entry per case: node keyboard_cases.mjs <case>
import assert from 'node:assert/strict';
import { artifactPath, openPage, query, runCaseFromArgv, until, waitReady } from './harness.mjs';
import { decodePng } from './png.mjs';

const BOTTROP = 'DE:05512000';
const ACCENT = [26, 88, 160]; // palette::kAccent, the focus ring

const focus = (page) => query(page, 'focus');

// The focus as two frames in a row report it: the hook reports the control drawn with the focus,
// which can lag the keyboard's focus by a frame (a stale report once made a Space land on the
// control after the checkbox the test thought it had: CI of a649676).
function settledFocus(page) {
  let previous = null;
  return until(page, 'focus', (r) => {
    const now = JSON.stringify(r);
    const settled = now === previous;
    previous = now;
    return settled;
  }, 'the same focus on two frames');
}

// Presses `key` until the focused control satisfies `predicate`; each press waits until the
// focus has moved (the app moves it on its next frame) and settled.
async function pressUntil(page, key, predicate, what, max = 80) {
  let now = await settledFocus(page);
  for (let i = 0; i < max && !predicate(now); i++) {
    const before = now;
    await page.keyboard.press(key);
    // moved, or the same control taken into typing (Tab onto a text field starts typing)
    await until(page, 'focus', (r) => r.item !== before.item || r.window !== before.window ||
      r.mode !== before.mode || JSON.stringify(r.ring) !== JSON.stringify(before.ring), `focus moved by ${key}`);
    now = await settledFocus(page);
  }
  assert.ok(predicate(now), `${what} not reached by ${key}; focus ${JSON.stringify(now)}`);
  return now;
}

// A page whose visitor has not closed the first-visit card yet.
async function freshVisit(browser, server, viewport) {
  const opened = await openPage(browser, viewport, 1, { firstVisit: true });
  await opened.page.goto(server.url);
  await waitReady(opened.page);
  return opened;
}

// WCAG contrast of two sRGB colours.
function contrast(a, b) {
  const lum = ([r, g, bl]) => {
    const c = [r, g, bl].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// Share of the ring's top and bottom edges drawn in the ring colour, and the contrast of that
// colour with the panel just outside the ring.
function ringStatistics(png, ring) {
  const at = (x, y) => { const i = (y * png.width + x) * 4; return [png.rgba[i], png.rgba[i + 1], png.rgba[i + 2]]; };
  const near = (c) => Math.abs(c[0] - ACCENT[0]) + Math.abs(c[1] - ACCENT[1]) + Math.abs(c[2] - ACCENT[2]) < 60;
  const x0 = Math.ceil(ring[0]) + 8, x1 = Math.floor(ring[2]) - 8;
  let edge = 0, total = 0;
  for (const y of [Math.round(ring[1]) + 1, Math.round(ring[3]) - 2]) {
    for (let x = x0; x <= x1; x++, total++) {
      // the 3 px line: any of three rows around the edge
      if ([-1, 0, 1].some((d) => near(at(x, y + d)))) edge++;
    }
  }
  const outside = at(Math.round((ring[0] + ring[2]) / 2), Math.max(0, Math.round(ring[1]) - 3));
  return { edgeShare: total ? edge / total : 0, contrast: contrast(ACCENT, outside), outside };
}

const cases = {
  // From a fresh load, keys only: the card closes, '/' reaches the search, a town is chosen,
  // Tab reaches the filters tab and a filter is toggled, then the suggestions and the network tab.
  async keyboard_only_search_filter_suggestions_network({ browser, server }) {
    const { page, log } = await freshVisit(browser, server);
    await until(page, 'focus', (r) => r.mode === 'panel' && r.window === 'Welcome to the Twinning Atlas', 'the card has the keyboard');
    await page.keyboard.press('Escape');
    await until(page, 'welcome', (r) => !r.open, 'card closed by Esc');
    await until(page, 'focus', (r) => r.mode === 'globe', 'the globe has the keyboard');

    await page.keyboard.type('/Bottrop');
    await until(page, 'panels', (r) => r.search_active && r.search_text === 'Bottrop', '"Bottrop" in the search');
    assert.equal((await focus(page)).mode, 'text');
    await page.keyboard.press('Enter');
    const chosen = await until(page, 'state', (r) => r.selected !== '', 'a town chosen by Enter');
    assert.match(chosen.selected, /^DE:05512/); // Bottrop, the town or its Kreis-level record
    // Enter ends the typing too (the hook's mode may lag a frame: no Esc here, it would leave the panel)
    await until(page, 'focus', (r) => r.mode === 'panel', 'the panel keeps the keyboard after typing');

    const filtersTab = await pressUntil(page, 'Tab', (r) => r.item === 'Filters', 'the Filters tab');
    assert.ok(filtersTab.ring, 'the focused tab has a ring');
    await page.keyboard.press('Enter');
    await until(page, 'panels', (r) => r.tab === 'filters', 'filters tab open');
    const box = await pressUntil(page, 'Tab', (r) => r.checkable, 'a filter checkbox');
    const before = await query(page, 'state');
    await page.keyboard.press('Space');
    const toggled = await until(page, 'focus', (r) => r.checkable && r.checked !== box.checked, 'the checkbox toggled');
    assert.equal(toggled.item, box.item);
    const after = await until(page, 'state', (r) => r.hash !== before.hash, 'the filter in the link');
    assert.notEqual(after.hash, before.hash);
    await page.screenshot({ path: artifactPath('keyboard_filter_1280_en.png') });

    await pressUntil(page, 'Tab', (r) => r.item === 'Suggest', 'the Suggest tab');
    await page.keyboard.press('Enter');
    await until(page, 'panels', (r) => r.tab === 'suggestions', 'suggestions tab open');
    await pressUntil(page, 'Tab', (r) => r.item === 'Network', 'the Network tab');
    await page.keyboard.press('Space');
    await until(page, 'panels', (r) => r.tab === 'network', 'network tab open');
    await page.screenshot({ path: artifactPath('keyboard_network_1280_en.png') });

    await page.keyboard.press('Escape'); // back to the globe; the selection stays
    await until(page, 'focus', (r) => r.mode === 'globe' && r.ring === null, 'globe mode, no ring');
    assert.equal((await query(page, 'state')).selected, chosen.selected);
    assert.deepEqual(log.errors, []);
  },

  // No key does two things in one mode: the arrows turn the globe only while it has the
  // keyboard, Esc clears the selection there and only leaves the panel in a panel.
  async one_meaning_per_key_and_mode({ page, log, server }) {
    await page.goto(server.url + `#v=1&sel=${encodeURIComponent(BOTTROP)}`);
    await waitReady(page);
    await until(page, 'focus', (r) => r.mode === 'globe', 'the globe has the keyboard at the start');
    const start = (await query(page, 'state')).camera;
    await page.keyboard.press('ArrowLeft');
    const turned = await until(page, 'state', (r) => r.camera[1] !== start[1], 'the globe turned');
    await page.keyboard.press('F6');
    const panel = await until(page, 'focus', (r) => r.mode === 'panel' && r.ring, 'F6: a panel with a ring');
    await page.keyboard.press('ArrowDown');
    await until(page, 'focus', (r) => r.item !== panel.item, 'the arrow moved the focus');
    assert.deepEqual((await query(page, 'state')).camera, turned.camera, 'an arrow in a panel turned the globe');
    await page.keyboard.press('Escape');
    await until(page, 'focus', (r) => r.mode === 'globe', 'Esc: back to the globe');
    assert.equal((await query(page, 'state')).selected, BOTTROP, 'Esc in a panel cleared the selection');
    await page.keyboard.press('Escape');
    await until(page, 'state', (r) => r.selected === '', 'Esc on the globe clears the selection');
    await page.keyboard.press('Tab');
    await until(page, 'focus', (r) => r.mode === 'panel', 'Tab from the globe: the panels');
    assert.deepEqual(log.errors, []);
  },

  // The focus ring is drawn, 3 px in the accent colour, at least 3:1 against the panel, on a
  // laptop and a phone, in English and German (screenshots for review).
  async focus_ring_visible({ browser, server }) {
    for (const [w, h] of [[1280, 800], [390, 844]]) {
      for (const lang of ['en', 'de']) {
        const { page, log, context } = await openPage(browser, { width: w, height: h });
        await page.goto(server.url + `#v=1&lang=${lang}`);
        await waitReady(page);
        await until(page, 'focus', (r) => r.mode === 'globe', 'globe mode');
        await page.keyboard.press('F6');
        const first = await until(page, 'focus', (r) => r.mode === 'panel' && r.ring, 'a ring');
        await page.keyboard.press('Tab');
        const f = await until(page, 'focus', (r) => r.ring && r.item !== first.item, 'the ring on the next control');
        const png = decodePng(await page.screenshot({ path: artifactPath(`keyboard_ring_${w}_${lang}.png`) }));
        const s = ringStatistics(png, f.ring);
        assert.ok(s.edgeShare > 0.9, `${w} ${lang}: ring drawn along ${(s.edgeShare * 100).toFixed(0)}% of its edges (${JSON.stringify(f)})`);
        assert.ok(s.contrast >= 3, `${w} ${lang}: ring contrast ${s.contrast.toFixed(2)} against ${s.outside}`);
        assert.deepEqual(log.errors, []);
        await context.close();
      }
    }
  },

  // '?' opens the help; it lists the key map of each mode, in English and in German, from
  // the string table (the drawn-text log), and Esc closes it.
  async help_lists_every_key_map({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const titles = {
      en: ['When the globe has the keyboard', 'In a panel (focus ring)', 'While typing in a field', 'In presenter mode'],
      de: ['Wenn der Globus die Tastatur hat', 'In einem Bereich (Fokusrahmen)', 'Beim Tippen in einem Feld', 'Im Präsentationsmodus'],
    };
    const rows = {
      en: ['Go to the panels', 'Back to the globe (closes help and the welcome card)', 'Next control', 'Next stop', 'F6', 'Shift+Tab'],
      de: ['Zu den Bereichen', 'Zurück zum Globus (schließt Hilfe und Begrüßungskarte)', 'Nächstes Bedienelement', 'Nächste Station', 'F6', 'Umschalt+Tab'],
    };
    await page.keyboard.press('?');
    await until(page, 'panels', (r) => r.help, 'help open');
    for (const lang of ['en', 'de']) {
      await query(page, `lang ${lang}`);
      await query(page, 'text-log on');
      const report = await until(page, 'text-log', (r) => r.language === lang && r.lines.length > 20, `${lang} lines`);
      const texts = report.lines.map((l) => l.text.replace(/\s+/g, ''));
      for (const want of [...titles[lang], ...rows[lang]])
        assert.ok(texts.some((t) => t.includes(want.replace(/\s+/g, ''))), `${lang}: "${want}" not drawn`);
      if (lang === 'de') assert.deepEqual(report.foreign.map((f) => f.text), [], 'English table text drawn in German');
      await page.screenshot({ path: artifactPath(`keyboard_help_1280_${lang}.png`) });
    }
    await page.keyboard.press('Escape');
    await until(page, 'panels', (r) => !r.help, 'Esc closed the help');
    await until(page, 'focus', (r) => r.mode === 'globe', 'and the globe has the keyboard');
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'keyboard_' });
