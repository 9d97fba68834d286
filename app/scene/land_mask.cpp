// Land rasterisation (see land_mask.h): even-odd scanline fill over all rings, crossings
// collected per sub-scanline and sorted once. Rings that cross the antimeridian (Russia's
// Chukotka, Wrangel Island, Fiji) are unwrapped to continuous longitudes and their spans
// wrapped back: taken as planar rings, their jump edges would fill whole latitude bands.
// A ring round a pole (Antarctica) is closed along the pole.
#include "land_mask.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr int kSubRows = 4;

struct Crossing {
  std::int32_t row;  // sub-scanline
  float x;           // texels
  bool operator<(const Crossing& o) const { return row != o.row ? row < o.row : x < o.x; }
};

// Adds `amount` of coverage for the horizontal span [x0, x1) (texels, fractional) to `acc`.
void add_span(std::vector<float>& acc, float x0, float x1, float amount) {
  int w = static_cast<int>(acc.size());
  x0 = std::clamp(x0, 0.0f, float(w));
  x1 = std::clamp(x1, 0.0f, float(w));
  if (x1 <= x0) return;
  int i0 = static_cast<int>(x0), i1 = static_cast<int>(x1);
  if (i0 == i1) {
    acc[std::min(i0, w - 1)] += (x1 - x0) * amount;
    return;
  }
  acc[i0] += (float(i0 + 1) - x0) * amount;
  for (int i = i0 + 1; i < i1; ++i) acc[i] += amount;
  if (i1 < w) acc[i1] += (x1 - float(i1)) * amount;
}

// add_span for an unwrapped span, which may reach past either edge of the map.
void add_wrapped_span(std::vector<float>& acc, float x0, float x1, float amount) {
  const float w = float(acc.size());
  const float shift = std::floor(x0 / w) * w;
  x0 -= shift;
  x1 -= shift;
  for (; x1 > x0; x0 = 0.0f, x1 -= w) add_span(acc, x0, std::min(x1, w), amount);
}

// The ring as a closed planar polygon in continuous longitudes: each jump across the
// antimeridian is unwrapped by 360 degrees. A ring that winds round a pole (Antarctica)
// ends a full turn from where it started; it is closed along that pole.
void unwrap_ring(const Ring& ring, std::vector<LonLat>& out) {
  out.clear();
  float offset = 0.0f, lat_sum = 0.0f;
  auto step = [&](float from, float to) {
    if (to - from > 180.0f) offset -= 360.0f;
    else if (to - from < -180.0f) offset += 360.0f;
  };
  for (std::size_t i = 0; i < ring.size(); ++i) {
    if (i) step(ring[i - 1].lon, ring[i].lon);
    out.push_back({ring[i].lon + offset, ring[i].lat});
    lat_sum += ring[i].lat;
  }
  step(ring.back().lon, ring.front().lon);
  if (offset != 0.0f) {
    const float pole = lat_sum < 0.0f ? -90.0f : 90.0f;
    out.push_back({ring.front().lon + offset, ring.front().lat});
    out.push_back({ring.front().lon + offset, pole});
    out.push_back({ring.front().lon, pole});
  }
}
}  // namespace

LandMask rasterize_land(const WorldMap& map, int width, int height) {
  LandMask mask;
  if (width <= 0 || height <= 0) return mask;
  mask.width = width;
  mask.height = height;
  mask.coverage.assign(std::size_t(width) * std::size_t(height), 0);
  const float sx = float(width) / 360.0f, sy = float(height * kSubRows) / 180.0f;
  std::vector<Crossing> crossings;
  crossings.reserve(map.point_count() * 4);
  Ring planar;
  for (const auto& polygon : map.land) {
    for (const Ring& ring : polygon) {
      if (ring.empty()) continue;
      unwrap_ring(ring, planar);
      std::size_t n = planar.size();
      for (std::size_t i = 0; i < n; ++i) {
        const LonLat& a = planar[i];
        const LonLat& b = planar[(i + 1) % n];
        float ax = (a.lon + 180.0f) * sx, ay = (90.0f - a.lat) * sy;
        float bx = (b.lon + 180.0f) * sx, by = (90.0f - b.lat) * sy;
        if (ay == by) continue;
        float y0 = std::min(ay, by), y1 = std::max(ay, by);
        // Sub-scanline r samples at y = r + 0.5; take those with y0 <= y < y1.
        int r0 = std::max(0, static_cast<int>(std::ceil(y0 - 0.5f)));
        int r1 = std::min(height * kSubRows - 1, static_cast<int>(std::ceil(y1 - 0.5f)) - 1);
        for (int r = r0; r <= r1; ++r) {
          float y = float(r) + 0.5f;
          float t = (y - ay) / (by - ay);
          crossings.push_back({r, ax + (bx - ax) * t});
        }
      }
    }
  }
  std::sort(crossings.begin(), crossings.end());
  std::vector<float> acc(std::size_t(width), 0.0f);
  const float amount = 1.0f / kSubRows;
  std::size_t k = 0;
  for (int row = 0; row < height; ++row) {
    std::fill(acc.begin(), acc.end(), 0.0f);
    bool any = false;
    for (int s = 0; s < kSubRows; ++s) {
      int r = row * kSubRows + s;
      while (k < crossings.size() && crossings[k].row < r) ++k;
      std::size_t start = k;
      while (k < crossings.size() && crossings[k].row == r) ++k;
      for (std::size_t j = start; j + 1 < k; j += 2) {
        add_wrapped_span(acc, crossings[j].x, crossings[j + 1].x, amount);
        any = true;
      }
    }
    if (!any) continue;
    std::uint8_t* out = &mask.coverage[std::size_t(row) * std::size_t(width)];
    for (int x = 0; x < width; ++x) out[x] = static_cast<std::uint8_t>(std::lround(std::clamp(acc[x], 0.0f, 1.0f) * 255.0f));
  }
  return mask;
}

}  // namespace atlas
