#!/usr/bin/env node
// Twinning Atlas data pipeline. Rerun with:  node tools/pipeline/build_data.mjs
//   --datasets DIR   shared source datasets (default: <repo>/../shared/datasets)
//   --out DIR        output folder (default: <repo>/data)
//   --atlas PATH     the `atlas` command-line tool for the final validation
//                    (default: <repo>/build/native/tools/atlas, else any build/*/tools/atlas)
//   --no-validate    skip the final `atlas validate`
import { writeFileSync, mkdirSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { buildAll } from './lib/build.mjs';
import { coverage, writeSourcesMd } from './lib/report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const datasets = resolve(opt('--datasets', join(repo, '..', 'shared', 'datasets')));
const out = resolve(opt('--out', join(repo, 'data')));

const t0 = Date.now();
const log = m => console.log('  ' + m);
console.log(`Twinning Atlas pipeline: ${datasets} -> ${out}`);
const r = buildAll(datasets, log);
mkdirSync(out, { recursive: true });
const sizes = {};
for (const [name, doc] of Object.entries(r.files)) {
  const text = JSON.stringify(doc) + '\n';
  writeFileSync(join(out, name), text);
  sizes[name] = Buffer.byteLength(text);
}
const wn = JSON.stringify(r.worldNetwork) + '\n';
writeFileSync(join(out, 'world_network.json'), wn);
sizes['world_network.json'] = Buffer.byteLength(wn);

const cov = coverage(r);
console.log('\nCoverage (NRW municipalities of 396 / UK councils of ' + cov.councils + ' / UK counties and combined authorities / UK places):');
for (const row of cov.rows) console.log(`  ${row.kind.padEnd(9)} ${row.id.padEnd(28)} NRW ${String(row.nrw).padStart(3)}  UK ${String(row.uk).padStart(3)}  UR ${String(row.ur).padStart(2)}  places ${String(row.places).padStart(3)}  ${row.cov}`);
writeSourcesMd(join(out, 'SOURCES.md'), r, cov, sizes);

const core = Object.entries(sizes).filter(([n]) => n !== 'world_network.json').reduce((s, [, v]) => s + v, 0);
console.log('\nSizes:');
for (const [n, v] of Object.entries(sizes)) console.log(`  ${n.padEnd(20)} ${v} bytes`);
console.log(`  data/ without world network: ${core} bytes (budget 3,000,000); world network ${sizes['world_network.json']} (budget 2,500,000)`);
if (core > 3e6 || sizes['world_network.json'] > 2.5e6) { console.error('size budget exceeded'); process.exitCode = 1; }
if (r.report.excluded.length) {
  console.log('\nContradicted links kept out:');
  for (const e of r.report.excluded) console.log(`  ${e.nrw}–${e.uk}: ${e.reason.slice(0, 160)}`);
}
if (r.report.unresolved.length) {
  console.log('\nUnresolved rows (not in data/):');
  for (const u of r.report.unresolved) console.log('  ' + u);
}
console.log(`\nbuilt in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

if (!args.includes('--no-validate')) {
  let atlas = opt('--atlas', join(repo, 'build', 'native', 'tools', 'atlas'));
  if (!existsSync(atlas) && !args.includes('--atlas')) {
    const b = join(repo, 'build');
    const found = existsSync(b) ? readdirSync(b).map(d => join(b, d, 'tools', 'atlas')).filter(p => existsSync(p))
      .sort((x, y) => statSync(y).mtimeMs - statSync(x).mtimeMs) : [];
    if (found.length) atlas = found[0];
  }
  if (!existsSync(atlas)) {
    console.error(`\natlas validate: tool not found at ${atlas} (build it, or pass --atlas PATH / --no-validate)`);
    process.exitCode = 1;
  } else {
    console.log(`\n${atlas} validate`);
    const files = [...Object.keys(r.files), 'world_network.json'].map(n => join(out, n));
    const v = spawnSync(atlas, ['validate', ...files], { stdio: 'inherit' });
    if (v.status !== 0) process.exitCode = 1;
  }
}
