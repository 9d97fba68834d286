// Fuzz target: a council's own partnership list, CSV or JSON (app/core/own_data.h), as
// dropped on the page. Property: no crash; every kept link names a town and a partner, a
// refused file keeps no links, and every problem can be described.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/own_data.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  atlas::OwnDataLimits limits;
  limits.max_rows = 50;  // small, so that the row limit is reached too
  const atlas::OwnData own = atlas::read_own_data(bytes, limits);
  for (const atlas::OwnLink& link : own.links) {
    FUZZ_CHECK(!link.town.empty() && !link.partner.empty(), "a link without town or partner");
    FUZZ_CHECK(link.year == 0 || (link.year >= 1800 && link.year <= 2100), "a year out of range kept");
  }
  for (const atlas::OwnDataProblem& p : own.problems) FUZZ_CHECK(!atlas::describe(p).empty(), "empty problem text");
  if (own.refused) FUZZ_CHECK(!own.problems.empty(), "refused without a reason");
  return 0;
}
