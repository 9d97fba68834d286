// Where a few named controls were last drawn (ImGui coordinates = CSS pixels), so that browser
// tests can click the real button as a user would ("rect <name>" in the test hook) instead of
// calling the action behind it.
#pragma once

#include <string>

namespace atlas::ui {

struct ItemRect {
  float x = 0, y = 0, w = 0, h = 0;
  bool seen = false;  // drawn at least once
  int frame = -1;     // ImGui's frame count when last drawn
};

// Records the last ImGui item under `name`; call right after drawing it.
void note_item_rect(const char* name);
// Records the current window under `name`; call between Begin and End.
void note_window_rect(const char* name);
// Records the current window's close button in its title bar (Begin with a `p_open`; ImGui
// draws it FramePadding in from the top-right corner, FontSize square); call between Begin and End.
void note_close_button_rect(const char* name);
ItemRect item_rect(const std::string& name);

}  // namespace atlas::ui
