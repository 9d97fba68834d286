// ExploreController: the glue between AppState and the exploring panels (search, filters,
// town inspector, suggestions, graph, node-link view, legend, help). Owns what is derived
// from the data once (search index, match engine, network views) and what is derived from
// the state when it changes (filter result and counts, the selection's suggestions, the
// highlighted ego network or path), and turns that into the VisibleSet the globe draws,
// bumping its revision only on a real change; runs the exports the panels ask for (visible
// partnerships and suggestions as CSV, the printable town profile). Panels only read the models it hands them
// and write AppState. App owns one and calls it each frame.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/dataset.h"
#include "core/filters.h"
#include "core/key_map.h"
#include "core/match/match_engine.h"
#include "core/network_view.h"
#include "core/match/suggestion.h"
#include "core/town_search.h"
#include "core/visible_set.h"
#include "ui/legend.h"
#include "ui/welcome_card.h"

namespace atlas {

class ExploreController {
 public:
  ExploreController();
  ~ExploreController();

  // After loading: search index and match engine. Without the whole candidate pool (the web
  // app's first view, before towns_pool.json is in) no suggestions are made: the panels say
  // the candidates are loading, and the next set_data brings them.
  void set_data(const Dataset& dataset, bool candidates_complete = true);
  bool has_data() const { return dataset_ != nullptr; }

  // Inside the side panel window: the search box and the tabs of the exploring panels.
  void draw_side_panel(AppState& state);
  // A key of the key map for the exploring panels: focus the search, help, legend, node-link
  // view, year play; false when `action` is not one of them.
  bool apply_key(KeyAction action);
  void close_help();
  // Free-standing windows: legend, help overlay, node-link view; the year play's steps.
  // The legend keeps clear of the selected town (`legend`).
  void draw_overlays(AppState& state, double now_s, const ui::LegendPlacement& legend);
  // A way in from the first-visit card: focus the search; select a well-connected NRW town
  // and show its suggestions; or open the network tab and its node-link view.
  void take_welcome_choice(ui::WelcomeChoice choice, AppState& state);
  // Before update_visible, each frame: when the selection changes to an NRW town of the other
  // level, a UK pool follows it (a Kreis is compared with UK councils and counties, a
  // municipality with UK places); Europe stays. A state change that sets the pool too
  // (a link, Back) is taken as it is.
  void follow_selection_level(AppState& state);
  // After the UI: recompute what changed and update `visible` (revision bumped on change).
  void update_visible(const AppState& state, VisibleSet& visible);
  // A town the user chose in search or through a link; the globe flies there.
  bool take_fly_to(std::string& town_id);
  // The picture export's button was clicked (Filters tab): the chosen width, 0 for the screen's.
  bool take_picture_request(int& width_px);

  // Test hook commands; "" when the command is not one of these:
  //   search <text> | search-pick <n> | open-town <id> | filter-tag <id> | filter-match any|all
  //   filter-reset | scope uk|all | year <from> <to> | year-unknown 0|1 | play 0|1
  //   weights w1,..,w6 | my-town on|off|from-selected|tag <id> | ego <hops> | path <id>
  //   pool uk|uk-council|europe | picture-width <px>
  //   tab filters|town|suggestions|network | counts | inspector | suggest-list | graph | panels
  //   rect <control> (where a named button was last drawn: export-partnerships,
  //   export-suggestions, print-profile, export-picture, picture-width)
  std::string test_command(const std::string& command, AppState& state);
  double engine_build_ms() const { return engine_build_ms_; }
  // The one match engine of the app (built in set_data); the globe borrows it for the
  // default suggestion arcs.
  const MatchEngine* match_engine() const;

 private:
  struct Cache;
  void refresh(const AppState& state);
  void select(AppState& state, TownIndex town, bool fly);
  static void follow_selection_tab(Cache& c, const AppState& state);
  const NetworkView& network(const AppState& state);  // the graph panel's scope and toggle
  std::string inspector_json(const AppState& state);
  // Exports (platform.h save_file / open_town_profile), from the panels' buttons.
  void export_partnerships();
  void export_suggestions();
  void print_profile(const AppState& state);

  const Dataset* dataset_ = nullptr;
  std::unique_ptr<Cache> cache_;
  double engine_build_ms_ = -1.0;
  std::string level_selected_;  // follow_selection_level: the selection it last saw
  PoolKind level_pool_ = PoolKind::Uk;
  bool level_seen_ = false;
};

}  // namespace atlas
