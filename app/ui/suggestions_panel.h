// Suggestions panel: partner suggestions for the selected NRW town, or for "my town" (a
// profile the user edits, optionally starting from a real town), each with its score
// broken into components and the explanation; one slider per component re-ranks live
// (weights and pool live in AppState, so a link shares them). Order is the matcher's:
// highest total first, ties by town id. A button downloads the list as CSV for a council
// meeting (core's suggestion table: every component and the explanation).
#pragma once

#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/dataset.h"
#include "core/match/suggestion.h"

namespace atlas::ui {

struct SuggestionsPanelModel {
  const Dataset& dataset;
  AppState& state;
  TownIndex selected = kNoIndex;
  bool selected_suggestible = false;  // the selection is an NRW town
  const std::vector<Suggestion>& suggestions;
  double query_ms = 0.0;
  bool candidates_loading = false;  // no suggestions yet: the candidate places are on their way
  TownIndex jump_to = kNoIndex;  // out: a suggested town was clicked
  bool export_csv = false;       // out: "download the suggestions" clicked
};

void draw_suggestions_panel(SuggestionsPanelModel& model);

// describe_suggestion() in the UI language, without its opening "Place (Council): " where the
// list shows the name just above it.
std::string suggestion_reasons(const Dataset& dataset, const Suggestion& suggestion);

}  // namespace atlas::ui
