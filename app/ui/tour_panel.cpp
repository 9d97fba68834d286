// Tours panel (see tour_panel.h).
#include "tour_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "item_rects.h"
#include "overview_panel.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {
constexpr std::size_t kMaxCaptionInput = 1000;
constexpr std::size_t kMaxNameInput = 100;

// An ImGui text field over a std::string (no imgui_stdlib in the build).
bool edit_text(const char* label, std::string& text, std::size_t capacity, bool multiline) {
  std::vector<char> buf(capacity + 1, '\0');
  std::copy_n(text.data(), std::min(text.size(), capacity), buf.data());
  const bool changed = multiline
                           ? ImGui::InputTextMultiline(label, buf.data(), buf.size(),
                                                       ImVec2(-1.0f, ImGui::GetTextLineHeight() * 2.6f))
                           : ImGui::InputText(label, buf.data(), buf.size());
  if (changed) text = buf.data();
  return changed;
}

void draw_stop(TourPanelModel& m, std::size_t i) {
  TourStop& s = m.kept.stops[i];
  ImGui::PushID(static_cast<int>(i));
  char title[64];
  std::snprintf(title, sizeof title, tr(StringId::TourStopFormat), i + 1);
  ImGui::SeparatorText(title);
  if (theme::small_button(tr(StringId::TourShow))) m.show = static_cast<int>(i);
  ImGui::SameLine();
  ImGui::BeginDisabled(i == 0);
  if (theme::small_button(tr(StringId::TourUp))) m.move = static_cast<int>(i), m.move_by = -1;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(i + 1 == m.kept.stops.size());
  if (theme::small_button(tr(StringId::TourDown))) m.move = static_cast<int>(i), m.move_by = 1;
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (theme::small_button(tr(StringId::TourDelete))) m.remove = static_cast<int>(i);
  ImGui::TextUnformatted(tr(StringId::TourCaptionDe));
  m.edited |= edit_text("##de", s.caption_de, kMaxCaptionInput, true);
  ImGui::TextUnformatted(tr(StringId::TourCaptionEn));
  m.edited |= edit_text("##en", s.caption_en, kMaxCaptionInput, true);
  float seconds = static_cast<float>(s.duration_s);
  ImGui::SetNextItemWidth(120.0f);
  if (ImGui::InputFloat(tr(StringId::TourDuration), &seconds, 1.0f, 10.0f, "%g")) {
    s.duration_s = std::clamp(static_cast<double>(seconds), 0.0, 3600.0);
    m.edited = true;
  }
  ImGui::PopID();
}
}  // namespace

void draw_tour_panel(TourPanelModel& m) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const bool narrow = vp->WorkSize.x < kNarrowScreen;
  const float width = narrow ? vp->WorkSize.x - 16.0f : 440.0f;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 8.0f, vp->WorkPos.y + 8.0f), ImGuiCond_Appearing,
                          ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(width, std::min(vp->WorkSize.y * (narrow ? 0.55f : 0.8f), 640.0f)),
                           ImGuiCond_Appearing);
  const std::string title = std::string(tr(StringId::TourPanelTitle)) + "###tours";
  ImGui::SetNextWindowBgAlpha(1.0f);  // over the side panel on a phone: its text must not show through
  if (!ImGui::Begin(title.c_str(), &m.open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  ImGui::TextWrapped(tr(StringId::TourShippedFormat), m.shipped.stops.size());
  if (ImGui::Button(tr(StringId::TourPresentShipped))) m.present_shipped = true;
  note_item_rect("tour-present-shipped");

  ImGui::SeparatorText(tr(StringId::TourMyTour));
  ImGui::SetNextItemWidth(-FLT_MIN);
  m.edited |= edit_text("##name", m.kept.name, kMaxNameInput, false);
  if (ImGui::Button(tr(StringId::TourAddStop))) m.add_stop = true;
  note_item_rect("tour-add-stop");
  ImGui::BeginDisabled(m.kept.stops.empty());
  if (ImGui::Button(tr(StringId::TourPresentKept))) m.present_kept = true;
  note_item_rect("tour-present-kept");
  theme::same_line_if_fits(theme::button_width(tr(StringId::TourExport)));
  if (ImGui::Button(tr(StringId::TourExport))) m.export_kept = true;
  note_item_rect("tour-export");
  ImGui::EndDisabled();
  theme::same_line_if_fits(theme::button_width(tr(StringId::TourImport)));
  if (ImGui::Button(tr(StringId::TourImport))) m.import_file = true;
  note_item_rect("tour-import");
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", tr(StringId::TourKeptNote));
  ImGui::PopStyleColor();
  if (!m.import_message.empty()) ImGui::TextWrapped("%s", m.import_message.c_str());
  if (!m.import_problems.empty()) {
    ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.45f, 1.0f), "%s", tr(StringId::TourImportProblems));
    for (const std::string& p : m.import_problems) ImGui::BulletText("%s", p.c_str());
  }
  if (m.kept.stops.empty()) ImGui::TextWrapped("%s", tr(StringId::TourNoStops));
  for (std::size_t i = 0; i < m.kept.stops.size(); ++i) draw_stop(m, i);
  if (!m.kept.stops.empty()) {
    ImGui::Spacing();
    if (theme::small_button(tr(StringId::TourClear))) m.clear = true;
  }
  ImGui::End();
}

}  // namespace atlas::ui
