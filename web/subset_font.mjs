// Makes the UI font the site ships: a subset of the full TTF (issue 13 item 1), made at
// build time with pyftsubset (Debian package fonttools). It keeps fixed ranges, so typed
// and imported text still renders, plus every character in data/*.json and in the UI
// string table (app/ui/ui_strings.cpp); hinting and glyph names are dropped (ImGui's
// rasteriser ignores hinting).
// usage: node subset_font.mjs <full font.ttf> <out.ttf> <repo root>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [fontPath, outPath, repoRoot] = process.argv.slice(2);
if (!repoRoot) {
  console.error('usage: node subset_font.mjs <font.ttf> <out.ttf> <repo root>');
  process.exit(2);
}

// Basic Latin, Latin-1, Latin Extended-A and B, IPA and spacing modifiers (ʻ), Greek,
// Cyrillic, Latin Extended Additional, General Punctuation, and the maths block the UI
// uses (≥); app.cpp's glyph ranges ask for the same blocks.
export const RANGES = ['U+0020-007E', 'U+00A0-00FF', 'U+0100-017F', 'U+0180-024F', 'U+0250-02FF', 'U+0370-03FF',
  'U+0400-04FF', 'U+1E00-1EFF', 'U+2000-206F', 'U+2200-22FF'];

const chars = new Set();
const dataDir = path.join(repoRoot, 'data');
for (const f of fs.readdirSync(dataDir).filter((n) => n.endsWith('.json')).sort()) {
  for (const ch of fs.readFileSync(path.join(dataDir, f), 'utf8')) chars.add(ch);
}
for (const ch of fs.readFileSync(path.join(repoRoot, 'app/ui/ui_strings.cpp'), 'utf8')) chars.add(ch);
const text = [...chars].filter((c) => c.codePointAt(0) >= 0x20).join('');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-font-'));
try {
  const textFile = path.join(tmp, 'chars.txt');
  fs.writeFileSync(textFile, text);
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  execFileSync('pyftsubset', [fontPath, `--unicodes=${RANGES.join(',')}`, `--text-file=${textFile}`,
    `--output-file=${outPath}`, '--no-hinting', '--desubroutinize', '--layout-features=', '--name-IDs=*',
    '--notdef-outline', '--drop-tables+=DSIG'], { stdio: 'inherit' });
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
const before = fs.statSync(fontPath).size, after = fs.statSync(outPath).size;
console.log(`font subset: ${path.basename(fontPath)} ${before} -> ${after} bytes (${chars.size} characters from data/ and the string table)`);
