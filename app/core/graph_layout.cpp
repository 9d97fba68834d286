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


namespace {

// One component's node positions in its own box, in units of one node spacing.
struct ComponentBox {
  std::vector<NodeId> nodes;
  std::vector<LayoutPoint> local;  // per entry of nodes, within [0, side]^2
  double side = 1.0;
};

ComponentBox lay_out_component(const Graph& g, std::vector<NodeId> nodes, const LayoutOptions& options) {
  ComponentBox box;
  box.nodes = std::move(nodes);
  const std::size_t n = box.nodes.size();
  if (n <= 2) {  // a single node, or a pair side by side one spacing apart
    box.side = 1.0;
    box.local.push_back({0.5, 0.5});
    if (n == 2) box.local = {{0.0, 0.5}, {1.0, 0.5}};
    return box;
  }
  Subgraph sub = induced_subgraph(g, box.nodes);
  LayoutOptions own = options;
  own.initial.clear();
  std::vector<LayoutPoint> unit = force_layout(sub.graph, own);
  const double radius = 0.75 * std::sqrt(double(n));  // area grows with the node count
  box.side = 2.0 * radius;
  box.nodes = sub.original;
  for (const LayoutPoint& p : unit) box.local.push_back({(p.x + 1.0) * radius, (p.y + 1.0) * radius});
  return box;
}

}  // namespace

std::vector<LayoutPoint> packed_component_layout(const Graph& g, const Components& components,
                                                 const LayoutOptions& options) {
  const std::size_t n = g.node_count();
  std::vector<LayoutPoint> out(n);
  if (n == 0 || components.component_of.size() != n) return out;
  std::vector<std::vector<NodeId>> members(components.count());
  for (NodeId v = 0; v < n; ++v) members[components.component_of[v]].push_back(v);
  std::vector<std::uint32_t> order(members.size());
  for (std::uint32_t c = 0; c < order.size(); ++c) order[c] = c;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return members[a].size() > members[b].size(); });

  std::vector<ComponentBox> boxes;
  for (std::uint32_t c : order) boxes.push_back(lay_out_component(g, members[c], options));
  // Boxes of three or more nodes go in shelves, one spacing apart; pairs and single nodes
  // follow in tight rows of small cells (a pair's cell is its one spacing plus a gap).
  constexpr double kGap = 1.0, kSmallGap = 1.2, kSmallRow = 0.8;
  auto cell_width = [&](const ComponentBox& b) {
    return b.nodes.size() > 2 ? b.side + kGap : b.nodes.size() == 2 ? 1.0 + kSmallGap : kSmallGap;
  };
  auto cell_height = [&](const ComponentBox& b) { return b.nodes.size() > 2 ? b.side + kGap : kSmallRow; };
  double area = 0.0, widest = 0.0;
  for (const ComponentBox& b : boxes) {
    area += cell_width(b) * cell_height(b);
    widest = std::max(widest, cell_width(b));
  }
  const double row_width = std::max(widest, std::sqrt(area) * 1.25);  // a little wider than tall
  double x = 0.0, y = 0.0, row_height = 0.0;
  bool small_rows = false;
  for (const ComponentBox& b : boxes) {
    const bool small = b.nodes.size() <= 2;
    if ((x > 0.0 && x + cell_width(b) > row_width) || (small && !small_rows && x > 0.0)) {
      y += row_height;
      x = 0.0;
      row_height = 0.0;
    }
    small_rows = small_rows || small;
    const double dy = small ? -0.5 : 0.0;  // a small cell's nodes sit on its top line
    for (std::size_t i = 0; i < b.nodes.size(); ++i)
      out[b.nodes[i]] = {x + b.local[i].x, -(y + b.local[i].y + dy)};  // rows go down the screen
    x += cell_width(b);
    row_height = std::max(row_height, cell_height(b));
  }
  // Centre and fit into [-1, 1]^2.
  double min_x = 1e300, hi_x = -1e300, min_y = 1e300, hi_y = -1e300;
  for (const LayoutPoint& p : out) {
    min_x = std::min(min_x, p.x), hi_x = std::max(hi_x, p.x);
    min_y = std::min(min_y, p.y), hi_y = std::max(hi_y, p.y);
  }
  const double cx = (min_x + hi_x) / 2.0, cy = (min_y + hi_y) / 2.0;
  const double half = std::max({(hi_x - min_x) / 2.0, (hi_y - min_y) / 2.0, 1e-12});
  for (LayoutPoint& p : out) p = {(p.x - cx) / half, (p.y - cy) / half};
  if (n == 1) out[0] = {0.0, 0.0};
  return out;
}

}  // namespace atlas
