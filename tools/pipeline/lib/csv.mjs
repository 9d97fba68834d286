// Minimal RFC 4180 CSV reader: quoted fields, doubled quotes, newlines inside quotes, BOM.
import { readFileSync } from 'node:fs';

export function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [], field = '', i = 0, inQuotes = false;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        inQuotes = false; i++; continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"') { inQuotes = true; i++; continue; }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r') { i++; continue; }
    if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += ch; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// Rows as objects keyed by the header line.
export function readCsv(path) {
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows.shift();
  return rows.filter(r => r.length > 1 || r[0] !== '').map(r => {
    const o = {};
    header.forEach((h, k) => { o[h] = r[k] ?? ''; });
    return o;
  });
}
