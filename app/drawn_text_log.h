// DrawnTextLog: what the UI drew as text, for the test hook's language check (issue 13 item 7:
// every string that is not data comes from the string table). While on, it reads the text back
// from each frame's draw data - every glyph quad's texture coordinates name its glyph in the
// font atlas, and the pen positions give the spaces - so it sees whatever reached the screen
// (windows, tooltips, buttons, labels drawn straight into a draw list) however it was drawn.
// (ImGui's own text capture, LogToBuffer, stops at the end of the first window.) Meanwhile
// ui_strings records the table rows tr() and count_text() gave out. The report
// sorts each drawn line by where its words come from - the table rows given out (in the
// language shown), the data (names, sources, notes, tag labels), the explanation phrases -
// and lists what is left over, and, while German is shown, every English table text drawn.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/dataset.h"

struct ImDrawData;

namespace atlas {

class DrawnTextLog {
 public:
  void set_enabled(bool on);                // on: starts a fresh record
  void capture(const ImDrawData* draw_data);  // after ImGui::Render()
  // JSON: {language, lines: [{text, from: "table"|"data"|"table+data"|"none"|"other"}],
  // other: [residue words], english: [{text, line}]}. `extra_data`: data the dataset does not
  // hold (an imported file's name).
  std::string report_json(const Dataset& dataset, const std::vector<std::string>& extra_data) const;

 private:
  bool enabled_ = false;
  std::set<std::string> lines_;  // runs of text as drawn (a wrapped paragraph is one run)
};

}  // namespace atlas
