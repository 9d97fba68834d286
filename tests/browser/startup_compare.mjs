// Start-up comparison of two builds of the site (issue 13 item 1; not a test, it prints
// the figures behind the README's start-up table).
//   node tests/browser/startup_compare.mjs [--runs 10] [--baseline-commit 238660d]
//        [--baseline-dir /work/baseline-238660d] [--site build/web/site] [--floor]
// The baseline is a git worktree of the baseline commit outside this repository; when it
// has no built site yet, the script creates the worktree and builds its `site` target
// (web preset, -j2). Each site is served by nginx with its own commit's config
// (tools/nginx_config.sh of that tree). Loads alternate baseline, new, baseline, new, ...
// each in a fresh Chromium, and the medians of every phase are printed
// (startup_profile.mjs says what each phase is). --floor adds two more pages to each round,
// served from a copy of this tree's site: startup_floor/floor.html (a WebGL2 canvas cleared
// once, then ready: what the signal costs before any app work) and floor.html?wasm=1 (the
// same after the app's wasm is downloaded and compiled).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { launchBrowser, repo } from './harness.mjs';
import { measureStartup, median } from './startup_profile.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const runs = Number(opt('--runs', 10));
const baseCommit = opt('--baseline-commit', '238660d');
const baseDir = path.resolve(opt('--baseline-dir', `/work/baseline-${baseCommit}`));
const newSite = path.resolve(opt('--site', path.join(repo, 'build/web/site')));
const runtimeRoot = path.join(repo, 'build/web/startup-compare');
const withFloor = args.includes('--floor');

function ensureBaseline() {
  const site = path.join(baseDir, 'build/web/site');
  if (fs.existsSync(path.join(site, 'manifest.json'))) return site;
  if (!fs.existsSync(baseDir)) execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', baseDir, baseCommit], { stdio: 'inherit' });
  const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
  execFileSync('cmake', ['--preset', 'web'], { cwd: baseDir, stdio: 'inherit', env });
  execFileSync('cmake', ['--build', 'build/web', '--target', 'site', '-j2'], { cwd: baseDir, stdio: 'inherit', env });
  return site;
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function serve(tree, site, name) {
  const port = await freePort();
  const runtime = path.join(runtimeRoot, name);
  fs.rmSync(runtime, { recursive: true, force: true });
  const conf = execFileSync('bash', [path.join(tree, 'tools/nginx_config.sh'), site, `127.0.0.1:${port}`, runtime]).toString().trim();
  const proc = spawn('nginx', ['-p', runtime, '-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
  for (let i = 0; i < 400; ++i) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.on('connect', () => { s.destroy(); resolve(true); });
      s.on('error', () => { s.destroy(); resolve(false); });
    });
    if (ok) break;
    await new Promise((r) => setTimeout(r, 25)); // polling nginx's socket, not the app
  }
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((r) => { proc.on('exit', r); proc.kill('SIGTERM'); }) };
}

function floorSite() {
  const site = path.join(runtimeRoot, 'floor-site');
  fs.rmSync(site, { recursive: true, force: true });
  fs.cpSync(newSite, site, { recursive: true });
  for (const name of ['floor.html', 'floor.js']) fs.copyFileSync(path.join(repo, 'tests/browser/startup_floor', name), path.join(site, name));
  return site;
}

const baseSite = ensureBaseline();
const servers = { baseline: await serve(baseDir, baseSite, 'baseline'), new: await serve(repo, newSite, 'new') };
const urls = { baseline: servers.baseline.url, new: servers.new.url };
if (withFloor) {
  servers.floor = await serve(repo, floorSite(), 'floor');
  urls.floor = `${servers.floor.url}floor.html`;
  urls.floor_wasm = `${servers.floor.url}floor.html?wasm=1`;
}
const rows = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
try {
  for (let i = 0; i < runs; ++i) {
    for (const which of Object.keys(urls)) {
      const { browser, close } = await launchBrowser();
      try {
        const r = await measureStartup(browser, urls[which]);
        rows[which].push(r);
        console.log(`${which.padEnd(10)} run ${i + 1}: complete ${r.complete} ms, ready ${r.ready} ms, ` +
          `${r.transfer_bytes} bytes transferred`);
      } finally {
        await close();
      }
    }
  }
} finally {
  for (const server of Object.values(servers)) await server.stop();
}

const keys = Object.keys(rows.new[0]);
console.log(`\nmedians of ${runs} fresh-browser loads each (ms from navigation start unless noted)`);
console.log('figure'.padEnd(26) + Object.keys(rows).map((k) => k.padStart(12)).join(''));
const f = (x) => (typeof x === 'number' ? String(Math.round(x * 10) / 10) : String(x));
for (const k of keys) console.log(k.padEnd(26) + Object.values(rows).map((r) => f(median(r.map((x) => x[k]))).padStart(12)).join(''));
const b = median(rows.baseline.map((r) => r.complete));
const n = median(rows.new.map((r) => r.complete));
console.log(`\nfirst complete frame: baseline ${b.toFixed(1)} ms, new ${n.toFixed(1)} ms: ${(100 * (1 - n / b)).toFixed(1)} % sooner (target >= 40 %)`);
console.log(`transferred until then (new): ${median(rows.new.map((r) => r.transfer_bytes))} bytes (target <= 1,000,000)`);
fs.mkdirSync(runtimeRoot, { recursive: true });
fs.writeFileSync(path.join(runtimeRoot, 'results.json'), JSON.stringify(rows, null, 1));
