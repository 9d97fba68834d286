// Own-data panel: a council's own partnership list after it was dropped or picked: how many
// rows were read and kept, every problem with its row and column in the UI's language (the
// core gives each problem a kind and its values), the places to choose from for an ambiguous
// name (and, when asked, the closest names for an unknown one), and the choice to merge the
// valid rows with the built-in data or replace it. OwnDataImport owns the state.
#pragma once

#include <cstddef>
#include <string>

#include "core/dataset.h"
#include "core/name_resolver.h"
#include "core/own_data.h"
#include "core/own_data_merge.h"

namespace atlas::ui {

struct OwnDataPanelModel {
  const Dataset& dataset;
  const std::string& file_name;
  const OwnData& data;
  const ResolvedOwnData& resolved;
  bool pending = false;        // waiting for merge / replace
  bool& show_candidates;
  bool has_result = false;
  const OwnDataMergeResult& result;
  const std::string& last_choice;  // what the last choice of a place did, "" before one
  bool& open;
  bool chosen = false;         // out: merge or replace clicked
  OwnDataMode mode = OwnDataMode::Merge;  // out, with `chosen`
  bool discard = false;        // out: discard clicked
  bool picked = false;         // out: a place chosen for a name: the problem's row and column, the town
  std::size_t picked_row = 0;
  std::string picked_column{};
  TownIndex picked_town = kNoIndex;
};

void draw_own_data_panel(OwnDataPanelModel& model);

// A problem in the UI's language, from its kind and values (own_data.h OwnDataIssue).
std::string own_data_problem_text(const OwnDataProblem& problem);

}  // namespace atlas::ui
