// Goals and challenges as tags from one taxonomy, plus numeric indicators, per town.
import { join } from 'node:path';
import { readCsv } from './csv.mjs';
import { fold } from './names.mjs';
import { ROLE } from './towns.mjs';
import { haversineKm } from './geo.mjs';

// id, kind, label de, label en, description, coverage, [sides the source covers]
export const TAXONOMY = [
  ['com_signatory', 'goal', 'Konvent der Bürgermeister', 'Covenant of Mayors signatory', 'Signatory of the (Global) Covenant of Mayors for Climate & Energy; detail gives adhesion date and status (published / on hold).', 'complete'],
  ['com_2020', 'goal', 'Klimaziel 2020 (Konvent)', 'Covenant climate target 2020', 'Committed to the Covenant of Mayors 2020 target (at least 20% CO2 reduction).', 'complete'],
  ['com_2030', 'goal', 'Klimaziel 2030 (Konvent)', 'Covenant climate target 2030', 'Committed to the Covenant of Mayors 2030 target (at least 40% CO2 reduction).', 'complete'],
  ['com_2050', 'goal', 'Klimaneutralität 2050 (Konvent)', 'Covenant climate neutrality 2050', 'Committed to the Covenant of Mayors 2050 climate-neutrality target.', 'complete'],
  ['com_adaptation', 'goal', 'Klimaanpassung (Konvent)', 'Covenant climate adaptation', 'Committed to climate adaptation under the Covenant of Mayors (Mayors Adapt).', 'complete'],
  ['eurocities_member', 'goal', 'Eurocities-Mitglied', 'Eurocities member', 'Member of Eurocities, the network of large European cities.', 'complete'],
  ['eu_mission_climate_neutral', 'goal', 'EU-Mission 100 klimaneutrale Städte', 'EU Mission 100 climate-neutral cities', 'Selected on 28 April 2022 for the EU Mission "100 climate-neutral and smart cities by 2030" (EU member states only).', 'complete'],
  ['smart_city_model', 'goal', 'Modellprojekt Smart Cities', 'Smart City model project', 'German federal programme "Modellprojekte Smart Cities" (Germany only).', 'complete'],
  ['climate_emergency', 'goal', 'Klimanotstand ausgerufen', 'Climate emergency declared', 'Council declared a climate emergency (Klimanotstand): UK councils as of February 2020 (complete), NRW municipalities from press and Wikipedia (partial); detail gives date and target year.', 'complete'],
  ['fairtrade_town', 'goal', 'Fairtrade-Stadt', 'Fairtrade Town', 'Fairtrade Town status (Fairtrade-Town), both sides. Known incomplete lists.', 'partial'],
  ['sichere_haefen', 'goal', 'Sicherer Hafen / City of Sanctuary', 'City of Sanctuary / Safe Harbour', 'Council commitment to welcome refugees: member of the German "Sichere Häfen" alliance (refugees rescued at sea) or a UK City/Council of Sanctuary recognised or supported by the council (local volunteer groups alone do not count). Known incomplete lists.', 'partial'],
  ['klima_buendnis', 'goal', 'Klima-Bündnis', 'Climate Alliance', 'Member of Klima-Bündnis / Climate Alliance. Known incomplete list (NRW only).', 'partial'],
  ['mayors_for_peace', 'goal', 'Mayors for Peace', 'Mayors for Peace', 'Member of Mayors for Peace, both sides. Known incomplete lists.', 'partial'],
  ['healthy_cities', 'goal', 'Gesunde Städte-Netzwerk', 'Healthy Cities', 'Member of the WHO Healthy Cities movement: the German Gesunde Städte-Netzwerk or the UK Healthy Cities Network. Known incomplete lists.', 'partial'],
  ['age_friendly', 'goal', 'Altersfreundliche Stadt (WHO)', 'Age-friendly community (WHO)', 'Member of the WHO Global Network for Age-friendly Cities and Communities (UK: UK Network of Age-friendly Communities).', 'partial'],
  ['size_small', 'challenge', 'Kleinstadt (< 20.000)', 'Small town (< 20,000)', 'Population below 20,000 (municipality, or council area in the UK).', 'complete'],
  ['size_medium', 'challenge', 'Mittelstadt (20.000–100.000)', 'Medium town (20,000–100,000)', 'Population from 20,000 to under 100,000 (municipality, or council area in the UK).', 'complete'],
  ['size_large', 'challenge', 'Großstadt (≥ 100.000)', 'City (100,000 or more)', 'Population of 100,000 or more (municipality, or council area in the UK).', 'complete'],
  ['settlement_dense', 'challenge', 'Dicht besiedelt', 'Densely populated', 'Destatis urbanisation class 1 (dicht besiedelt). Germany only.', 'complete'],
  ['settlement_intermediate', 'challenge', 'Mittlere Besiedlungsdichte', 'Intermediate density', 'Destatis urbanisation class 2 (mittlere Besiedlungsdichte). Germany only.', 'complete'],
  ['settlement_thin', 'challenge', 'Gering besiedelt', 'Thinly populated', 'Destatis urbanisation class 3 (gering besiedelt). Germany only.', 'complete'],
  ['ruhr_area', 'challenge', 'Ruhrgebiet', 'Ruhr area', 'Municipality in the Ruhrgebiet travel region (Destatis Reisegebiet): post-industrial structural change.', 'complete'],
  ['lignite_transition', 'challenge', 'Braunkohleausstieg Rheinisches Revier', 'Lignite phase-out (Rhenish mining area)', 'Municipality in a Kreis of the Rheinisches Revier lignite transition region (InvKG), derived from its Kreis.', 'complete'],
  ['coal_legacy', 'challenge', 'Steinkohle-Erbe', 'Coal mining legacy', 'UK council in a former coalfield, or NRW municipality with one of the last hard-coal collieries. Union of partial sources.', 'partial'],
  ['high_deprivation', 'challenge', 'Hohe Benachteiligung', 'High deprivation', 'UK council in the most deprived fifth of the composite UK index of multiple deprivation. UK only.', 'complete'],
  ['university_town', 'challenge', 'Hochschulstadt', 'University town', 'Has a higher-education institution (NRW: every campus town in Destatis list WS 2021/22; UK: main campus per 4icu list, incomplete).', 'partial'],
  ['british_forces', 'challenge', 'Britische Streitkräfte', 'British forces link', 'NRW town that hosted British forces (garrisons, quartering), or UK council that received units returning from Germany (Army Basing Programme). Sourced core, not complete.', 'partial'],
  ['port_town', 'challenge', 'Hafenstadt', 'Port town', 'NRW inland-port municipality named by the NRW ministry, or UK council with a top-ten sea port by tonnage. Sourced core, not complete.', 'partial'],
];

// per side: [country, coverage, as-of date or null = the newest year a row of that side states]
export const SIDES = {
  fairtrade_town: [['DE', 'partial', '2024-05'], ['GB', 'partial', null]],
  mayors_for_peace: [['DE', 'partial', null], ['GB', 'partial', null]],
  healthy_cities: [['DE', 'partial', '2009-03'], ['GB', 'partial', '2013']],
  age_friendly: [['DE', 'complete', '2024'], ['GB', 'partial', '2022']],
  sichere_haefen: [['DE', 'partial', null], ['GB', 'partial', null]],
  climate_emergency: [['DE', 'partial', '2019-08'], ['GB', 'complete', '2020-02']],
};

export const INDICATORS = [
  ['population', 'Einwohner', 'Population', 'people', 'Population (NRW 31.12.2019 Destatis; UK councils 2020 mySociety/ONS; other places GeoNames).'],
  ['area_km2', 'Fläche', 'Area', 'km²', 'Area in square kilometres (Destatis; mySociety).'],
  ['density', 'Bevölkerungsdichte', 'Population density', 'people per km²', 'People per square kilometre (Destatis; UK: population 2020 / area).'],
  ['urbanisation_class', 'Urbanisierungsgrad', 'Urbanisation class', '1 dense, 2 intermediate, 3 thin', 'Destatis urbanisation class (DEGURBA). Germany only.'],
  ['imd_score', 'Benachteiligungsindex', 'Deprivation score', 'score', 'Composite UK index of multiple deprivation, council score (higher = more deprived). UK only.'],
  ['imd_decile', 'Benachteiligungsdezil', 'Deprivation decile', '1 most deprived … 10 least', 'Council decile of the composite UK IMD, population-weighted. UK only.'],
  ['climate_target_year', 'Klimaziel-Jahr', 'Climate target year', 'year', 'Net-zero target year stated with a UK climate emergency declaration (Feb 2020). UK only.'],
  ['com_adhesion_year', 'Beitritt Konvent', 'Covenant adhesion year', 'year', 'Year of joining the Covenant of Mayors.'],
];

export function buildProfiles(dir, ctx, srcs, log) {
  const { towns, councils, toCurrent, rawByCode, councilAt } = ctx;
  const prof = new Map();  // town id -> { t: Map(tag -> entry), i: Map(key -> entry) }
  const P = id => { if (!prof.has(id)) prof.set(id, { t: new Map(), i: new Map() }); return prof.get(id); };
  const tagSources = new Map(TAXONOMY.map(t => [t[0], new Set()]));
  const indSources = new Map(INDICATORS.map(t => [t[0], new Set()]));
  // d19: the 2019 district codes of a merged council the fact belongs to (absent = whole council)
  const tag = (id, t, src, detail = '', d19 = null) => {
    if (!towns.has(id)) throw new Error('tag on unknown town ' + id);
    if (!tagSources.has(t)) throw new Error('unknown tag ' + t);
    tagSources.get(t).add(src);
    const e = P(id).t.get(t);
    if (e) {
      if (detail && !e.d.includes(detail)) e.d = e.d ? e.d + '; ' + detail : detail;
      if (!d19 || !d19.length) e.d19 = null;
      else if (e.d19) e.d19 = [...new Set([...e.d19, ...d19])].sort();
      return;
    }
    P(id).t.set(t, { tag: t, src, d: detail, d19: d19 && d19.length ? [...new Set(d19)].sort() : null });
  };
  // UK places (GeoNames ec/ut records in GB) by folded name or alias
  const placesByName = new Map();
  for (const t of towns.values()) {
    if (t.c !== 'GB' || !(t.k === ROLE.europe || t.k === ROLE.ukTown) || !t.id.startsWith('GN:') && !t.id.startsWith('GBX:')) continue;
    for (const n of [t.n, ...t.al]) {
      const f = fold(n);
      if (!placesByName.has(f)) placesByName.set(f, []);
      if (!placesByName.get(f).includes(t)) placesByName.get(f).push(t);
    }
  }
  // a UK place of that name in a council or county (`within` a GB: id), or anywhere in the UK
  const placeNamed = (name, within = '') => {
    const c = (placesByName.get(fold(name)) || []).filter(t => !within || t.p === within || towns.get(t.p)?.p === within);
    return c;
  };
  // the place record a GeoNames id stands for (merged records: the kept one)
  const placeById = gn => {
    const id = ctx.ukPlaceMergedInto?.get(gn) || gn;
    const t = towns.get('GN:' + id);
    return t && t.c === 'GB' && (t.k === ROLE.europe || t.k === ROLE.ukTown) ? t : null;
  };
  const is19Merged = gss => ctx.predecessors19.get(gss)?.length > 1 || (ctx.predecessors19.get(gss)?.[0] ?? gss) !== gss;
  const ind = (id, k, v, src) => {
    if (!Number.isFinite(v)) return;
    indSources.get(k).add(src);
    if (!P(id).i.has(k)) P(id).i.set(k, { k, v, src });
  };

  // structural facts: NRW
  for (const t of towns.values()) {
    if (t.k !== ROLE.nrwMuni) continue;
    const m = t._raw;
    ind(t.id, 'population', Number(m.population), 'destatis_gv_2019');
    ind(t.id, 'area_km2', Number(m.area_km2), 'destatis_gv_2019');
    ind(t.id, 'density', Number(m.density_per_km2), 'destatis_gv_2019');
    ind(t.id, 'urbanisation_class', Number(m.urbanisation_code), 'destatis_gv_2019');
    const s = { dense: 'settlement_dense', intermediate: 'settlement_intermediate', thin: 'settlement_thin' }[t.set];
    if (s) tag(t.id, s, 'destatis_gv_2019', m.urbanisation);
    if (m.reisegebiet === 'Ruhrgebiet') tag(t.id, 'ruhr_area', 'destatis_gv_2019', 'Reisegebiet Ruhrgebiet');
  }
  // UK councils: population, area, density
  for (const c of councils.values()) {
    if (c.pop > 0) ind(c.id, 'population', c.pop, 'mysociety_la');
    if (c.area > 0) { ind(c.id, 'area_km2', c.area, 'mysociety_la'); if (c.pop > 0) ind(c.id, 'density', Math.round(c.pop / c.area * 10) / 10, 'mysociety_la'); }
  }
  // size classes for NRW municipalities and UK councils
  for (const t of towns.values()) {
    if ((t.k !== ROLE.nrwMuni && t.k !== ROLE.ukCouncil) || !(t.pop > 0)) continue;
    const src = t.k === ROLE.nrwMuni ? 'destatis_gv_2019' : 'mysociety_la';
    tag(t.id, t.pop < 20000 ? 'size_small' : t.pop < 100000 ? 'size_medium' : 'size_large', src, 'population ' + t.pop);
  }

  // NRW memberships file: one source per row
  const memberTag = {
    covenant_of_mayors: 'com_signatory', eurocities_member: 'eurocities_member', eu_mission_100_climate_neutral_cities: 'eu_mission_climate_neutral',
    modellprojekt_smart_cities: 'smart_city_model', fairtrade_town: 'fairtrade_town', sichere_haefen: 'sichere_haefen',
    klima_buendnis: 'klima_buendnis', mayors_for_peace: 'mayors_for_peace', challenge_lignite_phaseout_rheinisches_revier: 'lignite_transition',
  };
  for (const r of readCsv(join(dir, 'nrw_goals_memberships.csv'))) {
    const t = memberTag[r.tag];
    if (!t) throw new Error('unmapped membership tag ' + r.tag);
    const id = r.level === 'kreis' ? 'DE:' + r.kreis_ags : 'DE:' + r.ags;
    tag(id, t, srcs.compiled(r.source), r.detail);
  }

  // Covenant of Mayors (GCoM 2024): NRW municipalities, UK councils/regions, European pool
  const byCountryName = new Map();
  for (const t of towns.values()) {
    if (![ROLE.nrwMuni, ROLE.ukCouncil, ROLE.ukRegion, ROLE.europe, ROLE.ukTown].includes(t.k)) continue;
    for (const n of [t.n, ...t.al]) {
      const k = t.c + '|' + fold(n.split('(')[0]).replace(/^city of /, '');
      if (!byCountryName.has(k)) byCountryName.set(k, []);
      byCountryName.get(k).push(t);
    }
  }
  const matchPlace = (cc, name, lat, lon, maxKm = 25) => {
    const c = byCountryName.get(cc + '|' + fold(name.split('(')[0]).replace(/^city of /, '')) || [];
    const ok = c.filter(t => !Number.isFinite(lat) || haversineKm(t.lat, t.lon, lat, lon) <= maxKm);
    if (!ok.length) return null;
    // prefer the body that twins: NRW municipality, UK council, then region, then pool
    const rank = { nm: 0, uc: 1, ur: 2, ut: 3, ec: 4 };
    return ok.sort((a, b) => rank[a.k] - rank[b.k])[0];
  };
  let comMatched = 0, comRows = 0;
  for (const r of readCsv(join(dir, 'gcom_covenant_of_mayors_signatories_2024.csv'))) {
    comRows++;
    const cc = r.country_code.toUpperCase() === 'UK' ? 'GB' : r.country_code.toUpperCase();
    if (r.organisation_name.includes(',')) continue;  // joint signatory groups of several towns
    const t = matchPlace(cc, r.organisation_name, Number(r.organisation_latitude), Number(r.organisation_longitude));
    if (!t) continue;
    comMatched++;
    const d = `adhesion ${r.date_of_adhesion}, ${r.signatory_status.replace('_', ' ')}`;
    tag(t.id, 'com_signatory', 'gcom_2024', d);
    if (r.commitment_CoM2020_flag === 'True') tag(t.id, 'com_2020', 'gcom_2024');
    if (r.commitment_CoM2030_flag === 'True') tag(t.id, 'com_2030', 'gcom_2024');
    if (r.commitment_CoM2050_flag === 'True') tag(t.id, 'com_2050', 'gcom_2024');
    if (r.commitment_mayoradapt_flag === 'True') tag(t.id, 'com_adaptation', 'gcom_2024');
    const y = Number(r.date_of_adhesion.slice(0, 4));
    if (y > 1990) ind(t.id, 'com_adhesion_year', y, 'gcom_2024');
  }
  // Eurocities
  let ecMatched = 0;
  const iso = { Germany: 'DE', 'United Kingdom': 'GB' };
  for (const r of readCsv(join(dir, 'eurocities_members_wikidata.csv'))) {
    const cc = iso[r.country_name] || null;
    const lat = Number(r.latitude), lon = Number(r.longitude);
    let t = null;
    for (const n of [r.wikidata_name, r.name_on_website]) {
      if (t || !n) continue;
      if (cc) t = matchPlace(cc, n, lat, lon, 30);
      else for (const [k] of byCountryName) { if (t) break; if (k.endsWith('|' + fold(n))) t = matchPlace(k.split('|')[0], n, lat, lon, 30); }
    }
    if (!t) continue;
    ecMatched++;
    tag(t.id, 'eurocities_member', 'eurocities_members', r.name_on_website);
  }

  // UK climate emergency declarations (2019 councils -> today's council)
  const ce = new Map();
  const ceStats = { councils: 0, partialMerged: 0 };
  for (const r of readCsv(join(dir, 'uk_climate_emergency_declarations_trafford.csv'))) {
    const cur = toCurrent(r.area_code);
    if (!cur) throw new Error('climate emergency row without current council ' + r.area_code);
    if (!ce.has(cur)) ce.set(cur, []);
    ce.get(cur).push(r);
  }
  for (const [gss, rows] of ce) {
    const declared = rows.filter(r => r.status === 'Declared');
    if (!declared.length) continue;
    const merged = rows.length > 1 || rows[0].area_code !== gss;
    const d = declared.map(r => (merged ? r.area_name + ': ' : '') + (r.date || 'date not stated') + (r.target ? ', target ' + r.target : '')).join('; ') +
      (merged ? ` (${declared.length} of ${rows.length} predecessor councils)` : '');
    // a merged council where only some predecessors declared: the fact belongs to those districts
    const d19 = merged && declared.length < rows.length ? declared.map(r => r.area_code) : null;
    tag('GB:' + gss, 'climate_emergency', 'climate_emergency_uk', d, d19);
    ceStats.councils++; if (d19) ceStats.partialMerged++;
    const targets = declared.map(r => Number(r.target)).filter(y => y > 2000);
    if (targets.length && (!merged || declared.length === rows.length)) ind('GB:' + gss, 'climate_target_year', Math.min(...targets), 'climate_emergency_uk');
  }

  // composite UK IMD
  for (const r of readCsv(join(dir, 'uk_la_composite_imd_mysociety.csv'))) {
    const raw = rawByCode.get(r['local-authority-code']);
    const gss = raw ? toCurrent(raw['gss-code']) : '';
    if (!gss || !towns.has('GB:' + gss)) continue;
    const id = 'GB:' + gss;
    ind(id, 'imd_score', Math.round(Number(r['la-deprivation-score']) * 100) / 100, 'mysociety_imd');
    ind(id, 'imd_decile', Number(r['la-imd-pop-decile']), 'mysociety_imd');
    if (r['la-imd-pop-quintile'] === '1') tag(id, 'high_deprivation', 'mysociety_imd', r.label);
  }

  // shared-trait files: code is AGS (DE) or current GSS (GB)
  const codeId = (side, code) => {
    if (!code) return null;
    if (side === 'DE') return towns.has('DE:' + code) ? 'DE:' + code : null;
    const cur = toCurrent(code);
    return cur && towns.has('GB:' + cur) ? 'GB:' + cur : null;
  };
  // GB rows: the fact goes to the town the row names where that town is a UK place (GeoNames id
  // in the row, else the name within the row's council); otherwise to the council, with the 2019
  // districts it belongs to (`d19`) where the council merged since 2019 and the row names one
  const former = new Map();  // folded name of a 2019 district -> its code
  for (const r of rawByCode.values()) if (ctx.index.items.some(it => it.props.area_code === r['gss-code'])) former.set(fold(r['nice-name']), r['gss-code']);
  const d19FromText = text => {
    const out = [];
    for (const m of text.matchAll(/\(([^()]+?) district(?: until \d{4})?, now [^)]+\)/g)) { const c = former.get(fold(m[1])); if (c) out.push(c); }
    return out;
  };
  const gnIds = text => [...text.matchAll(/GeoNames (\d+)/g)].map(m => Number(m[1]));
  const traitStats = { places: 0, councils: 0, councilsD19: 0 };
  const traitFile = (file, tagId, detailOf, { filter = () => true, townNames = () => [], useIds = () => true } = {}) => {
    let n = 0, skipped = 0;
    for (const r of readCsv(join(dir, file))) {
      if (!filter(r)) continue;
      const side = r.side || 'GB';
      const id = codeId(side, r.code ?? r.gss_code);
      if (!id) { skipped++; continue; }
      const src = srcs.compiled(r.source);
      n++;
      if (side === 'GB') {
        const text = Object.values(r).join(' ');
        const ids = useIds(r) ? gnIds(text) : [];
        let places = ids.map(placeById).filter(Boolean);
        if (!places.length && !ids.length) for (const nm of townNames(r)) {
          const c = placeNamed(nm, id);
          if (c.length === 1) places.push(c[0]);
        }
        if (places.length) {
          for (const pl of new Set(places)) tag(pl.id, tagId, src, detailOf(r));
          traitStats.places++;
          continue;
        }
        let d19 = null;
        if (is19Merged(id.slice(3))) {
          d19 = d19FromText(text);
          for (const g of ids) {
            const c = ctx.cityById.get(g);
            const at = c && councilAt(c.loc.coordinates[0], c.loc.coordinates[1]);
            if (at && 'GB:' + at.gss === id) d19.push(at.old);
          }
          if (!d19.length) d19 = null;
        }
        if (d19) traitStats.councilsD19++;
        traitStats.councils++;
        tag(id, tagId, src, detailOf(r), d19);
        continue;
      }
      tag(id, tagId, src, detailOf(r));
    }
    return { n, skipped };
  };
  const splitNames = s => s.split(/[;(]/)[0].split(/ and |,|\//).map(x => x.trim()).filter(Boolean);
  const coal1 = traitFile('uk_coalfield_councils.csv', 'coal_legacy', r => r.coalfield_name + (r.needs_verification === 'yes' ? ' (colliery town named by the source)' : ''),
    { useIds: r => /town named in source/.test(r.basis) });
  const coal2 = traitFile('nrw_hard_coal_mines_last.csv', 'coal_legacy', r => `${r.mine}, closed ${r.closed}`);
  const uni = traitFile('university_towns.csv', 'university_town', r => r.university_name, { townNames: r => [r.town_or_council] });
  const forces = traitFile('british_forces_germany_links.csv', 'british_forces', r => `${r.role}: ${r.period}`.replace(/: $/, ''),
    { townNames: r => (r.side === 'GB' ? splitNames(r.detail) : []) });
  const ports = traitFile('ports_nrw_uk.csv', 'port_town', r => `${r.port_type}: ${r.port_name}`, { townNames: r => splitNames(r.port_name) });
  log(`profiles: Covenant rows matched ${comMatched}/${comRows}, Eurocities ${ecMatched}; coal ${coal1.n}+${coal2.n}, universities ${uni.n} (no council: ${uni.skipped}), forces ${forces.n}, ports ${ports.n} (no council: ${ports.skipped}); ` +
    `GB rows of these files on the town they name ${traitStats.places}, on the council ${traitStats.councils} (of which on named 2019 districts of a merged council: ${traitStats.councilsD19}); ` +
    `climate emergency: ${ceStats.councils} councils, ${ceStats.partialMerged} merged councils where only some 2019 districts declared (d19)`);

  const memberStats = buildMemberships(dir, ctx, srcs, tag, placeNamed, placeById, log);

  // No inheritance in the file: the loader passes a council's tags to its places at load time
  // (through `p`, honouring `d19`). A UK partner town's population is its own GeoNames figure.
  for (const t of towns.values()) {
    if (t.k === ROLE.ukTown && t.pop > 0) {
      P(t.id).i.set('population', { k: 'population', v: t.pop, src: 'geonames' });
      indSources.get('population').add('geonames');
    }
  }

  // coverage per side: the list's state and date (asof: the snapshot date where the source states
  // one, else the newest year a row of that side states); overall `cov` complete only if every side is
  const sideYears = (base, side) => memberStats.stats[`memberships/${base}_${side}.csv`]?.years || [];
  const baseOf = Object.fromEntries(MEMBERSHIP_FILES.map(([b, t]) => [t, b]));
  const sidesOf = id => {
    const spec = SIDES[id];
    if (!spec) return null;
    return spec.map(([c, cov, asof]) => {
      const o = { c, cov };
      const ys = sideYears(baseOf[id], c === 'DE' ? 'de' : 'gb');
      const a = asof || (ys.length ? String(Math.max(...ys)) : '');
      if (a) o.asof = a;
      return o;
    });
  };
  const tags = TAXONOMY.map(([id, kind, de, en, desc, cov]) => {
    const sides = sidesOf(id);
    const o = { id, kind, de, en, desc, src: [...tagSources.get(id)].sort(), cov: sides ? (sides.every(x => x.cov === 'complete') ? 'complete' : 'partial') : cov };
    if (sides) o.sides = sides;
    return o;
  });
  const indicators = INDICATORS.map(([key, de, en, unit, desc]) => ({ key, de, en, unit, desc, src: [...indSources.get(key)].sort() }));
  return { prof, tags, indicators, memberStats };
}

// Memberships on both sides (shared datasets, memberships/*.csv): one file per programme and
// side, one source per row. Volunteer-group rows are no council goal; German rows outside NRW
// are not placed; UK rows on a council or county / combined authority code attach to that
// record, rows on a town the source names (town->council derived, unmatched) to that UK place.
export const MEMBERSHIP_FILES = [
  ['fairtrade_towns', 'fairtrade_town'], ['mayors_for_peace', 'mayors_for_peace'], ['healthy_cities', 'healthy_cities'],
  ['age_friendly', 'age_friendly'], ['refugee_welcome', 'sichere_haefen'], ['climate_emergency', 'climate_emergency'],
];
// a row the source itself describes as a local group's work, not a council decision
export const isVolunteerGroup = r => /\b(local|volunteer)\b[^;]*\bgroup\b|not a recognition/i.test(r.note || '');
const NATION_OF_CODE = { E: 'England', S: 'Scotland', W: 'Wales', N: 'Northern Ireland' };

function buildMemberships(dir, ctx, srcs, tag, placeNamed, placeById, log) {
  const { towns, toCurrent } = ctx;
  const stats = {};
  const unplaced = [];
  for (const [base, tagId] of MEMBERSHIP_FILES) {
    for (const side of ['de', 'gb']) {
      const file = `memberships/${base}_${side}.csv`;
      const st = { rows: 0, municipality: 0, kreis: 0, council: 0, county: 0, place: 0, volunteer: 0, outsideNrw: 0, unplaced: 0, sameAsTrafford: 0, years: [] };
      stats[file] = st;
      for (const r of readCsv(join(dir, file))) {
        st.rows++;
        if (isVolunteerGroup(r)) { st.volunteer++; continue; }
        // climate_emergency_gb.csv is a view of the Trafford file the profiles already read
        // (same rows, same source): counted, not taken twice
        if (base === 'climate_emergency' && side === 'gb') { st.sameAsTrafford++; continue; }
        const src = /^(https?:\/\/|www\.)/.test(r.source.trim()) ? srcs.page(r.source.trim()) : srcs.compiled(r.source);
        const detail = [r.since ? 'since ' + r.since : '', r.name_in_source].filter(Boolean).join(', ');
        if (/^\d{4}$/.test(r.since)) st.years.push(Number(r.since));
        if (side === 'de') {
          if (!r.code) { st.outsideNrw++; continue; }
          const id = 'DE:' + r.code;
          if (!towns.has(id)) throw new Error(`${file}: unknown code ${r.code}`);
          tag(id, tagId, src, detail);
          if (r.code.length === 5) st.kreis++; else st.municipality++;
          continue;
        }
        // GB: the town the row names, where the source names a town and it is a UK place
        const gn = (r.note.match(/GeoNames (\d+)/) || [])[1];
        if (r.match_basis === 'town->council derived' && gn) {
          const pl = placeById(Number(gn));
          if (pl) { tag(pl.id, tagId, src, detail); st.place++; continue; }
        }
        if (r.code) {
          const cur = toCurrent(r.code);
          const t = cur && towns.get('GB:' + cur);
          if (!t) throw new Error(`${file}: unknown code ${r.code}`);
          tag(t.id, tagId, src, detail);
          if (t.k === 'ur') st.county++; else st.council++;
          continue;
        }
        // unmatched UK towns: the UK place of that name (only when one place bears it)
        const name = r.name_in_source.replace(/ (Town|Parish) Council$/i, '');
        const c = placeNamed(name);
        if (c.length === 1) { tag(c[0].id, tagId, src, detail); st.place++; continue; }
        st.unplaced++;
        unplaced.push(`${r.name_in_source} (${file}: ${c.length ? c.length + ' UK places of the name' : 'no UK place of the name'})`);
      }
    }
  }
  const sum = k => Object.values(stats).reduce((s, x) => s + x[k], 0);
  log(`memberships: ${sum('rows')} rows; NRW municipalities ${sum('municipality')}, Kreise ${sum('kreis')}, UK councils ${sum('council')}, UK counties/combined authorities ${sum('county')}, UK places ${sum('place')}; ` +
    `skipped: ${sum('volunteer')} volunteer-group rows (no council goal), ${sum('outsideNrw')} German rows outside NRW, ${sum('sameAsTrafford')} climate_emergency_gb rows (the Trafford file, already read); ` +
    `UK rows still unplaced: ${unplaced.join('; ') || 'none'}`);
  return { stats, unplaced };
}
