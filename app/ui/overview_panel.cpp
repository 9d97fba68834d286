// Side panel (see overview_panel.h).
#include "overview_panel.h"

#include <imgui.h>

#include <algorithm>

#include "about_panel.h"
#include "bottom_sheet_panel.h"
#include "item_rects.h"
#include "theme.h"
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
  if (theme::small_button(tr(StringId::ClearSelection))) state.selected_town.clear();
}
}  // namespace

ScreenRect panel_area(float screen_w, float screen_h, float sheet_height) {
  if (screen_w < kNarrowScreen) return {0.0f, std::max(0.0f, screen_h - sheet_height), screen_w, screen_h};
  return {0.0f, 0.0f, std::min(kPanelWidth, screen_w), screen_h};
}

ScreenRect globe_area(float screen_w, float screen_h, bool panel_open, float sheet_height) {
  if (!panel_open) return {0.0f, 0.0f, screen_w, screen_h};
  ScreenRect panel = panel_area(screen_w, screen_h, sheet_height);
  if (screen_w < kNarrowScreen) return {0.0f, 0.0f, screen_w, panel.y0};
  return {panel.x1, 0.0f, screen_w, screen_h};
}

float sheet_height(const BottomSheet& sheet, float screen_w, float screen_h) {
  return screen_w < kNarrowScreen ? sheet.height(screen_h) : 0.0f;
}

namespace {
// The panel's contents, in the side panel or the sheet's body.
void draw_panel_body(OverviewPanelModel& model, bool in_sheet) {
  ImGui::TextWrapped("%s", tr(StringId::AppSubtitle));
  if (theme::small_button(tr(StringId::Language)))
    set_language(language() == Language::English ? Language::German : Language::English);
  note_item_rect("language");
  ImGui::SameLine();
  if (theme::small_button(tr(StringId::HidePanel))) {
    if (in_sheet) model.sheet.set_stop(SheetStop::Collapsed);
    else model.open = false;
  }
  note_item_rect("hide-panel");
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
}

// The sheet's bar names the selection, else the app.
const char* sheet_title(const OverviewPanelModel& model) {
  const TownIndex t = model.state.selected_town.empty() ? kNoIndex : model.dataset.find_town(model.state.selected_town);
  return t == kNoIndex ? tr(StringId::AppTitle) : model.dataset.towns[t].name.c_str();
}
}  // namespace

void draw_overview_panel(OverviewPanelModel& model) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  if (viewport->WorkSize.x < kNarrowScreen) {  // a phone: the sheet is always there, perhaps collapsed
    model.open = true;
    draw_bottom_sheet(model.sheet, sheet_title(model), [&model] { draw_panel_body(model, true); });
    return;
  }
  if (!model.open) {
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 8, viewport->WorkPos.y + 8));
    ImGui::Begin("##menu", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize);
    if (theme::small_button(tr(StringId::ShowPanel))) model.open = true;
    ImGui::End();
    return;
  }
  ScreenRect area = panel_area(viewport->WorkSize.x, viewport->WorkSize.y, 0.0f);
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + area.x0, viewport->WorkPos.y + area.y0));
  ImGui::SetNextWindowSize(ImVec2(area.x1 - area.x0, area.y1 - area.y0));
  ImGui::SetNextWindowBgAlpha(1.0f);  // opaque: the globe is not drawn beneath (globe_area)
  ImGui::Begin(tr(StringId::AppTitle), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  draw_panel_body(model, false);
  ImGui::End();
}

}  // namespace atlas::ui
