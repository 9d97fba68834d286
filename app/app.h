// App: the one state object of the running program (sokol-style init / frame / cleanup).
// Owns the data, the AppState that links share, the loading sequence and the panels;
// the platform layer drives it one frame at a time.
#pragma once

#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/bottom_sheet.h"
#include "core/dataset.h"
#include "core/dataset_loader.h"
#include "core/visible_set.h"
#include "drawn_text_log.h"
#include "explore_controller.h"
#include "globe_view.h"
#include "key_input.h"
#include "own_data_import.h"
#include "picture_export.h"
#include "platform/platform.h"
#include "render/sky_renderer.h"
#include "tour_controller.h"
#include "ui/ui_strings.h"

namespace atlas {

class App {
 public:
  bool init();  // after platform::configure
  bool frame();  // false: quit (desktop)
  void shutdown();

  // For the test hook (see test_hook.cpp): the state as JSON.
  std::string describe_state_json() const;
  // Loads data/world_network.json (lazily, as world mode will); reply comes in the state.
  void request_world_network();
  // For the test hook: the globe, the shared state and the data.
  GlobeView& globe() { return globe_; }
  AppState& state() { return state_; }
  const Dataset& dataset() const { return dataset_; }
  const WorldNetwork& world_network() const { return world_network_; }
  // Milliseconds per synchronous redraw of the last frame (a pixel read back after each; no vsync):
  // what the GPU work of a frame costs, for the frame benchmark. Cached: the globe from its
  // cached image, as in a frame where nothing changed; else drawn in full.
  double time_redraws(int draws, bool cached);
  // Exploring panels (search, filters, inspector, suggestions, graph): test hook commands.
  std::string explore_query(const std::string& command) { return explore_.test_command(command, state_); }
  // A council's own list: the panel's state (test hook "own-data").
  std::string own_data_json() const { return own_data_.describe_json(); }
  // Who has the keyboard (test hook "focus"): the mode, the focused panel and control, the ring.
  std::string focus_json() const { return keys_.describe_json(); }
  // The first-visit card is showing (test hook "welcome").
  bool welcome_open() const { return welcome_open_; }
  // The drawn-text record (test hook "text-log"): on/off, and its report.
  void set_text_log(bool on) { text_log_.set_enabled(on); }
  std::string text_log_json() const { return text_log_.report_json(dataset_, {own_data_.file_name()}); }
  // [touch] The phone's bottom sheet and the touch sizes (test hook "sheet [collapsed|half|full]").
  std::string sheet_query(const std::string& command);
  // Presenter mode, tours, kiosk: test hook "tour ..." commands (tour_controller.cpp).
  std::string tour_query(const std::string& command) { return tours_.test_command(command, state_); }

 private:
  enum class Phase { Loading, Running, Failed };
  void draw_frame();  // the last built frame into the default framebuffer

  void start_loading();
  void on_file(platform::FileResult file);
  void finish_loading();
  void install_font(const std::string& bytes);
  void take_data_file(platform::FileResult file);
  // After the first view: the dataset files the manifest marks "after_first_view"
  // (towns_pool.json: candidate places only the suggestions need) are fetched, and the dataset
  // is loaded again with them; the default suggestions start once they are in.
  void request_after_first_view_files();
  void on_after_first_view_file(platform::FileResult file);
  void complete_dataset();  // the second load, then what follows from the whole dataset
  void check_link_against_dataset();  // notices for what the link names and the whole dataset lacks
  // [faults] A start-up file that failed: a notice in the UI's language names it, the reason
  // and what is unavailable without it. Syntax errors of a report become such notices (with
  // line and column); record problems go to the data problems list.
  void note_file_fault(const std::string& file, ui::StringId format, const std::string& reason);
  void take_load_problems(const LoadReport& report);
  // take_load_problems in parts: a file's syntax errors (of one file only, when `only_file`
  // is given; true when there was one) and the record problems.
  bool take_file_faults(const LoadReport& report, const std::string& only_file = {});
  void take_record_problems(const LoadReport& report);
  bool follow_graphics_context();  // false while the GL context is lost (nothing is drawn)
  void release_gpu();
  void restore_gpu();
  void apply_hash(const std::string& hash, bool from_link);
  void follow_language_switch();  // a language switched in the UI goes to the link and the device
  void publish_state_to_url();
  std::string address_of_state() const;  // the URL hash: the state, and a kiosk's own parameters
  void draw_ui();
  void handle_events(bool& quit);
  void apply_own_data(OwnDataMode mode);
  void draw_welcome_card();
  void close_welcome_card(ui::WelcomeChoice choice);
  void apply_keys();  // this frame's key map actions (key_input.h)
  void set_first_focus();  // the first frame: the card has the keyboard, or the globe has it
  void capture_picture();  // the picture export, in the frame after its request

  platform::Window window_;
  Phase phase_ = Phase::Loading;
  Dataset dataset_;
  AppState state_;
  AppState published_state_;
  double published_at_s_ = -1.0;
  static constexpr double kCameraPublishInterval = 0.25;  // seconds between camera-only URL updates
  std::vector<std::string> notices_;
  std::vector<std::string> load_problems_;
  std::vector<std::string> file_faults_;  // [faults] notices of start-up files that failed
  bool gpu_lost_ = false;                 // [faults] the browser took the GL context away
  std::vector<NamedText> dataset_files_;  // collected while downloading, parsed together
  // [pool] The manifest's "after_first_view" files; how many of them are still on their way
  // (the default suggestions and own lists wait for them); the first load's report, whose
  // record problems show only if the second load cannot happen.
  std::vector<std::string> after_first_view_files_;  // named as in data/
  std::size_t after_first_view_pending_ = 0;
  bool after_first_view_requested_ = false;
  LoadReport first_view_report_;
  std::size_t first_view_file_count_ = 0;
  double pool_load_ms_ = -1.0;  // the second load, with the pool
  const char* pool_status() const;  // for the state JSON: none, waiting, loading, loaded, failed
  bool pool_failed_ = false;
  WorldMap world_map_;
  WorldNetwork world_network_;
  LoadReport dataset_report_;
  VisibleSet visible_;  // what the globe draws; recomputed when filters or selection change
  double dataset_load_ms_ = -1.0;
  // Start-up timings (ms) for the test hook: the ready frame's engine/scene build after the
  // data parse, the font atlas, and how many frames ran before the default suggestions began.
  double engine_setup_ms_ = -1.0, font_atlas_ms_ = -1.0;
  int frames_since_ready_ = -1;
  double world_network_parse_ms_ = -1.0;
  std::string font_bytes_;  // kept alive: ImGui's atlas reads from it
  std::size_t files_expected_ = 0;
  std::size_t files_done_ = 0;
  std::size_t bytes_loaded_ = 0;
  bool panel_open_ = true;
  bool welcome_open_ = false;  // the first-visit card (ui/welcome_card.h)
  BottomSheet sheet_;          // [touch] the panels on a phone
  bool touch_ui_ = false;      // [touch] tap-sized controls: a touch screen, or a finger was seen
  float sheet_height() const;  // [touch] the sheet's height on this screen now (0: side panel)
  bool first_focus_pending_ = false;  // set_first_focus in the next running frame
  float dpi_scale_ = 1.0f;
  SkyRenderer sky_;
  GlobeView globe_;
  ExploreController explore_;  // owns the match engine, search index and network views
  OwnDataImport own_data_;     // a council's own list, dropped or picked
  DrawnTextLog text_log_;      // off unless a test turns it on
  TourController tours_;       // presenter mode, tours, kiosk
  PictureExport picture_;      // "download a picture of the globe"
  KeyInput keys_;              // the key map's modes, actions and the focus ring
};

}  // namespace atlas
