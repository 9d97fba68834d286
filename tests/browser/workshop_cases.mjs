// Browser cases for the council and workshop features (issue 14), one CTest entry each:
//   node workshop_cases.mjs <case>
// town_profile_renders_under_csp: the printable profile page lays out the JSON that core
// writes (`atlas profile`, the same writer the app uses), under the shipped CSP; a town named
// as markup stays text and a javascript: source is no link.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { artifactPath, repo, runCaseFromArgv } from './harness.mjs';

const HOSTILE = '<img src=x onerror=alert(1)>';

function coreProfile(town) {
  const atlas = path.join(repo, 'build/native/tools/atlas');
  assert.ok(fs.existsSync(atlas), `${atlas} missing: the native tree is built before the browser tests (tools/dev test)`);
  const r = spawnSync(atlas, ['profile', '--town', town, '--top', '5'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const cases = {
  async town_profile_renders_under_csp({ page, log, server }) {
    const profile = coreProfile('Münster');
    assert.ok(profile.suggestions.length === 5 && profile.partners.length > 0, 'the core profile has partners and 5 suggestions');
    const hostile = structuredClone(profile);
    hostile.town.name = HOSTILE;
    hostile.partners[0].sources = [{ title: 'not a link', url: 'javascript:alert(1)' }, ...hostile.partners[0].sources];
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });

    await page.goto(server.url + 'profile.html');
    await page.waitForFunction(() => document.documentElement.dataset.profileReady === 'missing');
    await page.evaluate(([a, b]) => {
      localStorage.setItem('atlas-profile:real', a);
      localStorage.setItem('atlas-profile:hostile', b);
    }, [JSON.stringify(profile), JSON.stringify(hostile)]);

    await page.goto(server.url + 'profile.html#t=real');
    await page.waitForFunction(() => document.documentElement.dataset.profileReady === 'shown');
    const real = await page.evaluate(() => ({
      h1: document.querySelector('h1').textContent,
      rows: document.querySelectorAll('table')[2].tBodies[0].rows.length,
      partnerRows: document.querySelectorAll('table')[1].tBodies[0].rows.length,
      text: document.body.innerText,
    }));
    assert.equal(real.h1, 'Münster');
    assert.equal(real.rows, 5);
    assert.equal(real.partnerRows, profile.partners.length);
    assert.match(real.text, /York/);  // Münster's partner, with what the two share
    await page.screenshot({ path: artifactPath('town_profile.png'), fullPage: true });

    await page.goto(server.url + 'profile.html#t=hostile');
    await page.waitForFunction(() => document.documentElement.dataset.profileReady === 'shown');
    const bad = await page.evaluate(() => ({
      h1: document.querySelector('h1').textContent,
      imgs: document.querySelectorAll('img').length,
      links: [...document.querySelectorAll('a')].map((a) => [a.protocol, a.rel]),
    }));
    assert.equal(bad.h1, HOSTILE);
    assert.equal(bad.imgs, 0);
    assert.ok(bad.links.length > 0);
    for (const [protocol, rel] of bad.links) {
      assert.ok(protocol === 'https:' || protocol === 'http:', protocol);
      assert.equal(rel, 'noopener noreferrer');
    }
    assert.equal(dialogs, 0);
    const csp = (await log.responses.find((r) => r.url().endsWith('/profile.html#t=hostile') || r.url().endsWith('/profile.html'))
      .allHeaders())['content-security-policy'];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases, { prefix: 'workshop.' });
