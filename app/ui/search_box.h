// Type-ahead town search box: an input with the ranked hits listed under it (no popup,
// so it works the same with a mouse, a keyboard and a phone's touch). Enter takes the
// first hit. The index is core/town_search.h; the caller owns the text and the hits.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/town_search.h"

namespace atlas::ui {

struct SearchBoxModel {
  const Dataset& dataset;
  const TownSearch& search;
  char* text;               // input buffer
  std::size_t text_size;
  std::vector<SearchHit>& hits;
  std::string& last_query;  // the text the hits are for
  const char* id;           // ImGui id (several boxes may exist)
  const char* hint;
  bool focus = false;       // in: take keyboard focus ('/'); out: still to do (a click came first)
  bool active = false;      // out: the input has keyboard focus
};

// Returns the town chosen this frame (and clears the box), or kNoIndex.
TownIndex draw_search_box(SearchBoxModel& model);

// "NRW municipality", "UK council", ... in the UI language.
const char* role_label(TownRole role);
// role_label, except that a UK place (a GeoNames record in GB) is "UK place".
const char* town_kind_label(const Town& town);

}  // namespace atlas::ui
