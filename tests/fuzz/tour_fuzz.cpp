// Fuzz target: the tour file format (app/core/tour.h), imported from a presenter's file.
// Property: no crash, at most kMaxTourStops stops, and a tour read in is written out and
// read back unchanged (export after import loses nothing).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/tour.h"
#include "fuzz_check.h"

namespace {
bool same(const atlas::Tour& a, const atlas::Tour& b) {
  if (a.name != b.name || a.stops.size() != b.stops.size()) return false;
  for (std::size_t i = 0; i < a.stops.size(); ++i) {
    const atlas::TourStop &x = a.stops[i], &y = b.stops[i];
    if (x.view != y.view || x.caption_de != y.caption_de || x.caption_en != y.caption_en || x.duration_s != y.duration_s)
      return false;
  }
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  atlas::Tour tour;
  const atlas::TourReadResult read = atlas::tour_from_json(std::string_view(reinterpret_cast<const char*>(data), size), tour);
  FUZZ_CHECK(tour.stops.size() <= atlas::kMaxTourStops, "more stops than the limit");
  if (!read.ok) return 0;
  atlas::Tour back;
  FUZZ_CHECK(atlas::tour_from_json(atlas::tour_to_json(tour), back).ok, "an exported tour is refused");
  FUZZ_CHECK(same(tour, back), "a tour changed on export and re-import");
  return 0;
}
