// The UK place pool, facts at their level, and memberships on both sides (issue 12).
// DATASETS=/path overrides the default ../shared/datasets next to the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { allProfiles, buildAll, candidateRows, expandTowns } from '../lib/build.mjs';
import { isVolunteerGroup } from '../lib/profiles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const datasets = process.env.DATASETS || resolve(here, '..', '..', '..', '..', 'shared', 'datasets');
const skip = !existsSync(join(datasets, 'nrw_uk_twinnings.csv')) && 'shared datasets not found';
let r, all;
const built = () => (r ||= buildAll(datasets));
const towns = () => (all ||= expandTowns(built().files));
const byId = id => towns().find(t => t.id === id);
const gbPlaces = () => towns().filter(t => t.c === 'GB' && (t.k === 'ec' || t.k === 'ut') && /^(GN|GBX):/.test(t.id));
const placeNamed = n => gbPlaces().filter(t => t.n === n);
const profile = id => allProfiles(built().files).find(p => p.id === id);

test('UK places: 3,641 GeoNames GB records with population >= 1,000 considered, most kept as rows', { skip }, () => {
  const s = built().report.ukPlaceStats;
  assert.equal(s.considered, 3641);
  assert.ok(s.kept > 3300 && s.kept < s.considered, String(s.kept));
  const rows = candidateRows(built().files).filter(x => x[2] === 'GB');
  assert.ok(rows.length > 3300);
  for (const x of rows) assert.ok(/^GB:/.test(x[6]) && x[5] >= 1000, JSON.stringify(x));
});

test('a place on a council border is placed by its point', { skip }, () => {
  // Stalybridge (Tameside) lies on the Tameside / Stockport border; Mossley on Tameside / Oldham
  const s = placeNamed('Stalybridge')[0];
  assert.equal(byId(s.p).n, 'Tameside');
  const h = placeNamed('Hebden Bridge')[0];  // Calderdale, close to Burnley/Pendle
  assert.equal(byId(h.p).n, 'Calderdale');
});

test('a place in a merged council gets today\'s council and its 2019 district code', { skip }, () => {
  const selby = placeNamed('Selby')[0];
  assert.equal(byId(selby.p).n, 'North Yorkshire');
  assert.equal(selby.d19, 'E07000169');
  const row = candidateRows(built().files).find(x => x[1] === 'Selby' && x[2] === 'GB');
  assert.deepEqual(row.slice(6), ['GB:E06000065', 'E07000169']);
  // an unmerged council: no d19
  const wakefield = placeNamed('Wakefield')[0];
  assert.equal(wakefield.d19, undefined);
});

test('PPLX / PPLL records are dropped unless on the reviewed exception list', { skip }, () => {
  assert.ok(!byId('GN:6947756'));   // Mendip (PPLX, a district)
  assert.ok(!byId('GN:8299623'));   // Orkney (PPLL, an area)
  assert.ok(!byId('GN:8299858'));   // Isles of Scilly (PPLL)
  assert.ok(!byId('GN:2655775'));   // Bexley (PPLL, London)
  assert.ok(byId('GN:6691235'));    // Heywood (PPLX, on the exception list)
  assert.ok(byId('GN:8260059'));    // Catterick Garrison
  assert.ok(built().report.ukPlaceStats.sections > 50);
});

test('a partner town of population 0 is kept, without pop', { skip }, () => {
  const zero = towns().filter(t => t.k === 'ut' && !('pop' in t));
  assert.ok(zero.length > 0, 'no partner town without population');
  for (const t of zero) assert.ok(!(profile(t.id)?.i || []).some(i => i.k === 'population'), t.id);
  // a GeoNames record of population 0 is never a pool row
  assert.ok(!candidateRows(built().files).some(x => !(x[5] > 0)));
});

test('records of one name within the merge radius are one place, the most populous kept', { skip }, () => {
  const merged = built().ctx.ukPlaceMergedInto;
  const same = [...merged].filter(([a, b]) => {
    const ta = built().ctx.cityById.get(a), tb = built().ctx.cityById.get(b);
    return ta.name.toLowerCase() === tb.name.toLowerCase();
  });
  assert.ok(same.length >= 1);
  for (const [a, b] of same) {
    assert.ok(!byId('GN:' + a), 'merged record still present: ' + a);
    assert.ok(byId('GN:' + b), 'kept record missing: ' + b);
    assert.ok(built().ctx.cityById.get(b).population >= built().ctx.cityById.get(a).population);
  }
  // districts merged into their place by the sourced list become aliases
  const portsmouth = placeNamed('Portsmouth')[0];
  assert.ok(portsmouth.al.includes('Southsea'));
  assert.ok(!byId('GN:2637330'));
});

test('a place and its namesake council stay two records (Wakefield, Leeds, Liverpool)', { skip }, () => {
  const town = placeNamed('Wakefield')[0];
  const council = byId('GB:E08000036');
  assert.equal(council.k, 'uc');
  assert.equal(town.p, council.id);
  assert.equal(town.pop, 78978);
  assert.notEqual(town.pop, council.pop);
  assert.equal(council.gn, undefined);  // the council does not carry the place's id
  for (const n of ['Leeds', 'Liverpool']) assert.equal(placeNamed(n).length, 1, n);
});

test('no GeoNames id appears twice across town records and candidate rows', { skip }, () => {
  const doc = built().files['towns.json'];
  const seen = new Map();
  const see = (g, who) => { assert.ok(!seen.has(g), `GeoNames ${g}: ${seen.get(g)} and ${who}`); seen.set(g, who); };
  for (const t of doc.towns) {
    if (t.id.startsWith('GN:')) see(Number(t.id.slice(3)), t.id);
    if (t.gn) see(t.gn, t.id + ' gn');
  }
  for (const x of candidateRows(built().files)) see(x[0], 'row ' + x[1]);
  // no GB entries from the 10k file: every GB row is a UK place with a council
  assert.ok(candidateRows(built().files).filter(x => x[2] === 'GB').every(x => x[6]));
});

test('councils in two-tier areas have their county as p; metropolitan boroughs their combined authority', { skip }, () => {
  assert.equal(byId('GB:E07000117').p, 'GB:E10000017');  // Burnley -> Lancashire
  assert.equal(byId(byId('GB:E08000003').p).k, 'ur');     // Manchester -> Greater Manchester CA
});

test('a volunteer-group membership row is not a goal', { skip }, () => {
  assert.ok(isVolunteerGroup({ note: 'local City of Sanctuary group working towards the aim (not a recognition)' }));
  assert.ok(!isVolunteerGroup({ note: 'UK\'s first City of Sanctuary; council pledged support 18 Jun 2007' }));
  const york = profile('GB:E06000014');  // York: only a local group in refugee_welcome_gb.csv
  assert.ok(!(york?.t || []).some(e => e.tag === 'sichere_haefen'));
  const sheffield = profile('GB:E08000019');
  assert.ok(sheffield.t.some(e => e.tag === 'sichere_haefen'));
  const st = built().profiles.memberStats.stats['memberships/refugee_welcome_gb.csv'];
  assert.equal(st.volunteer, 3);
});

test('Klimanotstand and climate emergency are one tag with per-side coverage', { skip }, () => {
  const tags = built().files['tags.json'].tags;
  const ce = tags.filter(t => t.id === 'climate_emergency');
  assert.equal(ce.length, 1);
  assert.deepEqual(ce[0].sides.map(s => [s.c, s.cov]), [['DE', 'partial'], ['GB', 'complete']]);
  assert.equal(ce[0].sides[1].asof, '2020-02');
  assert.equal(ce[0].cov, 'partial');
  const profiles = allProfiles(built().files);
  const has = (pred) => profiles.filter(p => pred(p.id) && (p.t || []).some(e => e.tag === 'climate_emergency')).length;
  assert.ok(has(id => id.startsWith('DE:')) >= 10);
  assert.ok(has(id => id.startsWith('GB:')) >= 200);
  const sh = tags.find(t => t.id === 'sichere_haefen');
  assert.match(sh.en, /City of Sanctuary/);
  assert.deepEqual(sh.sides.map(s => s.c), ['DE', 'GB']);
});

test('facts of a former district of a merged council carry its 2019 code (d19)', { skip }, () => {
  const ny = profile('GB:E06000065');
  const coal = ny.t.find(e => e.tag === 'coal_legacy');
  assert.deepEqual(coal.d19, ['E07000169']);  // Selby district
  // a fact on the town the source names: Whitehaven (Cumberland) carries coal_legacy itself
  const wh = placeNamed('Whitehaven')[0];
  assert.ok(profile(wh.id).t.some(e => e.tag === 'coal_legacy'));
});
