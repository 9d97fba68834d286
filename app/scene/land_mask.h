// Rasterises the Natural Earth land polygons (WorldMap, lon/lat degrees) into an
// equirectangular coverage mask: one byte per texel, 0 = sea, 255 = land, fractional at
// the coast (4 sub-scanlines, exact horizontal coverage), so the globe shader can draw a
// smooth, antialiased coastline from a bilinear lookup. Built once per map load.
#pragma once

#include <cstdint>
#include <vector>

#include "core/dataset_loader.h"

namespace atlas {

struct LandMask {
  int width = 0, height = 0;           // texel (x, y) covers lon [-180 + x*360/w, ...), lat from +90 down
  std::vector<std::uint8_t> coverage;  // width * height, row 0 = north
};

LandMask rasterize_land(const WorldMap& map, int width, int height);

}  // namespace atlas
