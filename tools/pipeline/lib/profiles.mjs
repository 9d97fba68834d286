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
  ['climate_emergency', 'goal', 'Klimanotstand ausgerufen', 'Climate emergency declared', 'UK council declared a climate emergency (state of February 2020); detail gives date and target year. UK only.', 'complete'],
  ['fairtrade_town', 'goal', 'Fairtrade-Stadt', 'Fairtrade Town', 'Fairtrade Town status. Known incomplete list (NRW only).', 'partial'],
  ['sichere_haefen', 'goal', 'Sicherer Hafen', 'Safe Harbour city', 'Member of the "Sichere Häfen" alliance taking in refugees rescued at sea. Known incomplete list (NRW only).', 'partial'],
  ['klima_buendnis', 'goal', 'Klima-Bündnis', 'Climate Alliance', 'Member of Klima-Bündnis / Climate Alliance. Known incomplete list (NRW only).', 'partial'],
  ['mayors_for_peace', 'goal', 'Mayors for Peace', 'Mayors for Peace', 'Member of Mayors for Peace. Known incomplete list (NRW only).', 'partial'],
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
  const { towns, councils, toCurrent, rawByCode } = ctx;
  const prof = new Map();  // town id -> { t: Map(tag -> entry), i: Map(key -> entry) }
  const P = id => { if (!prof.has(id)) prof.set(id, { t: new Map(), i: new Map() }); return prof.get(id); };
  const tagSources = new Map(TAXONOMY.map(t => [t[0], new Set()]));
  const indSources = new Map(INDICATORS.map(t => [t[0], new Set()]));
  const tag = (id, t, src, detail = '') => {
    if (!towns.has(id)) throw new Error('tag on unknown town ' + id);
    if (!tagSources.has(t)) throw new Error('unknown tag ' + t);
    tagSources.get(t).add(src);
    const e = P(id).t.get(t);
    if (e) { if (detail && !e.d.includes(detail)) e.d = e.d ? e.d + '; ' + detail : detail; return; }
    P(id).t.set(t, { tag: t, src, d: detail });
  };
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
    tag('GB:' + gss, 'climate_emergency', 'climate_emergency_uk', d);
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
  const traitFile = (file, tagId, detailOf, filter = () => true) => {
    let n = 0, skipped = 0;
    for (const r of readCsv(join(dir, file))) {
      if (!filter(r)) continue;
      const side = r.side || 'GB';
      const id = codeId(side, r.code ?? r.gss_code);
      if (!id) { skipped++; continue; }
      tag(id, tagId, srcs.compiled(r.source), detailOf(r));
      n++;
    }
    return { n, skipped };
  };
  const coal1 = traitFile('uk_coalfield_councils.csv', 'coal_legacy', r => r.coalfield_name + (r.needs_verification === 'yes' ? ' (council derived from a named town)' : ''));
  const coal2 = traitFile('nrw_hard_coal_mines_last.csv', 'coal_legacy', r => `${r.mine}, closed ${r.closed}`);
  const uni = traitFile('university_towns.csv', 'university_town', r => r.university_name);
  const forces = traitFile('british_forces_germany_links.csv', 'british_forces', r => `${r.role}: ${r.period}`.replace(/: $/, ''));
  const ports = traitFile('ports_nrw_uk.csv', 'port_town', r => `${r.port_type}: ${r.port_name}`);
  log(`profiles: Covenant rows matched ${comMatched}/${comRows}, Eurocities ${ecMatched}; coal ${coal1.n}+${coal2.n}, universities ${uni.n} (no council: ${uni.skipped}), forces ${forces.n}, ports ${ports.n} (no council: ${ports.skipped})`);

  // UK partner towns inherit their council's tags and indicators (written to the file, marked
  // inherited); GB pool places get the same from the loader at load time (keeps the file small)
  for (const t of towns.values()) {
    if (!t.p || t.k !== ROLE.ukTown) continue;
    const parent = prof.get(t.p);
    if (!parent) continue;
    const own = P(t.id);
    for (const [k, e] of parent.t) if (!own.t.has(k)) own.t.set(k, { ...e, inh: true });
    for (const [k, e] of parent.i) if (!own.i.has(k)) own.i.set(k, { ...e, inh: true });
  }
  // a UK partner town's population is its own GeoNames figure (pool places: the town record's pop)
  for (const t of towns.values()) {
    if (t.k === ROLE.ukTown && t.pop > 0) {
      const e = P(t.id).i.get('population');
      if (!e || e.inh) P(t.id).i.set('population', { k: 'population', v: t.pop, src: 'geonames' });
      indSources.get('population').add('geonames');
    }
  }

  const tags = TAXONOMY.map(([id, kind, de, en, desc, cov]) => ({ id, kind, de, en, desc, src: [...tagSources.get(id)].sort(), cov }));
  const indicators = INDICATORS.map(([key, de, en, unit, desc]) => ({ key, de, en, unit, desc, src: [...indSources.get(key)].sort() }));
  return { prof, tags, indicators };
}
