// The exploring panels' controller (see explore_controller.h).
#include "explore_controller.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <sstream>

#include "core/match/match_explanation.h"
#include "core/match/suggestion_table.h"
#include "core/match/town_profile.h"
#include "core/own_data.h"
#include "core/match/partners_in_common.h"
#include "platform/platform.h"
#include "ui/filters_panel.h"
#include "ui/graph_panel.h"
#include "ui/help_overlay.h"
#include "ui/inspector_panel.h"
#include "ui/item_rects.h"
#include "ui/legend.h"
#include "ui/node_link_view.h"
#include "ui/search_box.h"
#include "ui/theme.h"
#include "ui/suggestions_panel.h"
#include "ui/ui_strings.h"

namespace atlas {

namespace {
constexpr std::size_t kSuggestionsListed = 10;  // panel and inspector
constexpr std::size_t kSuggestionArcs = 5;      // drawn on the globe for the selection
constexpr double kPlayStepSeconds = 0.35;       // one founding year per step
constexpr std::size_t kProfileSuggestions = 5;  // the printable profile's top suggestions
enum Tab { kTabFilters, kTabTown, kTabSuggestions, kTabNetwork, kTabCount };

bool suggestible(const Dataset& d, TownIndex t) {
  return t < d.towns.size() && is_nrw(d.towns[t].role);
}
}  // namespace

struct ExploreController::Cache {
  TownSearch search;
  std::unique_ptr<MatchEngine> engine;
  std::unique_ptr<NetworkView> views[4];  // per scope, without and with partners abroad
  std::vector<TownIndex> kreise;
  std::vector<std::string> partner_countries;

  // Derived from the state; `last` is the state they were computed for.
  bool computed = false;
  AppState last;
  FilterResult filter;
  TownIndex selected = kNoIndex;
  TownIndex suggestion_base = kNoIndex;  // the town the suggestions are for (arcs start there)
  std::vector<Suggestion> suggestions;
  bool candidates_complete = true;  // false: no suggestions yet (set_data)
  double query_ms = 0.0;
  double hub_build_ms = -1.0;  // the queried pool's hubness terms (built on its first query)
  std::vector<PartnerInCommon> in_common;  // the selection's partnerships, what each pair shares
  std::vector<TownIndex> ego, path;
  std::vector<std::uint8_t> highlight;
  bool visible_dirty = true;

  // UI state (not shared in links).
  char search_text[128] = {0};
  std::string search_last;
  std::vector<SearchHit> hits;
  char path_text[128] = {0};
  std::string path_last;
  std::vector<SearchHit> path_hits;
  bool focus_search = false, search_active = false;
  int tab_request = -1;
  int active_tab = kTabFilters;
  std::string tab_followed;  // the selection the tabs last followed (see follow_selection_tab)
  bool playing = false, was_playing = false;
  bool own_data_links = false;      // a council's own list is taken in (the legend shows its colour)
  int picture_width = 0;            // the picture export's width choice (0: the screen's)
  bool picture_requested = false;   // its button was clicked; App takes the request
  double play_last = 0.0;
  bool legend_open = true, help_open = false, node_link_open = false, community_colours = false;
  float zoom = 1.0f, pan_x = 0.0f, pan_y = 0.0f;
  ui::NodeLinkFrame node_link_frame;  // where the node-link view drew last (test hook "node-link")
  std::string fly_to;
};

ExploreController::ExploreController() : cache_(std::make_unique<Cache>()) {}
ExploreController::~ExploreController() = default;

void ExploreController::set_data(const Dataset& dataset, bool candidates_complete) {
  dataset_ = &dataset;
  cache_ = std::make_unique<Cache>();
  Cache& c = *cache_;
  c.candidates_complete = candidates_complete;
  c.search = TownSearch(dataset);
  double start = platform::now_seconds();
  c.engine = std::make_unique<MatchEngine>(dataset);
  engine_build_ms_ = (platform::now_seconds() - start) * 1000.0;
  std::set<std::string> countries;
  for (TownIndex t = 0; t < dataset.towns.size(); ++t)
    if (dataset.towns[t].role == TownRole::NrwKreis) c.kreise.push_back(t);
  std::sort(c.kreise.begin(), c.kreise.end(),
            [&](TownIndex a, TownIndex b) { return dataset.towns[a].name < dataset.towns[b].name; });
  for (const Partnership& p : dataset.partnerships)
    if (p.b < dataset.towns.size() && dataset.towns[p.b].country != "GB" && dataset.towns[p.b].country != "DE")
      countries.insert(dataset.towns[p.b].country);
  c.partner_countries.assign(countries.begin(), countries.end());
  c.own_data_links = std::any_of(dataset.partnerships.begin(), dataset.partnerships.end(),
                                 [](const Partnership& p) { return p.own_data; });
  c.legend_open = ImGui::GetMainViewport()->WorkSize.x >= 700.0f;
}

const MatchEngine* ExploreController::match_engine() const { return cache_->engine.get(); }

const NetworkView& ExploreController::network(const AppState& state) {
  const Scope scope = state.filters.scope;
  const bool abroad = state.graph.partners_abroad;
  std::unique_ptr<NetworkView>& v = cache_->views[static_cast<int>(scope) * 2 + (abroad ? 1 : 0)];
  if (!v) v = std::make_unique<NetworkView>(build_network_view(*dataset_, scope, abroad));
  return *v;
}

void ExploreController::refresh(const AppState& state) {
  if (!dataset_) return;
  Cache& c = *cache_;
  const Dataset& d = *dataset_;
  const bool first = !c.computed;
  const AppState& last = c.last;
  bool selection_changed = first || state.selected_town != last.selected_town;
  if (selection_changed) {
    c.selected = state.selected_town.empty() ? kNoIndex : d.find_town(state.selected_town);
    c.in_common = c.selected == kNoIndex ? std::vector<PartnerInCommon>()
                                         : partners_in_common(d, c.engine->network(), c.selected);
  }
  if (first || state.filters != last.filters) {
    c.filter = apply_filters(d, state.filters);
    c.visible_dirty = true;
  }
  if (selection_changed || state.weights != last.weights || state.pool != last.pool ||
      state.my_town != last.my_town || state.filters.show_suggestions != last.filters.show_suggestions) {
    double start = platform::now_seconds();
    SuggestOptions options;
    options.top = kSuggestionsListed;
    c.suggestions.clear();
    c.suggestion_base = kNoIndex;
    if (!c.candidates_complete) {
      // none from a partial pool: they would change as soon as the rest arrives
    } else if (state.my_town.active) {
      const MyTownState& my = state.my_town;
      TownIndex base = my.base_town.empty() ? kNoIndex : d.find_town(my.base_town);
      MatchQuery q = base != kNoIndex ? MatchQuery::for_town(d, base) : MatchQuery();
      q.tags.clear();
      for (const std::string& id : my.tags)
        if (d.find_tag(id) != kNoIndex) q.tags.push_back(d.find_tag(id));
      q.population = my.population;
      c.suggestions = c.engine->suggest(q, state.pool, state.weights, options);
      c.suggestion_base = base;
    } else if (suggestible(d, c.selected)) {
      c.suggestions = c.engine->suggest_for_town(c.selected, state.pool, state.weights, options);
      c.suggestion_base = c.selected;
    }
    c.query_ms = (platform::now_seconds() - start) * 1000.0;
    if ((state.my_town.active || c.suggestion_base != kNoIndex) && state.weights.hub_correction > 0.0)
      c.hub_build_ms = c.engine->hub_terms(state.pool).build_ms;  // built by the query above
    c.visible_dirty = true;
  }
  if (selection_changed || state.graph != last.graph || state.filters.scope != last.filters.scope) {
    c.ego.clear();
    c.path.clear();
    if (c.selected != kNoIndex && state.graph.ego_hops > 0)
      c.ego = ego_towns(network(state), c.selected, state.graph.ego_hops);
    TownIndex to = state.graph.path_to.empty() ? kNoIndex : d.find_town(state.graph.path_to);
    if (c.selected != kNoIndex && to != kNoIndex) c.path = path_towns(network(state), c.selected, to);
    std::vector<TownIndex> lit = c.ego;
    lit.insert(lit.end(), c.path.begin(), c.path.end());
    c.highlight = highlight_flags(d.towns.size(), lit);
    c.visible_dirty = true;
  }
  c.last = state;
  c.computed = true;
}

void ExploreController::follow_selection_level(AppState& state) {
  if (!dataset_) return;
  const bool changed = level_seen_ && state.selected_town != level_selected_ && state.pool == level_pool_;
  if (changed && state.pool != PoolKind::Europe) {
    TownIndex t = dataset_->find_town(state.selected_town);
    if (t != kNoIndex && dataset_->towns[t].role == TownRole::NrwKreis) state.pool = PoolKind::UkCouncil;
    else if (t != kNoIndex && dataset_->towns[t].role == TownRole::NrwMunicipality) state.pool = PoolKind::Uk;
  }
  level_seen_ = true;
  level_selected_ = state.selected_town;
  level_pool_ = state.pool;
}

void ExploreController::update_visible(const AppState& state, VisibleSet& visible) {
  if (!dataset_) return;
  refresh(state);
  Cache& c = *cache_;
  if (!c.visible_dirty) return;
  c.visible_dirty = false;
  VisibleSet next;
  next.town_visible = c.filter.town_visible;
  next.partnership_visible = c.filter.partnership_visible;
  reveal_selection(*dataset_, state.filters, c.selected, next.town_visible, next.partnership_visible);
  if (state.filters.show_suggestions && c.suggestion_base != kNoIndex)
    for (std::size_t i = 0; i < c.suggestions.size() && i < kSuggestionArcs; ++i)
      next.suggestions.push_back({c.suggestion_base, c.suggestions[i].candidate, c.suggestions[i].total, true});
  next.town_highlight = c.highlight;
  update_visible_set(visible, std::move(next));
}

bool ExploreController::take_picture_request(int& width_px) {
  if (!cache_->picture_requested) return false;
  cache_->picture_requested = false;
  width_px = cache_->picture_width;
  return true;
}

bool ExploreController::take_fly_to(std::string& town_id) {
  if (cache_->fly_to.empty()) return false;
  town_id = std::move(cache_->fly_to);
  cache_->fly_to.clear();
  return true;
}

void ExploreController::select(AppState& state, TownIndex town, bool fly) {
  if (!dataset_ || town >= dataset_->towns.size()) return;
  state.selected_town = dataset_->towns[town].id;
  if (fly) cache_->fly_to = state.selected_town;
  cache_->tab_request = kTabTown;
}

// A town selected from anywhere (the globe, a link, Back, a tour, the node-link view) shows in
// the side panel: from the Filters tab, which says nothing about it, the Town tab opens. The
// Suggestions and Network tabs are about the selected town too; they stay.
void ExploreController::follow_selection_tab(Cache& c, const AppState& state) {
  if (state.selected_town == c.tab_followed) return;
  c.tab_followed = state.selected_town;
  if (!state.selected_town.empty() && c.tab_request < 0 && c.active_tab == kTabFilters) c.tab_request = kTabTown;
}

void ExploreController::draw_side_panel(AppState& state) {
  if (!dataset_) return;
  Cache& c = *cache_;
  const Dataset& d = *dataset_;
  refresh(state);
  ui::SearchBoxModel search{d, c.search, c.search_text, sizeof c.search_text, c.hits, c.search_last,
                            "main_search", ui::tr(ui::StringId::SearchHint), c.focus_search};
  TownIndex chosen = ui::draw_search_box(search);
  c.focus_search = search.focus;
  c.search_active = search.active;
  if (chosen != kNoIndex) select(state, chosen, true);
  if (ui::theme::small_button(ui::tr(ui::StringId::Legend))) c.legend_open = !c.legend_open;
  ImGui::SameLine();
  if (ui::theme::small_button(ui::tr(ui::StringId::HelpButton))) c.help_open = !c.help_open;
  ImGui::SameLine();
  if (ui::theme::small_button(ui::tr(ui::StringId::OwnDataImportButton))) platform::pick_user_file();

  follow_selection_tab(c, state);
  TownIndex jump = kNoIndex;
  if (!ImGui::BeginTabBar("explore_tabs", ImGuiTabBarFlags_FittingPolicyResizeDown)) return;
  static const ui::StringId kTabNames[kTabCount] = {ui::StringId::TabFilters, ui::StringId::TabTown,
                                                     ui::StringId::TabSuggestions, ui::StringId::TabNetwork};
  for (int tab = 0; tab < kTabCount; ++tab) {
    ImGuiTabItemFlags flags = c.tab_request == tab ? ImGuiTabItemFlags_SetSelected : 0;
    const bool tab_open = ImGui::BeginTabItem(ui::tr(kTabNames[tab]), nullptr, flags);
    static const char* kTabRects[kTabCount] = {"tab-filters", "tab-town", "tab-suggestions", "tab-network"};
    ui::note_item_rect(kTabRects[tab]);  // [touch] their tap height is checked
    if (!tab_open) continue;
    c.active_tab = tab;
    if (tab == kTabFilters) {
      ui::FiltersPanelModel m{d, state.filters, c.filter.counts, c.kreise, c.partner_countries, c.playing,
                              c.picture_width};
      ui::draw_filters_panel(m);
      if (m.export_csv) export_partnerships();
      if (m.export_picture) c.picture_requested = true;
    } else if (tab == kTabTown) {
      static const std::vector<Suggestion> kNone;
      bool own = !state.my_town.active && c.suggestion_base == c.selected;
      ui::InspectorModel m{d, c.selected, own ? c.suggestions : kNone, c.in_common};
      m.candidates_loading = !state.my_town.active && suggestible(d, c.selected) && !c.candidates_complete;
      ui::draw_inspector_panel(m);
      jump = m.jump_to;
      if (m.print_profile) print_profile(state);
    } else if (tab == kTabSuggestions) {
      ui::SuggestionsPanelModel m{d, state, c.selected, suggestible(d, c.selected), c.suggestions, c.query_ms};
      m.candidates_loading = !c.candidates_complete;
      ui::draw_suggestions_panel(m);
      jump = m.jump_to;
      if (m.export_csv) export_suggestions();
    } else {
      ui::SearchBoxModel path_search{d, c.search, c.path_text, sizeof c.path_text, c.path_hits, c.path_last,
                                     "path_search", ui::tr(ui::StringId::GraphPathHint)};
      ui::GraphPanelModel m{d, state, network(state), c.selected, c.ego, c.path, path_search,
                            c.node_link_open};
      ui::draw_graph_panel(m);
      jump = m.jump_to;
    }
    ImGui::EndTabItem();
  }
  c.tab_request = -1;
  ImGui::EndTabBar();
  if (jump != kNoIndex) select(state, jump, true);
}

void ExploreController::take_welcome_choice(ui::WelcomeChoice choice, AppState& state) {
  if (!dataset_) return;
  Cache& c = *cache_;
  if (choice == ui::WelcomeChoice::FindTown) {
    c.focus_search = true;
  } else if (choice == ui::WelcomeChoice::SuggestedPartners) {
    // The NRW municipality with the most NRW-UK partnerships: an example with real links
    // to compare its suggestions with.
    std::vector<std::size_t> uk_links(dataset_->towns.size(), 0);
    for (const Partnership& p : dataset_->partnerships)
      if (p.nrw_uk)
        for (TownIndex t : {p.a, p.b})
          if (t < uk_links.size()) ++uk_links[t];
    TownIndex example = kNoIndex;
    for (TownIndex t = 0; t < dataset_->towns.size(); ++t)
      if (dataset_->towns[t].role == TownRole::NrwMunicipality && (example == kNoIndex || uk_links[t] > uk_links[example]))
        example = t;
    if (example == kNoIndex) return;
    select(state, example, true);
    c.tab_request = kTabSuggestions;
  } else if (choice == ui::WelcomeChoice::ExploreNetwork) {
    c.tab_request = kTabNetwork;
    c.node_link_open = true;
  }
}

bool ExploreController::apply_key(KeyAction action) {
  Cache& c = *cache_;
  switch (action) {
    case KeyAction::FocusSearch: c.focus_search = true; break;
    case KeyAction::ToggleHelp: c.help_open = !c.help_open; break;
    case KeyAction::ToggleLegend: c.legend_open = !c.legend_open; break;
    case KeyAction::ToggleNodeLink: c.node_link_open = !c.node_link_open; break;
    case KeyAction::PlayYears: c.playing = !c.playing; break;
    default: return false;
  }
  return true;
}

void ExploreController::close_help() { cache_->help_open = false; }

void ExploreController::draw_overlays(AppState& state, double now_s, const ui::LegendPlacement& legend) {
  if (!dataset_) return;
  Cache& c = *cache_;
  // The time slider's play: partnerships appear year by year.
  FilterState& f = state.filters;
  const FilterCounts& counts = c.filter.counts;
  if (c.playing && !c.was_playing) {
    f.year_from = kYearMin;
    f.year_to = counts.first_year ? counts.first_year : kYearMin;
    c.play_last = now_s;
  } else if (c.playing && now_s - c.play_last >= kPlayStepSeconds) {
    c.play_last = now_s;
    if (f.year_to >= counts.last_year) {
      f.year_to = kYearMax;
      c.playing = false;
    } else {
      ++f.year_to;
    }
  }
  c.was_playing = c.playing;

  ui::draw_legend(c.legend_open, legend, c.own_data_links);
  ui::draw_help_overlay(c.help_open);
  if (c.node_link_open) {
    ui::NodeLinkViewModel m{*dataset_, network(state), c.selected, c.highlight, c.node_link_open,
                            c.zoom, c.pan_x, c.pan_y, c.community_colours, kNoIndex, {}, legend.globe_area};
    ui::draw_node_link_view(m);
    c.node_link_frame = m.frame;
    c.community_colours = m.colour_by_community;
    if (m.clicked != kNoIndex) select(state, m.clicked, true);
  }
}

// ---------------------------------------------------------------------------------------
// [SECTION] Exports

namespace {
// A town id as part of a file name: letters, digits, '-' and '_' only.
std::string file_safe(const std::string& id) {
  std::string out;
  for (char ch : id) out += std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' ? ch : '_';
  return out;
}
ExplainLanguage explain_language() {
  return ui::language() == ui::Language::German ? ExplainLanguage::De : ExplainLanguage::En;
}
}  // namespace

void ExploreController::export_partnerships() {
  // The own-data schema with ids, so that the file reads back in unchanged.
  const std::string csv = write_own_data_csv(partnership_links(*dataset_, cache_->filter.partnership_visible));
  platform::save_file("twinning-atlas-partnerships.csv", "text/csv;charset=utf-8", csv);
}

void ExploreController::export_suggestions() {
  const Cache& c = *cache_;
  if (c.suggestion_base == kNoIndex || c.suggestions.empty()) return;
  std::string csv = suggestions_csv_header();
  append_suggestions_csv(csv, *dataset_, c.suggestion_base, c.suggestions, explain_language());
  platform::save_file("twinning-atlas-suggestions-" + file_safe(dataset_->towns[c.suggestion_base].id) + ".csv",
                      "text/csv;charset=utf-8", csv);
}

void ExploreController::print_profile(const AppState& state) {
  const Cache& c = *cache_;
  if (c.selected == kNoIndex) return;
  const nlohmann::json profile =
      town_profile_json(*c.engine, c.selected, state.pool, state.weights, kProfileSuggestions, explain_language());
  platform::open_town_profile(profile.dump(),
                              "twinning-atlas-profile-" + file_safe(dataset_->towns[c.selected].id) + ".json");
}

// ---------------------------------------------------------------------------------------
// [SECTION] Test hook commands

std::string ExploreController::inspector_json(const AppState& state) {
  const Dataset& d = *dataset_;
  Cache& c = *cache_;
  nlohmann::json j;
  if (c.selected == kNoIndex) return R"({"selected":null})";
  const Town& t = d.towns[c.selected];
  j["id"] = t.id;
  j["name"] = t.name;
  j["population"] = t.population;
  j["parent"] = t.parent < d.towns.size() ? d.towns[t.parent].name : "";
  j["label"] = town_with_council(d, c.selected);
  j["kind"] = ui::town_kind_label(t);
  nlohmann::json goals = nlohmann::json::array(), challenges = nlohmann::json::array();
  for (const TownTag& tt : t.tags) {
    if (tt.tag >= d.tags.size()) continue;
    nlohmann::json e = {{"tag", d.tags[tt.tag].id},
                        {"label", ui::tag_label_ui(d.tags[tt.tag])},
                        {"source", tt.source < d.sources.size() ? d.sources[tt.source].title : ""},
                        {"inherited", tt.inherited},
                        {"via", tt.via < d.towns.size() ? d.towns[tt.via].name : ""}};
    (d.tags[tt.tag].kind == TagKind::Goal ? goals : challenges).push_back(e);
  }
  j["goals"] = goals;
  j["challenges"] = challenges;
  nlohmann::json partners = nlohmann::json::array();
  auto tag_ids = [&](const std::vector<TagIndex>& tags) {
    nlohmann::json out = nlohmann::json::array();
    for (TagIndex g : tags) out.push_back(d.tags[g].id);
    return out;
  };
  for (const PartnerInCommon& e : c.in_common) {
    const Partnership& p = d.partnerships[e.partnership];
    TownIndex other = e.partner;
    nlohmann::json abroad = nlohmann::json::array();
    for (TownIndex z : e.partners_abroad) abroad.push_back(d.towns[z].name);
    partners.push_back({{"id", d.towns[other].id},
                        {"name", d.towns[other].name},
                        {"label", town_with_council(d, other)},
                        {"year", p.start_year()},
                        {"kind", ui::kind_label(p.kind)},
                        {"confidence", ui::confidence_label(p.confidence)},
                        {"sources", p.sources.size()},
                        {"own_data", p.own_data},
                        {"shared_goals", tag_ids(e.goals)},
                        {"shared_challenges", tag_ids(e.challenges)},
                        {"shared_partners_abroad", abroad},
                        {"shared_text", ui::shared_today_lines(d, c.selected, e)}});
  }
  j["partners"] = partners;
  nlohmann::json suggestions = nlohmann::json::array();
  if (!state.my_town.active && c.suggestion_base == c.selected)
    for (const Suggestion& s : c.suggestions)
      suggestions.push_back({{"id", d.towns[s.candidate].id},
                             {"name", d.towns[s.candidate].name},
                             {"label", town_with_council(d, s.candidate)},
                             {"total", s.total},
                             {"explanation", describe_suggestion(d, s)}});
  j["suggestions"] = suggestions;
  return j.dump();
}

std::string ExploreController::test_command(const std::string& command, AppState& state) {
  if (!dataset_) return "";
  const Dataset& d = *dataset_;
  Cache& c = *cache_;
  std::size_t space = command.find(' ');
  const std::string verb = command.substr(0, space);
  const std::string arg = space == std::string::npos ? "" : command.substr(space + 1);
  nlohmann::json j;
  auto town_json = [&](TownIndex t) { return nlohmann::json{{"id", d.towns[t].id}, {"name", d.towns[t].name}}; };
  if (verb == "picture-width") {  // the picture export's width, as the width choice would set it
    c.picture_width = std::max(0, std::atoi(arg.c_str()));
    j["picture_width"] = c.picture_width;
  } else if (verb == "search") {  // types into the search box, as a user would
    std::snprintf(c.search_text, sizeof c.search_text, "%s", arg.c_str());
    c.search_last = c.search_text;
    c.hits = c.search.search(c.search_text, 8);
    j["hits"] = nlohmann::json::array();
    for (const SearchHit& h : c.hits) {
      nlohmann::json e = town_json(h.town);
      e["matched"] = h.matched;
      e["tier"] = static_cast<int>(h.tier);
      j["hits"].push_back(e);
    }
  } else if (verb == "search-pick") {  // chooses hit n of the box, as a click would
    std::size_t n = static_cast<std::size_t>(std::atoi(arg.c_str()));
    if (n >= c.hits.size()) return R"({"error":"no such hit"})";
    TownIndex t = c.hits[n].town;
    c.search_text[0] = '\0';
    c.search_last.clear();
    c.hits.clear();
    select(state, t, true);
    j["selected"] = d.towns[t].id;
  } else if (verb == "open-town") {  // as a click on a town link: select, fly, show the inspector
    TownIndex t = d.find_town(arg);
    if (t == kNoIndex && !arg.empty()) return R"({"error":"unknown town"})";
    if (t == kNoIndex) state.selected_town.clear();
    else select(state, t, true);
    j["selected"] = state.selected_town;
  } else if (verb == "filter-tag") {  // toggles a goal/challenge tag
    if (d.find_tag(arg) == kNoIndex) return R"({"error":"unknown tag"})";
    auto& tags = state.filters.tags;
    auto it = std::find(tags.begin(), tags.end(), arg);
    if (it == tags.end()) tags.push_back(arg);
    else tags.erase(it);
    j["tags"] = tags;
  } else if (verb == "filter-match") {
    state.filters.tag_match = arg == "all" ? TagMatch::All : TagMatch::Any;
    j["match"] = arg == "all" ? "all" : "any";
  } else if (verb == "filter-reset") {
    state.filters = FilterState();
    j["reset"] = true;
  } else if (verb == "scope") {
    state.filters.scope = arg == "all" ? Scope::AllNrw : Scope::NrwUk;
    j["scope"] = arg == "all" ? "all" : "uk";
  } else if (verb == "year") {  // "year <from> <to>"
    int from = 0, to = 0;
    if (std::sscanf(arg.c_str(), "%d %d", &from, &to) != 2) return R"({"error":"year <from> <to>"})";
    state.filters.year_from = std::clamp(from, kYearMin, kYearMax);
    state.filters.year_to = std::clamp(to, kYearMin, kYearMax);
    c.playing = false;
    j["year"] = {state.filters.year_from, state.filters.year_to};
  } else if (verb == "year-unknown") {
    state.filters.show_year_unknown = arg == "1";
    j["show_year_unknown"] = state.filters.show_year_unknown;
  } else if (verb == "play") {
    c.playing = arg != "0";
    j["playing"] = c.playing;
  } else if (verb == "weights") {  // six comma-separated weights
    std::stringstream in(arg);
    MatchWeights w = state.weights;
    std::string part;
    for (std::size_t i = 0; i < kMatchComponentCount; ++i) {
      if (!std::getline(in, part, ',')) return R"({"error":"six weights"})";
      w.weight[i] = std::clamp(std::atof(part.c_str()), 0.0, 3.0);
    }
    state.weights = w;
    j["weights"] = w.weight;
  } else if (verb == "my-town") {  // on | off | from-selected | tag <id>
    MyTownState& my = state.my_town;
    if (arg == "on" || arg == "off") my.active = arg == "on";
    else if (arg == "from-selected" && c.selected != kNoIndex) {
      my = MyTownState{true, d.towns[c.selected].id, {}, d.towns[c.selected].population};
      for (const TownTag& tt : d.towns[c.selected].tags)
        if (tt.tag < d.tags.size() && std::find(my.tags.begin(), my.tags.end(), d.tags[tt.tag].id) == my.tags.end())
          my.tags.push_back(d.tags[tt.tag].id);
    } else if (arg.rfind("tag ", 0) == 0 && d.find_tag(arg.substr(4)) != kNoIndex) {
      auto it = std::find(my.tags.begin(), my.tags.end(), arg.substr(4));
      if (it == my.tags.end()) my.tags.push_back(arg.substr(4));
      else my.tags.erase(it);
    } else {
      return R"({"error":"my-town on|off|from-selected|tag <id>"})";
    }
    j["active"] = my.active;
    j["tags"] = my.tags;
  } else if (verb == "ego") {
    state.graph.ego_hops = static_cast<std::uint32_t>(std::clamp(std::atoi(arg.c_str()), 0, 4));
    j["ego"] = state.graph.ego_hops;
  } else if (verb == "path") {
    if (!arg.empty() && d.find_town(arg) == kNoIndex) return R"({"error":"unknown town"})";
    state.graph.path_to = arg;
    j["path_to"] = arg;
  } else if (verb == "pool") {  // as the suggestions panel's level choice
    PoolKind k = PoolKind::Uk;
    if (!parse_pool_key(arg.c_str(), k)) return R"({"error":"pool uk|uk-council|europe"})";
    state.pool = k;
    j["pool"] = pool_key(k);
  } else if (verb == "tab") {  // filters | town | suggestions | network
    static const char* kNames[kTabCount] = {"filters", "town", "suggestions", "network"};
    for (int i = 0; i < kTabCount; ++i)
      if (arg == kNames[i]) c.tab_request = i;
    j["tab"] = arg;
  } else if (verb == "rect") {
    const ui::ItemRect r = ui::item_rect(arg);
    if (!r.seen) return R"({"error":"not drawn"})";
    // drawn_now: drawn in the last frame, not only once before (a window that is hidden now).
    j = {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}, {"drawn_now", r.frame == ImGui::GetFrameCount()}};
  } else if (verb == "counts") {
    refresh(state);
    const FilterCounts& k = c.filter.counts;
    j = {{"line", ui::filter_counts_line(k)},
         {"partnerships_total", k.partnerships_total},
         {"partnerships_visible", k.partnerships_visible},
         {"partnership_towns", k.partnership_towns},
         {"towns_visible", k.towns_visible},
         {"towns_matching", k.towns_matching},
         {"year_unknown_total", k.year_unknown_total},
         {"year_unknown_matching", k.year_unknown_matching},
         {"first_year", k.first_year},
         {"last_year", k.last_year},
         {"year", {state.filters.year_from, state.filters.year_to}},
         {"playing", c.playing}};
  } else if (verb == "inspector") {
    refresh(state);
    return inspector_json(state);
  } else if (verb == "suggest-list") {
    refresh(state);
    j["base"] = c.suggestion_base == kNoIndex ? "" : d.towns[c.suggestion_base].id;
    j["query_ms"] = c.query_ms;
    j["hub_build_ms"] = c.hub_build_ms;
    j["pool"] = pool_key(state.pool);
    j["list"] = nlohmann::json::array();
    for (const Suggestion& s : c.suggestions) {
      nlohmann::json e = town_json(s.candidate);
      e["label"] = town_with_council(d, s.candidate);
      e["total"] = s.total;
      j["list"].push_back(e);
    }
  } else if (verb == "graph") {
    refresh(state);
    const NetworkView& v = network(state);
    j = {{"nodes", v.graph.node_count()},
         {"edges", v.graph.edge_count()},
         {"components", v.components.count()},
         {"communities", v.communities.count()},
         {"ego", c.ego.size()},
         {"path", nlohmann::json::array()}};
    for (TownIndex t : c.path) j["path"].push_back(d.towns[t].id);
    std::size_t lit = std::count(c.highlight.begin(), c.highlight.end(), 1);
    j["highlighted"] = lit;
  } else if (verb == "node-link") {  // the canvas and every edge's ends in CSS pixels
    const NetworkView& v = network(state);
    const ui::NodeLinkFrame& f = c.node_link_frame;
    j = {{"open", c.node_link_open},
         {"canvas", {f.x, f.y, f.width, f.height}},
         {"centre", {f.centre_x, f.centre_y}},
         {"scale", f.half},
         {"named", f.named < d.towns.size() ? d.towns[f.named].id : ""},
         {"edges", nlohmann::json::array()},
         {"nodes", nlohmann::json::array()}};
    auto at = [&](NodeId n) {
      return nlohmann::json::array({f.centre_x + float(v.layout[n].x) * f.half, f.centre_y - float(v.layout[n].y) * f.half});
    };
    for (const Edge& e : v.graph.edges()) j["edges"].push_back({at(e.a), at(e.b)});
    for (NodeId n = 0; n < v.town_of.size(); ++n) {  // [town id, x, y]
      nlohmann::json node = at(n);
      node.insert(node.begin(), d.towns[v.town_of[n]].id);
      j["nodes"].push_back(std::move(node));
    }
  } else if (verb == "panels") {
    static const char* kNames[kTabCount] = {"filters", "town", "suggestions", "network"};
    j = {{"tab", kNames[c.active_tab]},
         {"help", c.help_open},
         {"legend", c.legend_open},
         {"legend_own_data", c.legend_open && c.own_data_links},
         {"node_link", c.node_link_open},
         {"search_text", c.search_text},
         {"search_active", c.search_active},
         {"search_hits", c.hits.size()}};
  } else {
    return "";
  }
  return j.dump();
}

}  // namespace atlas
