// Presenter mode, tours and the kiosk in the running app (see tour_controller.h).
//
// Test hook commands ("tour ..."): "tour" (state as JSON), "tour add", "tour caption <i>
// de|en <text>", "tour duration <i> <seconds>", "tour name <text>", "tour move <i> <+1|-1>",
// "tour delete <i>", "tour clear", "tour panel on|off", "tour json" (the kept tour as the
// export writes it). They call the same functions as the panel's buttons.
#include "tour_controller.h"

#include <SDL.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sstream>

#include "core/geo.h"
#include "core/shipped_tour.h"
#include "core/url_state.h"
#include "platform/platform.h"
#include "ui/caption_bar.h"
#include "ui/item_rects.h"
#include "ui/theme.h"
#include "ui/tour_panel.h"
#include "ui/ui_strings.h"

namespace atlas {

namespace {
constexpr double kFlightSeconds = 1.5;    // camera flight between stops
constexpr double kSpinDegPerSecond = 2.0; // the spinning kiosk's turn
constexpr double kSpinDistance = 1.9;     // camera distance over a shown partnership
constexpr const char* kExportName = "twinning-atlas-tour.json";

const std::string& in_ui_language(const std::string& de, const std::string& en) {
  const bool german = ui::language() == ui::Language::German;
  const std::string& first = german ? de : en;
  return first.empty() ? (german ? en : de) : first;
}

std::string format(ui::StringId id, const std::string& text, std::size_t n) {
  char buf[512];
  std::snprintf(buf, sizeof buf, ui::tr(id), text.c_str(), n);
  return buf;
}
}  // namespace

std::vector<std::string> TourController::configure(const std::string& start_hash) {
  KioskParseResult r = parse_kiosk_params(start_hash, kiosk_);
  std::vector<std::string> out;
  for (const LinkNotice& n : r.notices) out.push_back(ui::link_notice_text(n));
  return out;
}

void TourController::set_data(const Dataset& dataset) {
  dataset_ = &dataset;
  shipped_ = shipped_tour(dataset);
  const std::string kept = platform::kept_tour();
  if (!kept.empty()) {
    Tour t;
    const TourReadResult r = tour_from_json(kept, t);
    if (r.ok) kept_ = std::move(t);
  }
}

void TourController::handle_event(const SDL_Event& e) {
  if (kiosk_.mode != KioskMode::Off && (e.type == SDL_KEYDOWN || e.type == SDL_MOUSEBUTTONDOWN ||
                                        e.type == SDL_FINGERDOWN || e.type == SDL_MOUSEWHEEL))
    input_seen_ = true;
}

bool TourController::apply_key(KeyAction action) {
  if (kiosk_.mode != KioskMode::Off) return false;  // a kiosk only notes that a key was pressed
  switch (action) {
    case KeyAction::TogglePresenter: toggle_presenter_ = true; break;
    case KeyAction::NextStop: step_ = presenting_ ? Step::Next : step_; break;
    case KeyAction::PreviousStop: step_ = presenting_ ? Step::Previous : step_; break;
    case KeyAction::EndPresenter: end_presenter_ = presenting_ || end_presenter_; break;
    default: return false;
  }
  return true;
}

void TourController::start_presenting(const Tour& tour) {
  if (tour.stops.empty()) return;
  player_.start(tour);
  stop_pending_ = true;
  if (!presenting_) {
    presenting_ = true;
    fullscreen_change_ = true;
    fullscreen_on_ = true;
  }
}

void TourController::stop_presenting() {
  if (!presenting_) return;
  presenting_ = false;
  fullscreen_change_ = true;
  fullscreen_on_ = false;
}

bool TourController::take_fullscreen_request(bool& on) {
  if (!fullscreen_change_) return false;
  fullscreen_change_ = false;
  on = fullscreen_on_;
  return true;
}

void TourController::update(AppState& state, GlobeView& globe, double now_s) {
  if (!dataset_) return;
  const double dt = last_update_s_ < 0 ? 0.0 : std::min(0.1, now_s - last_update_s_);
  last_update_s_ = now_s;
  // Leaving fullscreen (the browser's Esc, which the page may never see) ends presenter mode.
  if (platform::take_fullscreen_exit() && presenting_ && !fullscreen_change_) {
    presenting_ = false;
  }
  if (end_presenter_) stop_presenting();
  if (toggle_presenter_) {
    if (presenting_) stop_presenting();
    else if (player_.active()) start_presenting(Tour(player_.tour()));
    else start_presenting(shipped_);
  }
  if (presenting_ && step_ == Step::Next) stop_pending_ |= player_.next();
  if (presenting_ && step_ == Step::Previous) stop_pending_ |= player_.previous();
  end_presenter_ = toggle_presenter_ = false;
  step_ = Step::None;

  if (!started_) {  // the kiosk starts with the first frame after loading
    started_ = true;
    if (kiosk_.mode == KioskMode::Tour) {
      const bool kept = !kept_.stops.empty() && (kiosk_.tour == "kept" || kiosk_.tour == kept_.name);
      if (!kiosk_.tour.empty() && kiosk_.tour != "shipped" && !kept)
        notices_.push_back(format(ui::StringId::KioskUnknownTourFormat, kiosk_.tour, 0));
      player_.start(kept ? kept_ : shipped_);
      player_.play(now_s, kiosk_.every_s, kiosk_.every_given);
      stop_pending_ = true;
    } else if (kiosk_.mode == KioskMode::Spin) {
      spin_ = std::make_unique<KioskSpin>(*dataset_, kiosk_.seed_given ? kiosk_.seed : std::uint64_t(std::time(nullptr)));
      spin_clock_.start(now_s, kiosk_.every_s);
      show_spin_partnership(state, globe);
    }
  }
  if (input_seen_) {
    player_.pause(now_s, kiosk_.pause_s);
    spin_clock_.pause(now_s, kiosk_.pause_s);
    input_seen_ = false;
  }
  if (player_.update(now_s)) stop_pending_ = true;
  if (spin_) {
    if (spin_clock_.due(now_s)) show_spin_partnership(state, globe);
    if (!spin_clock_.paused(now_s) && !globe.flying())
      state.camera.lon = geo::wrap_lon(state.camera.lon + kSpinDegPerSecond * dt);
  }
  if (stop_pending_ && player_.current()) apply_view(player_.current()->view, state, globe);
  stop_pending_ = false;
  if (show_kept_stop_ >= 0 && std::size_t(show_kept_stop_) < kept_.stops.size())
    apply_view(kept_.stops[std::size_t(show_kept_stop_)].view, state, globe);
  show_kept_stop_ = -1;
}

void TourController::apply_view(const std::string& view, AppState& state, GlobeView& globe) {
  // Like following a link: the view is a whole state; the camera flies to its place.
  AppState s;
  decode_url_hash(view.rfind("v=", 0) == 0 ? view : "v=" + std::to_string(kUrlStateVersion) + "&" + view, s);
  check_state_against_dataset(*dataset_, s);
  CameraState target = s.camera == GlobeView::default_camera() ? globe.home_camera() : s.camera;
  s.camera = state.camera;
  state = s;
  globe.fly_to(target, kFlightSeconds);
}

void TourController::show_spin_partnership(AppState& state, GlobeView& globe) {
  spin_link_ = spin_->next();
  if (spin_link_ == kNoIndex) return;
  const Partnership& p = dataset_->partnerships[spin_link_];
  if (spin_shown_.size() < 16) spin_shown_.push_back(p.id);
  const Town &a = dataset_->towns[p.a], &b = dataset_->towns[p.b];
  state.selected_town = a.id;
  CameraState target = state.camera;
  target.lat = (a.lat + b.lat) / 2.0;
  target.lon = (a.lon + b.lon) / 2.0;
  target.distance = kSpinDistance;
  globe.fly_to(target, kFlightSeconds);
}

void TourController::add_stop(const AppState& state) {
  TourStop stop;
  stop.view = tour_view_of_hash(encode_url_hash(state));
  if (dataset_) {
    const TownIndex t = dataset_->find_town(state.selected_town);
    if (t != kNoIndex) stop.caption_de = stop.caption_en = dataset_->towns[t].name;
  }
  if (kept_.name.empty()) kept_.name = ui::tr(ui::StringId::TourMyTour);
  if (kept_.stops.size() < kMaxTourStops) kept_.stops.push_back(std::move(stop));
  keep();
}

void TourController::move_stop(std::size_t index, int by) {
  const std::size_t to = index + std::size_t(by);
  if (index >= kept_.stops.size() || to >= kept_.stops.size()) return;
  std::swap(kept_.stops[index], kept_.stops[to]);
  keep();
}

void TourController::delete_stop(std::size_t index) {
  if (index >= kept_.stops.size()) return;
  kept_.stops.erase(kept_.stops.begin() + std::ptrdiff_t(index));
  keep();
}

void TourController::export_kept() const { platform::save_file(kExportName, "application/json", tour_to_json(kept_)); }

void TourController::keep() const { platform::keep_tour(tour_to_json(kept_)); }

bool TourController::take_file(const std::string& name, const std::string& bytes) {
  if (!looks_like_tour(bytes)) return false;
  Tour t;
  const TourReadResult r = tour_from_json(bytes, t);
  import_problems_ = r.problems;
  import_message_.clear();
  if (r.ok) {
    if (t.name.empty()) t.name = name;
    kept_ = std::move(t);
    keep();
    import_message_ = format(ui::StringId::TourImportedFormat, kept_.name, kept_.stops.size());
  }
  panel_open_ = true;
  return true;
}

std::vector<std::string> TourController::take_notices() {
  std::vector<std::string> out;
  out.swap(notices_);
  return out;
}

void TourController::draw_toolbar_buttons() {
  if (ui::theme::small_button(ui::tr(ui::StringId::ToolbarTour))) panel_open_ = !panel_open_;
  ui::note_item_rect("toolbar-tour");
  ImGui::SameLine();
  if (ui::theme::small_button(ui::tr(ui::StringId::ToolbarPresent))) toggle_presenter_ = true;
  ui::note_item_rect("toolbar-present");
}

void TourController::draw_panel(AppState& state) {
  if (!panel_open_) return;
  ui::TourPanelModel m{shipped_, kept_, import_problems_, import_message_, panel_open_};
  ui::draw_tour_panel(m);
  if (m.edited) keep();
  if (m.add_stop) add_stop(state);
  if (m.move >= 0) move_stop(std::size_t(m.move), m.move_by);
  if (m.remove >= 0) delete_stop(std::size_t(m.remove));
  if (m.clear) {
    kept_.stops.clear();
    keep();
  }
  if (m.export_kept) export_kept();
  if (m.import_file) platform::pick_user_file();
  if (m.show >= 0) show_kept_stop_ = m.show;
  if (m.present_shipped) start_presenting(shipped_);
  if (m.present_kept) start_presenting(kept_);
}

void TourController::draw_caption() {
  if (!hides_panels() || !dataset_) return;
  if (spin_) {
    if (spin_link_ == kNoIndex) return;
    const KioskCaption c = kiosk_caption(*dataset_, spin_link_);
    ui::draw_caption_bar({in_ui_language(c.de, c.en), 0, 0, spin_clock_.paused(last_update_s_)});
  } else if (const TourStop* s = player_.current()) {
    ui::draw_caption_bar({in_ui_language(s->caption_de, s->caption_en), player_.index() + 1, player_.size(),
                          player_.paused(last_update_s_)});
  }
}

std::string TourController::describe_json(double now_s) const {
  nlohmann::json j;
  j["presenting"] = presenting_;
  j["kiosk"] = kiosk_.mode == KioskMode::Tour ? "tour" : kiosk_.mode == KioskMode::Spin ? "spin" : "off";
  j["panel_open"] = panel_open_;
  j["tour"] = player_.active() ? player_.tour().name : std::string();
  j["index"] = player_.index();
  j["count"] = player_.size();
  std::string caption;
  if (spin_ && spin_link_ != kNoIndex) {
    const KioskCaption c = kiosk_caption(*dataset_, spin_link_);
    caption = in_ui_language(c.de, c.en);
    j["spin_partnership"] = dataset_->partnerships[spin_link_].id;
    j["spin_shown"] = spin_shown_;
  } else if (const TourStop* s = player_.current()) {
    caption = in_ui_language(s->caption_de, s->caption_en);
    j["view"] = s->view;
  }
  j["caption"] = caption;
  j["paused"] = player_.paused(now_s) || spin_clock_.paused(now_s);
  j["shipped_stops"] = shipped_.stops.size();
  j["kept"] = nlohmann::json::parse(tour_to_json(kept_));
  j["import_problems"] = import_problems_;
  j["import_message"] = import_message_;
  return j.dump();
}

std::string TourController::test_command(const std::string& command, AppState& state) {
  std::istringstream in(command);
  std::string verb, what;
  in >> verb;
  if (verb != "tour") return "";
  in >> what;
  const std::string ok = R"({"ok":true})";
  std::size_t i = 0;
  if (what.empty()) return describe_json(last_update_s_);
  if (what == "add") return add_stop(state), ok;
  if (what == "json") return nlohmann::json{{"json", tour_to_json(kept_)}}.dump();
  if (what == "clear") return kept_.stops.clear(), keep(), ok;
  if (what == "panel") {
    in >> what;
    panel_open_ = what != "off";
    return ok;
  }
  if (what == "name") {
    std::getline(in >> std::ws, kept_.name);
    return keep(), ok;
  }
  if (!(in >> i) || i >= kept_.stops.size()) return R"({"error":"tour add|json|clear|panel on|off|name <text>|caption|duration|move|delete <stop> ..."})";
  TourStop& s = kept_.stops[i];
  if (what == "caption") {
    std::string lang, text;
    in >> lang;
    std::getline(in >> std::ws, text);
    (lang == "de" ? s.caption_de : s.caption_en) = text;
    return keep(), ok;
  }
  if (what == "duration") {
    double secs = 0;
    in >> secs;
    s.duration_s = std::clamp(secs, 0.0, 3600.0);
    return keep(), ok;
  }
  if (what == "move") {
    int by = 0;
    in >> by;
    return move_stop(i, by), ok;
  }
  if (what == "delete") return delete_stop(i), ok;
  return R"({"error":"unknown tour command"})";
}

}  // namespace atlas
