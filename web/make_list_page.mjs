// Writes list.html: the partnerships as plain, sortable HTML tables for screen readers,
// search engines and browsers without WebGL2 (issue 13 item 8). Generated at build time
// from data/ (towns, partnerships, sources); the app neither loads nor needs it, so it
// costs the app no start-up bytes. Three sections: the NRW–UK partnerships, the NRW
// towns' partnerships abroad, and the links the sources contradict (data/partnerships.json
// "excluded"). Every string from the data is HTML-escaped; source links are http(s) only
// and open with rel="noopener noreferrer". No inline script or style (the site's CSP):
// sorting is web/list.js, the look web/list.css.
// usage: node make_list_page.mjs <data dir> <out list.html>
import fs from 'node:fs';
import path from 'node:path';

const KIND = { partnership: 'Partnership', friendship: 'Friendship', kreis: 'Kreis partnership', contact: 'Contact' };
const STATUS = { active: 'Active', dormant: 'Dormant', ended: 'Ended' };
const CONFIDENCE = { two: 'two independent sources', one: 'one source', unverified: 'unverified (Wikidata 2016 only)' };

export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

let regionNames = null;
try { regionNames = new Intl.DisplayNames(['en'], { type: 'region' }); } catch { regionNames = null; }
export function countryName(code) {
  try { return (regionNames && regionNames.of(code)) || code; } catch { return code; }
}

// Reads data/ into the rows of the three tables (the browser test uses the same rows).
export function listRows(dataDir) {
  const read = (f) => JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'));
  const towns = read('towns.json');
  const { partnerships, excluded } = read('partnerships.json');
  const sources = new Map(read('sources.json').sources.map((s) => [s.id, s]));
  const byId = new Map(towns.towns.map((t) => [t.id, { name: t.n, country: t.c, role: t.k, region: t.r, sub: t.sr }]));
  for (const r of towns.candidates.rows) {
    byId.set('GN:' + r[0], { name: r[1], country: r[2], role: 'ec' });
  }
  const town = (id) => byId.get(id) || { name: id, country: '', role: '' };
  const isNrw = (id) => ['nm', 'nk'].includes(town(id).role);
  const src = (ids) => (ids || []).map((id) => {
    const s = sources.get(id);
    return { id, title: s ? s.title : id, url: s ? safeUrl(s.url) : null };
  });
  const row = (p) => {
    const a = town(p.a), b = town(p.b);
    const years = (p.y || []).map((y) => y[0]).filter((y) => Number.isInteger(y));
    return {
      id: p.id,
      town: a.name + (p.d ? ` (${p.d})` : ''),
      partner: b.name,
      country: countryName(b.country),
      country_code: b.country,
      year: years.length ? Math.min(...years) : null,
      kind: KIND[p.k] || p.k,
      status: STATUS[p.s] || p.s,
      confidence: CONFIDENCE[p.conf] || p.conf,
      note: p.nt || '',
      sources: src(p.src),
    };
  };
  const byTown = (x, y) => x.town.localeCompare(y.town, 'de') || x.partner.localeCompare(y.partner, 'en');
  return {
    nrwUk: partnerships.filter((p) => p.uk).map(row).sort(byTown),
    abroad: partnerships.filter((p) => !p.uk && isNrw(p.a)).map(row).sort(byTown),
    contradicted: (excluded || []).map((e) => ({ town: e.a, partner: e.b, why: e.why || '', sources: src(e.src) })),
  };
}

function sourcesCell(list) {
  return list.map((s) => (s.url
    ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a>`
    : escapeHtml(s.title))).join('<br>');
}

function sortableHeader(label, type) {
  return `<th scope="col" aria-sort="none" data-type="${type}"><button type="button">${escapeHtml(label)}</button></th>`;
}

function partnershipTable(id, caption, rows) {
  const head = [['Town', 'text'], ['Partner', 'text'], ['Country', 'text'], ['Year', 'number'], ['Kind', 'text'],
    ['Status', 'text'], ['Sources', 'text']].map(([l, t]) => sortableHeader(l, t)).join('');
  const body = rows.map((r) => `<tr data-id="${escapeHtml(r.id)}">` +
    `<td data-label="Town">${escapeHtml(r.town)}</td>` +
    `<td data-label="Partner">${escapeHtml(r.partner)}</td>` +
    `<td data-label="Country" data-code="${escapeHtml(r.country_code)}">${escapeHtml(r.country)}</td>` +
    `<td data-label="Year" data-sort="${r.year ?? ''}">${r.year ?? '<span class="unknown">unknown</span>'}</td>` +
    `<td data-label="Kind">${escapeHtml(r.kind)}</td>` +
    `<td data-label="Status">${escapeHtml(r.status)}${r.note ? `<div class="note">${escapeHtml(r.note)}</div>` : ''}</td>` +
    `<td data-label="Sources" data-sort="${r.sources.length}"><span class="confidence">${escapeHtml(r.confidence)}</span><br>${sourcesCell(r.sources)}</td>` +
    '</tr>').join('\n');
  return `<table id="${id}" class="sortable">\n<caption>${escapeHtml(caption)}</caption>\n` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function contradictedTable(rows) {
  const head = [['Town', 'text'], ['Partner', 'text'], ['Why it is not listed', 'text'], ['Sources', 'text']]
    .map(([l, t]) => sortableHeader(l, t)).join('');
  const body = rows.map((r) => '<tr class="contradicted">' +
    `<td data-label="Town">${escapeHtml(r.town)}</td><td data-label="Partner">${escapeHtml(r.partner)}</td>` +
    `<td data-label="Why"><strong class="flag">Contradicted:</strong> ${escapeHtml(r.why)}</td>` +
    `<td data-label="Sources">${sourcesCell(r.sources)}</td></tr>`).join('\n');
  return '<table id="contradicted" class="sortable">\n<caption>Links the sources contradict (not counted above)</caption>\n' +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function renderListPage(rows) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NRW–UK town partnerships: the full list – Twinning Atlas</title>
<meta name="description" content="Every town partnership between North Rhine-Westphalia and the United Kingdom held by Twinning Atlas, with year, kind, status and sources; and the NRW towns' partnerships abroad.">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="list.css">
<script src="list.js" defer></script>
</head>
<body>
<header>
<h1>NRW–UK town partnerships</h1>
<p>The partnerships between towns in North Rhine-Westphalia (NRW) and the United Kingdom that
Twinning Atlas holds, with the sources that confirm them. This page is the text version of the
<a href="./">3D globe</a>; the data, its sources and licences are described in
<a href="data/SOURCES.md">SOURCES.md</a>. Select a column heading to sort by it.</p>
<nav aria-label="Sections"><ul>
<li><a href="#nrw-uk">NRW–UK partnerships (${rows.nrwUk.length})</a></li>
<li><a href="#abroad">NRW towns' partnerships abroad (${rows.abroad.length})</a></li>
<li><a href="#contradicted">Contradicted links (${rows.contradicted.length})</a></li>
</ul></nav>
</header>
<main>
<section aria-labelledby="h-nrw-uk"><h2 id="h-nrw-uk">NRW–UK partnerships</h2>
${partnershipTable('nrw-uk', `${rows.nrwUk.length} partnerships between NRW and UK towns`, rows.nrwUk)}
</section>
<section aria-labelledby="h-abroad"><h2 id="h-abroad">NRW towns' partnerships abroad</h2>
<p>Partnerships of the same NRW towns with towns outside the UK: the context in which the NRW–UK links stand.</p>
${partnershipTable('abroad', `${rows.abroad.length} partnerships of NRW towns with towns outside the UK`, rows.abroad)}
</section>
<section aria-labelledby="h-contradicted"><h2 id="h-contradicted">Contradicted links</h2>
<p>Links that a source names but other sources contradict. They are not counted as partnerships.</p>
${contradictedTable(rows.contradicted)}
</section>
</main>
</body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dataDir, outPath] = process.argv.slice(2);
  if (!outPath) {
    console.error('usage: node make_list_page.mjs <data dir> <out list.html>');
    process.exit(2);
  }
  const rows = listRows(dataDir);
  fs.writeFileSync(outPath, renderListPage(rows));
  console.log(`list.html: ${rows.nrwUk.length} NRW–UK, ${rows.abroad.length} abroad, ${rows.contradicted.length} contradicted`);
}
