// Help overlay (see help_overlay.h).
#include "help_overlay.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/key_map.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {
constexpr float kTwoColumnsFrom = 900.0f;  // CSS pixels of screen width

StringId mode_title(KeyMode m) {
  switch (m) {
    case KeyMode::Globe: return StringId::KeyModeGlobe;
    case KeyMode::Panel: return StringId::KeyModePanel;
    case KeyMode::TextEntry: return StringId::KeyModeTextEntry;
    default: return StringId::KeyModePresenter;
  }
}

// What an action does, as the help says it. The four turns share one row.
StringId action_text(KeyAction a) {
  switch (a) {
    case KeyAction::OrbitLeft:
    case KeyAction::OrbitRight:
    case KeyAction::OrbitUp:
    case KeyAction::OrbitDown: return StringId::KeyOrbit;
    case KeyAction::ZoomIn: return StringId::KeyZoomIn;
    case KeyAction::ZoomOut: return StringId::KeyZoomOut;
    case KeyAction::ResetView: return StringId::KeyHome;
    case KeyAction::ClearSelection: return StringId::KeyClearSelection;
    case KeyAction::FocusPanels: return StringId::KeyFocusPanels;
    case KeyAction::PlayYears: return StringId::KeyPlay;
    case KeyAction::FocusSearch: return StringId::KeySearch;
    case KeyAction::ToggleHelp: return StringId::KeyHelp;
    case KeyAction::ToggleLegend: return StringId::KeyLegend;
    case KeyAction::ToggleNodeLink: return StringId::KeyGraphView;
    case KeyAction::TogglePresenter: return StringId::KeyPresenter;
    case KeyAction::HistoryBack: return StringId::KeyBack;
    case KeyAction::NextControl: return StringId::KeyNextControl;
    case KeyAction::PreviousControl: return StringId::KeyPreviousControl;
    case KeyAction::MoveFocus: return StringId::KeyMoveFocus;
    case KeyAction::Activate: return StringId::KeyActivate;
    case KeyAction::NextPanel: return StringId::KeyNextPanel;
    case KeyAction::LeaveToGlobe: return StringId::KeyLeaveToGlobe;
    case KeyAction::Confirm: return StringId::KeyConfirm;
    case KeyAction::StopTyping: return StringId::KeyStopTyping;
    case KeyAction::NextStop: return StringId::KeyNextStop;
    case KeyAction::PreviousStop: return StringId::KeyPreviousStop;
    default: return StringId::KeyEndPresenter;
  }
}

const char* key_name(Key k) {
  if (const char* symbol = key_symbol(k)) return symbol;
  switch (k) {
    case Key::Left: return tr(StringId::KeyNameLeft);
    case Key::Right: return tr(StringId::KeyNameRight);
    case Key::Up: return tr(StringId::KeyNameUp);
    case Key::Down: return tr(StringId::KeyNameDown);
    case Key::AltLeft: return tr(StringId::KeyNameAltLeft);
    case Key::Home: return tr(StringId::KeyNameHome);
    case Key::PageUp: return tr(StringId::KeyNamePageUp);
    case Key::PageDown: return tr(StringId::KeyNamePageDown);
    case Key::Escape: return tr(StringId::KeyNameEscape);
    case Key::Enter: return tr(StringId::KeyNameEnter);
    case Key::Space: return tr(StringId::KeyNameSpace);
    case Key::Tab: return tr(StringId::KeyNameTab);
    case Key::ShiftTab: return tr(StringId::KeyNameShiftTab);
    default: return tr(StringId::KeyNameCtrlTab);
  }
}

// The keys of rows that say the same, joined; all four arrows are "Arrow keys".
std::string keys_text(const std::vector<Key>& keys) {
  static const Key kArrows[] = {Key::Left, Key::Right, Key::Up, Key::Down};
  if (keys.size() == 4 && std::is_permutation(keys.begin(), keys.end(), std::begin(kArrows)))
    return tr(StringId::KeyNameArrows);
  std::string out;
  for (Key k : keys) out += (out.empty() ? "" : ", ") + std::string(key_name(k));
  return out;
}

void draw_mode_table(KeyMode mode) {
  ImGui::SeparatorText(tr(mode_title(mode)));
  // Rows of the key map whose actions read alike (the four turns) are one row here.
  std::vector<std::pair<StringId, std::vector<Key>>> rows;
  for (const KeyMapRow& r : key_map_rows(mode)) {
    const StringId what = action_text(r.action);
    if (!rows.empty() && rows.back().first == what)
      rows.back().second.insert(rows.back().second.end(), r.keys.begin(), r.keys.end());
    else
      rows.push_back({what, r.keys});
  }
  ImGui::PushID(static_cast<int>(mode));
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthStretch, 0.4f);
    ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    for (const auto& [what, keys] : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(ImGuiCol_Text, theme::highlight_text());
      ImGui::TextWrapped("%s", keys_text(keys).c_str());
      ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", tr(what));
    }
    ImGui::EndTable();
  }
  ImGui::PopID();
}
}  // namespace

void draw_help_overlay(bool& open) {
  if (!open) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  // Two columns of key maps where they fit side by side, else one below the other (scrolling).
  const bool two_columns = vp->WorkSize.x >= kTwoColumnsFrom;
  const float width = std::min(two_columns ? 1040.0f : 560.0f, vp->WorkSize.x - 16.0f);
  // As tall as the tables, at most the screen's height (then it scrolls).
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, vp->WorkSize.y - 16.0f));
  ImGui::SetNextWindowBgAlpha(0.96f);
  ImGui::Begin(tr(StringId::HelpTitle), &open,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextWrapped("%s", tr(StringId::HelpIntro));
  // One key map per mode (core/key_map.h), as the app dispatches it.
  if (two_columns && ImGui::BeginTable("modes", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
    ImGui::TableNextColumn();
    draw_mode_table(KeyMode::Globe);
    draw_mode_table(KeyMode::TextEntry);
    ImGui::TableNextColumn();
    draw_mode_table(KeyMode::Panel);
    draw_mode_table(KeyMode::Presenter);
    ImGui::EndTable();
  } else {
    for (KeyMode m : {KeyMode::Globe, KeyMode::Panel, KeyMode::TextEntry, KeyMode::Presenter}) draw_mode_table(m);
  }
  ImGui::Spacing();
  if (ImGui::Button(tr(StringId::Dismiss))) open = false;
  ImGui::End();
}

}  // namespace atlas::ui
