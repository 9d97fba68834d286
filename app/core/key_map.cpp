// The keyboard map (see key_map.h).
#include "key_map.h"

namespace atlas {

const std::vector<KeyBinding>& key_bindings() {
  using M = KeyMode;
  using K = Key;
  using A = KeyAction;
  static const std::vector<KeyBinding> kBindings = {
      {M::Globe, K::Left, A::OrbitLeft},
      {M::Globe, K::Right, A::OrbitRight},
      {M::Globe, K::Up, A::OrbitUp},
      {M::Globe, K::Down, A::OrbitDown},
      {M::Globe, K::Plus, A::ZoomIn},
      {M::Globe, K::Minus, A::ZoomOut},
      {M::Globe, K::Home, A::ResetView},
      {M::Globe, K::Escape, A::ClearSelection},
      {M::Globe, K::Tab, A::FocusPanels},
      {M::Globe, K::F6, A::FocusPanels},
      {M::Globe, K::CtrlTab, A::FocusPanels},
      {M::Globe, K::Slash, A::FocusSearch},
      {M::Globe, K::Space, A::PlayYears},
      {M::Globe, K::Question, A::ToggleHelp},
      {M::Globe, K::L, A::ToggleLegend},
      {M::Globe, K::G, A::ToggleNodeLink},
      {M::Globe, K::P, A::TogglePresenter},
      {M::Globe, K::AltLeft, A::HistoryBack},

      {M::Panel, K::Tab, A::NextControl},
      {M::Panel, K::ShiftTab, A::PreviousControl},
      {M::Panel, K::Left, A::MoveFocus},
      {M::Panel, K::Right, A::MoveFocus},
      {M::Panel, K::Up, A::MoveFocus},
      {M::Panel, K::Down, A::MoveFocus},
      {M::Panel, K::Enter, A::Activate},
      {M::Panel, K::Space, A::Activate},
      {M::Panel, K::CtrlTab, A::NextPanel},
      {M::Panel, K::Escape, A::LeaveToGlobe},
      {M::Panel, K::F6, A::LeaveToGlobe},
      {M::Panel, K::Slash, A::FocusSearch},
      {M::Panel, K::Question, A::ToggleHelp},
      {M::Panel, K::L, A::ToggleLegend},
      {M::Panel, K::G, A::ToggleNodeLink},
      {M::Panel, K::P, A::TogglePresenter},
      {M::Panel, K::AltLeft, A::HistoryBack},

      {M::TextEntry, K::Enter, A::Confirm},
      {M::TextEntry, K::Escape, A::StopTyping},
      {M::TextEntry, K::Tab, A::NextControl},
      {M::TextEntry, K::ShiftTab, A::PreviousControl},

      {M::Presenter, K::PageDown, A::NextStop},
      {M::Presenter, K::Space, A::NextStop},
      {M::Presenter, K::Right, A::NextStop},
      {M::Presenter, K::PageUp, A::PreviousStop},
      {M::Presenter, K::Left, A::PreviousStop},
      {M::Presenter, K::Escape, A::EndPresenter},
      {M::Presenter, K::P, A::TogglePresenter},
  };
  return kBindings;
}

KeyAction key_action(KeyMode mode, Key key, const std::vector<KeyBinding>& bindings) {
  for (const KeyBinding& b : bindings)
    if (b.mode == mode && b.key == key) return b.action;
  return KeyAction::None;
}

std::vector<KeyConflict> key_conflicts(const std::vector<KeyBinding>& bindings) {
  std::vector<KeyConflict> out;
  for (std::size_t i = 0; i < bindings.size(); ++i) {
    bool reported = false;
    for (std::size_t j = 0; j < i && !reported; ++j)  // report each pair once, at its second binding
      reported = bindings[j].mode == bindings[i].mode && bindings[j].key == bindings[i].key &&
                 bindings[j].action != bindings[i].action;
    if (reported) continue;
    for (std::size_t j = i + 1; j < bindings.size(); ++j) {
      if (bindings[j].mode == bindings[i].mode && bindings[j].key == bindings[i].key &&
          bindings[j].action != bindings[i].action) {
        out.push_back({bindings[i].mode, bindings[i].key, bindings[i].action, bindings[j].action});
        break;
      }
    }
  }
  return out;
}

std::vector<KeyMapRow> key_map_rows(KeyMode mode, const std::vector<KeyBinding>& bindings) {
  std::vector<KeyMapRow> rows;
  for (const KeyBinding& b : bindings) {
    if (b.mode != mode) continue;
    KeyMapRow* row = nullptr;
    for (KeyMapRow& r : rows)
      if (r.action == b.action) row = &r;
    if (!row) {
      rows.push_back({b.action, {}});
      row = &rows.back();
    }
    row->keys.push_back(b.key);
  }
  return rows;
}

const char* key_symbol(Key key) {
  switch (key) {
    case Key::Plus: return "+";
    case Key::Minus: return "-";
    case Key::F6: return "F6";
    case Key::Slash: return "/";
    case Key::Question: return "?";
    case Key::L: return "L";
    case Key::G: return "G";
    case Key::P: return "P";
    default: return nullptr;
  }
}

}  // namespace atlas
