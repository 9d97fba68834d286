// The running app (see app.h): loading sequence, URL state, event handling, panels.
#include "app.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "core/language_choice.h"
#include "core/url_state.h"
#include "core/welcome_rule.h"
#include "platform/gl.h"
#include "test_hook.h"
#include "ui/about_panel.h"
#include "ui/notice_banner.h"
#include "ui/overview_panel.h"
#include "ui/theme.h"
#include "ui/welcome_card.h"
#include "ui/ui_strings.h"

namespace atlas {

namespace {
constexpr const char* kManifest = "manifest.json";
// The default suggestion arcs start this many frames after readiness: their first step
// builds the UK pool's hub terms (seconds in wasm), which the first view does not need.
constexpr int kSuggestionsAfterFrames = 3;
// The "after_first_view" files (the candidate pool) are requested this many frames after
// readiness: after the first view is on the screen, which a page that waits for readiness
// and then two frames (tests/browser/startup_profile.mjs) sees three to five frames after it.
constexpr int kPoolAfterFrames = 8;
constexpr const char* kWelcomeClosedSetting = "welcome-closed";  // platform::save_setting key
constexpr const char* kLanguageSetting = "lang";  // platform::load_setting key

// [faults] What the app lacks without a start-up file (by its name in the site).
ui::StringId unavailable_without(const std::string& file) {
  if (file.rfind("font", 0) == 0) return ui::StringId::UnavailableFont;
  if (file == "profiles.json") return ui::StringId::UnavailableProfiles;
  if (file == "sources.json") return ui::StringId::UnavailableSources;
  if (file == "tags.json") return ui::StringId::UnavailableTags;
  if (file == "partnerships.json") return ui::StringId::UnavailablePartnerships;
  if (file == "world_map.json") return ui::StringId::UnavailableWorldMap;
  if (file == kTownsPoolFileName) return ui::StringId::UnavailablePool;
  return ui::StringId::UnavailableOther;
}

std::string format_text(const char* format, const std::string& a, const std::string& b = {}) {
  const int n = std::snprintf(nullptr, 0, format, a.c_str(), b.c_str());
  std::string out(std::size_t(std::max(n, 0)) + 1, '\0');
  std::snprintf(out.data(), out.size(), format, a.c_str(), b.c_str());
  out.pop_back();
  return out;
}

ui::Language ui_language_of(const std::string& code) {
  return code == "de" ? ui::Language::German : ui::Language::English;
}

// Glyphs the UI needs: Basic Latin, Latin-1 (umlauts, ß), Latin Extended-A (Welsh ŵ ŷ,
// Polish, Czech, ... place names), Latin Extended-B and spacing modifiers (Romanian ș ț,
// ʻ), Greek and Cyrillic (typed or imported names), Latin Extended Additional (Vietnamese
// place names in the world network), general punctuation (– “ ” …) and maths (≥): the
// blocks the shipped font subset keeps (web/subset_font.mjs). The browser test
// glyph_atlas_covers_data checks it.
const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x0180, 0x024F, 0x0250, 0x02FF, 0x0370, 0x03FF,
                                0x0400, 0x04FF, 0x1E00, 0x1EFF, 0x2000, 0x206F, 0x2200, 0x22FF, 0};
}  // namespace

bool App::init() {
  std::string error;
  if (!platform::create_window("Twinning Atlas", window_, error)) {
    platform::show_fatal_error(error);
    return false;
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout comes from AppState, not from a file
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  keys_.start();
  touch_ui_ = platform::touch_screen();
  ui::theme::set_touch(ImGui::GetStyle(), touch_ui_);
  ImGui_ImplSDL2_InitForOpenGL(window_.sdl_window, SDL_GL_GetCurrentContext());
  ImGui_ImplOpenGL3_Init(window_.glsl_version);
  if (!sky_.init(window_.glsl_version, error) || !globe_.init(window_.glsl_version, error)) {
    platform::show_fatal_error(error);
    return false;
  }
  apply_hash(platform::url_hash(), true);
  state_.language = choose_language(state_.language, platform::load_setting(kLanguageSetting),
                                    platform::preferred_languages());
  ui::set_language(ui_language_of(state_.language));
  for (std::string& n : tours_.configure(platform::url_hash())) notices_.push_back(std::move(n));
  globe_.toolbar_buttons = [this] { tours_.draw_toolbar_buttons(); };
  start_loading();
  return true;
}

void App::start_loading() {
  platform::report_progress(ui::tr(ui::StringId::LoadingData), 0.0);
  platform::request_file(kManifest, [this](platform::FileResult manifest) {
    if (!manifest.ok) {
      phase_ = Phase::Failed;
      platform::show_fatal_error("Could not read " + std::string(kManifest) + ": " + manifest.error);
      return;
    }
    nlohmann::json j = nlohmann::json::parse(manifest.bytes, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("files") || !j["files"].is_array()) {
      phase_ = Phase::Failed;
      platform::show_fatal_error(std::string(kManifest) + " is not a valid site manifest.");
      return;
    }
    std::vector<std::string> names;
    for (const auto& f : j["files"]) {
      if (!f.is_object() || !f.contains("name") || !f["name"].is_string()) continue;
      const std::string& name = f["name"].get_ref<const std::string&>();
      auto flag = [&f](const char* key) { return f.contains(key) && f[key].is_boolean() && f[key].get<bool>(); };
      if (flag("startup") && name != "atlas.wasm") names.push_back(name);
      else if (flag("after_first_view") && name.rfind("data/", 0) == 0) after_first_view_files_.push_back(name.substr(5));
    }
    files_expected_ = names.size();
    for (const std::string& name : names)
      platform::request_file(name, [this](platform::FileResult file) { on_file(std::move(file)); });
    if (names.empty()) finish_loading();
  });
}

void App::on_file(platform::FileResult file) {
  ++files_done_;
  if (!file.ok) {
    // Data files are named as in data/ (as the loader's messages name them).
    const std::string name = file.name.rfind("data/", 0) == 0 ? file.name.substr(5) : file.name;
    note_file_fault(name, ui::StringId::DataFileNotLoadedFormat, file.error);
  } else if (file.name.rfind("fonts/", 0) == 0) {
    install_font(file.bytes);
  } else if (file.name.rfind("data/", 0) == 0) {
    take_data_file(std::move(file));
  }
  platform::report_progress(ui::tr(ui::StringId::Parsing),
                            files_expected_ ? double(files_done_) / double(files_expected_) : 1.0);
  if (files_done_ == files_expected_) finish_loading();
}

void App::take_data_file(platform::FileResult file) {
  bytes_loaded_ += file.bytes.size();
  std::string name = file.name.substr(5);  // messages name the file as in data/
  switch (classify_data_file(name, file.bytes)) {
    case DataFileKind::Dataset:
      dataset_files_.push_back({name, std::move(file.bytes)});
      break;
    case DataFileKind::WorldMap: {
      take_load_problems(load_world_map({name, file.bytes}, world_map_));
      int width = 0, height = 0;
      platform::size_drawable(window_, globe_.render_scale(), width, height);
      globe_.warm_up(world_map_, width, height);
      break;
    }
    default:
      break;  // the world network is requested on demand, not at start-up
  }
}

void App::request_world_network() {
  platform::request_file("data/world_network.json", [this](platform::FileResult file) {
    if (!file.ok) {  // the toolbar says so and offers a retry
      globe_.world_network_failed();
      return;
    }
    double start = platform::now_seconds();
    LoadReport report = load_world_network({"world_network.json", file.bytes}, world_network_);
    world_network_parse_ms_ = (platform::now_seconds() - start) * 1000.0;
    for (const LoadProblem& p : report.problems) load_problems_.push_back(p.to_string());
    if (world_network_.pairs.empty()) globe_.world_network_failed();
  });
}

void App::note_file_fault(const std::string& file, ui::StringId format, const std::string& reason) {
  file_faults_.push_back(format_text(ui::tr(format), file, reason));
  notices_.push_back(file_faults_.back() + " " + ui::tr(unavailable_without(file)));
}

void App::take_load_problems(const LoadReport& report) {
  take_file_faults(report);
  take_record_problems(report);
}

void App::take_record_problems(const LoadReport& report) {
  for (const LoadProblem& p : report.problems)
    if (p.line == 0) load_problems_.push_back(p.to_string());
}

bool App::take_file_faults(const LoadReport& report, const std::string& only_file) {
  bool any = false;
  for (const LoadProblem& p : report.problems) {
    if (p.line == 0 || (!only_file.empty() && p.file != only_file)) continue;
    any = true;
    char place[96];
    std::snprintf(place, sizeof place, ui::tr(ui::StringId::DataLineColumnFormat), p.line, p.column);
    note_file_fault(p.file, ui::StringId::DataFileDamagedFormat, std::string(place) + ": " + p.message);
  }
  return any;
}

void App::install_font(const std::string& bytes) {
  const double start = platform::now_seconds();
  font_bytes_ = bytes;
  int drawable_w = 0, window_w = 0, h = 0;
  SDL_GL_GetDrawableSize(window_.sdl_window, &drawable_w, &h);
  SDL_GetWindowSize(window_.sdl_window, &window_w, &h);
  dpi_scale_ = window_w > 0 ? std::max(1.0f, float(drawable_w) / float(window_w)) : 1.0f;
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 2;
  io.Fonts->Clear();
  ImFont* font = io.Fonts->AddFontFromMemoryTTF(font_bytes_.data(), int(font_bytes_.size()),
                                                ui::theme::kBodyFontSize * dpi_scale_, &config, kGlyphRanges);
  if (!font) {
    note_file_fault("font", ui::StringId::DataFileDamagedFormat, "TrueType");
    io.Fonts->Clear();
    io.Fonts->AddFontDefault();
  }
  io.FontGlobalScale = 1.0f / dpi_scale_;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  font_atlas_ms_ = (platform::now_seconds() - start) * 1000.0;
}

void App::finish_loading() {
  phase_ = Phase::Running;
  double start = platform::now_seconds();
  dataset_report_ = load_dataset_files(dataset_files_, dataset_);
  dataset_load_ms_ = (platform::now_seconds() - start) * 1000.0;
  if (after_first_view_files_.empty()) {
    dataset_files_.clear();
    take_load_problems(dataset_report_);
  } else {  // kept for the second load; its report has the record problems (complete_dataset)
    take_file_faults(dataset_report_);
    first_view_report_ = dataset_report_;
    first_view_file_count_ = dataset_files_.size();
  }
  if (dataset_.towns.empty()) {  // towns.json unreadable (or every town rejected): nothing to show
    phase_ = Phase::Failed;
    std::string faults;
    for (const std::string& f : file_faults_) faults += (faults.empty() ? "" : " ") + f;
    platform::show_fatal_error(format_text(ui::tr(ui::StringId::DataNoTownsFormat), faults), false);
    return;
  }
  visible_ = make_default_visible_set(dataset_);
  explore_.set_data(dataset_, after_first_view_files_.empty());
  globe_.set_data(dataset_, world_map_, nullptr);  // the engine follows after the first frames
  frames_since_ready_ = 0;
  engine_setup_ms_ = (platform::now_seconds() - start) * 1000.0 - dataset_load_ms_;
  // Not over a kiosk or a tour named in the link (their parameters are not AppState).
  welcome_open_ = plain_visit(state_) && tours_.kiosk_hash().empty() &&
                  platform::load_setting(kWelcomeClosedSetting).empty();
  first_focus_pending_ = true;
  tours_.set_data(dataset_);
  if (after_first_view_files_.empty()) check_link_against_dataset();
  published_state_ = state_;
  platform::set_url_hash(address_of_state(), false);
  platform::signal_ready();
}

void App::request_after_first_view_files() {
  after_first_view_requested_ = true;
  after_first_view_pending_ = after_first_view_files_.size();
  for (const std::string& name : after_first_view_files_)
    platform::request_file("data/" + name, [this](platform::FileResult file) { on_after_first_view_file(std::move(file)); });
}

void App::on_after_first_view_file(platform::FileResult file) {
  --after_first_view_pending_;
  const std::string name = file.name.substr(5);  // as in data/
  if (!file.ok) {
    pool_failed_ = true;
    note_file_fault(name, ui::StringId::DataFileNotLoadedFormat, file.error);
  } else if (classify_data_file(name, file.bytes) == DataFileKind::Dataset) {
    bytes_loaded_ += file.bytes.size();
    dataset_files_.push_back({name, std::move(file.bytes)});
  }
}

void App::complete_dataset() {
  if (after_first_view_files_.empty()) return;  // loaded whole at the start
  if (dataset_files_.size() == first_view_file_count_) {  // none arrived: the first load stands
    take_record_problems(first_view_report_);
    dataset_files_.clear();
    explore_.set_data(dataset_);  // suggestions from the candidates there are
    check_link_against_dataset();
    return;
  }
  const double start = platform::now_seconds();
  Dataset whole;
  LoadReport report = load_dataset_files(dataset_files_, whole);
  pool_load_ms_ = (platform::now_seconds() - start) * 1000.0;
  dataset_files_.clear();
  // The start-up files' syntax errors were told after the first load; the pool's now.
  for (const std::string& name : after_first_view_files_) pool_failed_ = take_file_faults(report, name) || pool_failed_;
  take_record_problems(report);
  dataset_ = std::move(whole);
  dataset_report_ = std::move(report);
  first_view_report_ = LoadReport{};
  // The towns of the first view keep their indices (the pool's come after them): the
  // selection and panels stay; what is derived from the dataset is built again.
  explore_.set_data(dataset_);
  explore_.update_visible(state_, visible_);  // sized for the new towns before the globe's update
  globe_.set_data(dataset_, world_map_, nullptr);
  check_link_against_dataset();  // (the tours keep theirs: the shipped tour's stops are partnership towns)
}

void App::check_link_against_dataset() {
  for (const LinkNotice& n : check_state_against_dataset(dataset_, state_)) notices_.push_back(ui::link_notice_text(n));
}

const char* App::pool_status() const {
  if (after_first_view_files_.empty()) return "none";
  if (pool_failed_) return "failed";
  if (!after_first_view_requested_) return "waiting";
  return after_first_view_pending_ > 0 || frames_since_ready_ >= 0 ? "loading" : "loaded";
}

void App::apply_hash(const std::string& hash, bool from_link) {
  // The hash is a whole state: what it leaves out is at its default (going back to an
  // entry without a selection clears the selection).
  AppState decoded;
  UrlDecodeResult r = decode_url_hash(hash, decoded);
  if (r.version_ok) {
    // The language is the screen's: an entry without one keeps the language shown.
    if (decoded.language.empty()) decoded.language = state_.language;
    else ui::set_language(ui_language_of(decoded.language));
    state_ = decoded;
  }
  for (const LinkNotice& n : r.notices) notices_.push_back(ui::link_notice_text(n));
  if (!from_link) published_state_ = state_;  // back/forward: do not push it again
}

void App::follow_language_switch() {
  const std::string shown = ui::language_code();
  if (state_.language.empty() || state_.language == shown) return;
  state_.language = shown;  // the panel's switch or the test hook: the link and the device follow
  platform::save_setting(kLanguageSetting, shown);
}

void App::publish_state_to_url() {
  if (phase_ != Phase::Running || state_ == published_state_) return;
  // Selection changes are history entries (back undoes a wrong click); camera moves are not.
  bool push = state_.selected_town != published_state_.selected_town;
  // While the camera moves, the address follows a few times a second, not every frame
  // (browsers throttle pages that replace their URL hundreds of times in a few seconds).
  const double now = platform::now_seconds();
  if (!push && now - published_at_s_ < kCameraPublishInterval) {
    const CameraState published_camera = published_state_.camera;
    published_state_.camera = state_.camera;  // compare all but the camera, without a copy
    const bool camera_only = state_ == published_state_;
    published_state_.camera = published_camera;
    if (camera_only) return;
  }
  platform::set_url_hash(address_of_state(), push);
  published_state_ = state_;
  published_at_s_ = now;
}

std::string App::address_of_state() const {
  const std::string kiosk = tours_.kiosk_hash();
  return encode_url_hash(state_) + (kiosk.empty() ? "" : "&" + kiosk);
}

void App::handle_events(bool& quit) {
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    keys_.take_event(event);
    globe_.handle_event(event);
    tours_.handle_event(event);
    if (event.type == SDL_QUIT) quit = true;
    if (event.type == SDL_FINGERDOWN && !touch_ui_) {  // [touch] a finger on a screen not known as touch
      touch_ui_ = true;
      ui::theme::set_touch(ImGui::GetStyle(), true);
    }
    if (event.type == SDL_DROPFILE) {  // desktop: a council's own list dropped on the window
      platform::receive_dropped_file(event.drop.file);
      SDL_free(event.drop.file);
    }
  }
  std::string hash;
  if (platform::take_hash_change(hash)) apply_hash(hash, false);
  platform::FileResult user_file;
  // A council's own list or a tour waits until the whole dataset is in (the second load would
  // drop a merge made before it).
  if (phase_ == Phase::Running && frames_since_ready_ < 0 && platform::take_user_file(user_file) &&
      !tours_.take_file(user_file.name, user_file.bytes))  // a tour file goes to the tours
    own_data_.take_file(dataset_, user_file.name, user_file.bytes);
}

void App::apply_own_data(OwnDataMode mode) {
  // The partnerships change: everything derived from them is built again.
  own_data_.applied(merge_own_data(dataset_, own_data_.data(), own_data_.resolved(), mode, own_data_.file_name()));
  explore_.set_data(dataset_);
  globe_.set_data(dataset_, world_map_, explore_.match_engine());
}

void App::draw_ui() {
  ui::OverviewPanelModel overview{dataset_, state_, panel_open_, sheet_, bytes_loaded_,
                                  [this] { explore_.draw_side_panel(state_); }};
  ui::draw_overview_panel(overview);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ScreenRect globe_area = ui::globe_area(viewport->WorkSize.x, viewport->WorkSize.y, panel_open_, sheet_height());
  explore_.draw_overlays(state_, platform::now_seconds(), {globe_area, globe_.selection_footprint(), globe_.toolbar_footprint()});
  ui::draw_notice_banner(notices_, load_problems_, globe_area);
  tours_.draw_panel(state_);
  OwnDataMode mode = OwnDataMode::Merge;
  if (own_data_.draw(mode)) apply_own_data(mode);
  if (welcome_open_) draw_welcome_card();
}

void App::draw_welcome_card() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ui::WelcomeChoice choice =
      ui::draw_welcome_card(ui::globe_area(viewport->WorkSize.x, viewport->WorkSize.y, panel_open_, sheet_height()));
  if (choice != ui::WelcomeChoice::None) close_welcome_card(choice);
}

void App::close_welcome_card(ui::WelcomeChoice choice) {
  welcome_open_ = false;
  platform::save_setting(kWelcomeClosedSetting, "1");
  if (choice != ui::WelcomeChoice::Close) {  // each way in starts in the side panel (a phone's sheet)
    panel_open_ = true;
    if (sheet_.stop() == SheetStop::Collapsed) sheet_.set_stop(SheetStop::Half);
  }
  explore_.take_welcome_choice(choice, state_);
}

void App::apply_keys() {
  for (KeyAction a : keys_.take_actions()) {
    if (a == KeyAction::FocusPanels) {
      keys_.focus_panels(panel_open_ ? ui::tr(ui::StringId::AppTitle) : "##menu");  // ui/overview_panel.cpp
    } else if (a == KeyAction::LeaveToGlobe) {  // and out of the help or the first-visit card
      explore_.close_help();
      if (welcome_open_) close_welcome_card(ui::WelcomeChoice::Close);
      keys_.focus_globe();
    } else if (a == KeyAction::FocusSearch) {
      panel_open_ = true;  // the search is in the side panel
      explore_.apply_key(a);
    } else if (!globe_.apply_key(a, state_) && !explore_.apply_key(a)) {
      tours_.apply_key(a);  // the rest is Dear ImGui's navigation or the browser's (key_map.h)
    }
  }
}

void App::set_first_focus() {
  // Dear ImGui gives the keyboard to each new window; at the start the globe has it, or the
  // first-visit card when it shows.
  first_focus_pending_ = false;
  if (welcome_open_) keys_.focus_window(ui::tr(ui::StringId::WelcomeTitle));
  else keys_.focus_globe();
}

bool App::frame() {
  platform::poll_files();
  if (!follow_graphics_context()) {  // nothing can be drawn; input waits for the context
    SDL_Event event;
    bool quit = false;
    while (SDL_PollEvent(&event)) quit = quit || event.type == SDL_QUIT;
    return !quit;
  }
  // Presenter mode or a kiosk as at the frame's start: a key that ends it is not also a globe
  // or panel key in the same frame.
  const bool presentation = tours_.hides_panels();
  globe_.presentation = presentation;
  keys_.begin_frame(presentation);
  bool quit = false;
  handle_events(quit);
  // A picture asked for: this frame hides the panels, so that the globe and its labels are
  // placed for the whole screen, and is drawn once more offscreen at the picture's size.
  const bool picture_frame = phase_ == Phase::Running && picture_.pending();
  const bool hide_panels = globe_.hide_panels;
  if (picture_frame) globe_.hide_panels = true;

  compact_imgui_if_asked();  // test hook "imgui-gc" (soak test)
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  // While loading (the page's loading screen covers the canvas): one nearly transparent pixel,
  // so that Dear ImGui's program has drawn once before the first real frame (as the globe's
  // programs have, GlobeView::warm_up).
  if (phase_ == Phase::Loading) ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(1, 1), IM_COL32(0, 0, 0, 1));
  if (phase_ == Phase::Running) apply_keys();
  if (phase_ == Phase::Running && !globe_.hide_panels && !presentation) draw_ui();
  if (phase_ == Phase::Running && first_focus_pending_) set_first_focus();
  if (phase_ == Phase::Running) {
    tours_.update(state_, globe_, platform::now_seconds());
    if (presentation) tours_.draw_caption();
    for (std::string& n : tours_.take_notices()) notices_.push_back(std::move(n));
    bool fullscreen = false;
    if (tours_.take_fullscreen_request(fullscreen)) platform::set_fullscreen(window_, fullscreen);
    explore_.follow_selection_level(state_);
    explore_.update_visible(state_, visible_);
    std::string fly_to;
    if (explore_.take_fly_to(fly_to)) globe_.fly_to_town(fly_to, state_);
    int picture_width = 0;
    if (explore_.take_picture_request(picture_width)) picture_.request(picture_width);
  }
  globe_.set_panel_open(panel_open_);
  globe_.set_sheet_height(sheet_height());
  if (phase_ == Phase::Running && frames_since_ready_ >= 0 && ++frames_since_ready_ > kSuggestionsAfterFrames) {
    const bool pool_due = frames_since_ready_ > kPoolAfterFrames || after_first_view_files_.empty();
    if (!after_first_view_requested_ && pool_due) request_after_first_view_files();
    if (after_first_view_requested_ && after_first_view_pending_ == 0) {
      complete_dataset();
      globe_.set_match_engine(explore_.match_engine());
      frames_since_ready_ = -1;
    }
  }
  if (phase_ == Phase::Running) globe_.update(state_, visible_, world_network_, platform::now_seconds());
  if (globe_.take_world_network_request()) request_world_network();
  keys_.draw_focus_ring();
  ImGui::Render();
  text_log_.capture(ImGui::GetDrawData());
  follow_language_switch();

  draw_frame();
  if (picture_frame) {
    capture_picture();
    globe_.hide_panels = hide_panels;
  }
  SDL_GL_SwapWindow(window_.sdl_window);

  publish_state_to_url();
  return !quit;
}

void App::draw_frame() {
  int width = 0, height = 0;
  platform::size_drawable(window_, phase_ == Phase::Running ? globe_.render_scale() : 1.0f, width, height);
  ImDrawData* ui = ImGui::GetDrawData();  // panels and labels follow the drawable's size
  if (ui && ui->DisplaySize.x > 0.0f && ui->DisplaySize.y > 0.0f)
    ui->FramebufferScale = ImVec2(float(width) / ui->DisplaySize.x, float(height) / ui->DisplaySize.y);
  glViewport(0, 0, width, height);
  glClearColor(GlobeView::kBackground[0], GlobeView::kBackground[1], GlobeView::kBackground[2], 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (phase_ == Phase::Running) globe_.render(width, height);
  else sky_.draw();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

bool App::follow_graphics_context() {
  for (platform::GraphicsEvent e; (e = platform::take_graphics_event()) != platform::GraphicsEvent::None;) {
    if (e == platform::GraphicsEvent::Lost && !gpu_lost_) {
      gpu_lost_ = true;
      release_gpu();
      platform::show_graphics_notice(ui::tr(ui::StringId::GraphicsContextLost));
    } else if (e == platform::GraphicsEvent::Restored && gpu_lost_) {
      gpu_lost_ = false;
      restore_gpu();
      platform::show_graphics_notice("");
    }
  }
  return !gpu_lost_;
}

void App::release_gpu() {
  // The objects are gone with the context; deleting them only forgets their names.
  sky_.destroy();
  globe_.release_gpu();
  ImGui_ImplOpenGL3_DestroyDeviceObjects();
}

void App::restore_gpu() {
  // ImGui's shaders, buffers and the font atlas; the sky; the globe's programs, meshes, land
  // texture and frame cache, and its data uploaded again. State, selection and camera stay.
  // A frame can have run on the lost context before its event came: the errors its calls left
  // (Emscripten records INVALID_ENUM for a query the dead context answered with null) are stale.
  for (int i = 0; i < 8 && glGetError() != GL_NO_ERROR; ++i) {
  }
  std::string error;
  if (!ImGui_ImplOpenGL3_CreateDeviceObjects() || !sky_.init(window_.glsl_version, error) ||
      !globe_.restore_gpu(window_.glsl_version, error)) {
    phase_ = Phase::Failed;
    platform::show_fatal_error(std::string(ui::tr(ui::StringId::GraphicsNotRestored)) + " " + error);
  }
}

float App::sheet_height() const {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  return ui::sheet_height(sheet_, viewport->WorkSize.x, viewport->WorkSize.y);
}

std::string App::sheet_query(const std::string& command) {
  static const char* kStops[] = {"collapsed", "half", "full"};
  const std::string arg = command.size() > 6 ? command.substr(6) : std::string();
  for (int i = 0; i < 3; ++i)
    if (arg == kStops[i]) sheet_.set_stop(SheetStop(i));
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float h = sheet_height();
  nlohmann::json j;
  j["stop"] = kStops[int(sheet_.stop())];
  j["dragging"] = sheet_.dragging();
  j["shown"] = h > 0.0f;  // a narrow screen: the panels are the sheet
  j["height"] = h;
  j["top"] = viewport->WorkSize.y - h;
  j["touch_ui"] = touch_ui_;
  return j.dump();
}

void App::capture_picture() {
  // The attribution names the main sources as "About the data" lists them, and counts the
  // cited web pages and references (ids pg_ and cs_, data/SCHEMA.md).
  const auto cited = std::count_if(dataset_.sources.begin(), dataset_.sources.end(), [](const Source& s) {
    return s.id.rfind("pg_", 0) == 0 || s.id.rfind("cs_", 0) == 0;
  });
  char attribution[512];
  std::snprintf(attribution, sizeof attribution, ui::tr(ui::StringId::PictureAttributionFormat), std::size_t(cited));
  std::string notice = picture_.capture(globe_, font_bytes_, attribution);
  if (!notice.empty()) notices_.push_back(std::move(notice));
}

double App::time_redraws(int draws, bool cached) {
  // WebGL's finish() is only a flush in Chromium; reading a pixel back waits for the GPU.
  unsigned char pixel[4];
  glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
  double start = platform::now_seconds();
  for (int i = 0; i < draws; ++i) {
    if (!cached) globe_.invalidate_cache();
    draw_frame();
    glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
  }
  return (platform::now_seconds() - start) * 1000.0 / draws;
}

void App::shutdown() {
  sky_.destroy();
  globe_.destroy();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  platform::destroy_window(window_);
}

std::string App::describe_state_json() const {
  nlohmann::json j;
  j["ready"] = phase_ == Phase::Running;
  j["failed"] = phase_ == Phase::Failed;
  j["hash"] = encode_url_hash(state_);
  j["selected"] = state_.selected_town;
  j["language"] = ui::language_code();
  j["camera"] = {state_.camera.lat, state_.camera.lon, state_.camera.distance};
  j["files_loaded"] = files_done_;
  j["bytes_loaded"] = bytes_loaded_;
  j["towns"] = dataset_.towns.size();
  j["partnerships"] = dataset_.partnerships.size();
  j["pool"] = pool_status();
  j["timings_ms"] = {{"dataset_total", dataset_load_ms_},
                     {"pool_total", pool_load_ms_},
                     {"dataset_json_parse", dataset_report_.parse_ms},
                     {"dataset_build", dataset_report_.build_ms},
                     {"world_network_total", world_network_parse_ms_},
                     {"engine_setup", engine_setup_ms_},
                     {"font_atlas", font_atlas_ms_},
                     {"explore_engine_build", explore_.engine_build_ms()}};
  j["world_network_pairs"] = world_network_.pairs.size();
  j["world_map_points"] = world_map_.point_count();
  j["notices"] = notices_;
  j["load_problems"] = load_problems_;
  j["file_faults"] = file_faults_;
  j["gpu_lost"] = gpu_lost_;
  j["picture"] = nlohmann::json::parse(picture_.describe_json());
  return j.dump();
}

}  // namespace atlas
