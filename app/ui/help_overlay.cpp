// Help overlay (see help_overlay.h).
#include "help_overlay.h"

#include <imgui.h>

#include <algorithm>

#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

void draw_help_overlay(bool& open) {
  if (!open) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(480.0f, vp->WorkSize.x - 16.0f), 0.0f));
  ImGui::SetNextWindowBgAlpha(0.96f);
  ImGui::Begin(tr(StringId::HelpTitle), &open,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextWrapped("%s", tr(StringId::HelpIntro));
  // Symbols are the same in every language; named keys come from the string table.
  static const struct {
    const char* keys;
    StringId key_name;  // used when keys is null
    StringId what;
  } kKeys[] = {{"?", StringId::Count, StringId::KeyHelp},
               {"/", StringId::Count, StringId::KeySearch},
               {nullptr, StringId::KeyNameEnter, StringId::KeySearchEnter},
               {nullptr, StringId::KeyNameEscape, StringId::KeyEscape},
               {nullptr, StringId::KeyNameArrows, StringId::KeyOrbit},
               {"+  -", StringId::Count, StringId::KeyZoom},
               {nullptr, StringId::KeyNameHome, StringId::KeyHome},
               {nullptr, StringId::KeyNameSpace, StringId::KeyPlay},
               {"L", StringId::Count, StringId::KeyLegend},
               {"G", StringId::Count, StringId::KeyGraphView},
               {nullptr, StringId::KeyNameAltLeft, StringId::KeyBack},
               // [tours] presenter mode: each key does one thing there (the globe's keys are off)
               {"P", StringId::Count, StringId::KeyPresenter},
               {nullptr, StringId::KeyNameNextStop, StringId::KeyNextStop},
               {nullptr, StringId::KeyNamePreviousStop, StringId::KeyPreviousStop},
               {nullptr, StringId::KeyNameEscape, StringId::KeyEndPresenter}};
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    for (const auto& k : kKeys) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextColored(theme::highlight_text(), "%s", k.keys ? k.keys : tr(k.key_name));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tr(k.what));
    }
    ImGui::EndTable();
  }
  if (ImGui::Button(tr(StringId::Dismiss))) open = false;
  ImGui::End();
}

}  // namespace atlas::ui
