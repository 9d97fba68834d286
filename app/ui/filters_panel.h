// Filters panel: goals and challenges (any / all), NRW Kreis, partner nation or country,
// population range, partnership kind, status and confidence, suggested links, and the
// founding-year range with a play button; the live counts on top, and the "year unknown"
// group always with its count; a button downloads the visible partnerships as CSV, another a
// picture of the globe (picture_export_controls.h). Writes FilterState (AppState); core/filters.h does the rest.
#pragma once

#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/filters.h"

namespace atlas::ui {

struct FiltersPanelModel {
  const Dataset& dataset;
  FilterState& filters;
  const FilterCounts& counts;
  const std::vector<TownIndex>& kreise;            // NRW Kreise, by name
  const std::vector<std::string>& partner_countries;  // countries of partners abroad (AllNrw scope)
  bool& playing;                                   // the year slider is playing
  int& picture_width;                              // the picture export's width, 0: the screen's
  bool export_csv = false;                         // out: "download these partnerships" clicked
  bool export_picture = false;                     // out: "download a picture of the globe" clicked
};

void draw_filters_panel(FiltersPanelModel& model);

// "12 of 131 partnerships, 20 towns" in the UI language: the panel's count line.
std::string filter_counts_line(const FilterCounts& counts);

// Label of a tag in the UI language.
const char* tag_label_ui(const Tag& tag);

}  // namespace atlas::ui
