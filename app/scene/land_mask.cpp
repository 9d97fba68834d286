// Land rasterisation (see land_mask.h): even-odd scanline fill over all rings, crossings
// bucketed per sub-scanline and sorted there. Rings that cross the antimeridian (Russia's
// Chukotka, Wrangel Island, Fiji) are unwrapped to continuous longitudes and their spans
// wrapped back: taken as planar rings, their jump edges would fill whole latitude bands.
// A ring round a pole (Antarctica) is closed along the pole.
#include "land_mask.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr int kSubRows = 4;

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
  const int sub_rows = height * kSubRows;
  // Crossings are bucketed by sub-scanline (a counting sort: one pass to count, one to
  // place), then each sub-scanline's few crossings are sorted by x. One global sort of
  // every crossing was most of the start-up cost of the land in wasm.
  std::vector<std::uint32_t> first(std::size_t(sub_rows) + 1, 0);
  std::vector<float> xs;
  Ring planar;
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) {
      for (int r = 0; r < sub_rows; ++r) first[std::size_t(r) + 1] += first[std::size_t(r)];
      xs.assign(first[std::size_t(sub_rows)], 0.0f);
    }
    std::vector<std::uint32_t> next(first.begin(), first.end() - 1);
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
          int r1 = std::min(sub_rows - 1, static_cast<int>(std::ceil(y1 - 0.5f)) - 1);
          for (int r = r0; r <= r1; ++r) {
            if (pass == 0) {
              ++first[std::size_t(r) + 1];
              continue;
            }
            float y = float(r) + 0.5f;
            float t = (y - ay) / (by - ay);
            xs[next[std::size_t(r)]++] = ax + (bx - ax) * t;
          }
        }
      }
    }
  }
  std::vector<float> acc(std::size_t(width), 0.0f);
  const float amount = 1.0f / kSubRows;
  for (int row = 0; row < height; ++row) {
    bool any = false;
    for (int s = 0; s < kSubRows; ++s) {
      const std::size_t r = std::size_t(row) * kSubRows + std::size_t(s);
      float* begin = xs.data() + first[r];
      float* end = xs.data() + first[r + 1];
      if (end - begin < 2) continue;
      std::sort(begin, end);
      if (!any) std::fill(acc.begin(), acc.end(), 0.0f);
      any = true;
      for (float* x = begin; x + 1 < end; x += 2) add_wrapped_span(acc, x[0], x[1], amount);
    }
    if (!any) continue;
    std::uint8_t* out = &mask.coverage[std::size_t(row) * std::size_t(width)];
    for (int x = 0; x < width; ++x) {
      const float v = acc[std::size_t(x)];
      out[x] = v <= 0.0f ? 0 : v >= 1.0f ? 255 : static_cast<std::uint8_t>(v * 255.0f + 0.5f);
    }
  }
  return mask;
}

}  // namespace atlas
