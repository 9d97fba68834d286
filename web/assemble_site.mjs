// Assembles the self-contained static site folder from the wasm build output, web/,
// data/ and the font, precompresses every file (.gz for nginx's gzip_static) and
// writes manifest.json with the sizes the page's progress bar uses.
// usage: node assemble_site.mjs <site dir> <build dir with atlas.js/.wasm> <repo root> <font.ttf>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { listRows, renderListPage } from './make_list_page.mjs';

const [siteDir, buildDir, repoRoot, fontPath] = process.argv.slice(2);
if (!fontPath) {
  console.error('usage: node assemble_site.mjs <site dir> <build dir> <repo root> <font.ttf>');
  process.exit(2);
}

// Files the app needs before it can show anything (downloaded in parallel with progress).
// data/world_network.json is left out: it is loaded when world mode is entered; and
// data/towns_pool.json (the candidate places only the suggestions need) is loaded right
// after the first view ("after_first_view" in the manifest).
const AFTER_FIRST_VIEW = new Set(['data/towns_pool.json']);
const LAZY = new Set(['data/world_network.json', ...AFTER_FIRST_VIEW]);

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

fs.rmSync(siteDir, { recursive: true, force: true });
fs.mkdirSync(siteDir, { recursive: true });
for (const f of ['index.html', 'loader.js', 'style.css', 'favicon.svg', 'profile.html', 'profile.js', 'profile.css', 'list.js', 'list.css']) copy(path.join(repoRoot, 'web', f), path.join(siteDir, f));
for (const f of ['atlas.js', 'atlas.wasm']) copy(path.join(buildDir, f), path.join(siteDir, f));
copy(fontPath, path.join(siteDir, 'fonts', path.basename(fontPath)));
const dataDir = path.join(repoRoot, 'data');
for (const f of fs.readdirSync(dataDir).sort()) {
  if (f.endsWith('.json') || f.endsWith('.md')) copy(path.join(dataDir, f), path.join(siteDir, 'data', f));
}

const startupNames = (n) => n === 'atlas.wasm' || n.startsWith('fonts/') || (n.startsWith('data/') && n.endsWith('.json') && !LAZY.has(n));

// index.html preloads the manifest, the script and the start-up files: the browser fetches
// them while it parses the page, and the loader's WebGL2 check (which blocks the page's
// thread for a second with software GL) need not wait for the manifest first. `as="fetch"`
// with `crossorigin` matches the loader's fetch() calls, which take the preloaded responses.
function preloadLinks() {
  const names = [];
  const walkNames = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walkNames(full);
      else names.push(path.relative(siteDir, full).split(path.sep).join('/'));
    }
  };
  walkNames(siteDir);
  const fetched = ['manifest.json', ...names.filter(startupNames).sort()];
  return ['  <link rel="preload" href="atlas.js" as="script">',
    ...fetched.map((n) => `  <link rel="preload" href="${n}" as="fetch" crossorigin>`)].join('\n');
}
const indexPath = path.join(siteDir, 'index.html');
const indexHtml = fs.readFileSync(indexPath, 'utf8');
if (!indexHtml.includes('</head>')) throw new Error('web/index.html has no </head>');
fs.writeFileSync(indexPath, indexHtml.replace('</head>', preloadLinks() + '\n</head>'));

// list.html: the partnerships as text tables, generated from data/ (not a start-up file).
fs.writeFileSync(path.join(siteDir, 'list.html'), renderListPage(listRows(dataDir)));

// The files the first view downloads are compressed with zopfli (Debian's `zopfli`, a
// stronger deflate encoder whose output any gzip reader takes: 5-8 % fewer bytes than zlib's
// level 9, one iteration keeps the build fast); the others, and every file when zopfli is
// missing, with zlib's level 9.
const hasZopfli = (() => {
  try { execFileSync('zopfli', ['-h'], { stdio: 'ignore' }); return true; } catch (e) { return e.status === 0; }
})();
const zopfliTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-site-'));
function gzipBest(bytes, firstView) {
  const gz = zlib.gzipSync(bytes, { level: 9 });
  if (!firstView || !hasZopfli) return gz;
  const temp = path.join(zopfliTemp, 'file');
  fs.writeFileSync(temp, bytes);
  const zopfli = execFileSync('zopfli', ['--i1', '-c', temp], { maxBuffer: 1 << 28 });
  return zopfli.length < gz.length ? zopfli : gz;
}

const firstViewNames = (n) => startupNames(n) || AFTER_FIRST_VIEW.has(n) || ['atlas.js', 'loader.js', 'index.html', 'style.css'].includes(n);
const files = [];
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { walk(full); continue; }
    const name = path.relative(siteDir, full).split(path.sep).join('/');
    const bytes = fs.readFileSync(full);
    const gz = gzipBest(bytes, firstViewNames(name));
    fs.writeFileSync(full + '.gz', gz);
    files.push({ name, bytes: bytes.length, gzip_bytes: gz.length });
  }
}
walk(siteDir);
fs.rmSync(zopfliTemp, { recursive: true, force: true });

const manifest = {
  script: 'atlas.js',
  wasm: 'atlas.wasm',
  files: files.map((f) => ({ ...f, startup: startupNames(f.name), ...(AFTER_FIRST_VIEW.has(f.name) ? { after_first_view: true } : {}) })),
};
const manifestText = JSON.stringify(manifest, null, 1);
fs.writeFileSync(path.join(siteDir, 'manifest.json'), manifestText);
fs.writeFileSync(path.join(siteDir, 'manifest.json.gz'), zlib.gzipSync(Buffer.from(manifestText), { level: 9 }));

const sum = (k, pick) => files.filter(pick).reduce((s, f) => s + f[k], 0);
const all = () => true;
console.log(`site: ${files.length} files, ${sum('bytes', all)} bytes, ${sum('gzip_bytes', all)} gzipped`);
