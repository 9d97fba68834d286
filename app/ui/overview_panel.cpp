// Side panel (see overview_panel.h).
#include "overview_panel.h"

#include <imgui.h>

#include <algorithm>

#include "about_panel.h"
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
      ImGui::Text("%zu", value);
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

void draw_overview_panel(OverviewPanelModel& model) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  bool narrow = viewport->WorkSize.x < kNarrowScreen;
  if (!model.open) {
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 8, viewport->WorkPos.y + 8));
    ImGui::Begin("##menu", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize);
    if (ImGui::Button(tr(StringId::ShowPanel))) model.open = true;
    ImGui::End();
    return;
  }
  float width = narrow ? viewport->WorkSize.x : std::min(kPanelWidth, viewport->WorkSize.x);
  float height = narrow ? viewport->WorkSize.y * 0.5f : viewport->WorkSize.y;
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::Begin(tr(StringId::AppTitle), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  ImGui::TextWrapped("%s", tr(StringId::AppSubtitle));
  if (ImGui::SmallButton(tr(StringId::Language)))
    set_language(language() == Language::English ? Language::German : Language::English);
  ImGui::SameLine();
  if (ImGui::SmallButton(tr(StringId::HidePanel))) model.open = false;
  if (model.explore) model.explore();
  ImGui::Spacing();
  if (ImGui::CollapsingHeader(tr(StringId::PanelOverview), model.explore ? 0 : ImGuiTreeNodeFlags_DefaultOpen)) {
    draw_counts(model.dataset);
    draw_selection(model.dataset, model.state);
  }
  if (ImGui::CollapsingHeader(tr(StringId::PanelAbout))) draw_about_panel(model.dataset);
  ImGui::End();
}

}  // namespace atlas::ui
