// Browser tests of issue 13 items 5 and 6: whatever is selected is marked on the globe (a
// town abroad, a Kreis, a town in world mode), and the network view's edges can be seen.
// One CTest entry per case (selection.<case>): node selection_network_cases.mjs <case>.
// Marker checks compare pixels at the town's projected position with and without the
// selection; edge checks measure the contrast of the pixels along the drawn edges.
import assert from 'node:assert/strict';
import { animationFrames, artifactPath, query, runCaseFromArgv, until, waitReady } from './harness.mjs';
import { decodePng } from './png.mjs';

// Waits until the globe has nothing left to build or fly, then two more frames.
async function settle(page) {
  await until(page, 'globe', (g) => g.settled, 'a settled globe');
  await animationFrames(page, 2);
}

// Mean absolute RGB difference of two screenshots in a square of `radius` CSS pixels.
function cropDifference(a, b, x, y, radius) {
  let sum = 0, n = 0;
  for (let py = Math.round(y - radius); py <= Math.round(y + radius); ++py)
    for (let px = Math.round(x - radius); px <= Math.round(x + radius); ++px) {
      if (px < 0 || py < 0 || px >= a.width || py >= a.height) continue;
      const i = (py * a.width + px) * 4;
      for (let c = 0; c < 3; ++c) sum += Math.abs(a.rgba[i + c] - b.rgba[i + c]);
      n += 3;
    }
  return n ? sum / n : 0;
}

// WCAG relative luminance of an sRGB pixel.
function luminance(rgba, i) {
  const lin = (v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(rgba[i]) + 0.7152 * lin(rgba[i + 1]) + 0.0722 * lin(rgba[i + 2]);
}

// Selects `id` from a hash at `cam`, and returns the globe with and without the selection.
async function markerContrast(page, server, id, cam, name) {
  await page.goto(`${server.url}#v=1&cam=${cam}&sel=${encodeURIComponent(id)}`);
  await waitReady(page);
  await query(page, 'ui off');
  await settle(page);
  const globe = await query(page, 'globe');
  const at = await query(page, `project ${id}`);
  assert.ok(at.visible, `${id} is not on the visible side: ${JSON.stringify(at)}`);
  const shot = await page.screenshot({ path: artifactPath(`selection_${name}.png`) });
  await query(page, 'select ');
  await settle(page);
  const without = await page.screenshot();
  return { globe, at, difference: cropDifference(decodePng(shot), decodePng(without), at.x, at.y, 6) };
}

const cases = {
  // Halifax in Nova Scotia (Aachen's partner Halifax is in Calderdale) is outside the NRW–UK
  // scope: selected, it gets a marker, a label and the ring the shaders draw.
  async town_abroad_gets_a_marker({ page, log, server }) {
    const r = await markerContrast(page, server, 'GN:6324729', '44.650,-63.570,1.400', 'abroad');
    assert.ok(r.globe.focus_points[1] >= 0, 'the selection has no point on the globe');
    assert.ok(r.globe.label_texts.includes('Halifax'), `no label: ${r.globe.label_texts.slice(0, 10)}`);
    console.log(`marker difference ${r.difference.toFixed(1)} at (${r.at.x.toFixed(0)}, ${r.at.y.toFixed(0)})`);
    assert.ok(r.difference > 12, `no marker at the town's position (mean difference ${r.difference.toFixed(1)})`);
    assert.deepEqual(log.errors, []);
  },

  // A Kreis (Rhein-Sieg-Kreis) is marked like a town.
  async kreis_gets_a_marker({ page, log, server }) {
    const r = await markerContrast(page, server, 'DE:05382', '50.800,7.300,1.250', 'kreis');
    assert.ok(r.globe.focus_points[1] >= 0, 'the Kreis has no point on the globe');
    console.log(`marker difference ${r.difference.toFixed(1)}`);
    assert.ok(r.difference > 6, `the selection ring is not drawn (mean difference ${r.difference.toFixed(1)})`);
    assert.deepEqual(log.errors, []);
  },

  // In world mode the selection is its world-network record: ringed and labelled; a click
  // on another world town selects that town's record.
  async world_mode_marks_the_selection({ page, log, server }) {
    await page.goto(`${server.url}#v=1&cam=50.000,10.000,1.700&sel=DE%3A05315000`);
    await waitReady(page);
    await query(page, 'ui off');
    await query(page, 'world on');
    await until(page, 'globe', (g) => g.world_built, 'the world network');
    await settle(page);
    const globe = await query(page, 'globe');
    assert.ok(globe.focus_points[1] >= 0, 'Cologne is not ringed in world mode');
    assert.ok(globe.label_texts.includes('Cologne'), 'Cologne is not labelled in world mode');
    const at = await query(page, 'project DE:05515000');  // Münster's world record sits where the town does
    assert.ok(at.visible);
    await page.mouse.click(at.x, at.y);
    const state = await until(page, 'state', (s) => s.selected !== 'DE:05315000', 'a new selection');
    assert.equal(state.selected, 'DE:05515000');
    assert.deepEqual(log.errors, []);
  },

  // The node-link view at its default zoom: edges long enough to see, and their pixels stand
  // out from the canvas by at least the 3:1 contrast WCAG asks of graphics. The default
  // network holds the NRW–UK towns' partners abroad, so Altena–Blackburn–Péronne is a circle.
  async network_view_edges_visible({ page, log, server }) {
    await page.goto(`${server.url}#v=1`);
    await waitReady(page);
    await page.mouse.click(640, 60);
    await page.keyboard.press('g');
    await query(page, 'tab network');
    const view = await until(page, 'node-link', (r) => r.open && r.canvas[2] > 0, 'the node-link view');
    await animationFrames(page, 2);
    const shot = decodePng(await page.screenshot({ path: artifactPath('selection_network_view.png') }));
    const [cx, cy, cw, ch] = view.canvas;
    const inside = (p) => p[0] > cx + 4 && p[0] < cx + cw - 4 && p[1] > cy + 4 && p[1] < cy + ch - 4;
    const edges = view.edges.filter(([a, b]) => inside(a) && inside(b));
    assert.ok(edges.length > 100, `only ${edges.length} edges inside the canvas`);
    const lengths = edges.map(([a, b]) => Math.hypot(a[0] - b[0], a[1] - b[1])).sort((p, q) => p - q);
    const median = lengths[Math.floor(lengths.length / 2)];
    // The canvas colour: a corner pixel of the canvas.
    const bg = luminance(shot.rgba, ((Math.round(cy + ch) - 3) * shot.width + Math.round(cx + cw) - 3) * 4);
    let contrasted = 0, samples = 0;
    for (const [a, b] of edges) {
      const len = Math.hypot(a[0] - b[0], a[1] - b[1]);
      if (len < 16) continue;  // too short to sample clear of the node discs
      const t = 0.5;  // the middle of the edge, away from both nodes
      const px = Math.round(a[0] + (b[0] - a[0]) * t), py = Math.round(a[1] + (b[1] - a[1]) * t);
      const l = luminance(shot.rgba, (py * shot.width + px) * 4);
      samples += 1;
      contrasted += (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05) >= 3 ? 1 : 0;
    }
    console.log(`${edges.length} edges, median length ${median.toFixed(1)} px; ${contrasted} of ${samples} ` +
                'sampled edge middles at 3:1 or more');
    assert.ok(median >= 12, `edges are ${median.toFixed(1)} px long at the median`);
    assert.ok(samples >= 50 && contrasted / samples >= 0.8, `${contrasted} of ${samples} edges reach 3:1`);
    // Hovering a node names it (the pointer stays where it is: the name stays with it).
    const lone = view.nodes.find(([id, x, y]) => inside([x, y]) && y > cy + 60 &&
      view.nodes.every(([other, ox, oy]) => other === id || Math.hypot(ox - x, oy - y) > 16));
    assert.ok(lone, 'no node stands alone in the canvas');
    await page.mouse.move(lone[1], lone[2]);
    await until(page, 'node-link', (r) => r.named === lone[0], `${lone[0]} named under the pointer`);
    await animationFrames(page, 3);
    assert.equal((await query(page, 'node-link')).named, lone[0], 'the name went while the pointer stayed');
    const graph = await query(page, 'graph');
    assert.ok(graph.nodes > 250, `the default network has only ${graph.nodes} towns`);
    await query(page, 'select DE:05962004');  // Altena: Blackburn and Péronne, and Blackburn–Péronne
    await query(page, 'ego 1');
    const ego = await until(page, 'graph', (g) => g.ego >= 3, 'Altena\'s ego network');
    assert.ok(ego.ego >= 3);
    assert.deepEqual(log.errors, []);
  },
};

await runCaseFromArgv(cases);
