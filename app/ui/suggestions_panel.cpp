// Suggestions panel (see suggestions_panel.h).
#include "suggestions_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/match/match_explanation.h"
#include "filters_panel.h"
#include "item_rects.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {

constexpr float kMaxWeight = 3.0f;
constexpr std::size_t kListed = 10;

// One colour per component, shared by the sliders and the score bars.
ImU32 component_colour(MatchComponent c) {
  static_assert(sizeof(palette::kScoreComponents) / sizeof(palette::kScoreComponents[0]) == kMatchComponentCount,
                "one palette colour per score component");
  return theme::u32(palette::kScoreComponents[static_cast<std::size_t>(c)]);
}

const char* component_name(MatchComponent c) {
  return language() == Language::German ? component_label_de(c) : component_label_en(c);
}

// The pool: UK places (an NRW municipality's level), UK councils and counties (a Kreis's level)
// or Europe, with a line saying what the list is compared with. Selecting a town of the other
// level switches the UK pool (ExploreController::follow_selection_level).
void draw_pool(AppState& state, const Dataset& d, TownIndex selected) {
  int pool = static_cast<int>(state.pool);
  static const PoolKind kOrder[] = {PoolKind::Uk, PoolKind::UkCouncil, PoolKind::Europe};
  static const StringId kNames[] = {StringId::PoolUkPlaces, StringId::PoolUkCouncils, StringId::PoolEurope};
  for (int i = 0; i < 3; ++i)
    if (theme::radio_button(tr(kNames[i]), &pool, static_cast<int>(kOrder[i]))) state.pool = kOrder[i];
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", tr(state.pool == PoolKind::Uk          ? StringId::PoolLevelPlaces
                               : state.pool == PoolKind::UkCouncil ? StringId::PoolLevelCouncils
                                                                   : StringId::PoolLevelEurope));
  const TownRole role = selected < d.towns.size() ? d.towns[selected].role : TownRole::OtherTown;
  if (!state.my_town.active && role == TownRole::NrwMunicipality && state.pool == PoolKind::UkCouncil)
    ImGui::TextColored(theme::highlight_text(), "%s", tr(StringId::PoolMismatchMunicipality));
  else if (!state.my_town.active && role == TownRole::NrwKreis && state.pool == PoolKind::Uk)
    ImGui::TextColored(theme::highlight_text(), "%s", tr(StringId::PoolMismatchKreis));
  else if (state.pool != PoolKind::Europe)
    ImGui::TextDisabled("%s", tr(StringId::PoolLevelFollows));
  ImGui::PopTextWrapPos();
}

void draw_weights(AppState& state) {
  for (MatchComponent c : kMatchComponents) {
    float w = static_cast<float>(state.weights[c]);
    ImGui::PushID(static_cast<int>(c));
    ImGui::PushStyleColor(ImGuiCol_SliderGrab, component_colour(c));
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
    if (ImGui::SliderFloat(component_name(c), &w, 0.0f, kMaxWeight, "%.2f", ImGuiSliderFlags_AlwaysClamp))
      state.weights[c] = std::round(w * 20.0f) / 20.0f;  // steps of 0.05 keep the link short
    ImGui::PopStyleColor();
    ImGui::PopID();
  }
  if (theme::small_button(tr(StringId::ResetWeights))) state.weights = MatchWeights();
}

void draw_my_town(SuggestionsPanelModel& m) {
  MyTownState& my = m.state.my_town;
  const Dataset& d = m.dataset;
  theme::checkbox(tr(StringId::MyTownMode), &my.active);
  if (!my.active) return;
  ImGui::TextWrapped("%s", tr(StringId::MyTownHelp));
  if (m.selected < d.towns.size() && ImGui::Button(tr(StringId::StartFromSelected))) {
    const Town& t = d.towns[m.selected];
    my.base_town = t.id;
    my.tags.clear();
    for (const TownTag& tt : t.tags)
      if (tt.tag < d.tags.size() &&
          std::find(my.tags.begin(), my.tags.end(), d.tags[tt.tag].id) == my.tags.end())
        my.tags.push_back(d.tags[tt.tag].id);
    my.population = t.population;
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(StringId::StartEmpty))) my = MyTownState{true, "", {}, -1.0};
  TownIndex base = my.base_town.empty() ? kNoIndex : d.find_town(my.base_town);
  if (base != kNoIndex) ImGui::Text("%s %s", tr(StringId::BasedOn), d.towns[base].name.c_str());
  int pop = my.population < 0 ? 0 : static_cast<int>(my.population);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
  if (ImGui::InputInt(tr(StringId::Population), &pop, 1000, 10000)) my.population = pop > 0 ? pop : -1.0;
  if (ImGui::TreeNodeEx(tr(StringId::GoalsAndChallenges), ImGuiTreeNodeFlags_DefaultOpen)) {
    for (const Tag& t : d.tags) {
      auto it = std::find(my.tags.begin(), my.tags.end(), t.id);
      bool on = it != my.tags.end();
      if (theme::checkbox(tag_label_ui(t), &on)) {
        if (on) my.tags.push_back(t.id);
        else my.tags.erase(it);
      }
    }
    ImGui::TreePop();
  }
}

void draw_component_bar(const Suggestion& s, double best) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x, height = ImGui::GetTextLineHeight() * 0.45f;
  float x = p.x;
  for (MatchComponent c : kMatchComponents) {
    float w = best > 0 ? static_cast<float>(s[c].contribution / best) * width : 0.0f;
    if (w > 0.5f) draw->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w, p.y + height), component_colour(c));
    x += w;
  }
  ImGui::Dummy(ImVec2(width, height));
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    for (MatchComponent c : kMatchComponents)
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(component_colour(c)), "%s: %s x %s = %s%s",
                         component_name(c), decimal_number_text(s[c].value, 3).c_str(),
                         decimal_number_text(s[c].weight, 2).c_str(), decimal_number_text(s[c].contribution, 3).c_str(),
                         s[c].has_data ? "" : tr(StringId::NoDataMark));
    ImGui::EndTooltip();
  }
}

}  // namespace

std::string suggestion_reasons(const Dataset& d, const Suggestion& s) {
  ExplainLanguage lang = language() == Language::German ? ExplainLanguage::De : ExplainLanguage::En;
  std::string why = describe_suggestion(d, s, lang);
  const std::string head = town_with_council(d, s.candidate) + ": ";
  if (why.compare(0, head.size(), head) == 0) why.erase(0, head.size());
  return why;
}

void draw_suggestions_panel(SuggestionsPanelModel& m) {
  const Dataset& d = m.dataset;
  draw_my_town(m);
  ImGui::SeparatorText(tr(StringId::PoolHeading));
  draw_pool(m.state, d, m.selected);
  theme::checkbox(tr(StringId::FirstSuggestionsToggle), &m.state.first_suggestions);
  if (m.state.first_suggestions) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", tr(StringId::FirstSuggestionsHelp));
    ImGui::PopTextWrapPos();
  }
  ImGui::SeparatorText(tr(StringId::Weights));
  draw_weights(m.state);
  ImGui::Separator();
  if (!m.state.my_town.active) {
    if (m.selected >= d.towns.size()) {
      ImGui::TextWrapped("%s", tr(StringId::SuggestionsNeedSelection));
      return;
    }
    if (!m.selected_suggestible) {
      ImGui::TextWrapped("%s", tr(StringId::SuggestionsNrwOnly));
      return;
    }
    ImGui::Text(tr(StringId::SuggestionsForFormat), town_with_council(d, m.selected).c_str());
  } else {
    ImGui::TextUnformatted(tr(StringId::SuggestionsForMyTown));
  }
  if (m.candidates_loading) {
    ImGui::TextDisabled("%s", tr(StringId::CandidatesLoading));
    return;
  }
  ImGui::TextDisabled(tr(StringId::QueryTimeFormat), decimal_number_text(m.query_ms, 2).c_str());
  if (m.suggestions.empty()) ImGui::TextDisabled("%s", tr(StringId::NoSuggestionsHere));
  else if (m.selected_suggestible && !m.state.my_town.active) {
    m.export_csv = ImGui::Button(tr(StringId::ExportSuggestionsCsv));
    note_item_rect("export-suggestions");
  }
  double best = m.suggestions.empty() ? 0.0 : m.suggestions.front().total;
  for (std::size_t i = 0; i < m.suggestions.size() && i < kListed; ++i) {
    const Suggestion& s = m.suggestions[i];
    ImGui::PushID(static_cast<int>(i));
    char label[200];
    std::snprintf(label, sizeof label, "%zu. %s  %s", i + 1, town_with_council(d, s.candidate).c_str(),
                  decimal_number_text(s.total, 3).c_str());
    if (ImGui::Selectable(label, false, 0, theme::row_size())) m.jump_to = s.candidate;
    draw_component_bar(s, best);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", suggestion_reasons(d, s).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
  }
}

}  // namespace atlas::ui
