// The whole pipeline in memory against the shared datasets: counts and the traps.
// DATASETS=/path overrides the default ../shared/datasets next to the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { allProfiles, buildAll, candidateRows, expandTowns } from '../lib/build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const datasets = process.env.DATASETS || resolve(here, '..', '..', '..', '..', 'shared', 'datasets');
const skip = !existsSync(join(datasets, 'nrw_uk_twinnings.csv')) && 'shared datasets not found';
let r;
const built = () => (r ||= buildAll(datasets));
let allTowns;
const towns = () => (allTowns ||= expandTowns(built().files));
const byId = id => towns().find(t => t.id === id);
const parts = () => built().files['partnerships.json'].partnerships;
const link = (a, b) => parts().find(p => p.a === a && p.b === b);
const ukTown = name => towns().find(t => t.k === 'ut' && t.n === name);

test('counts: 396 municipalities, 53 Kreise, 361 councils, 131 NRW–UK links', { skip }, () => {
  const by = k => towns().filter(t => t.k === k).length;
  assert.equal(by('nm'), 396);
  assert.equal(by('nk'), 53);
  assert.equal(by('uc'), 361);
  assert.equal(by('ur'), 36);
  const uk = parts().filter(p => p.uk);
  assert.equal(uk.length, 131);
  assert.ok(uk.filter(p => p.conf === 'two').length >= 102);
  assert.equal(uk.filter(p => p.s === 'ended').length, 3);
  for (const p of parts()) assert.ok(p.src.length > 0, p.id);
});

test('search findings: four added links with their pages and years, Dereham and Watton placed right', { skip }, () => {
  const ss = built().report.searchStats;
  assert.equal(ss.added, 4);
  assert.equal(ss.heldFirstYear, 3);
  const sources = new Map(built().files['sources.json'].sources.map(s => [s.id, s]));
  const added = [['Nideggen', 'Thatcham', 1973], ['Neunkirchen-Seelscheid', 'Bicester', 1982],
    ['Rüthen', 'East Dereham', 1983], ['Weeze', 'Watton', 1987]];
  for (const [nrw, ukName, year] of added) {
    const p = parts().find(p => p.uk && byId(p.a).n === nrw && byId(p.b).n === ukName);
    assert.ok(p, nrw + '–' + ukName);
    assert.equal(p.k, 'partnership');
    assert.equal(p.y[0][0], year);
    assert.ok(p.src.every(s => s.startsWith('pg_') && sources.get(s).url), p.id);
    assert.equal(p.conf, 'two');  // at least two pages each
  }
  assert.deepEqual(ukTown('East Dereham').al, ['Dereham']);
  assert.equal(ukTown('Watton').sr, 'Breckland');  // Norfolk, not Watton in the East Riding
  const mansfield = parts().find(p => p.uk && byId(p.a).n === 'Heiligenhaus' && byId(p.b).n === 'Mansfield');
  assert.equal(mansfield.y[0][0], 1972);
});

test('Gronau (Westf.) is the NRW town, not Gronau (Leine)', { skip }, () => {
  const g = byId('DE:05554020');
  assert.equal(g.n, 'Gronau (Westf.)');
  assert.ok(Math.abs(g.lon - 7.02) < 0.05);
  const p = parts().find(p => p.uk && byId(p.b).n === 'Bromsgrove');
  assert.equal(p.a, 'DE:05554020');
  const wn = built().worldNetwork;
  const de = wn.countries.indexOf('DE');
  const gronau = wn.towns.filter(t => t[0] === 'Gronau' && t[1] === de);
  assert.equal(gronau.length, 1);
  assert.equal(gronau[0][4], 'DE:05554020');
  assert.ok(Math.abs(gronau[0][3] / wn.scale - 7.02) < 0.05);  // integer lon in 1/scale degree
});

test('Bonn districts: Bad Godesberg is a district link, never a place', { skip }, () => {
  const p = link('DE:05314000', 'GB:E06000040');
  assert.equal(p.d, 'Bad Godesberg');
  assert.equal(link('DE:05314000', 'GB:E07000178').d, undefined);
  assert.ok(!towns().some(t => t.n === 'Bad Godesberg'));
  assert.ok(!parts().some(p => p.a === 'DE:05314000' && byId(p.b).n === 'Belfast'));
  const kept = built().files['partnerships.json'].excluded.map(e => e.a + '–' + e.b);
  assert.ok(kept.includes('Bonn–Belfast'));
});

test('London boroughs are councils; London is the GLA, not a candidate', { skip }, () => {
  assert.equal(byId('GB:E09000002').k, 'uc');  // Barking and Dagenham
  assert.ok(link('DE:05954036', 'GB:E09000002'));
  assert.ok(link('DE:05770024', 'GB:E09000029'));  // Minden – Sutton
  // no UK place inside a London borough (Sutton, Cambridgeshire, is another Sutton)
  assert.ok(!towns().some(t => t.c === 'GB' && t.k === 'ec' && (t.n === 'London' || /^GB:E09/.test(t.p || ''))));
  assert.ok(!towns().some(t => t.c === 'GB' && t.k === 'ec' && ['Barnet', 'Bexley'].includes(t.n)));
  assert.ok(byId('GB:E61000001').al.includes('London'));
});

test('councils renamed or merged: partner towns point at today\'s council', { skip }, () => {
  assert.equal(ukTown('Corby').p, 'GB:E06000061');         // Corby -> North Northamptonshire (2021)
  assert.equal(byId(ukTown('Workington').p).n, 'Cumberland');  // Allerdale -> Cumberland (2023)
  assert.equal(ukTown('Weymouth').p, 'GB:E06000059');      // Weymouth and Portland -> Dorset (2019)
  assert.equal(byId('GB:E07000150'), undefined);
  // inherited entries are no longer written (the loader inherits through p); the partner
  // town's population is its own GeoNames figure
  const own = allProfiles(built().files).find(p => p.id === ukTown('Corby').id);
  assert.ok(!own.i.some(i => i.k === 'imd_score'));
  assert.equal(own.i.find(i => i.k === 'population').v, ukTown('Corby').pop);
  for (const p of allProfiles(built().files)) for (const e of [...(p.t || []), ...(p.i || [])]) assert.ok(!('inh' in e), p.id);
});

test('mojibake: no garbled name anywhere; Anglesey takes its Welsh name from a cited page', { skip }, () => {
  const text = JSON.stringify(built().files);
  assert.ok(!/ï¿½|\uFFFD|ï¾/.test(text));
  const a = byId('GB:W06000001');
  assert.equal(a.alt, 'Sir Ynys Môn');
  assert.equal(a.src.length, 2);
});

test('country-name variants fold into one country; the same pair listed twice is one pair', { skip }, () => {
  const wn = built().worldNetwork;
  assert.equal(new Set(wn.countries).size, wn.countries.length);
  assert.ok(wn.counts.countryVariants > 5);
  const gb = wn.countries.indexOf('GB');
  assert.equal(wn.towns.filter(t => t[0] === 'Sunderland' && t[1] === gb).length, 1);
  const seen = new Set();
  for (const [a, b] of wn.pairs) {
    const k = Math.min(a, b) + ',' + Math.max(a, b);
    assert.ok(!seen.has(k));
    seen.add(k);
  }
  assert.ok(wn.counts.duplicateRows > 0);
  const keys = new Set();
  for (const p of parts()) {
    const k = [p.a, p.b].sort().join('|') + '|' + (p.d || '');
    assert.ok(!keys.has(k), k);
    keys.add(k);
  }
});

test('pool: one record per real place, no NRW places, no city sections', { skip }, () => {
  const pool = towns().filter(t => t.k === 'ec');
  const ids = new Set(towns().map(t => t.id));
  assert.equal(ids.size, towns().length);
  assert.ok(pool.length > 5000);
  const nrwNames = new Map(towns().filter(t => t.k === 'nm').map(t => [t.n, t]));
  for (const t of pool) {
    if (t.c === 'DE' && nrwNames.has(t.n)) {
      const m = nrwNames.get(t.n);
      assert.ok(Math.abs(m.lat - t.lat) + Math.abs(m.lon - t.lon) > 0.2, t.n);
    }
  }
  assert.ok(built().report.poolStats.sections > 0);
});

test('English names of NRW municipalities come from the English Wikipedia list, with it as a source', { skip }, () => {
  const koeln = byId('DE:05315000');
  assert.equal(koeln.n, 'Köln');
  assert.ok(koeln.al.includes('Cologne'), JSON.stringify(koeln.al));
  assert.ok(koeln.src.includes('enwiki_twins_de'), JSON.stringify(koeln.src));
  const sources = new Map(built().files['sources.json'].sources.map(s => [s.id, s]));
  assert.match(sources.get('enwiki_twins_de').title, /List of twin towns and sister cities in Germany/);
  // the list's rows for "Cologne" are exactly the partners the NRW file gives Köln
  const found = built().report.englishNames.find(a => a.name === 'Cologne');
  assert.equal(found.id, 'DE:05315000');
  assert.ok(found.partners >= 20);
  // no invented exonyms, and city districts are no names of the town
  assert.ok(!(byId('DE:05334002').al || []).includes('Aix-la-Chapelle'));
  assert.ok(!(byId('DE:05314000').al || []).some(a => /Godesberg|–/.test(a)), JSON.stringify(byId('DE:05314000').al));
  for (const a of built().report.englishNames) assert.equal(byId(a.id).k, 'nm');
  // the world network maps the list's "Cologne" to Köln through the alias
  const wn = built().worldNetwork;
  const cologne = wn.towns.find(t => t[0] === 'Cologne' && wn.countries[t[1]] === 'DE');
  assert.equal(cologne[4], 'DE:05315000');
});

test('UK councils\' partnerships abroad: council or the UK place the list names as a, partner outside the UK and NRW, world list as source, unmapped names reported', { skip }, () => {
  const ua = built().partnerships.filter(p => p.ukAbroad);
  assert.ok(ua.length >= 1500, String(ua.length));
  for (const p of ua) {
    const a = byId(p.a), b = byId(p.b);
    assert.ok(a.c === 'GB' && (a.k === 'uc' || a.k === 'ur' || ((a.k === 'ec' || a.k === 'ut') && byId(a.p).k === 'uc')), p.id);
    assert.ok(b.c !== 'GB' && b.k !== 'nm' && b.k !== 'nk', p.id);
    assert.deepEqual([p.k, p.s, p.conf, p.uk, p.src], ['partnership', 'active', 'one', false, ['enwiki_twins_world']]);
  }
  assert.equal(parts().filter(p => p.uk).length, 131);  // the NRW–UK set is untouched
  // a name that is a council maps to it; a merged council to today's; a town to its council
  const ids = new Set(ua.map(p => p.a));
  assert.ok(ids.has('GB:E09000002'));  // Barking and Dagenham
  assert.ok(!towns().some(t => t.id === 'OT:DE:berlin-spandau'));  // "Berlin – Spandau" is "Spandau (Berlin)"
  const us = built().report.ustats;
  assert.equal(us.ukUk, 5);
  assert.ok(us.nrwSide > 150);  // rows with an NRW partner stay with the NRW–UK set
  const un = built().report.ukAbroadUnmapped;
  assert.ok(un.uk.some(u => u.name === 'Wellington' && /2 councils/.test(u.why)));  // ambiguous: not guessed
  assert.equal(un.uk.reduce((s, u) => s + u.rows, 0), us.ukUnmapped);
});

// Issue 13: the pool file (loaded after the first view) holds only candidate rows no
// partnership names, and the profiles of exactly those places.
test('towns_pool.json: candidates no partnership names, with their profiles', { skip }, () => {
  const f = built().files;
  const named = new Set(parts().flatMap(p => [p.a, p.b]));
  const pooled = new Set(f['towns_pool.json'].candidates.rows.map(r => `GN:${r[0]}`));
  assert.ok(pooled.size > 8000, `${pooled.size} pooled rows`);
  for (const id of pooled) assert.ok(!named.has(id), `${id} is named by a partnership`);
  for (const r of f['towns.json'].candidates.rows) assert.ok(named.has(`GN:${r[0]}`), `GN:${r[0]} stays without a partnership`);
  for (const p of f['towns_pool.json'].profiles) assert.ok(pooled.has(p.id), p.id);
  for (const p of f['profiles.json'].profiles) assert.ok(!pooled.has(p.id), p.id);
  assert.ok(f['towns_pool.json'].profiles.length > 1000);
});
