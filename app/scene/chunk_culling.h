// Pieces of a static index buffer with their place on the globe, so that a frame draws
// only the pieces that can be on screen: the borders and graticule of the hemisphere
// facing away, or of the world outside the view, cost a GPU's vertex stage (and software
// GL's rasteriser setup) as much as the visible ones. A frame still uploads nothing: it
// picks index ranges from a table built with the geometry.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

namespace atlas {

struct IndexRange {
  std::uint32_t first = 0, count = 0;  // in indices
  bool operator==(const IndexRange& o) const { return first == o.first && count == o.count; }
};

// One piece: its indices, and bounds of its points (world space, globe of radius 1).
struct IndexChunk {
  IndexRange range;
  glm::vec3 direction{0.0f, 0.0f, 1.0f};  // unit: the piece's middle as seen from the globe's centre
  float angular_radius = 0.0f;            // radians from `direction` to its farthest point
  float max_radius = 1.0f;                // distance of its highest point from the centre
  glm::vec3 centre{0.0f};                 // bounding sphere (for the view frustum)
  float radius = 0.0f;
};

// Bounds of the points of a piece whose indices are `range`.
IndexChunk make_chunk(IndexRange range, const std::vector<glm::dvec3>& points);

// The ranges of the chunks that can be visible from `eye` through `view_proj`: not wholly
// behind the globe's horizon and not wholly outside the view frustum's sides. Adjacent
// ranges are merged; `out` is cleared first and keeps its capacity.
void visible_ranges(const std::vector<IndexChunk>& chunks, const glm::mat4& view_proj, const glm::vec3& eye,
                    std::vector<IndexRange>& out);

}  // namespace atlas
