// Tours panel: present the built-in tour or the user's own, and record the own one: "add this
// view as a stop", a caption in German and English and an optional kiosk duration per stop,
// reorder, delete, export as a file and import one. TourController owns the tours and applies
// what the panel asks for (its outputs), so the test hook drives the same code.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/tour.h"

namespace atlas::ui {

struct TourPanelModel {
  const Tour& shipped;
  Tour& kept;                    // captions, name and durations are edited in place
  const std::vector<std::string>& import_problems;
  const std::string& import_message;
  bool& open;
  // Outputs.
  bool present_shipped = false, present_kept = false;
  bool add_stop = false, export_kept = false, import_file = false, clear = false;
  bool edited = false;           // a caption, the name or a duration changed
  int show = -1;                 // stop to show
  int move = -1, move_by = 0;    // stop to move up (-1) or down (+1)
  int remove = -1;               // stop to delete
};

void draw_tour_panel(TourPanelModel& model);

}  // namespace atlas::ui
