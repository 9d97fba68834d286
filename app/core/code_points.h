// Which Unicode code points a text uses: the glyph test checks that the UI font atlas has
// a glyph for every character of the data (town names, Welsh council names, tags, ...).
// Malformed UTF-8 is reported as U+FFFD so that it shows up as missing, never silently.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>

#include "core/dataset.h"
#include "core/dataset_loader.h"

namespace atlas {

void collect_code_points(std::string_view utf8, std::set<std::uint32_t>& out);
// Every code point of the strings the app can show from the dataset (and the world
// network, when loaded).
std::set<std::uint32_t> dataset_code_points(const Dataset& dataset, const WorldNetwork* world = nullptr);

}  // namespace atlas
