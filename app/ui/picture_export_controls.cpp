// Picture export controls (see picture_export_controls.h).
#include "picture_export_controls.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "item_rects.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {
constexpr int kWidths[] = {0, 1920, 3840, 4096};

void width_label(int width_px, char* out, std::size_t size) {
  if (width_px <= 0) std::snprintf(out, size, "%s", tr(StringId::PictureWidthScreen));
  else std::snprintf(out, size, tr(StringId::PictureWidthFormat), width_px);
}
}  // namespace

bool draw_picture_export_controls(int& width_px) {
  const bool clicked = ImGui::Button(tr(StringId::PictureExportButton));
  note_item_rect("export-picture");
  // The width choice goes beside the button when its widest label fits there, else below it,
  // never past the panel's edge.
  const ImGuiStyle& style = ImGui::GetStyle();
  float widest = 0.0f;
  char label[64];
  for (int w : kWidths) {
    width_label(w, label, sizeof label);
    widest = std::max(widest, ImGui::CalcTextSize(label).x);
  }
  const float needed = widest + ImGui::GetFrameHeight() + style.FramePadding.x * 2.0f;
  const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (right_edge - ImGui::GetItemRectMax().x - style.ItemSpacing.x >= needed) ImGui::SameLine();
  width_label(width_px, label, sizeof label);
  ImGui::SetNextItemWidth(std::min(needed, ImGui::GetContentRegionAvail().x));
  if (ImGui::BeginCombo("##picture_width", label)) {
    for (int w : kWidths) {
      width_label(w, label, sizeof label);
      if (ImGui::Selectable(label, w == width_px)) width_px = w;
    }
    ImGui::EndCombo();
  }
  note_item_rect("picture-width");
  return clicked;
}

}  // namespace atlas::ui
