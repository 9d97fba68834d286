// Side panel (see overview_panel.h).
#include "overview_panel.h"

#include <imgui.h>

#include <algorithm>

#include "about_panel.h"
#include "item_rects.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {

void draw_counts(const Dataset& d) {
  std::size_t nrw_uk = std::count_if(d.partnerships.begin(), d.partnerships.end(),
                                     [](const Partnership& p) { return p.nrw_uk; });
  if (ImGui::BeginTable("counts", 2, ImGuiTableFlags_SizingStretchProp)) {
    auto row = [](const char* label, std::size_t value) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(number_text(static_cast<long long>(value)).c_str());
    };
    row(tr(StringId::Towns), d.towns.size());
    row(tr(StringId::NrwUkPartnerships), nrw_uk);
    row(tr(StringId::Partnerships), d.partnerships.size());
    row(tr(StringId::Sources), d.sources.size());
    ImGui::EndTable();
  }
}

void draw_selection(const Dataset& d, AppState& state) {
  ImGui::SeparatorText(tr(StringId::SelectedTown));
  TownIndex t = state.selected_town.empty() ? kNoIndex : d.find_town(state.selected_town);
  if (t == kNoIndex) {
    ImGui::TextDisabled("%s", tr(StringId::NoSelection));
    return;
  }
  ImGui::TextUnformatted(d.towns[t].name.c_str());
  if (ImGui::SmallButton(tr(StringId::ClearSelection))) state.selected_town.clear();
}
}  // namespace

ScreenRect panel_area(float screen_w, float screen_h) {
  if (screen_w < kNarrowScreen) return {0.0f, 0.0f, screen_w, screen_h * 0.5f};
  return {0.0f, 0.0f, std::min(kPanelWidth, screen_w), screen_h};
}

ScreenRect globe_area(float screen_w, float screen_h, bool panel_open) {
  if (!panel_open) return {0.0f, 0.0f, screen_w, screen_h};
  ScreenRect panel = panel_area(screen_w, screen_h);
  if (screen_w < kNarrowScreen) return {0.0f, panel.y1, screen_w, screen_h};
  return {panel.x1, 0.0f, screen_w, screen_h};
}

void draw_overview_panel(OverviewPanelModel& model) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  if (!model.open) {
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 8, viewport->WorkPos.y + 8));
    ImGui::Begin("##menu", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize);
    if (ImGui::Button(tr(StringId::ShowPanel))) model.open = true;
    ImGui::End();
    return;
  }
  ScreenRect area = panel_area(viewport->WorkSize.x, viewport->WorkSize.y);
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + area.x0, viewport->WorkPos.y + area.y0));
  ImGui::SetNextWindowSize(ImVec2(area.x1 - area.x0, area.y1 - area.y0));
  ImGui::SetNextWindowBgAlpha(1.0f);  // opaque: the globe is not drawn beneath (globe_area)
  ImGui::Begin(tr(StringId::AppTitle), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  ImGui::TextWrapped("%s", tr(StringId::AppSubtitle));
  if (ImGui::SmallButton(tr(StringId::Language)))
    set_language(language() == Language::English ? Language::German : Language::English);
  note_item_rect("language");
  ImGui::SameLine();
  if (ImGui::SmallButton(tr(StringId::HidePanel))) model.open = false;
  if (model.explore) model.explore();
  ImGui::Spacing();
  const bool overview_open =
      ImGui::CollapsingHeader(tr(StringId::PanelOverview), model.explore ? 0 : ImGuiTreeNodeFlags_DefaultOpen);
  note_item_rect("overview-header");
  if (overview_open) {
    draw_counts(model.dataset);
    draw_selection(model.dataset, model.state);
  }
  const bool about_open = ImGui::CollapsingHeader(tr(StringId::PanelAbout));
  note_item_rect("about-header");
  if (about_open) draw_about_panel(model.dataset);
  ImGui::End();
}

}  // namespace atlas::ui
