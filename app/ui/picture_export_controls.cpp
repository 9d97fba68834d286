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
  ImGui::SameLine();
  char label[64];
  width_label(width_px, label, sizeof label);
  ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x, ImGui::CalcTextSize(label).x + ImGui::GetFrameHeight() * 2.0f));
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
