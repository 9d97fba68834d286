// Town inspector (see inspector_panel.h).
#include "inspector_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/match/match_explanation.h"
#include "filters_panel.h"
#include "item_rects.h"
#include "search_box.h"
#include "suggestions_panel.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {


// A town name (a UK place with its council) that selects the town when clicked.
void town_link(const Dataset& d, TownIndex t, TownIndex& jump, const char* suffix = nullptr) {
  if (t >= d.towns.size()) return;
  ImGui::PushID(static_cast<int>(t));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::link_text());
  std::string label = town_with_council(d, t);
  if (suffix) label += suffix;
  if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_None,
                        theme::row_size(ImGui::CalcTextSize(label.c_str()).x)))
    jump = t;
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(StringId::JumpToTown));
  ImGui::PopID();
}

const char* source_title(const Dataset& d, std::uint32_t s) {
  return s < d.sources.size() ? d.sources[s].title.c_str() : "?";
}

void sources_tooltip(const Dataset& d, const std::vector<std::uint32_t>& sources) {
  if (!ImGui::IsItemHovered() || sources.empty()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
  for (std::uint32_t s : sources) {
    ImGui::BulletText("%s", source_title(d, s));
    if (s < d.sources.size() && !d.sources[s].url.empty()) ImGui::TextDisabled("%s", d.sources[s].url.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void draw_profile(InspectorModel& m) {
  const Dataset& d = m.dataset;
  const Town& t = d.towns[m.town];
  ImGui::TextDisabled("%s · %s", town_kind_label(t), t.id.c_str());
  if (!t.name_alt.empty() && t.name_alt != t.name) ImGui::TextDisabled("%s", t.name_alt.c_str());
  if (t.population >= 0) ImGui::Text("%s: %s", tr(StringId::Population), number_text(static_cast<long long>(t.population)).c_str());
  else ImGui::Text("%s: %s", tr(StringId::Population), tr(StringId::Unknown));
  if (t.parent < d.towns.size()) {
    const TownRole parent_role = d.towns[t.parent].role;
    ImGui::TextUnformatted(t.role == TownRole::NrwMunicipality ? tr(StringId::InKreis)
                           : parent_role == TownRole::UkRegion ? tr(StringId::InCounty)
                                                               : tr(StringId::InCouncil));
    ImGui::SameLine();
    town_link(d, t.parent, m.jump_to);
  }
  if (!t.region.empty()) ImGui::TextDisabled("%s%s%s", t.region.c_str(), t.subregion.empty() ? "" : " · ", t.subregion.c_str());
  if (!t.note.empty()) ImGui::TextWrapped("%s", t.note.c_str());
  for (int k = 0; k < 2; ++k) {
    TagKind kind = k == 0 ? TagKind::Goal : TagKind::Challenge;
    ImGui::SeparatorText(tr(k == 0 ? StringId::Goals : StringId::Challenges));
    bool any = false;
    for (const TownTag& tt : t.tags) {
      if (tt.tag >= d.tags.size() || d.tags[tt.tag].kind != kind) continue;
      any = true;
      ImGui::Bullet();
      if (tt.inherited && tt.via < d.towns.size()) {
        char via[160];
        std::snprintf(via, sizeof via,
                      tr(d.towns[tt.via].role == TownRole::UkRegion ? StringId::InheritedViaCountyFormat
                                                                    : StringId::InheritedViaFormat),
                      d.towns[tt.via].name.c_str());
        ImGui::TextColored(theme::inherited_text(), "%s", tag_label_ui(d.tags[tt.tag]));
        ImGui::Indent();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(theme::inherited_text(), "%s", via);
        ImGui::PopTextWrapPos();
        ImGui::Unindent();
      } else if (tt.inherited) {
        ImGui::TextColored(theme::inherited_text(), "%s %s", tag_label_ui(d.tags[tt.tag]), tr(StringId::InheritedMark));
      } else {
        ImGui::TextUnformatted(tag_label_ui(d.tags[tt.tag]));
      }
      ImGui::Indent();
      ImGui::PushTextWrapPos(0.0f);
      if (!tt.detail.empty()) ImGui::TextDisabled("%s", tt.detail.c_str());
      ImGui::TextDisabled("%s: %s", tr(StringId::Source), source_title(d, tt.source));
      ImGui::PopTextWrapPos();
      ImGui::Unindent();
    }
    if (!any) ImGui::TextDisabled("%s", tr(k == 0 ? StringId::NoGoalsRecorded : StringId::NoChallengesRecorded));
  }
  if (!t.indicators.empty() && ImGui::TreeNode(tr(StringId::Indicators))) {
    for (const Indicator& i : t.indicators) {
      const char* label = i.key.c_str();
      for (const IndicatorDef& def : d.indicators)
        if (def.key == i.key) label = language() == Language::German ? def.label_de.c_str() : def.label_en.c_str();
      ImGui::Text("%s: %g%s", label, i.value, i.inherited ? tr(StringId::InheritedMark) : "");
    }
    ImGui::TreePop();
  }
}

void draw_partners(InspectorModel& m) {
  const Dataset& d = m.dataset;
  // partners_in_common's order: NRW-UK links first, then by partner name.
  char title[96];
  std::snprintf(title, sizeof title, tr(StringId::ExistingPartnersFormat), m.in_common.size());
  ImGui::SeparatorText(title);
  if (m.in_common.empty()) ImGui::TextDisabled("%s", tr(StringId::NoPartners));
  for (const PartnerInCommon& entry : m.in_common) {
    const PartnershipIndex p = entry.partnership;
    const Partnership& ps = d.partnerships[p];
    TownIndex other = entry.partner;
    ImGui::PushID(static_cast<int>(p));
    town_link(d, other, m.jump_to);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", other < d.towns.size() ? d.towns[other].country.c_str() : "");
    int year = ps.start_year();
    char year_text[32];
    if (year) std::snprintf(year_text, sizeof year_text, "%d", year);
    else std::snprintf(year_text, sizeof year_text, "%s", tr(StringId::YearUnknown));
    ImGui::Indent();
    ImGui::TextDisabled("%s · %s · %s · %s", year_text, kind_label(ps.kind), status_label(ps.status),
                        confidence_label(ps.confidence));
    if (ps.own_data) ImGui::TextColored(theme::own_data_text(), "%s", tr(StringId::OwnDataMark));
    if (!ps.district.empty()) ImGui::TextDisabled("%s", ps.district.c_str());
    ImGui::TextDisabled(tr(StringId::SourcesCountFormat), count_text(PluralId::Sources, ps.sources.size()).c_str());
    sources_tooltip(d, ps.sources);
    if (!ps.notes.empty()) ImGui::TextWrapped("%s", ps.notes.c_str());
    ImGui::TextUnformatted(tr(StringId::SharedToday));
    ImGui::PushTextWrapPos(0.0f);
    for (const std::string& line : shared_today_lines(d, m.town, entry)) {
      ImGui::Bullet();
      ImGui::TextUnformatted(line.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::Unindent();
    ImGui::PopID();
  }
}

void draw_suggested(InspectorModel& m) {
  ImGui::SeparatorText(tr(StringId::SuggestedPartners));
  if (m.suggestions.empty()) {
    ImGui::TextDisabled("%s", tr(m.candidates_loading ? StringId::CandidatesLoading : StringId::NoSuggestionsHere));
    return;
  }
  std::size_t shown = 0;
  for (const Suggestion& s : m.suggestions) {
    if (shown++ >= 5) break;
    ImGui::PushID(static_cast<int>(s.candidate));
    char score[32];
    std::snprintf(score, sizeof score, "  %s", decimal_number_text(s.total, 2).c_str());
    town_link(m.dataset, s.candidate, m.jump_to, score);
    ImGui::Indent();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", suggestion_reasons(m.dataset, s).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Unindent();
    ImGui::PopID();
  }
}

}  // namespace

std::vector<std::string> shared_today_lines(const Dataset& d, TownIndex town, const PartnerInCommon& e) {
  std::vector<std::string> lines;
  auto join_tags = [&](const std::vector<TagIndex>& tags) {
    std::string out;
    for (TagIndex g : tags) out += (out.empty() ? "" : ", ") + std::string(tag_label_ui(d.tags[g]));
    return out;
  };
  auto line = [&](StringId format, const std::string& items) {
    char buf[512];
    std::snprintf(buf, sizeof buf, tr(format), items.c_str());
    lines.push_back(buf);
  };
  // Goal lists are complete only where every goal's source covers the town's country.
  auto goals_complete = [&](TownIndex t) {
    if (t >= d.towns.size()) return false;
    for (const Tag& tag : d.tags)
      if (tag.kind == TagKind::Goal && tag.coverage_in(d.towns[t].country) != Coverage::Complete) return false;
    return true;
  };
  if (!e.goals.empty()) line(StringId::SharedGoalsFormat, join_tags(e.goals));
  else lines.push_back(tr(goals_complete(town) && goals_complete(e.partner) ? StringId::NoSharedGoal
                                                                            : StringId::NoSharedGoalRecorded));
  if (!e.challenges.empty()) line(StringId::SharedChallengesFormat, join_tags(e.challenges));
  else lines.push_back(tr(StringId::NoSharedChallengeRecorded));
  if (!e.partners_abroad.empty()) {
    std::string names;
    for (TownIndex z : e.partners_abroad)
      names += (names.empty() ? "" : ", ") + d.towns[z].name + " (" + d.towns[z].country + ")";
    line(StringId::SharedPartnersAbroadFormat, names);
  } else {
    lines.push_back(tr(StringId::NoSharedPartnerAbroad));
  }
  return lines;
}

const char* kind_label(PartnershipKind kind) {
  switch (kind) {
    case PartnershipKind::Partnership: return tr(StringId::KindPartnership);
    case PartnershipKind::Friendship: return tr(StringId::KindFriendship);
    case PartnershipKind::KreisPartnership: return tr(StringId::KindKreis);
    default: return tr(StringId::KindContact);
  }
}

const char* status_label(PartnershipStatus status) {
  switch (status) {
    case PartnershipStatus::Active: return tr(StringId::StatusActive);
    case PartnershipStatus::Dormant: return tr(StringId::StatusDormant);
    default: return tr(StringId::StatusEnded);
  }
}

const char* confidence_label(Confidence c) {
  switch (c) {
    case Confidence::TwoSources: return tr(StringId::ConfidenceTwo);
    case Confidence::OneSource: return tr(StringId::ConfidenceOne);
    default: return tr(StringId::ConfidenceUnverified);
  }
}

void draw_inspector_panel(InspectorModel& m) {
  if (m.town >= m.dataset.towns.size()) {
    ImGui::TextWrapped("%s", tr(StringId::InspectorEmpty));
    return;
  }
  ImGui::TextColored(theme::highlight_text(), "%s", town_with_council(m.dataset, m.town).c_str());
  ImGui::BeginDisabled(m.candidates_loading);  // its suggestions would come from a partial pool
  m.print_profile = ImGui::Button(tr(StringId::PrintProfile));
  ImGui::EndDisabled();
  note_item_rect("print-profile");
  draw_profile(m);
  draw_partners(m);
  draw_suggested(m);
}

}  // namespace atlas::ui
