// Start-up comparison of two builds of the site (issue 13 item 1; not a test, it prints
// the figures behind the README's start-up table).
//   node tests/browser/startup_compare.mjs [--runs 10] [--baseline-commit 238660d]
//        [--baseline-dir /work/baseline-238660d] [--site build/web/site]
// The baseline is a git worktree of the baseline commit outside this repository; when it
// has no built site yet, the script creates the worktree and builds its `site` target
// (web preset, -j2). Each site is served by nginx with its own commit's config
// (tools/nginx_config.sh of that tree). Loads alternate baseline, new, baseline, new, ...
// each in a fresh Chromium, and the medians of every phase are printed
// (startup_profile.mjs says what each phase is).
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

const baseSite = ensureBaseline();
const servers = { baseline: await serve(baseDir, baseSite, 'baseline'), new: await serve(repo, newSite, 'new') };
const rows = { baseline: [], new: [] };
try {
  for (let i = 0; i < runs; ++i) {
    for (const which of ['baseline', 'new']) {
      const { browser, close } = await launchBrowser();
      try {
        const r = await measureStartup(browser, servers[which].url);
        rows[which].push(r);
        console.log(`${which.padEnd(8)} run ${i + 1}: complete ${r.complete} ms, ready ${r.ready} ms, ` +
          `${r.transfer_bytes} bytes transferred`);
      } finally {
        await close();
      }
    }
  }
} finally {
  await servers.baseline.stop();
  await servers.new.stop();
}

const keys = Object.keys(rows.new[0]);
console.log(`\nmedians of ${runs} fresh-browser loads each (ms from navigation start unless noted)`);
console.log('figure'.padEnd(26) + 'baseline'.padStart(12) + 'new'.padStart(12));
for (const k of keys) {
  const b = median(rows.baseline.map((r) => r[k]));
  const n = median(rows.new.map((r) => r[k]));
  const f = (x) => (typeof x === "number" ? String(Math.round(x * 10) / 10) : String(x));
  console.log(k.padEnd(26) + f(b).padStart(12) + f(n).padStart(12));
}
const b = median(rows.baseline.map((r) => r.complete));
const n = median(rows.new.map((r) => r.complete));
console.log(`\nfirst complete frame: baseline ${b.toFixed(1)} ms, new ${n.toFixed(1)} ms: ${(100 * (1 - n / b)).toFixed(1)} % sooner (target >= 40 %)`);
console.log(`transferred until then (new): ${median(rows.new.map((r) => r.transfer_bytes))} bytes (target <= 1,000,000)`);
fs.mkdirSync(runtimeRoot, { recursive: true });
fs.writeFileSync(path.join(runtimeRoot, 'results.json'), JSON.stringify(rows, null, 1));
