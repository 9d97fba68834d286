// Legend (see legend.h). Colours follow scene/globe_scene.cpp (towns) and
// render/arc_renderer.cpp (arcs).
#include "legend.h"

#include <imgui.h>

#include "ui_strings.h"

namespace atlas::ui {

namespace {

void dot(ImU32 colour) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h * 0.3f, colour);
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine();
}

void line(ImU32 colour, bool dashed, float thickness) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight(), w = h * 1.8f, y = p.y + h * 0.5f;
  ImDrawList* d = ImGui::GetWindowDrawList();
  if (!dashed) {
    d->AddLine(ImVec2(p.x, y), ImVec2(p.x + w, y), colour, thickness);
  } else {
    for (float x = p.x; x < p.x + w; x += 7.0f) d->AddLine(ImVec2(x, y), ImVec2(x + 4.0f, y), colour, thickness);
  }
  ImGui::Dummy(ImVec2(w, h));
  ImGui::SameLine();
}

}  // namespace

void draw_legend(bool& open, bool own_data) {
  if (!open) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  bool narrow = vp->WorkSize.x < 700.0f;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + (narrow ? 8.0f : 356.0f), vp->WorkPos.y + vp->WorkSize.y - 8.0f),
                          ImGuiCond_Always, ImVec2(0.0f, 1.0f));
  ImGui::SetNextWindowBgAlpha(0.85f);
  ImGui::Begin(tr(StringId::Legend), &open,
               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings);
  dot(IM_COL32(255, 183, 77, 255));
  ImGui::TextUnformatted(tr(StringId::LegendNrw));
  dot(IM_COL32(77, 208, 225, 255));
  ImGui::TextUnformatted(tr(StringId::LegendUk));
  dot(IM_COL32(186, 160, 255, 255));
  ImGui::TextUnformatted(tr(StringId::LegendElsewhere));
  ImGui::TextDisabled("%s", tr(StringId::LegendSize));
  line(IM_COL32(255, 209, 128, 235), false, 2.5f);
  ImGui::TextUnformatted(tr(StringId::LegendConfirmed));
  line(IM_COL32(255, 209, 128, 204), true, 2.5f);
  ImGui::TextUnformatted(tr(StringId::LegendUnverified));
  if (own_data) {
    line(IM_COL32(87, 181, 232, 242), false, 2.5f);
    ImGui::TextUnformatted(tr(StringId::LegendOwnData));
  }
  line(IM_COL32(107, 242, 153, 242), false, 2.0f);
  ImGui::TextUnformatted(tr(StringId::LegendSelectionSuggested));
  line(IM_COL32(107, 242, 153, 110), false, 1.5f);
  ImGui::TextUnformatted(tr(StringId::LegendSuggested));
  ImGui::TextDisabled("%s", tr(StringId::LegendHighlight));
  ImGui::End();
}

}  // namespace atlas::ui
