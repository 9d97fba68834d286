// Graph panel (see graph_panel.h).
#include "graph_panel.h"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "core/graph_centrality.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {

constexpr std::size_t kRanked = 10;

void link(const Dataset& d, TownIndex t, TownIndex& jump, const char* extra = "") {
  ImGui::PushID(static_cast<int>(t));
  std::string label = d.towns[t].name + extra;
  if (ImGui::Selectable(label.c_str(), false, 0, theme::row_size())) jump = t;
  ImGui::PopID();
}

void draw_summary(GraphPanelModel& m) {
  const NetworkView& v = m.view;
  if (ImGui::BeginTable("graph_summary", 2, ImGuiTableFlags_SizingStretchProp)) {
    auto row = [](const char* label, const std::string& value) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(value.c_str());
    };
    auto count = [](std::size_t n) { return number_text(static_cast<long long>(n)); };
    std::uint32_t largest = v.components.largest();
    row(tr(StringId::GraphNodes), count(v.graph.node_count()));
    row(tr(StringId::GraphEdges), count(v.graph.edge_count()));
    row(tr(StringId::GraphComponents), count(v.components.count()));
    row(tr(StringId::GraphLargestComponent), count(largest == kUnreachable ? 0 : v.components.sizes[largest]));
    row(tr(StringId::GraphCommunities), count(v.communities.count()));
    char modularity[32];
    std::snprintf(modularity, sizeof modularity, "%s", decimal_number_text(v.communities.modularity, 3).c_str());
    row(tr(StringId::GraphModularity), modularity);
    ImGui::EndTable();
  }
}

void draw_selection(GraphPanelModel& m) {
  const Dataset& d = m.dataset;
  const NetworkView& v = m.view;
  NodeId n = v.node(m.selected);
  if (m.selected >= d.towns.size()) {
    ImGui::TextDisabled("%s", tr(StringId::GraphSelectTown));
    return;
  }
  if (n == kUnreachable) {
    ImGui::TextWrapped(tr(StringId::GraphNotInNetworkFormat), d.towns[m.selected].name.c_str());
    return;
  }
  ImGui::Text(tr(StringId::GraphDegreeFormat), d.towns[m.selected].name.c_str(),
              count_text(PluralId::Partners, v.graph.degree(n)).c_str());
  std::uint32_t comp = v.components.component_of[n];
  ImGui::Text(tr(StringId::GraphComponentFormat), count_text(PluralId::Towns, v.components.sizes[comp]).c_str());
  std::uint32_t community = v.communities.community_of[n];
  ImGui::Text(tr(StringId::GraphCommunityFormat), community + 1,
              count_text(PluralId::Towns, v.communities.sizes[community]).c_str());
  ImGui::Text(tr(StringId::GraphBetweennessFormat), decimal_number_text(v.betweenness[n], 4).c_str());

  int hops = static_cast<int>(m.state.graph.ego_hops);
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
  if (ImGui::SliderInt(tr(StringId::GraphEgoHops), &hops, 0, 4, hops == 0 ? tr(StringId::Off) : "%d"))
    m.state.graph.ego_hops = static_cast<std::uint32_t>(hops);
  if (hops > 0)
    ImGui::TextDisabled(tr(StringId::GraphEgoCountFormat), count_text(PluralId::Towns, m.ego.size() ? m.ego.size() - 1 : 0).c_str(),
                        count_text(PluralId::HopsWithin, static_cast<std::size_t>(hops)).c_str());

  ImGui::SeparatorText(tr(StringId::GraphPath));
  TownIndex to = m.state.graph.path_to.empty() ? kNoIndex : d.find_town(m.state.graph.path_to);
  if (to == kNoIndex) {
    TownIndex chosen = draw_search_box(m.path_search);
    if (chosen != kNoIndex) m.state.graph.path_to = d.towns[chosen].id;
    return;
  }
  if (m.path.empty()) {
    ImGui::TextWrapped(tr(StringId::GraphNoPathFormat), d.towns[to].name.c_str());
  } else {
    ImGui::Text(tr(StringId::GraphPathHopsFormat), count_text(PluralId::Hops, m.path.size() - 1).c_str());
    for (std::size_t i = 0; i < m.path.size(); ++i) {
      if (i) ImGui::TextDisabled("  |");
      link(d, m.path[i], m.jump_to);
    }
  }
  if (theme::small_button(tr(StringId::GraphClearPath))) m.state.graph.path_to.clear();
}

void draw_ranking(GraphPanelModel& m, const std::vector<double>& score, const char* id) {
  if (!ImGui::BeginTable(id, 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) return;
  std::vector<TownIndex> top = top_towns(m.view, score, kRanked);
  for (std::size_t i = 0; i < top.size(); ++i) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Text("%zu", i + 1);
    ImGui::TableNextColumn();
    link(m.dataset, top[i], m.jump_to);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(decimal_number_text(score[m.view.node(top[i])], 3).c_str());
  }
  ImGui::EndTable();
}

void draw_communities(GraphPanelModel& m) {
  const NetworkView& v = m.view;
  for (std::uint32_t c = 0; c < v.communities.count() && c < 6; ++c) {
    std::string members;
    std::size_t listed = 0;
    for (NodeId n = 0; n < v.town_of.size() && listed < 4; ++n) {
      if (v.communities.community_of[n] != c) continue;
      members += (listed++ ? ", " : "") + m.dataset.towns[v.town_of[n]].name;
    }
    ImGui::TextWrapped(tr(StringId::GraphCommunityRowFormat), c + 1, count_text(PluralId::Towns, v.communities.sizes[c]).c_str(),
                       members.c_str());
  }
}

}  // namespace

void draw_graph_panel(GraphPanelModel& m) {
  FilterState& f = m.state.filters;
  int scope = f.scope == Scope::AllNrw ? 1 : 0;
  if (theme::radio_button(tr(StringId::ScopeNrwUk), &scope, 0)) f.scope = Scope::NrwUk;
  ImGui::SameLine();
  if (theme::radio_button(tr(StringId::ScopeAllNrw), &scope, 1)) f.scope = Scope::AllNrw;
  theme::checkbox(tr(StringId::GraphPartnersAbroad), &m.state.graph.partners_abroad);
  theme::checkbox(tr(StringId::GraphShowNodeLink), &m.show_node_link);
  draw_summary(m);
  ImGui::SeparatorText(tr(StringId::SelectedTown));
  draw_selection(m);
  if (ImGui::CollapsingHeader(tr(StringId::GraphRankDegree))) draw_ranking(m, m.view.degree_centrality, "deg");
  if (ImGui::CollapsingHeader(tr(StringId::GraphRankBetweenness))) draw_ranking(m, m.view.betweenness, "btw");
  if (ImGui::CollapsingHeader(tr(StringId::GraphCommunities))) draw_communities(m);
}

}  // namespace atlas::ui
