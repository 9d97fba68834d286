// DrawnTextLog: what the UI drew as text, for the test hook's language check (issue 13 item 7:
// every string that is not data comes from the string table). While on, ImGui's own text
// capture (LogBegin into a buffer) records the text of every item in every window: labels,
// buttons, combo previews, tooltips, also rows scrolled out of view (ImGui does not clip while
// it logs); and ui_strings records the table rows tr() and count_text() gave out. The report
// sorts each drawn line by where its words come from - the table rows given out (in the
// language shown), the data (names, sources, notes, tag labels), the explanation phrases -
// and lists what is left over, and, while German is shown, every English table text drawn.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/dataset.h"

namespace atlas {

class DrawnTextLog {
 public:
  void set_enabled(bool on);  // on: starts a fresh record
  void begin_frame();         // after ImGui::NewFrame()
  void end_frame();           // before ImGui::Render()
  // JSON: {language, lines: [{text, from: "table"|"data"|"table+data"|"none"|"other"}],
  // other: [residue words], english: [{text, line}]}. `extra_data`: data the dataset does not
  // hold (an imported file's name).
  std::string report_json(const Dataset& dataset, const std::vector<std::string>& extra_data) const;

 private:
  bool enabled_ = false;
  bool capturing_ = false;
  std::set<std::string> lines_;
};

}  // namespace atlas
