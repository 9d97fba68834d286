// Scene building (see globe_scene.h).
#include "globe_scene.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/palette.h"

namespace atlas {

namespace {

const geo::ArcLift kArcLift{};
const geo::ArcLift kWorldArcLift{0.02, 0.18, 0.4};

void push_quad(std::vector<PointVertex>& v, std::vector<std::uint32_t>& idx, const glm::vec3& p, float radius,
               float id, RoleColour c, std::uint8_t alpha, float highlight = 0.0f) {
  auto base = static_cast<std::uint32_t>(v.size());
  static const float corners[4][2] = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
  for (const auto& k : corners) {
    PointVertex pv{{p.x, p.y, p.z}, {k[0], k[1]}, radius, id, highlight, {c.r, c.g, c.b, alpha}};
    v.push_back(pv);
  }
  for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) idx.push_back(base + i);
}

void push_arc(GlobeScene& s, TownIndex a, TownIndex b, const glm::dvec3& pa, const glm::dvec3& pb, ArcKind kind,
              PartnershipIndex partnership, double score) {
  double angle = geo::angle_between(pa, pb);
  int n = geo::arc_segments(angle, 12, 48);
  SceneArc arc;
  arc.a = a;
  arc.b = b;
  arc.kind = kind;
  arc.partnership = partnership;
  arc.score = score;
  arc.first_point = static_cast<std::uint32_t>(s.arc_points.size());
  arc.point_count = static_cast<std::uint32_t>(n + 1);
  auto arc_id = static_cast<float>(s.arcs.size());
  auto base = static_cast<std::uint32_t>(s.arc_vertices.size());
  float ta = static_cast<float>(s.point_of_town[a]), tb = static_cast<float>(s.point_of_town[b]);
  glm::dvec3 prev = geo::arc_point(pa, pb, 0.0, kArcLift);
  double along = 0.0;
  for (int i = 0; i <= n; ++i) {
    double t = double(i) / n;
    glm::dvec3 p = geo::arc_point(pa, pb, t, kArcLift);
    glm::dvec3 p0 = geo::arc_point(pa, pb, std::max(0.0, t - 0.5 / n), kArcLift);
    glm::dvec3 p1 = geo::arc_point(pa, pb, std::min(1.0, t + 0.5 / n), kArcLift);
    glm::dvec3 tangent = glm::normalize(p1 - p0);
    along += glm::length(p - prev);
    prev = p;
    s.arc_points.emplace_back(p);
    for (float side : {-1.0f, 1.0f}) {
      ArcVertex v{{float(p.x), float(p.y), float(p.z)},
                  {float(tangent.x), float(tangent.y), float(tangent.z)},
                  side, float(along), float(kind), ta, tb, arc_id};
      s.arc_vertices.push_back(v);
    }
  }
  for (int i = 0; i < n; ++i) {
    std::uint32_t k = base + std::uint32_t(i) * 2;
    for (std::uint32_t j : {k, k + 1, k + 2, k + 1, k + 3, k + 2}) s.arc_indices.push_back(j);
  }
  s.arcs.push_back(arc);
}

}  // namespace

RoleColour role_colour(TownRole role) {
  auto rgb = [](palette::Rgb8 c) { return RoleColour{c.r, c.g, c.b}; };
  switch (role) {
    case TownRole::NrwMunicipality:
    case TownRole::NrwKreis: return rgb(palette::kTownNrw);
    case TownRole::UkCouncil:
    case TownRole::UkRegion:
    case TownRole::UkPartnerTown: return rgb(palette::kTownUk);
    default: return rgb(palette::kTownElsewhere);
  }
}

float point_radius_for_population(double population) {
  if (population <= 0) return 2.5f;
  double r = 2.2 + 1.25 * std::log10(std::max(population, 1000.0) / 1000.0);
  return static_cast<float>(std::clamp(r, 2.2, 7.5));
}

void build_network_scene(const Dataset& dataset, const VisibleSet& visible,
                         const std::vector<SuggestedLink>& suggestions, GlobeScene& s) {
  s.point_vertices.clear();
  s.point_indices.clear();
  s.points.clear();
  s.arc_vertices.clear();
  s.arc_indices.clear();
  s.arcs.clear();
  s.arc_points.clear();
  s.point_of_town.assign(dataset.towns.size(), kNoIndex);
  s.town_partnered.assign(dataset.towns.size(), 0);

  auto town_shown = [&](TownIndex t) {
    return t < dataset.towns.size() && t < visible.town_visible.size() && visible.town_visible[t];
  };
  for (PartnershipIndex p = 0; p < dataset.partnerships.size(); ++p) {
    const Partnership& ps = dataset.partnerships[p];
    if (p >= visible.partnership_visible.size() || !visible.partnership_visible[p]) continue;
    if (!town_shown(ps.a) || !town_shown(ps.b)) continue;
    s.town_partnered[ps.a] = s.town_partnered[ps.b] = 1;
  }
  // Points: unpartnered first and partnered last, so partnered towns draw on top;
  // within each, larger first so small towns stay visible on top of big ones.
  std::vector<TownIndex> order;
  order.reserve(dataset.towns.size());
  for (TownIndex t = 0; t < dataset.towns.size(); ++t)
    if (town_shown(t)) order.push_back(t);
  for (const SuggestedLink& l : suggestions)
    for (TownIndex t : {l.from, l.to})
      if (t < dataset.towns.size() && !town_shown(t)) order.push_back(t);
  std::sort(order.begin(), order.end());
  order.erase(std::unique(order.begin(), order.end()), order.end());
  auto lit = [&](TownIndex t) { return t < visible.town_highlight.size() && visible.town_highlight[t] != 0; };
  std::stable_sort(order.begin(), order.end(), [&](TownIndex x, TownIndex y) {
    if (lit(x) != lit(y)) return lit(y);
    if (s.town_partnered[x] != s.town_partnered[y]) return s.town_partnered[x] < s.town_partnered[y];
    return dataset.towns[x].population > dataset.towns[y].population;
  });
  for (TownIndex t : order) {
    const Town& town = dataset.towns[t];
    auto id = static_cast<std::uint32_t>(s.points.size());
    s.point_of_town[t] = id;
    s.points.push_back(t);
    glm::vec3 p(geo::to_unit(town.lat, town.lon));
    float radius = point_radius_for_population(town.population);
    bool lit = t < visible.town_highlight.size() && visible.town_highlight[t];
    std::uint8_t alpha = s.town_partnered[t] || lit ? 255 : 150;
    // A UK place (a GeoNames record in GB, a suggestion's end) is coloured as the UK.
    const RoleColour colour = town.country == "GB" ? role_colour(TownRole::UkPartnerTown) : role_colour(town.role);
    push_quad(s.point_vertices, s.point_indices, p, radius, float(id), colour, alpha, lit ? 1.0f : 0.0f);
  }
  // Arcs: suggestions first (underneath), then NRW's links elsewhere, then NRW-UK links on top.
  for (const SuggestedLink& l : suggestions) {
    if (l.from >= dataset.towns.size() || l.to >= dataset.towns.size()) continue;
    const Town& a = dataset.towns[l.from];
    const Town& b = dataset.towns[l.to];
    push_arc(s, l.from, l.to, geo::to_unit(a.lat, a.lon), geo::to_unit(b.lat, b.lon),
             l.for_selection ? ArcKind::SelectionSuggested : ArcKind::Suggested, kNoIndex, l.score);
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (PartnershipIndex p = 0; p < dataset.partnerships.size(); ++p) {
      const Partnership& ps = dataset.partnerships[p];
      if (p >= visible.partnership_visible.size() || !visible.partnership_visible[p]) continue;
      if (!town_shown(ps.a) || !town_shown(ps.b)) continue;
      // Context links (not NRW-UK) first, so the NRW-UK links draw on top of them.
      if (ps.nrw_uk != (pass == 1)) continue;
      bool confirmed = ps.confidence == Confidence::TwoSources;
      const Town& a = dataset.towns[ps.a];
      const Town& b = dataset.towns[ps.b];
      ArcKind kind = ps.own_data  ? ArcKind::OwnData
                     : !ps.nrw_uk ? ArcKind::Context
                     : confirmed  ? ArcKind::Existing
                                  : ArcKind::Unverified;
      push_arc(s, ps.a, ps.b, geo::to_unit(a.lat, a.lon), geo::to_unit(b.lat, b.lon), kind, p, 0.0);
    }
  }
}

void RibbonLines::add_polyline(const std::vector<glm::dvec3>& points, const std::uint8_t colour[4]) {
  const std::size_t n = points.size();
  if (n < 2) return;
  auto base = static_cast<std::uint32_t>(vertices.size());
  for (std::size_t i = 0; i < n; ++i) {
    glm::dvec3 t = points[std::min(i + 1, n - 1)] - points[i > 0 ? i - 1 : 0];
    t = glm::length(t) > 0.0 ? glm::normalize(t) : glm::dvec3(1.0, 0.0, 0.0);
    for (float side : {-1.0f, 1.0f})
      vertices.push_back({{float(points[i].x), float(points[i].y), float(points[i].z)},
                          {float(t.x), float(t.y), float(t.z)},
                          side,
                          {colour[0], colour[1], colour[2], colour[3]}});
  }
  for (std::uint32_t i = 0; i + 1 < std::uint32_t(n); ++i) {
    std::uint32_t k = base + i * 2;
    for (std::uint32_t j : {k, k + 1, k + 2, k + 1, k + 3, k + 2}) indices.push_back(j);
  }
  // Culling chunks: the vertices stay shared, so the strip is continuous across chunks.
  const auto first_index = static_cast<std::uint32_t>(indices.size() - (n - 1) * 6);
  std::vector<glm::dvec3> piece;
  for (std::size_t s = 0; s + 1 < n; s += kChunkSegments) {
    const std::size_t e = std::min(n - 1, s + kChunkSegments);  // segments [s, e)
    piece.assign(points.begin() + std::ptrdiff_t(s), points.begin() + std::ptrdiff_t(e + 1));
    chunks.push_back(make_chunk({first_index + std::uint32_t(s * 6), std::uint32_t((e - s) * 6)}, piece));
  }
}

void append_graticule_lines(RibbonLines& out) {
  // Under the borders' tint (0.62, 0.70, 0.80, 0.38) this comes out as (0.45, 0.60, 0.80) at 0.16.
  const std::uint8_t colour[4] = {186, 219, 255, 107};
  constexpr int kStep = 10, kSub = 2;  // lines every 10 degrees, drawn in 2-degree pieces
  std::vector<glm::dvec3> points;
  for (int lat = -80; lat <= 80; lat += kStep) {
    points.clear();
    for (int lon = -180; lon <= 180; lon += kSub) points.push_back(geo::to_unit(lat, lon));
    out.add_polyline(points, colour);
  }
  for (int lon = -180; lon < 180; lon += kStep) {  // meridians stop short of the poles, where they bunch
    points.clear();
    for (int lat = -80; lat <= 80; lat += kSub) points.push_back(geo::to_unit(lat, lon));
    out.add_polyline(points, colour);
  }
}

void append_border_lines(const WorldMap& map, RibbonLines& out) {
  const std::uint8_t white[4] = {255, 255, 255, 255};
  std::vector<glm::dvec3> points;
  for (const auto& line : map.borders) {
    points.clear();
    for (const LonLat& q : line) points.push_back(geo::to_unit(q.lat, q.lon) * 1.0005);
    out.add_polyline(points, white);
  }
}

float world_arc_alpha(double crowding) {
  if (crowding <= kWorldArcSparse) return 1.0f;
  return float(std::max(kWorldArcMinAlpha, std::sqrt(kWorldArcSparse / crowding)));
}

namespace {

// Arc ends per 2 x 2 degree cell, and the cell of each town.
struct EndCells {
  std::vector<std::uint32_t> cell_of_town;
  std::vector<std::uint32_t> ends;
};

EndCells count_arc_ends(const WorldNetwork& network) {
  constexpr int kCellDeg = 2, kCols = 360 / kCellDeg, kRows = 180 / kCellDeg;
  EndCells c;
  c.ends.assign(std::size_t(kCols) * kRows, 0);
  for (const WorldTown& t : network.towns) {
    int row = std::clamp(int(std::floor((double(t.lat) + 90.0) / kCellDeg)), 0, kRows - 1);
    int col = std::clamp(int(std::floor((double(t.lon) + 180.0) / kCellDeg)), 0, kCols - 1);
    c.cell_of_town.push_back(std::uint32_t(row * kCols + col));
  }
  for (const auto& pr : network.pairs) {
    if (pr.first >= network.towns.size() || pr.second >= network.towns.size()) continue;
    ++c.ends[c.cell_of_town[pr.first]];
    ++c.ends[c.cell_of_town[pr.second]];
  }
  return c;
}

}  // namespace

void build_world_scene(const WorldNetwork& network, WorldScene& out) {
  out.point_vertices.clear();
  out.point_indices.clear();
  out.arc_vertices.clear();
  out.arc_segments.clear();
  out.town_positions.clear();
  out.point_radii.clear();
  out.label_order.clear();
  std::vector<std::uint32_t> degree(network.towns.size(), 0);
  for (const auto& pr : network.pairs) {
    if (pr.first < degree.size()) ++degree[pr.first];
    if (pr.second < degree.size()) ++degree[pr.second];
  }
  std::vector<RoleColour> colours(network.towns.size());
  for (std::size_t i = 0; i < network.towns.size(); ++i) {
    const WorldTown& t = network.towns[i];
    const std::string& c = t.country < network.countries.size() ? network.countries[t.country] : std::string();
    colours[i] = t.in_nrw() ? role_colour(TownRole::NrwMunicipality)
                     : c == "GB" ? role_colour(TownRole::UkCouncil) : role_colour(TownRole::OtherTown);
    glm::vec3 p(geo::to_unit(t.lat, t.lon));
    out.town_positions.push_back(p);
    float radius = static_cast<float>(std::clamp(1.3 + 0.6 * std::log2(1.0 + degree[i]), 1.3, 5.0));
    out.point_radii.push_back(radius);
    push_quad(out.point_vertices, out.point_indices, p, radius, float(i), colours[i], 230);
    out.label_order.push_back(static_cast<std::uint32_t>(i));
  }
  std::size_t labelled = std::min(kWorldLabelCandidates, out.label_order.size());
  std::partial_sort(out.label_order.begin(), out.label_order.begin() + std::ptrdiff_t(labelled), out.label_order.end(),
                    [&](std::uint32_t a, std::uint32_t b) {
                      return degree[a] != degree[b] ? degree[a] > degree[b] : network.towns[a].name < network.towns[b].name;
                    });
  out.label_order.resize(labelled);
  const EndCells cells = count_arc_ends(network);
  for (const auto& pr : network.pairs) {
    if (pr.first >= network.towns.size() || pr.second >= network.towns.size()) continue;
    const WorldTown& ta = network.towns[pr.first];
    const WorldTown& tb = network.towns[pr.second];
    glm::dvec3 a = geo::to_unit(ta.lat, ta.lon), b = geo::to_unit(tb.lat, tb.lon);
    int n = geo::arc_segments(geo::angle_between(a, b), 2, 12);  // 1 px lines: a coarse polyline suffices
    RoleColour ca = colours[pr.first], cb = colours[pr.second];
    double crowding = 0.5 * (cells.ends[cells.cell_of_town[pr.first]] + cells.ends[cells.cell_of_town[pr.second]]);
    auto alpha = std::uint8_t(std::lround(255.0f * world_arc_alpha(crowding)));
    auto first = static_cast<std::uint32_t>(out.arc_vertices.size());
    for (int i = 0; i <= n; ++i) {
      double t = double(i) / n;
      glm::dvec3 p = i == 0 ? a : geo::arc_point(a, b, t, kWorldArcLift);
      auto channel = [&](std::uint8_t x, std::uint8_t y) { return std::uint8_t(x + (y - x) * t); };
      out.arc_vertices.push_back({{float(p.x), float(p.y), float(p.z)},
                                  {channel(ca.r, cb.r), channel(ca.g, cb.g), channel(ca.b, cb.b), alpha},
                                  float(pr.first), float(pr.second)});
      if (i > 0) {
        out.arc_segments.push_back(first + std::uint32_t(i - 1));
        out.arc_segments.push_back(first + std::uint32_t(i));
      }
    }
  }
}

void label_order(const Dataset& dataset, const GlobeScene& scene, std::vector<TownIndex>& out) {
  out.assign(scene.points.begin(), scene.points.end());
  auto rank = [&](TownIndex t) {
    const TownRole r = dataset.towns[t].role;
    return scene.town_partnered[t] ? (is_nrw(r) || is_uk(r) ? 0 : 1) : 2;
  };
  std::stable_sort(out.begin(), out.end(), [&](TownIndex x, TownIndex y) {
    if (rank(x) != rank(y)) return rank(x) < rank(y);
    return dataset.towns[x].population > dataset.towns[y].population;
  });
}

}  // namespace atlas
