// Town search box (see search_box.h).
#include "search_box.h"

#include <imgui.h>

#include <cstring>
#include <string>

#include "ui_strings.h"

namespace atlas::ui {

namespace {
constexpr std::size_t kMaxHits = 8;
}

const char* role_label(TownRole role) {
  switch (role) {
    case TownRole::NrwMunicipality: return tr(StringId::RoleNrwMunicipality);
    case TownRole::NrwKreis: return tr(StringId::RoleNrwKreis);
    case TownRole::UkCouncil: return tr(StringId::RoleUkCouncil);
    case TownRole::UkRegion: return tr(StringId::RoleUkRegion);
    case TownRole::UkPartnerTown: return tr(StringId::RoleUkPartnerTown);
    case TownRole::EuropeCandidate: return tr(StringId::RoleEuropeCandidate);
    default: return tr(StringId::RoleOtherTown);
  }
}

const char* town_kind_label(const Town& town) {
  if (town.role == TownRole::EuropeCandidate && town.country == "GB") return tr(StringId::RoleUkPlace);
  return role_label(town.role);
}

TownIndex draw_search_box(SearchBoxModel& m) {
  ImGui::PushID(m.id);
  if (m.focus) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(-FLT_MIN);
  bool enter = ImGui::InputTextWithHint("##search", m.hint, m.text, m.text_size,
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  m.active = ImGui::IsItemActive();
  if (m.last_query != m.text) {
    m.last_query = m.text;
    m.hits = m.search.search(m.text, kMaxHits);
  }
  TownIndex chosen = kNoIndex;
  if (enter && !m.hits.empty()) chosen = m.hits.front().town;
  if (m.text[0] != '\0' && m.hits.empty()) ImGui::TextDisabled("%s", tr(StringId::SearchNoHits));
  for (std::size_t i = 0; i < m.hits.size() && chosen == kNoIndex; ++i) {
    const SearchHit& h = m.hits[i];
    const Town& t = m.dataset.towns[h.town];
    ImGui::PushID(static_cast<int>(i));
    std::string label = t.name;
    if (h.matched != t.name) label += "  (" + h.matched + ")";
    if (ImGui::Selectable(label.c_str())) chosen = h.town;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", town_kind_label(t));
    ImGui::PopID();
  }
  if (chosen != kNoIndex) {
    m.text[0] = '\0';
    m.last_query.clear();
    m.hits.clear();
  }
  ImGui::PopID();
  return chosen;
}

}  // namespace atlas::ui
