// Filters panel (see filters_panel.h).
#include "filters_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "item_rects.h"
#include "theme.h"
#include "picture_export_controls.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {

void toggle(std::vector<std::string>& list, const std::string& value, bool on) {
  auto it = std::find(list.begin(), list.end(), value);
  if (on && it == list.end()) list.push_back(value);
  if (!on && it != list.end()) list.erase(it);
}

bool has(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

void bit_checkbox(const char* label, std::uint8_t& bits, int bit) {
  bool on = (bits >> bit) & 1u;
  if (theme::checkbox(label, &on))
    bits = static_cast<std::uint8_t>(on ? bits | (1u << bit) : bits & ~(1u << bit));
}

void draw_tag_list(const Dataset& d, FilterState& f, TagKind kind) {
  for (const Tag& t : d.tags) {
    if (t.kind != kind) continue;
    bool on = has(f.tags, t.id);
    if (theme::checkbox(tag_label_ui(t), &on)) toggle(f.tags, t.id, on);
    note_item_rect("filter-checkbox");  // [touch] its tap height is checked
    if (ImGui::IsItemHovered() && !t.description.empty()) ImGui::SetTooltip("%s", t.description.c_str());
  }
}

void draw_areas(FiltersPanelModel& m) {
  FilterState& f = m.filters;
  static const struct {
    const char* code;
    StringId label;
  } kNations[] = {{"GB-ENG", StringId::England}, {"GB-SCT", StringId::Scotland}, {"GB-WLS", StringId::Wales},
                  {"GB-NIR", StringId::NorthernIreland}};
  for (const auto& n : kNations) {
    bool on = has(f.partner_areas, n.code);
    if (theme::checkbox(tr(n.label), &on)) toggle(f.partner_areas, n.code, on);
    ImGui::SameLine();
  }
  ImGui::NewLine();
  if (f.scope != Scope::AllNrw || m.partner_countries.empty()) return;
  char preview[64];
  std::size_t countries = std::count_if(f.partner_areas.begin(), f.partner_areas.end(),
                                        [](const std::string& a) { return a.size() == 2; });
  std::snprintf(preview, sizeof preview, "%zu %s", countries, tr(StringId::Selected));
  if (ImGui::BeginCombo(tr(StringId::Countries), preview)) {
    for (const std::string& c : m.partner_countries) {
      bool on = has(f.partner_areas, c);
      if (theme::checkbox(c.c_str(), &on)) toggle(f.partner_areas, c, on);
    }
    ImGui::EndCombo();
  }
}

void draw_kreise(FiltersPanelModel& m) {
  FilterState& f = m.filters;
  char preview[64];
  if (f.kreise.empty()) std::snprintf(preview, sizeof preview, "%s", tr(StringId::AllKreise));
  else std::snprintf(preview, sizeof preview, "%zu %s", f.kreise.size(), tr(StringId::Selected));
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##kreise", preview, ImGuiComboFlags_HeightLarge)) {
    for (TownIndex k : m.kreise) {
      const Town& t = m.dataset.towns[k];
      bool on = has(f.kreise, t.id);
      if (theme::checkbox(t.name.c_str(), &on)) toggle(f.kreise, t.id, on);
    }
    ImGui::EndCombo();
  }
}

void draw_population(FilterState& f) {
  int lo = f.population_min < 0 ? 0 : static_cast<int>(f.population_min);
  int hi = f.population_max < 0 ? 0 : static_cast<int>(f.population_max);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::DragIntRange2("##pop", &lo, &hi, 500.0f, 0, 20000000, tr(StringId::PopulationMinFormat),
                           tr(StringId::PopulationMaxFormat), ImGuiSliderFlags_AlwaysClamp)) {
    f.population_min = lo > 0 ? lo : -1.0;
    f.population_max = hi > 0 ? hi : -1.0;
  }
  ImGui::TextDisabled("%s", tr(StringId::PopulationHint));
}

void draw_years(FiltersPanelModel& m) {
  FilterState& f = m.filters;
  const FilterCounts& c = m.counts;
  int first = c.first_year ? c.first_year : kYearMin, last = c.last_year ? c.last_year : kYearMax;
  int from = std::max(f.year_from, first), to = std::min(f.year_to, last);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::DragIntRange2("##years", &from, &to, 0.25f, first, last, tr(StringId::YearFromFormat),
                           tr(StringId::YearToFormat), ImGuiSliderFlags_AlwaysClamp)) {
    f.year_from = from <= first ? kYearMin : from;
    f.year_to = to >= last ? kYearMax : to;
    m.playing = false;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  int until = to;
  if (ImGui::SliderInt("##until", &until, first, last, tr(StringId::YearUntilFormat))) {
    f.year_to = until >= last ? kYearMax : until;
    m.playing = false;
  }
  if (ImGui::Button(m.playing ? tr(StringId::Pause) : tr(StringId::PlayYears))) m.playing = !m.playing;
  ImGui::SameLine();
  if (ImGui::Button(tr(StringId::AllYears))) {
    f.year_from = kYearMin;
    f.year_to = kYearMax;
    m.playing = false;
  }
  char label[128];
  std::snprintf(label, sizeof label, tr(StringId::YearUnknownFormat), c.year_unknown_matching,
                c.year_unknown_total);
  theme::checkbox(label, &f.show_year_unknown);
}

}  // namespace

const char* tag_label_ui(const Tag& tag) {
  const std::string& l = language() == Language::German ? tag.label_de : tag.label_en;
  if (!l.empty()) return l.c_str();
  return tag.label_en.empty() ? tag.id.c_str() : tag.label_en.c_str();
}

std::string filter_counts_line(const FilterCounts& c) {
  char line[160];
  std::snprintf(line, sizeof line, tr(StringId::FilterCountsFormat), c.partnerships_visible,
                count_text(PluralId::Partnerships, c.partnerships_total).c_str(),
                count_text(PluralId::Towns, c.partnership_towns).c_str());
  return line;
}

void draw_filters_panel(FiltersPanelModel& m) {
  FilterState& f = m.filters;
  const FilterCounts& c = m.counts;
  ImGui::TextColored(theme::highlight_text(), "%s", filter_counts_line(c).c_str());
  ImGui::TextDisabled(tr(StringId::TownsMatchingFormat), count_text(PluralId::Towns, c.towns_matching).c_str());
  int scope = f.scope == Scope::AllNrw ? 1 : 0;
  if (theme::radio_button(tr(StringId::ScopeNrwUk), &scope, 0)) f.scope = Scope::NrwUk;
  note_item_rect("scope-radio");  // [touch] a tap's height with a compact circle
  ImGui::SameLine();
  if (theme::radio_button(tr(StringId::ScopeAllNrw), &scope, 1)) f.scope = Scope::AllNrw;
  if (ImGui::Button(tr(StringId::ResetFilters))) {
    Scope keep = f.scope;
    f = FilterState();
    f.scope = keep;
    m.playing = false;
  }
  // Beside the reset button when it fits (its label is long in German), else below.
  theme::same_line_if_fits(theme::button_width(tr(StringId::ExportPartnershipsCsv)));
  m.export_csv = ImGui::Button(tr(StringId::ExportPartnershipsCsv));
  note_item_rect("export-partnerships");
  m.export_picture = draw_picture_export_controls(m.picture_width);

  ImGui::SeparatorText(tr(StringId::FoundingYear));
  draw_years(m);

  if (ImGui::CollapsingHeader(tr(StringId::GoalsAndChallenges), ImGuiTreeNodeFlags_DefaultOpen)) {
    int all = f.tag_match == TagMatch::All ? 1 : 0;
    if (theme::radio_button(tr(StringId::MatchAny), &all, 0)) f.tag_match = TagMatch::Any;
    ImGui::SameLine();
    if (theme::radio_button(tr(StringId::MatchAll), &all, 1)) f.tag_match = TagMatch::All;
    ImGui::TextDisabled("%s", tr(StringId::Goals));
    draw_tag_list(m.dataset, f, TagKind::Goal);
    ImGui::TextDisabled("%s", tr(StringId::Challenges));
    draw_tag_list(m.dataset, f, TagKind::Challenge);
  }
  if (ImGui::CollapsingHeader(tr(StringId::Places))) {
    ImGui::TextDisabled("%s", tr(StringId::KreisFilter));
    draw_kreise(m);
    ImGui::TextDisabled("%s", tr(StringId::PartnerArea));
    draw_areas(m);
    ImGui::TextDisabled("%s", tr(StringId::Population));
    draw_population(f);
  }
  if (ImGui::CollapsingHeader(tr(StringId::PartnershipTypes))) {
    bit_checkbox(tr(StringId::KindPartnership), f.kinds, static_cast<int>(PartnershipKind::Partnership));
    ImGui::SameLine();
    bit_checkbox(tr(StringId::KindFriendship), f.kinds, static_cast<int>(PartnershipKind::Friendship));
    bit_checkbox(tr(StringId::KindKreis), f.kinds, static_cast<int>(PartnershipKind::KreisPartnership));
    ImGui::SameLine();
    bit_checkbox(tr(StringId::KindContact), f.kinds, static_cast<int>(PartnershipKind::Contact));
    ImGui::TextDisabled("%s", tr(StringId::Status));
    bit_checkbox(tr(StringId::StatusActive), f.lifecycles, static_cast<int>(PartnershipStatus::Active));
    ImGui::SameLine();
    bit_checkbox(tr(StringId::StatusDormant), f.lifecycles, static_cast<int>(PartnershipStatus::Dormant));
    ImGui::SameLine();
    bit_checkbox(tr(StringId::StatusEnded), f.lifecycles, static_cast<int>(PartnershipStatus::Ended));
    ImGui::TextDisabled("%s", tr(StringId::Confidence));
    bit_checkbox(tr(StringId::ConfidenceTwo), f.confidences, static_cast<int>(Confidence::TwoSources));
    bit_checkbox(tr(StringId::ConfidenceOne), f.confidences, static_cast<int>(Confidence::OneSource));
    bit_checkbox(tr(StringId::ConfidenceUnverified), f.confidences, static_cast<int>(Confidence::Unverified));
    theme::checkbox(tr(StringId::ShowSuggested), &f.show_suggestions);
  }
}

}  // namespace atlas::ui
