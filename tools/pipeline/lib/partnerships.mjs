// Partnerships: the NRW–UK set (base pair file + page verification file + the project's own
// search findings + UK-side Wikipedia lists) and all other partnerships of NRW municipalities.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from './csv.mjs';
import { fold, slug, countryCode, ukNation } from './names.mjs';
import { ROLE, round } from './towns.mjs';

const KIND = { partnership: 'partnership', friendship: 'friendship', kreis: 'kreis', contact: 'contact' };

// UK partner names that name a council or county differently from the gazetteer
const UK_BODY_ALIASES = {
  'wrexham county borough': 'Wrexham',  // the council
  'cambridgeshire': 'Cambridgeshire',   // the county (a region record)
};
// UK partner towns of the search findings that GeoNames names differently or holds twice
const UK_TOWN_HINTS = {
  'dereham': { name: 'East Dereham' },     // GeoNames name of Dereham, Norfolk
  'watton': { near: [52.567, 0.833] },     // Watton, Norfolk (the pages say Norfolk), not Watton, East Riding
};
// the project's own findings from a search of stored public web pages (see sources/README.md)
const SEARCH_FINDINGS = fileURLToPath(new URL('../sources/nrw_uk_findings_search.csv', import.meta.url));
// links the shared README declares clearly ended (other "ended" findings are dormant or ambiguous)
const CLEARLY_ENDED = new Set(['bielefeld|enniskillen', 'holzwickede|portland', 'kamp lintfort|chester le street']);
// verification rows naming the same Kreis link with a different UK partner (README: "the Kreis
// Viersen partner is named East Cambridgeshire by one paper")
const SAME_LINK = { 'kreis viersen|east cambridgeshire': 'kreis viersen|cambridgeshire' };
// the city-district links
const DISTRICT_OF = {
  'essen stadtbezirk i': ['Essen', 'Stadtbezirk I'],
  'koln stadtbezirk porz': ['Köln', 'Porz'],
};

function splitBaseSources(s, srcs) {
  const ids = [];
  for (const part of s.split('|').map(x => x.trim()).filter(Boolean)) {
    if (part.startsWith('enwiki_list_DE')) ids.push('enwiki_twins_de');
    else if (part.startsWith('wikidata_P190_2016')) ids.push('wikidata_p190_2016');
    else if (/^pages? /.test(part)) {
      for (const u of part.replace(/^pages? /, '').split('+').map(x => x.trim()).filter(Boolean)) ids.push(srcs.page(u));
    } else throw new Error('unknown source token ' + part);
  }
  return ids;
}

export function buildPartnerships(dir, ctx, srcs, log, worldRows) {
  const { towns, add, nrwByName, kreise, councils, councilAt, geocode } = ctx;
  const report = { excluded: [], unresolved: [], notes: [], ukTownsFallback: [] };
  const partnerships = new Map();

  // NRW side by name: municipality, "Kreis X", or "City (Stadtbezirk D)"
  const kreisByName = new Map();
  for (const k of kreise.values()) for (const n of [k.n, ...k.al]) kreisByName.set(fold(n), k);
  const nrwSide = name => {
    const f = fold(name);
    if (DISTRICT_OF[f]) return { town: nrwByName.get(fold(DISTRICT_OF[f][0])), district: DISTRICT_OF[f][1] };
    if (nrwByName.has(f)) return { town: nrwByName.get(f), district: '' };
    if (f.startsWith('kreis ') || f.includes('kreis')) {
      const k = kreisByName.get(f);
      if (k && !k.kf) return { town: k, district: '' };
    }
    return null;
  };

  // UK side: a council/county by name, else a GeoNames town placed in its council
  const councilByName = new Map();
  for (const t of towns.values()) if (t.k === ROLE.ukCouncil) councilByName.set(fold(t.n), t);
  const ukWorldCoords = new Map();  // UK-side coordinates from the geocoded world list
  for (const r of worldRows.geo) {
    for (const [c, co, la, lo] of [[r.city1, r.country1, r.lat1, r.lng1], [r.city2, r.country2, r.lat2, r.lng2]]) {
      if (countryCode(co) === 'GB' && la && !ukWorldCoords.has(fold(c))) ukWorldCoords.set(fold(c), [Number(la), Number(lo)]);
    }
  }
  const ukSide = (name, { nation = '', near = null, alias = '' } = {}) => {
    const f = fold(name);
    if (UK_BODY_ALIASES[f]) {
      const body = [...towns.values()].find(t => t.c === 'GB' && (t.k === ROLE.ukCouncil || t.k === ROLE.ukRegion) && t.n === UK_BODY_ALIASES[f]);
      if (!body) throw new Error('UK body alias without record: ' + name);
      return body;
    }
    if (councilByName.has(f)) return councilByName.get(f);
    const admin = ctx.NATION_ADMIN[fold(nation)] || '';
    let g = geocode('GB', name, { admin, near, maxKm: 30 }) || (near ? null : geocode('GB', name, { admin }));
    if (!g && near) g = geocode('GB', name, { admin });
    let id, lat, lon, src = ['geonames'], gn;
    // a GeoNames record merged into another of the same name nearby is that place
    if (g && ctx.ukPlaceMergedInto?.has(g.cityId)) {
      const kept = towns.get('GN:' + ctx.ukPlaceMergedInto.get(g.cityId));
      if (kept && fold(kept.n) === fold(g.name)) g = ctx.cityById.get(Number(kept.id.slice(3))) || g;
    }
    if (g) {
      id = 'GN:' + g.cityId; lat = g.loc.coordinates[1]; lon = g.loc.coordinates[0]; gn = g.cityId;
    } else {
      const w = ukWorldCoords.get(f) || near;
      if (!w) return null;
      id = 'GBX:' + slug(name); [lat, lon] = w; src = ['enwiki_twins_world'];
      report.ukTownsFallback.push(name);
    }
    const existing = towns.get(id);
    const c = councilAt(lon, lat);
    if (existing) {
      if (existing.k === ROLE.europe) existing.k = ROLE.ukTown;
      if (alias && !existing.al.some(a => fold(a) === fold(alias))) existing.al.push(alias);
      if (!existing.p && c && c.council) { existing.p = c.council.id; existing.sr = c.council.n; existing.r = c.council.r; }
      if (existing.p && !existing.sr) { const pc = towns.get(existing.p); existing.sr = pc.n; existing.r = pc.r; }
      if (!existing.src.includes('ons_boundaries_2019')) existing.src.push('ons_boundaries_2019');
      return existing;
    }
    if (!c || !c.council) throw new Error('UK partner town outside every council: ' + name);
    const t = add({
      id, n: g ? g.name : name, alt: '', al: alias ? [alias] : g && fold(g.name) !== f ? [name] : [], c: 'GB', r: c.council.r, sr: c.council.n,
      k: ROLE.ukTown, p: c.council.id, lat: round(lat), lon: round(lon), pop: g && g.population ? g.population : -1,
      set: '', src: [...src, 'ons_boundaries_2019'], gn, d19: c.old !== c.gss ? c.old : '',
    });
    if (c.old !== c.gss) t.note = `in ${c.oldName} (2019 boundary ${c.old}), now ${c.council.n}`;
    return t;
  };

  const keyOf = (nrwName, ukName) => fold(nrwName).replace(/^(\S+) stadtbezirk .*/, '$1') + '|' + fold(ukName);
  const pairKey = (a, district, b) => a.id + (district ? '#' + district : '') + '--' + b.id;
  const byNameKey = new Map();
  const put = (nrwName, ukName, p) => { byNameKey.set(fold(nrwName) + '|' + fold(ukName), p); };
  const findByName = (nrwName, ukName) => byNameKey.get(fold(nrwName) + '|' + fold(ukName));

  const newP = (a, b, district, kind) => {
    const id = a.id + (district ? '~' + slug(district) : '') + '--' + b.id;
    const p = { id, a: a.id, b: b.id, d: district, k: kind, s: 'active', y: [], src: [], notes: [], uk: true, flags: [] };
    partnerships.set(pairKey(a, district, b), p);
    return p;
  };
  const addSrc = (p, id) => { if (!p.src.includes(id)) p.src.push(id); };
  const addYear = (p, year, src) => {
    if (!year) return;
    if (!p.y.some(([yy, ss]) => yy === year && ss === src)) p.y.push([year, src]);
  };
  const addNote = (p, note) => { if (note && !p.notes.includes(note)) p.notes.push(note); };

  // --- 1. the base pair file (106 rows) ---
  const base = readCsv(join(dir, 'nrw_uk_twinnings.csv'));
  const seenBase = new Set();
  for (const r of base) {
    const nrw = ctx.towns.get('DE:' + r.nrw_ags);
    if (!nrw) throw new Error('unknown AGS ' + r.nrw_ags);
    const bk = r.nrw_ags + '|' + fold(r.uk_name);
    if (seenBase.has(bk)) { report.notes.push('duplicate base row merged: ' + r.nrw_name + '–' + r.uk_name); }
    seenBase.add(bk);
    const near = r.uk_lat && !/largest GeoNames/.test(r.notes) ? [Number(r.uk_lat), Number(r.uk_lon)] : null;
    const uk = ukSide(r.uk_name, { nation: r.uk_nation, near });
    if (!uk) { report.unresolved.push(r.nrw_name + '–' + r.uk_name); continue; }
    let district = '';
    const dm = r.notes.match(/district-level partnership: Bonn – ([^;]+)/);
    if (dm && dm[1].trim() !== 'Bonn') district = dm[1].trim();
    const key = pairKey(nrw, district, uk);
    const p = partnerships.get(key) || newP(nrw, uk, district, KIND.partnership);
    for (const s of splitBaseSources(r.sources, srcs)) addSrc(p, s);
    const pageSrc = p.src.find(s => s.startsWith('pg_'));
    if (r.start_year) addYear(p, Number(r.start_year), pageSrc || p.src[0]);
    p.baseConfidence = r.confidence;
    if (r.confidence.includes('verify')) p.flags.push('wikidata_only');
    for (const n of r.notes.split(';').map(s => s.trim())) {
      if (/^(UK coords|German name not unique|wikidata-only|district-level partnership: Bonn – Bonn)/.test(n)) continue;
      if (n.startsWith('district-level partnership')) continue;
      addNote(p, n);
    }
    if (r.nrw_name === 'Ratingen') addNote(p, 'two sources (Wikidata 2016 and a page), although the base file notes it as Wikidata-only');
    put(r.nrw_name, r.uk_name, p);
  }

  // --- 2. page findings: the shared verification file (192 findings), then the project's own
  // search findings (tools/pipeline/sources/nrw_uk_findings_search.csv), through one code path ---
  const contradicted = new Map();
  const findingCounts = {};
  const applyFindings = (rows, origin) => {
    for (const r of rows) if (r.finding === 'contradicted') {
      const k = fold(r.nrw_name) + '|' + fold(r.uk_name);
      if (!contradicted.has(k)) contradicted.set(k, { nrw: r.nrw_name, uk: r.uk_name, src: [], reason: [] });
      const c = contradicted.get(k);
      c.src.push(srcs.page(r.source_page)); if (r.note) c.reason.push(r.note);
    }
    for (const r of rows) {
      findingCounts[r.finding] = (findingCounts[r.finding] || 0) + 1;
      if (r.finding === 'contradicted') continue;
      let nrwName = r.nrw_name, ukName = r.uk_name;
      const alias = SAME_LINK[fold(nrwName) + '|' + fold(ukName)];
      let p = null;
      if (alias) {
        const [n2, u2] = alias.split('|');
        p = findByName(n2, u2);
        if (!p) { report.notes.push('deferred alias ' + nrwName + '–' + ukName); }
      }
      if (!p) p = findByName(nrwName, ukName);
      if (!p) {
        const side = nrwSide(nrwName);
        if (!side || !side.town) { report.unresolved.push(`${origin} NRW side: ${nrwName}`); continue; }
        const hint = UK_TOWN_HINTS[fold(ukName)] || {};
        const uk = ukSide(hint.name || ukName, { near: hint.near || null, alias: hint.name ? ukName : '' });
        if (!uk) { report.unresolved.push(`${origin} UK side: ${ukName}`); continue; }
        const key = pairKey(side.town, side.district, uk);
        p = partnerships.get(key);
        if (!p) {
          let kind = KIND.partnership;
          if (/kreis partnership/i.test(r.kind) || side.town.k === ROLE.nrwKreis) kind = KIND.kreis;
          else if (/^friendship/i.test(r.kind)) kind = KIND.friendship;
          p = newP(side.town, uk, side.district, kind);
          p.added = true;
          p.addedBy = origin;
        }
        put(nrwName, ukName, p);
      }
      const s = srcs.page(r.source_page);
      addSrc(p, s);
      if (r.start_year) addYear(p, Number(r.start_year), s);
      if (/contact joined by town/i.test(r.kind)) p.k = KIND.contact;
      if (/^friendship/i.test(r.kind) && p.added) p.k = KIND.friendship;
      const dm = r.kind.match(/\(district ([^)]+)\)/) || r.kind.match(/\(Bonn district ([^,)]+)/);
      if (dm && !p.d) {
        // district links found by the verification file on a pair of the base file
        const dname = dm[1].trim();
        const oldKey = [...partnerships.entries()].find(([, v]) => v === p)[0];
        partnerships.delete(oldKey);
        p.d = dname;
        p.id = p.a + '~' + slug(dname) + '--' + p.b;
        partnerships.set(p.a + '#' + dname + '--' + p.b, p);
      }
      const via = r.kind.match(/\(via ([^)]+)\)/);
      if (via) addNote(p, 'via ' + via[1]);
      if (alias) addNote(p, `the UK partner is named ${ukName} by one page`);
      if (r.finding === 'ended') {
        const k = fold(r.nrw_name) + '|' + fold(r.uk_name);
        const st = CLEARLY_ENDED.has(k) ? 'ended' : 'dormant';
        if (p.s !== 'ended') p.s = st;
        addNote(p, (st === 'ended' ? 'ended: ' : 'dormant or ambiguous: ') + r.note);
      }
    }
  };
  applyFindings(readCsv(join(dir, 'nrw_uk_twinnings_verification.csv')), 'verification');
  // what the search file changes: links it adds, links it gives their first start year or a page
  const search = readCsv(SEARCH_FINDINGS);
  for (const r of search) {
    if (!['added', 'confirmed', 'year_only', 'ended'].includes(r.finding) || !r.source_page || (r.start_year && !/^(19|20)\d\d$/.test(r.start_year)))
      throw new Error('bad search finding: ' + JSON.stringify(r));
  }
  const before = new Map([...partnerships.values()].map(p => [p, { years: p.y.length, pages: p.src.filter(s => s.startsWith('pg_')).length }]));
  applyFindings(search, 'search');
  const searchStats = { rows: search.length, pages: 0, added: 0, addedWithYear: 0, heldWithNewPage: 0, heldFirstYear: 0 };
  for (const p of partnerships.values()) {
    const b = before.get(p);
    if (!b) { searchStats.added++; if (p.y.length) searchStats.addedWithYear++; continue; }
    if (p.src.filter(s => s.startsWith('pg_')).length > b.pages) searchStats.heldWithNewPage++;
    if (!b.years && p.y.length) searchStats.heldFirstYear++;
  }
  searchStats.pages = new Set(search.map(r => srcs.page(r.source_page))).size;
  report.searchStats = searchStats;

  // contradicted: keep out of the data, list in the report
  for (const [k, c] of contradicted) {
    const p = findByName(c.nrw, c.uk);
    if (p) {
      const key = [...partnerships.entries()].find(([, v]) => v === p)[0];
      partnerships.delete(key);
      for (const s of p.src) if (!c.src.includes(s)) c.src.push(s);
    }
    report.excluded.push({ nrw: c.nrw, uk: c.uk, reason: c.reason.join(' | '), src: c.src });
  }

  // --- 3. UK-side Wikipedia lists: a second, independent list for links the German list lacks ---
  const worldPairs = new Set();
  for (const r of worldRows.raw) {
    const a = fold(r.city1) + '|' + countryCode(r.country1), b = fold(r.city2) + '|' + countryCode(r.country2);
    worldPairs.add(a + '||' + b); worldPairs.add(b + '||' + a);
  }
  let ukSideListHits = 0;
  for (const p of partnerships.values()) {
    if (p.src.includes('enwiki_twins_de')) continue;
    const a = towns.get(p.a), b = towns.get(p.b);
    const names = [fold(a.n.split('(')[0]), ...a.al.map(x => fold(x))];
    if (a.k === ROLE.nrwKreis) {
      // the lists name Kreise "Steinfurt (district)", "Hochsauerland (district)", "Märkischer (district)"
      const bare = fold(a.al[0] || a.n).replace(/^kreis /, '');
      names.push(bare + ' district', bare.replace(/ ?kreis$/, '') + ' district');
    }
    if (p.d) names.push(fold(p.d), fold(p.d + ' cologne'), fold(p.d + ' koln'));
    const bn = [fold(b.n), ...b.al.map(fold)];
    if (/^county /.test(bn[0])) bn.push(bn[0].replace(/^county /, ''));  // "Durham" for County Durham
    let hit = false;
    for (const x of names) for (const y of bn) {
      if (worldPairs.has(y + '|GB||' + x + '|DE')) hit = true;
    }
    // "Porz (Cologne)" style district names
    if (!hit && p.d) for (const y of bn) for (const w of worldPairs) if (w.startsWith(y + '|GB||') && w.includes(fold(p.d)) && w.endsWith('|DE')) hit = true;
    if (hit) { addSrc(p, 'enwiki_twins_world'); ukSideListHits++; }
  }

  // --- confidence ---
  for (const p of partnerships.values()) {
    const independent = new Set(p.src.map(s => (s === 'enwiki_twins_world' ? 'enwiki_uk' : s)));
    if (independent.size >= 2) p.conf = 'two';
    else if (p.src.length === 1 && p.src[0] === 'wikidata_p190_2016') p.conf = 'unverified';
    else p.conf = 'one';
    p.y.sort((x, y) => x[0] - y[0]);
  }
  const nrwUk = [...partnerships.values()];
  log(`NRW–UK: ${nrwUk.length} links (${nrwUk.filter(p => !p.added).length} from the pair file, ${nrwUk.filter(p => p.addedBy === 'verification').length} added by the verification file, ${nrwUk.filter(p => p.addedBy === 'search').length} by the search findings); ` +
    `${report.excluded.length} contradicted kept out; UK-side list confirms ${ukSideListHits}; findings ${JSON.stringify(findingCounts)}; search file ${JSON.stringify(report.searchStats)}`);

  // --- 4. NRW municipalities' partnerships with other countries (graph context) ---
  const intl = readCsv(join(dir, 'nrw_all_international_twinnings_enwiki.csv'));
  const poolByCountryName = new Map();
  for (const t of towns.values()) {
    if (t.k !== ROLE.europe) continue;
    const k = t.c + '|' + fold(t.n);
    if (!poolByCountryName.has(k)) poolByCountryName.set(k, []);
    poolByCountryName.get(k).push(t);
  }
  // a partner abroad: an NRW municipality (DE only), a pool candidate by country and name near
  // the list's coordinates, a GeoNames place (existing record by id, else a new `ot` record), or
  // an `ot` record at the list's coordinates (named by the list `listSrc`); null when none
  const placeAbroad = (cc, name, near, listSrc, stats) => {
    if (cc === 'DE') {
      const m = nrwByName.get(fold(name));
      if (m && (!near || Math.abs(m.lat - near[0]) + Math.abs(m.lon - near[1]) < 0.3)) { stats.nrwNrw++; return m; }
    }
    const cand = poolByCountryName.get(cc + '|' + fold(name)) || [];
    const pick = near ? cand.find(t => Math.abs(t.lat - near[0]) + Math.abs(t.lon - near[1]) < 0.4) : (cand.length === 1 ? cand[0] : null);
    if (pick) { stats.pool++; return pick; }
    const g = geocode(cc, name, near ? { near, maxKm: 40 } : {});
    if (g) {
      const id = 'GN:' + g.cityId;
      stats.geonames++;
      return towns.get(id) || add({
        id, n: g.name, alt: '', al: fold(g.name) !== fold(name) ? [name] : [], c: cc, r: '', sr: '',
        k: ROLE.other, p: '', lat: round(g.loc.coordinates[1]), lon: round(g.loc.coordinates[0]),
        pop: g.population || -1, set: '', src: ['geonames'], gn: g.cityId,
      });
    }
    if (near) {
      const id = 'OT:' + cc + ':' + slug(name);
      stats.listCoords++;
      return towns.get(id) || add({
        id, n: name, alt: '', al: [], c: cc, r: '', sr: '', k: ROLE.other, p: '',
        lat: round(near[0]), lon: round(near[1]), pop: -1, set: '', src: [listSrc],
      });
    }
    return null;
  };
  const istats = { rows: intl.length, uk: 0, duplicates: 0, nrwNrw: 0, pool: 0, geonames: 0, listCoords: 0, unresolved: 0 };
  const other = new Map();
  for (const r of intl) {
    const cc = countryCode(r.partner_country);
    if (cc === 'GB') { istats.uk++; continue; }  // the NRW–UK set above covers these
    const a = towns.get('DE:' + r.nrw_ags);
    let district = '';
    const dm = r.flags.match(/district-level partnership: Bonn – ([^;]+)/);
    if (dm && dm[1].trim() !== 'Bonn') district = dm[1].trim();
    const near = r.partner_lat ? [Number(r.partner_lat), Number(r.partner_lon)] : null;
    const b = placeAbroad(cc, r.partner_name, near, 'enwiki_twins_de', istats);
    if (!b) { istats.unresolved++; report.unresolved.push(`${r.nrw_name}–${r.partner_name} (${r.partner_country}): no coordinates, no GeoNames match`); continue; }
    if (b.id === a.id) continue;
    // the same pair listed twice (also both directions between two NRW towns)
    const [x, y] = b.k === ROLE.nrwMuni && b.id < a.id && !district ? [b, a] : [a, b];
    const key = pairKey(x, district, y);
    if (other.has(key)) { istats.duplicates++; continue; }
    other.set(key, {
      id: x.id + (district ? '~' + slug(district) : '') + '--' + y.id, a: x.id, b: y.id, d: district, k: KIND.partnership,
      s: 'active', conf: 'one', y: [], src: ['enwiki_twins_de'], notes: [], uk: false, flags: [],
    });
  }
  log(`other partnerships of NRW municipalities: ${other.size} (${JSON.stringify(istats)})`);

  // --- 5. UK councils' partnerships with towns abroad (outside the UK and NRW), matcher and
  // graph context: English Wikipedia's twin-town lists, the UK side mapped to its council ---
  const listCoords = new Map();  // "fold(name)|CC" -> the list's most frequent coordinates
  for (const r of worldRows.geo) {
    for (const [c, co, la, lo] of [[r.city1, r.country1, r.lat1, r.lng1], [r.city2, r.country2, r.lat2, r.lng2]]) {
      if (la === '' || lo === '') continue;
      const k = fold(c) + '|' + countryCode(co);
      if (!listCoords.has(k)) listCoords.set(k, new Map());
      const m = listCoords.get(k), ck = Number(la) + ',' + Number(lo);
      m.set(ck, (m.get(ck) || 0) + 1);
    }
  }
  const coordsOf = (name, cc) => {
    const m = listCoords.get(fold(name) + '|' + cc);
    return m ? [...m.entries()].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number) : null;
  };
  // names of NRW places as the lists use them: municipalities and Kreise by name or alias
  // (Cologne, Gronau), Kreise also as "Steinfurt (district)", "Märkischer (district)"
  const nrwNames = new Set();
  for (const t of towns.values()) {
    if (t.k !== ROLE.nrwMuni && t.k !== ROLE.nrwKreis) continue;
    for (const n of [t.n, t.n.split('(')[0], t.alt, ...t.al].filter(Boolean)) nrwNames.add(fold(n));
    if (t.k === ROLE.nrwKreis) {
      const bare = fold(t.al[0] || t.n).replace(/^kreis /, '');
      nrwNames.add(bare + ' district'); nrwNames.add(bare.replace(/ ?kreis$/, '') + ' district');
    }
  }
  // a UK name that is itself a council (or a county council, or London = the GLA) maps to it
  const ukBodyByName = new Map();
  for (const t of towns.values()) {
    if (t.c !== 'GB' || !(t.k === ROLE.ukCouncil || (t.k === ROLE.ukRegion && (t.ukType === 'County' || t.id === 'GB:E61000001')))) continue;
    for (const n of [t.n, ...t.al]) if (!ukBodyByName.has(fold(n))) ukBodyByName.set(fold(n), t);
  }
  // former councils (Copeland, Allerdale) map to today's council when one council replaced them
  for (const r of ctx.rawByCode.values()) {
    if (r['current-authority'] === 'True') continue;
    const cur = ctx.toCurrent(r['gss-code']);
    const t = cur && towns.get('GB:' + cur);
    if (t && t.k === ROLE.ukCouncil && !ukBodyByName.has(fold(r['nice-name']))) ukBodyByName.set(fold(r['nice-name']), t);
  }
  // else as UK partner towns are placed: the GeoNames place of the name nearest the list's
  // coordinates (within 30 km), else the list's coordinates; then the council at the point (2019
  // boundaries, merged councils mapped to today's). Where the list's coordinates are missing or
  // outside the UK, GeoNames alone, and only when all places of the name (in the nation the list
  // gives) lie in one council. Where the list puts the town in the UK but GeoNames knows the
  // name only elsewhere, the two disagree: not mapped.
  const inUk = pt => { const c = councilAt(pt[1], pt[0]); return c && c.council ? c.council : null; };
  const councilOfPlace = g => {
    const known = towns.get('GN:' + g.cityId);
    if (known && known.p && towns.get(known.p)?.k === ROLE.ukCouncil) return towns.get(known.p);
    return inUk([g.loc.coordinates[1], g.loc.coordinates[0]]);
  };
  const ukCouncilOf = (name, country) => {
    const f = fold(name);
    if (UK_BODY_ALIASES[f]) return { council: [...towns.values()].find(t => t.c === 'GB' && (t.k === ROLE.ukCouncil || t.k === ROLE.ukRegion) && t.n === UK_BODY_ALIASES[f]), how: 'council' };
    if (ukBodyByName.has(f)) return { council: ukBodyByName.get(f), how: 'council' };
    const near = coordsOf(name, 'GB');
    const admin = ctx.NATION_ADMIN[ukNation(country)] || '';
    const all = ctx.geocodeAll('GB', name, admin);
    if (near && inUk(near)) {
      const g = geocode('GB', name, { admin, near, maxKm: 30 });
      if (g) { const c = councilOfPlace(g); return c ? { council: c, how: 'geonames' } : { why: 'GeoNames place outside every council' }; }
      if (all.length) return { why: 'the list\'s coordinates and GeoNames disagree' };
      return { council: inUk(near), how: 'listCoords' };
    }
    if (!all.length) return { why: near ? 'the list\'s coordinates lie outside the UK and GeoNames has no such place' : 'no coordinates and no GeoNames place' };
    const cs = new Set(all.map(councilOfPlace));
    if (cs.size === 1 && !cs.has(null)) return { council: [...cs][0], how: 'geonames' };
    return { why: `${all.length} GeoNames places of the name in ${cs.size} councils and ${near ? 'the list\'s coordinates outside the UK' : 'no coordinates in the list'}` };
  };
  const ustats = { rows: 0, ukUk: 0, nrwSide: 0, noCountry: 0, ukCouncil: 0, ukGeonames: 0, ukListCoords: 0, ukUnmapped: 0,
    nrwNrw: 0, pool: 0, geonames: 0, listCoords: 0, abroadUnmapped: 0, duplicates: 0, links: 0, councils: 0, ukPlace: 0 };
  const unmappedUk = new Map(), unmappedAbroad = new Map();
  const ukAbroad = new Map();
  const ukCache = new Map();
  const ukPlacesByName = new Map();
  for (const t of towns.values()) {
    if (t.c !== 'GB' || !(t.k === ROLE.europe || t.k === ROLE.ukTown)) continue;
    for (const n of [t.n, ...t.al]) {
      if (!ukPlacesByName.has(fold(n))) ukPlacesByName.set(fold(n), []);
      ukPlacesByName.get(fold(n)).push(t);
    }
  }
  for (const r of worldRows.raw) {
    const c1 = countryCode(r.country1), c2 = countryCode(r.country2);
    if (c1 !== 'GB' && c2 !== 'GB') continue;
    ustats.rows++;
    if (c1 === 'GB' && c2 === 'GB') { ustats.ukUk++; continue; }
    const [ukName, ukCountry, name, cc] = c1 === 'GB' ? [r.city1, r.country1, r.city2, c2] : [r.city2, r.country2, r.city1, c1];
    if (!cc) { ustats.noCountry++; continue; }
    if (cc === 'DE' && nrwNames.has(fold(name))) { ustats.nrwSide++; continue; }  // the NRW–UK set covers these
    const uk = ukCache.has(fold(ukName)) ? ukCache.get(fold(ukName)) : ukCouncilOf(ukName, ukCountry);
    ukCache.set(fold(ukName), uk);
    if (!uk.council) {
      ustats.ukUnmapped++;
      const u = unmappedUk.get(ukName) || { rows: 0, why: uk.why };
      u.rows++; unmappedUk.set(ukName, u);
      continue;
    }
    ustats[{ council: 'ukCouncil', geonames: 'ukGeonames', listCoords: 'ukListCoords' }[uk.how]]++;
    // "Berlin – Spandau" on one list is the partner abroad "Spandau (Berlin)" of an NRW town
    const dm = name.match(/^(.+?) – (.+)$/);
    const b = (dm && towns.get('OT:' + cc + ':' + slug(dm[2] + ' ' + dm[1]))) || placeAbroad(cc, name, coordsOf(name, cc), 'enwiki_twins_world', ustats);
    if (!b) { ustats.abroadUnmapped++; unmappedAbroad.set(`${name} (${cc})`, ukName); continue; }
    if (b.k === ROLE.nrwMuni || b.k === ROLE.nrwKreis) { ustats.nrwSide++; continue; }
    // the UK place the list names, where it is a UK pool place (GeoNames place row/record or
    // partner town) of that name in that council; else the council
    let a = uk.council;
    if (uk.how !== 'council') {
      const pl = (ukPlacesByName.get(fold(ukName)) || []).filter(t => t.p === a.id);
      if (pl.length === 1) { a = pl[0]; ustats.ukPlace++; }
    }
    const key = a.id + '--' + b.id;
    let p = ukAbroad.get(key);
    if (!p) {
      p = { id: key, a: a.id, b: b.id, d: '', k: KIND.partnership, s: 'active', conf: 'one', y: [], src: ['enwiki_twins_world'],
        notes: [], uk: false, flags: [], ukAbroad: true };
      ukAbroad.set(key, p);
    } else ustats.duplicates++;
    // the UK town the list names, where it is neither the council nor the place
    if (fold(ukName) !== fold(a.n) && !a.al.some(x => fold(x) === fold(ukName))) {
      const n = 'UK side: ' + ukName;
      if (!p.notes.includes(n)) p.notes.push(n);
    }
  }
  ustats.links = ukAbroad.size;
  ustats.councils = new Set([...ukAbroad.values()].map(p => towns.get(p.a).k === ROLE.ukCouncil || towns.get(p.a).k === ROLE.ukRegion ? p.a : towns.get(p.a).p)).size;
  ustats.onPlaces = [...ukAbroad.values()].filter(p => towns.get(p.a).k !== ROLE.ukCouncil && towns.get(p.a).k !== ROLE.ukRegion).length;
  report.ukAbroadUnmapped = { uk: [...unmappedUk].map(([name, u]) => ({ name, ...u })).sort((x, y) => (x.name < y.name ? -1 : 1)),
    abroad: [...unmappedAbroad].map(([name, uk]) => ({ name, uk })).sort((x, y) => (x.name < y.name ? -1 : 1)) };
  log(`UK councils' partnerships abroad: ${ukAbroad.size} links of ${ustats.councils} councils (${JSON.stringify(ustats)}); ` +
    `UK names not mapped: ${[...unmappedUk].map(([n, u]) => `${n} (${u.rows} rows: ${u.why})`).join(', ') || 'none'}; partners abroad not mapped: ${[...unmappedAbroad.keys()].join(', ') || 'none'}`);
  return { nrwUk, other: [...other.values()], ukAbroad: [...ukAbroad.values()], report, istats, ustats, findingCounts, ukSideListHits };
}
