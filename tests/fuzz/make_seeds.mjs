// Writes the fuzz targets' seed inputs to OUT/<target>/ (tools/fuzz_campaign.sh --seed merges
// them into tests/fuzz/corpus/): the test fixtures and small, self-consistent slices of data/,
// each well below its target's -max_len. Usage: node make_seeds.mjs OUT
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = process.argv[2];
if (!out) throw new Error('usage: node make_seeds.mjs OUT');
const read = (p) => fs.readFileSync(path.join(root, p), 'utf8');
const json = (p) => JSON.parse(read(p));
let count = 0;
const put = (target, name, text) => {
  fs.mkdirSync(path.join(out, target), { recursive: true });
  fs.writeFileSync(path.join(out, target, name), text);
  ++count;
};

// --- data files: fixtures, and slices of the real data around a few partnerships ---------
for (const f of fs.readdirSync(path.join(root, 'tests/fixtures/data'))) {
  const text = read(`tests/fixtures/data/${f}`);
  put('dataset_loader', f, text);
  put('own_data_round_trip', f, text);
}
const towns = json('data/towns.json').towns, tags = json('data/tags.json').tags;
const sources = json('data/sources.json').sources, partnerships = json('data/partnerships.json').partnerships;
const profiles = json('data/profiles.json').profiles;
const byId = new Map(towns.map((t) => [t.id, t]));
for (const start of [0, 40, 120, 300]) {
  const links = partnerships.slice(start, start + 2);
  const ids = new Set(links.flatMap((l) => [l.a, l.b]));
  for (const id of [...ids]) for (let t = byId.get(id); t && t.p; t = byId.get(t.p)) ids.add(t.p);
  const slice = { v: 1, towns: towns.filter((t) => ids.has(t.id)), partnerships: links,
                  profiles: profiles.filter((p) => ids.has(p.id)).map((p) => ({ ...p, t: (p.t || []).slice(0, 3).map((x) => ({ ...x, d: (x.d || '').slice(0, 20) })) })) };
  const tagIds = new Set(slice.profiles.flatMap((p) => p.t.map((x) => x.tag)));
  slice.tags = tags.filter((t) => tagIds.has(t.id)).map((t) => ({ ...t, desc: '', src: (t.src || []).slice(0, 1) }));
  const srcIds = new Set(JSON.stringify(slice, (k, v) => (k === 'd' || k === 'desc' ? undefined : v))
    .match(/"[a-z][a-z0-9_]+"/g).map((s) => s.slice(1, -1)));
  slice.sources = sources.filter((s) => srcIds.has(s.id))
    .map((s) => ({ ...s, title: s.title.slice(0, 30), attr: s.attr.slice(0, 20), url: s.url && s.url.slice(0, 40) }));
  const text = JSON.stringify(slice);
  put('dataset_loader', `data_slice_${start}.json`, text);
  put('own_data_round_trip', `data_slice_${start}.json`, text);
}
const world = json('data/world_network.json');
put('dataset_loader', 'world_network_slice.json', JSON.stringify({
  v: 1, counts: { rows: 12, duplicateRows: 0 }, scale: world.scale, countries: world.countries.slice(0, 8),
  towns: world.towns.slice(0, 12).map((t) => [t[0], t[1] % 8, ...t.slice(2)]),
  pairs: world.pairs.filter(([a, b]) => a < 12 && b < 12).slice(0, 10).concat([[0, 1], [2, 3]]) }));
const map = json('data/world_map.json');
put('dataset_loader', 'world_map_slice.json', JSON.stringify({
  ...map, land: map.land.slice(1, 4), borders: (map.borders || []).slice(0, 2) }));

// --- URL hashes --------------------------------------------------------------------------
[
  '#v=1&cam=53.20,1.50,2.10&sel=DE%3A05315000',
  'v=1&cam=51.000,7.000,3.000&sel=DE:05111000&tags=com_2030,sichere_haefen&tm=all&yr=1950,1990&yu=0',
  'v=1&sc=all&kr=DE:05978,DE:05962&pa=FR,GB-WLS&pop=1000,50000&kind=pf&st=ad&conf=t&sug=0',
  'v=1&w=1,0.5,0.25,2,0,10&pool=europe&firsts=1&ego=2&path=GB:E06000038',
  'v=1&my=1&myb=DE:05111000&myt=com_signatory,size_large&myp=25000',
  'v=2&cam=0,0,2', 'v=1&sel=%zz&cam=91,0,2&kind=-&pop=,',
].forEach((h, i) => put('url_state', `hash_${i}.txt`, h));

// --- own data: the fixture, JSON, and an export-shaped CSV of real names ------------------
put('own_data', 'council_list.csv', read('tests/fixtures/own_data/council_list.csv'));
put('own_data', 'links.json', JSON.stringify({ v: 1, links: [
  { town: 'Bonn', partner: 'Oxford', partner_country: 'GB', year: 1947, kind: 'partnership', status: 'active' },
  { town: 'Altena', partner: 'Blackburn', year: '1971', source: 'https://example.org/a' },
  { town: 'Köln', partner: 3 }, 'x'] }));
const name = (id) => (byId.get(id) || { n: id }).n;
const q = (s) => (/[,;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
put('own_data', 'export.csv', 'town,partner,partner_country,year,kind,status,source,town_id,partner_id\r\n' +
  partnerships.slice(0, 12).map((p) => [name(p.a), name(p.b), 'GB', (p.y && p.y[0] && p.y[0][0]) || '', p.k, p.s,
    'https://example.org/x?a=1,b=2', p.a, p.b].map((x) => q(String(x))).join(',')).join('\r\n') + '\r\n');
put('own_data', 'tabs.csv', 'Stadt\tPartnerstadt\tJahr\tZustand\n"Bonn"\t"Ox""ford"\t1947\taktiv\n\n;;\n');

// --- tours -------------------------------------------------------------------------------
put('tour', 'tour.json', JSON.stringify({ v: 1, name: 'NRW–UK since 1947', stops: [
  { view: 'sel=DE:05314000&cam=51.000,7.000,3.000', caption: { de: 'Bonn und Oxford', en: 'Bonn and Oxford' }, duration_s: 12 },
  { view: '#lang=de&kiosk=1&sel=DE:05111000&tags=com_2030', caption: { de: 'Düsseldorf', en: 'Düsseldorf' } },
  { view: 3 }, { view: 'sc=all', caption: { de: 5 }, duration_s: -1 }] }, null, 1));
put('tour', 'version2.json', '{"v": 2, "stops": []}');

// --- edge lists ----------------------------------------------------------------------------
const east = read('tests/fixtures/graph/east_asia_twin_towns.csv').split('\n');
put('edge_list', 'east_asia_head.csv', east.slice(0, 40).join('\n') + '\n');
put('edge_list', 'quoted.csv', 'note,city2,country2,city1,country1\r\n"a, b","Halifax","GB","Aachen","DE"\r\n' +
  'x,"Multi\nline","","Bonn","DE"\r\n,,,,\r\ny,"Ox""ford",GB,,DE\r\n');

console.log(`${count} seed files in ${out}`);
