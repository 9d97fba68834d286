// Legend (see legend.h). Colours come from core/palette.h, as the globe's do.
#include "legend.h"

#include <imgui.h>

#include <algorithm>

#include "item_rects.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {

constexpr float kMargin = 12.0f;

void dot(ImU32 colour) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h * 0.3f, colour);
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine();
}

// A sample of an arc over a dark strip, as it shows over the globe.
void line(ImU32 colour, bool dashed, float thickness) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight(), w = h * 1.8f, y = p.y + h * 0.5f;
  ImDrawList* d = ImGui::GetWindowDrawList();
  d->AddRectFilled(ImVec2(p.x, p.y + 2.0f), ImVec2(p.x + w, p.y + h - 2.0f), theme::u32(palette::kSpace), 3.0f);
  if (!dashed) {
    d->AddLine(ImVec2(p.x + 3.0f, y), ImVec2(p.x + w - 3.0f, y), colour, thickness);
  } else {
    for (float x = p.x + 3.0f; x < p.x + w - 3.0f; x += 7.0f)
      d->AddLine(ImVec2(x, y), ImVec2(std::min(x + 4.0f, p.x + w - 3.0f), y), colour, thickness);
  }
  ImGui::Dummy(ImVec2(w, h));
  ImGui::SameLine();
}

bool overlaps(const ScreenRect& a, const ScreenRect& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

}  // namespace

ScreenRect legend_rect(const ScreenRect& area, float w, float h, float margin,
                       const std::optional<ScreenRect>& keep_clear, const std::optional<ScreenRect>& toolbar) {
  const float left = area.x0 + margin, right = area.x1 - margin - w;
  const float top = area.y0 + margin, bottom = area.y1 - margin - h;
  ScreenRect corners[] = {{left, bottom, left + w, bottom + h},
                          {left, top, left + w, top + h},
                          {right, top, right + w, top + h},
                          {right, bottom, right + w, bottom + h}};
  // A bottom corner the toolbar would cover stands on top of it instead.
  if (toolbar)
    for (ScreenRect* r : {&corners[0], &corners[3]})
      if (overlaps(*r, *toolbar)) *r = {r->x0, toolbar->y0 - margin - h, r->x1, toolbar->y0 - margin};
  if (!keep_clear) return corners[0];
  for (const ScreenRect& r : corners)
    if (!overlaps(r, *keep_clear)) return r;
  return corners[0];
}

void draw_legend(bool& open, const LegendPlacement& placement, bool own_data) {
  if (!open) return;
  // Placed with the size it had last frame (the first frame measures it, bottom left).
  static ImVec2 size(0.0f, 0.0f);
  const ScreenRect r = legend_rect(placement.globe_area, size.x, size.y, kMargin, placement.keep_clear, placement.toolbar);
  ImGui::SetNextWindowPos(ImVec2(r.x0, r.y0), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(palette::kOverlayAlpha);
  ImGui::Begin(tr(StringId::Legend), &open,
               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings);
  dot(theme::u32(palette::kTownNrw));
  ImGui::TextUnformatted(tr(StringId::LegendNrw));
  dot(theme::u32(palette::kTownUk));
  ImGui::TextUnformatted(tr(StringId::LegendUk));
  dot(theme::u32(palette::kTownElsewhere));
  ImGui::TextUnformatted(tr(StringId::LegendElsewhere));
  ImGui::TextDisabled("%s", tr(StringId::LegendSize));
  ImGui::Separator();
  line(theme::u32(palette::kLinkExisting), false, 2.5f);
  ImGui::TextUnformatted(tr(StringId::LegendConfirmed));
  line(theme::u32(palette::kLinkUnverified), true, 2.5f);
  ImGui::TextUnformatted(tr(StringId::LegendUnverified));
  if (own_data) {
    line(theme::u32(palette::kLinkOwnData), false, 2.5f);
    ImGui::TextUnformatted(tr(StringId::LegendOwnData));
  }
  line(theme::u32(palette::kLinkSuggested), false, 2.2f);
  ImGui::TextUnformatted(tr(StringId::LegendSelectionSuggested));
  line(theme::u32(palette::kLinkSuggested, 0.6f), false, 1.5f);
  ImGui::TextUnformatted(tr(StringId::LegendSuggested));
  ImGui::TextDisabled("%s", tr(StringId::LegendHighlight));
  size = ImGui::GetWindowSize();
  note_window_rect("legend");
  ImGui::End();
}

}  // namespace atlas::ui
