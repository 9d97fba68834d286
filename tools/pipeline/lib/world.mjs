// The worldwide twin-town network (globe's world mode) and the Natural Earth world map.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readCsv } from './csv.mjs';
import { fold, countryCode } from './names.mjs';
import { ROLE } from './towns.mjs';

const require = createRequire(import.meta.url);

export function loadWorldRows(dir) {
  return {
    raw: readCsv(join(dir, 'raw', 'world_twin_towns_enwiki_raw.csv')),
    geo: readCsv(join(dir, 'raw', 'world_twin_towns_enwiki_geocoded.csv')),
  };
}

// Towns are one per (name, country) once the country spellings are normalised; pairs are
// unordered and merged when listed twice (from both sides or twice on one list).
export function buildWorldNetwork(rows, ctx, log) {
  const { towns } = ctx;
  const coords = new Map();  // "fold(name)|CC" -> Map("lat,lon" -> count)
  for (const r of rows.geo) {
    for (const [c, co, la, lo] of [[r.city1, r.country1, r.lat1, r.lng1], [r.city2, r.country2, r.lat2, r.lng2]]) {
      if (la === '' || lo === '') continue;
      const k = fold(c) + '|' + countryCode(co);
      if (!coords.has(k)) coords.set(k, new Map());
      const m = coords.get(k), ck = Number(la).toFixed(3) + ',' + Number(lo).toFixed(3);
      m.set(ck, (m.get(ck) || 0) + 1);
    }
  }
  // NRW towns in the world list: Destatis coordinates (the geocoder put "Gronau" at Gronau (Leine));
  // by name or alias, so also by the English names the lists use ("Cologne", see addEnglishNames)
  const nrwFix = new Map();
  for (const t of towns.values()) {
    if (t.k !== ROLE.nrwMuni) continue;
    nrwFix.set(fold(t.n) + '|DE', t);
    for (const a of t.al) if (!nrwFix.has(fold(a) + '|DE')) nrwFix.set(fold(a) + '|DE', t);
  }
  const nrwPartnerNames = new Set();  // towns the NRW list pairs with, to confirm an NRW name
  const countries = [], countryIdx = new Map();
  const cidx = cc => { if (!countryIdx.has(cc)) { countryIdx.set(cc, countries.length); countries.push(cc); } return countryIdx.get(cc); };
  const townList = [], townIdx = new Map();
  const stats = { rows: rows.raw.length, rowsEmptyCountry: 0, rowsNoCoords: 0, selfPairs: 0, duplicateRows: 0, countryVariants: 0, nrwCoordsFixed: 0 };
  const variants = new Set();
  const townOf = (name, country) => {
    const cc = countryCode(country);
    if (!cc) return null;
    if (country.trim() !== '' && fold(country) !== fold(cc)) variants.add(country);
    const k = fold(name) + '|' + cc;
    if (townIdx.has(k)) return townIdx.get(k);
    let lat, lon, ref = '';
    const nrw = cc === 'DE' ? nrwFix.get(k) : null;
    if (nrw) { lat = nrw.lat; lon = nrw.lon; ref = nrw.id; stats.nrwCoordsFixed++; }
    else {
      const m = coords.get(k);
      if (!m) return undefined;
      const best = [...m.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',');
      lat = Number(best[0]); lon = Number(best[1]);
    }
    const i = townList.length;
    townList.push([name, cidx(cc), Math.round(lat * 1000) / 1000, Math.round(lon * 1000) / 1000, ref]);
    townIdx.set(k, i);
    return i;
  };
  const pairs = new Map();
  for (const r of rows.raw) {
    if (!countryCode(r.country1) || !countryCode(r.country2)) { stats.rowsEmptyCountry++; continue; }
    const a = townOf(r.city1, r.country1), b = townOf(r.city2, r.country2);
    if (a === undefined || b === undefined || a === null || b === null) { stats.rowsNoCoords++; continue; }
    if (a === b) { stats.selfPairs++; continue; }
    const k = a < b ? a + ',' + b : b + ',' + a;
    if (pairs.has(k)) { stats.duplicateRows++; pairs.set(k, pairs.get(k) + 1); continue; }
    pairs.set(k, 1);
  }
  stats.countryVariants = variants.size;
  stats.countries = countries.length;
  stats.towns = townList.length;
  stats.pairs = pairs.size;
  // drop towns that ended up in no pair
  const used = new Set();
  for (const k of pairs.keys()) for (const x of k.split(',')) used.add(Number(x));
  const remap = new Map(); const outTowns = [];
  townList.forEach((t, i) => { if (used.has(i)) { remap.set(i, outTowns.length); outTowns.push(t); } });
  const outPairs = [...pairs.keys()].map(k => k.split(',').map(x => remap.get(Number(x))));
  stats.towns = outTowns.length;
  log(`world network: ${stats.rows} rows -> ${stats.pairs} distinct pairs on ${stats.towns} towns in ${stats.countries} countries ` +
    `(${stats.duplicateRows} duplicate rows merged, ${variants.size} country spellings folded, ${stats.rowsNoCoords} rows without coordinates, ${stats.rowsEmptyCountry} without country, ${stats.selfPairs} self-pairs)`);
  // lat/lon as integers in 1/scale degree (exact: they are rounded to 3 decimals above);
  // integers parse much faster than decimals in the wasm build
  const scale = 1000;
  return {
    v: 1,
    counts: stats,
    scale,
    countries,
    towns: outTowns.map(t => {
      const row = [t[0], t[1], Math.round(t[2] * scale), Math.round(t[3] * scale)];
      if (t[4]) row.push(t[4]);
      return row;
    }),
    pairs: outPairs,
  };
}

// Natural Earth 50m land and country borders -> delta-encoded integer rings (1/100 degree).
export function buildWorldMap(log) {
  const topo = require('topojson-client');
  const land = require('world-atlas/land-50m.json');
  const countries = require('world-atlas/countries-50m.json');
  const Q = 100;
  const encode = (ring, closed) => {
    const out = [];
    let px = null, py = null, x0 = 0, y0 = 0, first = true;
    const pts = closed ? ring.slice(0, -1) : ring;
    for (const [lon, lat] of pts) {
      const x = Math.round(lon * Q), y = Math.round(lat * Q);
      if (x === px && y === py) continue;
      if (first) { out.push(x, y); x0 = x; y0 = y; first = false; } else out.push(x - px, y - py);
      px = x; py = y;
    }
    if (closed && out.length >= 4 && px === x0 && py === y0) out.length -= 2;
    return out;
  };
  const L = topo.feature(land, land.objects.land);
  const polys = [];
  for (const f of L.features || [L]) {
    const g = f.geometry;
    for (const p of g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates]) {
      const rings = p.map(r => encode(r, true)).filter(r => r.length >= 6);
      if (rings.length) polys.push(rings);
    }
  }
  const mesh = topo.mesh(countries, countries.objects.countries, (a, b) => a !== b);
  const borders = mesh.coordinates.map(l => encode(l, false)).filter(l => l.length >= 4);
  const nPts = polys.reduce((s, p) => s + p.reduce((t, r) => t + r.length / 2, 0), 0);
  log(`world map: ${polys.length} land polygons (${nPts} points), ${borders.length} border lines (${borders.reduce((s, l) => s + l.length / 2, 0)} points)`);
  return { v: 1, scale: Q, land: polys, borders };
}
