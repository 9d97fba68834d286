// The keyboard map (issue 13 item 8): one table of (mode, key, action) that the app
// dispatches from and the help overlay lists, so that what the help says is what the keys
// do. The app is in one mode at a time - the globe has the keyboard, a panel has it, a text
// field is being typed in, or presenter mode runs - and in each mode a key does one thing
// (key_conflicts() finds a key bound twice; a unit test keeps the table free of them).
// Some actions are carried out by Dear ImGui's keyboard navigation or by the browser
// (moving between controls, activating, going back); they are listed all the same, because
// they are part of what the keys do in that mode.
#pragma once

#include <vector>

namespace atlas {

enum class KeyMode { Globe, Panel, TextEntry, Presenter, Count };

// Keys as the user presses them. Character keys (Slash, Question, Plus, Minus, L, G, P) are
// taken from the typed character, so they follow the keyboard layout.
enum class Key {
  Left, Right, Up, Down,        // arrow keys without modifiers
  AltLeft,                      // Alt + left arrow
  Plus, Minus, Home, PageUp, PageDown,
  Escape, Enter, Space, Tab, ShiftTab, CtrlTab, F6,
  Slash, Question, L, G, P,
  Count
};

enum class KeyAction {
  None,
  // The globe has the keyboard.
  OrbitLeft, OrbitRight, OrbitUp, OrbitDown, ZoomIn, ZoomOut, ResetView, ClearSelection,
  FocusPanels, PlayYears,
  // In several modes.
  FocusSearch, ToggleHelp, ToggleLegend, ToggleNodeLink, TogglePresenter, HistoryBack,
  // A panel has the keyboard (Dear ImGui's navigation, but LeaveToGlobe).
  NextControl, PreviousControl, MoveFocus, Activate, NextPanel, LeaveToGlobe,
  // A text field is being typed in.
  Confirm, StopTyping,
  // Presenter mode.
  NextStop, PreviousStop, EndPresenter,
  Count
};

struct KeyBinding {
  KeyMode mode;
  Key key;
  KeyAction action;
};

// The app's key map, in the order the help overlay lists it.
const std::vector<KeyBinding>& key_bindings();

// What `key` does in `mode` (KeyAction::None: nothing).
KeyAction key_action(KeyMode mode, Key key, const std::vector<KeyBinding>& bindings = key_bindings());

// Every (mode, key) pair bound to more than one action, with the first two actions.
struct KeyConflict {
  KeyMode mode;
  Key key;
  KeyAction first, second;
};
std::vector<KeyConflict> key_conflicts(const std::vector<KeyBinding>& bindings);

// One row of the help overlay: an action of a mode and all its keys, in table order.
struct KeyMapRow {
  KeyAction action;
  std::vector<Key> keys;
};
std::vector<KeyMapRow> key_map_rows(KeyMode mode, const std::vector<KeyBinding>& bindings = key_bindings());

// The key as printed on the keyboard when it is a character or a function key ("/", "?",
// "+", "F6", ...); nullptr for keys that have a name in each language (arrows, Esc, ...).
const char* key_symbol(Key key);

}  // namespace atlas
