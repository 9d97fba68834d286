// Own-data panel: a council's own partnership list after it was dropped or picked: how many
// rows were read and kept, every problem with its row and column (unknown or ambiguous names
// with their closest candidates when asked), and the choice to merge the valid rows with the
// built-in data or replace it. OwnDataImport owns the state.
#pragma once

#include <string>

#include "core/name_resolver.h"
#include "core/own_data.h"
#include "core/own_data_merge.h"

namespace atlas::ui {

struct OwnDataPanelModel {
  const std::string& file_name;
  const OwnData& data;
  const ResolvedOwnData& resolved;
  bool pending = false;        // waiting for merge / replace
  bool& show_candidates;
  bool has_result = false;
  const OwnDataMergeResult& result;
  bool& open;
  bool chosen = false;         // out: merge or replace clicked
  OwnDataMode mode = OwnDataMode::Merge;  // out, with `chosen`
  bool discard = false;        // out: discard clicked
};

void draw_own_data_panel(OwnDataPanelModel& model);

}  // namespace atlas::ui
