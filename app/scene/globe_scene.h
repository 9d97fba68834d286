// Turns what to show (Dataset + VisibleSet + suggestions, WorldMap, WorldNetwork) into
// plain vertex arrays for the renderers: towns as pre-expanded quads (plain draws, no
// instancing), partnership arcs as screen-space ribbons along lifted great circles,
// borders and world-network arcs as lines. Also keeps a CPU copy of what was drawn for
// picking. Rebuilt only when the data or the VisibleSet revision changes; the vectors
// keep their capacity between builds.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "core/dataset.h"
#include "core/dataset_loader.h"
#include "core/geo.h"
#include "core/visible_set.h"
#include "scene/chunk_culling.h"

namespace atlas {

struct PointVertex {
  float pos[3];        // unit sphere
  float corner[2];     // quad corner in [-1, 1]
  float radius;        // pixels (CSS), before the DPI scale
  float town;          // index into GlobeScene::points (hover/selection compare against it)
  float highlight;     // 1: in VisibleSet::town_highlight (ego network, path): drawn with a ring
  std::uint8_t color[4];
};

// Existing NRW-UK links (two sources), unverified ones (dashed), suggestions, the selected
// town's suggestions, and NRW's other partnerships abroad (thin context lines).
enum class ArcKind : std::uint8_t { Existing = 0, Unverified = 1, Suggested = 2, SelectionSuggested = 3, Context = 4, OwnData = 5 };
constexpr int kArcKindCount = 6;

struct ArcVertex {
  float pos[3];      // lifted point on the arc
  float tangent[3];  // direction along the arc (for screen-space widening)
  float side;        // -1 / +1: which edge of the ribbon
  float along;       // arc length so far in radians (dashes)
  float kind;        // ArcKind
  float town_a, town_b;  // point indices of the two ends (highlighting)
  float arc;         // index into GlobeScene::arcs (hovered arc)
};

struct LineVertex {
  float pos[3];
  std::uint8_t color[4];  // alpha: the arc's share of light where arcs crowd (world_arc_alpha)
  float town_a, town_b;   // the arc's two towns (highlighting the hovered town's arcs)
};

// Lines drawn as antialiased ribbons (shaders/ribbon.vert): two vertices per polyline point.
struct RibbonVertex {
  float pos[3];
  float tangent[3];  // along the polyline, unit
  float side;        // -1 or +1
  std::uint8_t color[4];
};
struct RibbonLines {
  static constexpr std::size_t kChunkSegments = 16;  // segments per culling chunk
  std::vector<RibbonVertex> vertices;
  std::vector<std::uint32_t> indices;  // GL_TRIANGLES
  std::vector<IndexChunk> chunks;      // runs of up to kChunkSegments segments (scene/chunk_culling.h)
  // One continuous strip through the points (at least two).
  void add_polyline(const std::vector<glm::dvec3>& points, const std::uint8_t colour[4]);
};

struct SceneArc {
  TownIndex a = kNoIndex, b = kNoIndex;  // dataset towns
  ArcKind kind = ArcKind::Existing;
  PartnershipIndex partnership = kNoIndex;  // kNoIndex for suggestions
  double score = 0.0;                       // suggestions
  std::uint32_t first_point = 0, point_count = 0;  // into GlobeScene::arc_points
};

struct GlobeScene {
  // Towns
  std::vector<PointVertex> point_vertices;
  std::vector<std::uint32_t> point_indices;
  std::vector<TownIndex> points;          // dataset town per drawn point
  std::vector<std::uint32_t> point_of_town;  // dataset town -> point index (kNoIndex: not drawn)
  std::vector<std::uint8_t> town_partnered;  // per dataset town: has a drawn partnership
  // Arcs
  std::vector<ArcVertex> arc_vertices;
  std::vector<std::uint32_t> arc_indices;
  std::vector<SceneArc> arcs;
  std::vector<glm::vec3> arc_points;  // centre lines, for picking
};

struct RoleColour {
  std::uint8_t r, g, b;
};
RoleColour role_colour(TownRole role);
// Point radius in CSS pixels from the population (unknown: the smallest size).
float point_radius_for_population(double population);

// Builds the NRW-UK scene: visible towns, visible partnerships (solid, or dashed when not
// confirmed by two sources) and the given suggestions.
void build_network_scene(const Dataset& dataset, const VisibleSet& visible,
                         const std::vector<SuggestedLink>& suggestions, GlobeScene& out);

// The 10-degree graticule as ribbons on the surface (drawn under the borders, as geometry
// rather than per pixel: a software rasteriser pays for every globe pixel).
void append_graticule_lines(RibbonLines& out);
// Country borders as ribbons, lifted a hair above the surface.
void append_border_lines(const WorldMap& map, RibbonLines& out);

// The whole twinning world: towns as small quads, pairs as indexed line segments along lifted arcs.
struct WorldScene {
  std::vector<PointVertex> point_vertices;
  std::vector<std::uint32_t> point_indices;
  std::vector<LineVertex> arc_vertices;     // polylines along the lifted arcs, vertices shared
  std::vector<std::uint32_t> arc_segments;  // GL_LINES index pairs into arc_vertices
  std::vector<glm::vec3> town_positions;  // for picking
  std::vector<float> point_radii;         // pixels, by degree
  std::vector<std::uint32_t> label_order;  // the best-connected towns, most twin towns first
};
constexpr std::size_t kWorldLabelCandidates = 600;
// World arcs add up their light, so where thousands meet (Europe) they would burn to
// white while a lone arc across an ocean stays faint. An arc's opacity falls with the
// square root of how crowded its ends are: `crowding` is the mean number of arc ends in
// the 2 x 2 degree cells of its two towns. Up to kWorldArcSparse ends per cell count as
// sparse (full opacity); never below kWorldArcMinAlpha.
constexpr double kWorldArcSparse = 12.0, kWorldArcMinAlpha = 0.12;
float world_arc_alpha(double crowding);
void build_world_scene(const WorldNetwork& network, WorldScene& out);

// Drawing order for labels: NRW and UK towns with a drawn partnership first, then other
// partnered towns, then by population.
void label_order(const Dataset& dataset, const GlobeScene& scene, std::vector<TownIndex>& out);

}  // namespace atlas
