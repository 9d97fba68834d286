// Fruchterman-Reingold layout (see graph_layout.h).
#include "graph_layout.h"

#include <algorithm>
#include <cmath>

#include "split_mix64.h"

namespace atlas {

namespace {

std::vector<LayoutPoint> start_positions(std::size_t n, const LayoutOptions& options) {
  SplitMix64 rng(options.seed);
  std::vector<LayoutPoint> pos(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double x = rng.uniform(), y = rng.uniform();  // drawn for every node: stable streams
    pos[i] = i < options.initial.size() ? options.initial[i] : LayoutPoint{x, y};
  }
  return pos;
}

// Displacement of every node for one iteration: repulsion k^2/d from every node,
// attraction d^2/k along edges, gravity towards the centroid.
std::vector<LayoutPoint> forces(const Graph& g, const std::vector<LayoutPoint>& pos, double k,
                                double gravity) {
  const std::size_t n = pos.size();
  std::vector<LayoutPoint> disp(n);
  LayoutPoint centre;
  for (const LayoutPoint& p : pos) {
    centre.x += p.x / static_cast<double>(n);
    centre.y += p.y / static_cast<double>(n);
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      const double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const double d = std::max(std::sqrt(dx * dx + dy * dy), 0.01);
      const double f = k * k / (d * d);  // per unit of (dx, dy)
      disp[i].x += dx * f;
      disp[i].y += dy * f;
    }
    for (NodeId j : g.neighbors(static_cast<NodeId>(i))) {
      const double dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const double d = std::max(std::sqrt(dx * dx + dy * dy), 0.01);
      disp[i].x -= dx * d / k;
      disp[i].y -= dy * d / k;
    }
    disp[i].x -= gravity * (pos[i].x - centre.x) / k;
    disp[i].y -= gravity * (pos[i].y - centre.y) / k;
  }
  return disp;
}

void fit_to_unit_square(std::vector<LayoutPoint>& pos) {
  double min_x = pos[0].x, max_x = pos[0].x, min_y = pos[0].y, max_y = pos[0].y;
  for (const LayoutPoint& p : pos) {
    min_x = std::min(min_x, p.x), max_x = std::max(max_x, p.x);
    min_y = std::min(min_y, p.y), max_y = std::max(max_y, p.y);
  }
  const double cx = (min_x + max_x) / 2, cy = (min_y + max_y) / 2;
  const double half = std::max(max_x - min_x, max_y - min_y) / 2;
  for (LayoutPoint& p : pos) {
    p.x = half > 0 ? (p.x - cx) / half : 0.0;
    p.y = half > 0 ? (p.y - cy) / half : 0.0;
  }
}

}  // namespace

std::vector<LayoutPoint> force_layout(const Graph& g, const LayoutOptions& options) {
  const std::size_t n = g.node_count();
  std::vector<LayoutPoint> pos = start_positions(n, options);
  if (n == 0) return pos;
  const double k = 1.0 / std::sqrt(static_cast<double>(n));  // ideal edge length
  const int iterations = std::max(options.iterations, 0);
  double t = 0.1;  // largest step, cooled linearly to 0 (networkx's schedule)
  const double dt = t / (iterations + 1);
  for (int it = 0; it < iterations; ++it) {
    const std::vector<LayoutPoint> disp = forces(g, pos, k, options.gravity);
    for (std::size_t i = 0; i < n; ++i) {
      const double len = std::max(std::sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y), 0.01);
      pos[i].x += disp[i].x * t / len;
      pos[i].y += disp[i].y * t / len;
    }
    t -= dt;
  }
  fit_to_unit_square(pos);
  return pos;
}

}  // namespace atlas
