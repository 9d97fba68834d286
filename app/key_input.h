// KeyInput: the keyboard in the running app (issue 13 item 8). It knows which mode the
// keyboard is in - the globe has it, a panel has it (Dear ImGui's keyboard navigation, with
// a focus ring), a text field is being typed in, or presenter mode runs - turns this frame's
// key events into the key map's actions (core/key_map.h) for that mode, moves the keyboard
// between the globe and the panels, and draws the focus ring. The test hook's "focus"
// command reads the mode, the focused panel and control, and where the ring is.
#pragma once

#include <string>
#include <vector>

#include "core/key_map.h"

union SDL_Event;

namespace atlas {

class KeyInput {
 public:
  // After ImGui::CreateContext: the label of the focused control is recorded from then on.
  void start();
  // Before the frame's events: the mode as the last frame left it.
  void begin_frame(bool presenting);
  KeyMode mode() const { return mode_; }
  // One SDL event: a key or a typed character becomes an action of the current mode.
  void take_event(const SDL_Event& event);
  // The frame's actions in the order pressed (each once per key press or repeat).
  std::vector<KeyAction> take_actions();
  // After ImGui::NewFrame: the window named `preferred` (the side panel) gets the keyboard,
  // or when it is not shown the panel used last, its control in a focus ring; or no panel
  // has it, and the globe does.
  void focus_panels(const char* preferred);
  void focus_globe();
  // The window named `name` gets the keyboard (the first-visit card when it opens).
  void focus_window(const char* name);
  // After the panels, before ImGui::Render: the focus ring around the focused control.
  void draw_focus_ring();
  // {"mode", "window", "item" (the focused control's label), "checkable", "checked" (a
  // checkbox), "ring": [x0, y0, x1, y1] or null (CSS pixels)}.
  std::string describe_json() const;

 private:
  KeyMode mode_ = KeyMode::Globe;
  std::vector<KeyAction> actions_;
  // After '/', until the search box takes the typing (or a second passes): the keys typed
  // are the search's (ui/search_box.cpp carries them into the box), not shortcuts.
  int carry_frames_ = 0;
  float ring_[4] = {0, 0, 0, 0};
  bool ring_shown_ = false;
};

}  // namespace atlas
