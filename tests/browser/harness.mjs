// Browser test harness: serves the built site with the project's own nginx config on a
// free loopback port, launches Debian's headless Chromium through playwright-core, and
// waits for the app's readiness signal (<html data-atlas-ready="true">) - never sleeps.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const repo = process.env.ATLAS_REPO || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const siteDir = process.env.ATLAS_SITE_DIR || path.join(repo, 'build/web/site');
export const artifactsDir = process.env.ATLAS_ARTIFACTS_DIR || path.join(repo, 'build/web/browser-artifacts');
const READY_TIMEOUT_MS = 120000;

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-dev-shm-usage',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-features=MediaRouter,OptimizationHints,Translate',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('connect', () => { socket.destroy(); resolve(); });
      socket.on('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error('nginx did not start listening'));
        else setTimeout(attempt, 25); // polling a socket, not waiting on the app
      });
    };
    attempt();
  });
}

// `dir`: another site folder (a site built from fixture data, security_cases.mjs).
export async function startServer(name, dir = siteDir) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no built site in ${dir}`);
  const port = await freePort();
  const runtime = path.join(artifactsDir, name, 'nginx');
  fs.rmSync(runtime, { recursive: true, force: true });
  const conf = execFileSync('bash', [path.join(repo, 'tools/nginx_config.sh'), dir, `127.0.0.1:${port}`, runtime])
    .toString().trim();
  const proc = spawn('nginx', ['-p', runtime, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = false;
  proc.on('exit', () => { exited = true; });
  await waitForPort(port, Date.now() + 10000);
  if (exited) throw new Error('nginx exited at start');
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => { if (exited) resolve(); else { proc.on('exit', resolve); proc.kill('SIGTERM'); } }),
  };
}

// playwright-core gives every launch a fresh temporary profile (--user-data-dir).
export async function launchBrowser(extraArgs = []) {
  const browser = await chromium.launch({
    executablePath: process.env.ATLAS_CHROMIUM || '/usr/bin/chromium',
    args: [...chromiumArgs, ...extraArgs],
  });
  return { browser, close: () => browser.close() };
}

// Opens a page that records console errors, page errors, CSP violations and requests. The
// visitor is a returning one (the first-visit card was closed before: platform.h
// save_setting) unless `firstVisit`: the card would cover the globe the other cases click.
// `touch`: a phone or tablet (Playwright's touch emulation: hasTouch, isMobile).
export async function openPage(browser, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1,
  { firstVisit = false, touch = false } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, ...(touch ? { hasTouch: true, isMobile: true } : {}) });
  if (!firstVisit) {
    await context.addInitScript(() => {
      try { localStorage.setItem('atlas-setting:welcome-closed', '1'); } catch (e) { /* no storage here (about:blank) */ }
    });
  }
  const page = await context.newPage();
  const log = { errors: [], requests: [], responses: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => {
    log.responses.push(r);
    if (r.status() >= 400) log.errors.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, context, log };
}

// Waits for the page's readiness signal (the first view), then, unless `firstView`, for the
// whole dataset: the candidate places of data/towns_pool.json that the app loads right after
// its first view (the test hook's state.pool: none, waiting, loading, loaded or failed).
export async function waitReady(page, { firstView = false } = {}) {
  await page.waitForFunction(
    () => document.documentElement.dataset.atlasReady === 'true' || document.documentElement.dataset.atlasError,
    null, { timeout: READY_TIMEOUT_MS, polling: 100 });
  const error = await page.evaluate(() => document.documentElement.dataset.atlasError || null);
  if (error) throw new Error(`app reported an error instead of readiness: ${error}`);
  if (!firstView) {
    await page.waitForFunction(() => !['waiting', 'loading'].includes(window.atlasTest.query('state').pool),
      null, { timeout: READY_TIMEOUT_MS, polling: 'raf' });
  }
}

// Resolves after n animation frames of the page (the app draws one frame in each).
export function animationFrames(page, n) {
  return page.evaluate((n) => new Promise((resolve) => {
    let left = n;
    const tick = () => (--left > 0 ? requestAnimationFrame(tick) : resolve());
    requestAnimationFrame(tick);
  }), n);
}

// One test-hook command (app/test_hook.cpp) and its reply.
export const query = (page, command) => page.evaluate((c) => window.atlasTest.query(c), command);

// Waits until `command`'s reply satisfies `predicate`: the app applies state changes on its
// next frames, so this polls once per animation frame (never a fixed sleep), up to 20 s.
export async function until(page, command, predicate, what) {
  const deadline = Date.now() + 20000;
  let reply;
  while (Date.now() < deadline) {
    reply = await query(page, command);
    if (predicate(reply)) return reply;
    await animationFrames(page, 1);
  }
  throw new Error(`timed out waiting for ${what}; last reply ${JSON.stringify(reply).slice(0, 400)}; ${await appFacts(page)}`);
}

// What the app says about itself when a wait fails: whether it is drawing at all (frames, the
// WebGL context), its notices and the page's graphics notice.
async function appFacts(page) {
  try {
    const state = await query(page, 'state');
    const frames = [(await query(page, 'globe')).frames];
    await animationFrames(page, 2);
    frames.push((await query(page, 'globe')).frames);
    const page_notice = await page.evaluate(() => document.querySelector('#graphics-notice')?.textContent ?? null);
    return `app: ready ${state.ready}, gpu_lost ${state.gpu_lost}, frames ${frames.join(' -> ')} over 2 animation frames, ` +
      `notices ${JSON.stringify(state.notices).slice(0, 300)}, graphics notice ${JSON.stringify(page_notice)}`;
  } catch (e) {
    return `app facts unavailable: ${e.message}`;
  }
}

// A named control's rect (test hook "rect <name>", app/ui/item_rects.h) once it is drawn in the
// same place on two frames in a row: an auto-sized window measures its content on its first
// frames and may be placed again once it has its size; a rect not drawn now is a stale one.
export async function settledRect(page, name) {
  let previous = null;
  const same = (a, b) => b && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
  return until(page, `rect ${name}`, (x) => {
    const settled = !x.error && x.drawn_now && x.w > 0 && same(x, previous);
    previous = x.error || !x.drawn_now ? null : x;
    return settled;
  }, `${name} drawn in the same place on two frames`);
}

// Clicks the middle of a named control as a user would, once it has settled (settledRect).
export async function clickDrawn(page, name) {
  const r = await settledRect(page, name);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  return r;
}

export async function appState(page) {
  return page.evaluate(() => window.atlasTest.query('state'));
}

export function artifactPath(name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}

// Runs the case named on the command line (each case is its own CTest entry): starts the
// server and the browser, hands the case { page, log, server, browser }, writes a failure
// screenshot, stops everything and exits 0 (passed), 1 (failed) or 2 (unknown case).
// options: prefix (artifact names), browserArgs / deviceScaleFactors keyed by case name.
export async function runCaseFromArgv(cases, { prefix = '', browserArgs = {}, deviceScaleFactors = {} } = {}) {
  const name = process.argv[2];
  if (!cases[name]) {
    console.error(`unknown case ${name}; cases: ${Object.keys(cases).join(', ')}`);
    process.exit(2);
  }
  const server = await startServer(prefix + name);
  let failed = false;
  try {
    const { browser, close } = await launchBrowser(browserArgs[name] || []);
    try {
      const { page, log } = await openPage(browser, undefined, deviceScaleFactors[name] || 1);
      try {
        await cases[name]({ page, log, server, browser });
      } catch (e) {
        failed = true;
        console.error(`FAIL ${name}: ${e.stack || e}`);
        if (log.errors.length) console.error('page errors:\n' + log.errors.join('\n'));
        await page.screenshot({ path: artifactPath(`${prefix}${name}.failure.png`) }).catch(() => {});
      }
    } finally {
      await close();
    }
  } catch (e) {
    failed = true;
    console.error(`FAIL ${name}: ${e.stack || e}`);
  } finally {
    await server.stop();
  }
  console.log(failed ? `${name}: failed` : `${name}: passed`);
  process.exit(failed ? 1 : 0);
}
