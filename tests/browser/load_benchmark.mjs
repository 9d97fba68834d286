// Load-time benchmark of the built web app in headless Chromium (not a test: it prints the
// figures behind the README's size and speed section, issue 3 item 7).
//   ATLAS_SITE_DIR=build/web/site node tests/browser/load_benchmark.mjs [runs]
// Each run is a fresh browser: open the app, wait for readiness, read timings_ms from the
// test hook's state (dataset_total = load_dataset_files as called by App::finish_loading,
// dataset_json_parse, dataset_build), then request the world network ('load-world-network')
// and read world_network_total. Prints every run and the median of each figure.
import fs from 'node:fs';
import path from 'node:path';
import { appState, launchBrowser, openPage, siteDir, startServer, waitReady } from './harness.mjs';

const runs = Number(process.argv[2] || 5);
const keys = ['dataset_total', 'dataset_json_parse', 'dataset_build', 'world_network_total'];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function dataSizes() {
  const dir = path.join(siteDir, 'data');
  if (!fs.existsSync(dir)) return null;
  const out = {};
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) out[f] = fs.statSync(path.join(dir, f)).size;
  return out;
}

const server = await startServer('load_benchmark');
const rows = [];
try {
  for (let i = 0; i < runs; ++i) {
    const { browser, close } = await launchBrowser();
    try {
      const { page } = await openPage(browser);
      await page.goto(server.url);
      await waitReady(page);
      const state = await appState(page);
      if (state.load_problems.length) console.log('load problems:', state.load_problems);
      await page.evaluate(() => window.atlasTest.query('load-world-network'));
      await page.waitForFunction(() => window.atlasTest.query('state').world_network_pairs > 0, null,
        { timeout: 60000, polling: 50 });
      const after = await appState(page);
      const row = { ...state.timings_ms, world_network_total: after.timings_ms.world_network_total };
      rows.push(row);
      console.log(`run ${i + 1}: ` + keys.map((k) => `${k} ${row[k].toFixed(1)} ms`).join(', ') +
        ` (towns ${state.towns}, partnerships ${state.partnerships}, world pairs ${after.world_network_pairs})`);
    } finally {
      await close();
    }
  }
} finally {
  await server.stop();
}
console.log(`median of ${runs}: ` + keys.map((k) => `${k} ${median(rows.map((r) => r[k])).toFixed(1)} ms`).join(', '));
const sizes = dataSizes();
if (sizes) {
  const core = Object.entries(sizes).filter(([n]) => !n.startsWith('world_network')).reduce((s, [, v]) => s + v, 0);
  console.log(`data/*.json served: ${core} bytes without the world network (budget 3,000,000), ` +
    `world_network.json ${sizes['world_network.json'] ?? '?'} bytes (budget 2,500,000)`);
}
