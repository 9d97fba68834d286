// Browser cases for a council's own list, beyond the first import case in workshop_cases.mjs
// (issue 14 item 5), one CTest entry each:  node own_data_cases.mjs <case>
// own_list_ambiguous_name_chosen: "Newport" matches several places; the panel offers them,
//   a click on one (the real button) resolves every row with that name, the rows are merged,
//   and the legend lists the own-data arc colour.
// own_list_problems_in_german: with the UI in German the problems are worded in German (from
//   the string table; the core's English text stays for the CLI).
// own_list_panel_fits_a_phone: at 390 x 844 the merge, replace and discard buttons lie inside
//   the screen and the panel.
import assert from 'node:assert/strict';
import { animationFrames, artifactPath, clickDrawn, query, runCaseFromArgv, until, waitReady } from './harness.mjs';

async function giveList(page, name, text) {
  await page.setInputFiles('#own-data-input', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  return until(page, 'own-data', (r) => r.file === name, `${name} read`);
}

const AMBIGUOUS = 'Stadt;Partnerstadt;Jahr\nBonn;Newport;1990\nMünster;Newport;1991\nBonn;Oxford;1947\n';
const BAD = 'Stadt;Partnerstadt;Jahr\nBielefeld;Rochdale;19x7\nAtlantisstadt;Leeds;1990\n';

const cases = {
  async own_list_ambiguous_name_chosen({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    const read = await giveList(page, 'newport.csv', AMBIGUOUS);
    assert.equal(read.links_read, 3);
    assert.equal(read.links_kept, 1, JSON.stringify(read.problems));
    const newport = read.problems.filter((p) => /Newport/.test(p.message));
    assert.equal(newport.length, 2, 'both Newport rows listed');
    assert.ok(newport[0].candidates.length >= 2, `several places offered: ${newport[0].candidates}`);
    await animationFrames(page, 2);
    await page.screenshot({ path: artifactPath('own_list_ambiguous.png') });
    const chosen = newport[0].candidates[0];
    await clickDrawn(page, `own-data-choose-${newport[0].row}-${newport[0].column}-0`);
    const after = await until(page, 'own-data', (r) => r.links_kept === 3, 'the choice applied to both Newport rows');
    assert.ok(after.problems.every((p) => !/Newport/.test(p.message)), JSON.stringify(after.problems));
    assert.match(after.last_choice, /Newport/);
    await animationFrames(page, 2);
    await page.screenshot({ path: artifactPath('own_list_ambiguous_chosen.png') });
    const legendBefore = await query(page, 'panels');
    assert.equal(legendBefore.legend_own_data, false, 'no own-data entry before the merge');
    await clickDrawn(page, 'own-data-merge');
    await until(page, 'own-data', (r) => r.applied, 'the list merged');
    await query(page, 'search Münster');
    await query(page, 'search-pick 0');
    const inspector = await until(page, 'inspector', (r) => r.name === 'Münster', 'Münster selected');
    const partner = inspector.partners.find((p) => p.own_data && p.year === 1991);
    assert.ok(partner && partner.id === chosen, `Münster's own link goes to the chosen place ${chosen}: ${JSON.stringify(inspector.partners)}`);
    const legend = await until(page, 'panels', (p) => p.legend_own_data, 'the legend lists own data');
    assert.ok(legend.legend);
    await animationFrames(page, 2);
    await page.screenshot({ path: artifactPath('own_list_legend.png') });
    assert.deepEqual(log.errors, []);
  },

  async own_list_problems_in_german({ page, log, server }) {
    await page.goto(server.url);
    await waitReady(page);
    await query(page, 'lang de');
    const read = await giveList(page, 'liste.csv', BAD);
    const year = read.problems.find((p) => p.row === 2 && p.column === 'Jahr');
    const town = read.problems.find((p) => p.row === 3 && p.column === 'town');
    assert.ok(year && town, JSON.stringify(read.problems));
    assert.equal(year.text, 'Jahr „19x7“ ist kein Jahr von 1800 bis 2100 (ohne Jahr übernommen)');
    assert.equal(town.text, '„Atlantisstadt“ ist kein bekannter Ort (Zeile ausgelassen)');
    assert.match(year.message, /is not a year/, 'the core\'s English text stays (the CLI prints it)');
    await animationFrames(page, 2);
    await page.screenshot({ path: artifactPath('own_list_german.png') });
    await query(page, 'lang en');
    const english = await until(page, 'own-data', (r) => r.problems.some((p) => p.text.startsWith("year '19x7'")), 'English again');
    assert.ok(english.problems.some((p) => p.text === "'Atlantisstadt' is no known town (row left out)"));
    assert.deepEqual(log.errors, []);
  },

  async own_list_panel_fits_a_phone({ page, log, server }) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.url);
    await waitReady(page);
    for (const lang of ['en', 'de']) {
      await query(page, `lang ${lang}`);
      await giveList(page, `phone-${lang}.csv`, AMBIGUOUS);
      await animationFrames(page, 3);
      await page.screenshot({ path: artifactPath(`own_list_phone_${lang}.png`) });
      for (const name of ['own-data-merge', 'own-data-replace', 'own-data-discard']) {
        const r = await until(page, `rect ${name}`, (x) => !x.error && x.w > 0, `${name} drawn`);
        assert.ok(r.x >= 0 && r.x + r.w <= 390 - 8, `${name} inside the screen (${lang}): ${JSON.stringify(r)}`);
      }
      await clickDrawn(page, 'own-data-discard');
      await until(page, 'own-data', (r) => !r.open, 'panel closed');
    }
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'own_data.' });
