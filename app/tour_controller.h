// TourController: presenter mode, tours and the kiosk in the running app (issue 14 items 1-3).
// It owns the built-in tour (core shipped_tour.h), the tour kept on the device, the player
// (core tour_player.h), the kiosk's parameters from the start-up link (core kiosk_params.h)
// and the spinning kiosk (core kiosk_spin.h). Moving to a stop applies its view like a link,
// and the camera flies there (GlobeView::fly_to, eased, the shorter way round). App asks it
// whether the panels are hidden, routes SDL events and picked tour files to it, and draws its
// panel, toolbar buttons and caption bar.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/dataset.h"
#include "core/kiosk_params.h"
#include "core/key_map.h"
#include "core/kiosk_spin.h"
#include "core/tour.h"
#include "core/tour_player.h"
#include "globe_view.h"

union SDL_Event;

namespace atlas {

class TourController {
 public:
  // The kiosk's parameters from the start-up link; returns what was ignored.
  std::vector<std::string> configure(const std::string& start_hash);
  // After loading: the built-in tour, the kept one; a kiosk starts.
  void set_data(const Dataset& dataset);
  // In a kiosk: any touch, click or key.
  void handle_event(const SDL_Event& event);
  // Presenter mode's keys of the key map (core/key_map.h): P, next and previous stop, end;
  // false when `action` is not one of them (or a kiosk runs).
  bool apply_key(KeyAction action);
  // Everything but the globe and the caption bar is hidden (presenter mode or a kiosk).
  bool hides_panels() const { return presenting_ || kiosk_.mode != KioskMode::Off; }
  // Once per frame before the globe's update: steps, kiosk timing, applying stops.
  void update(AppState& state, GlobeView& globe, double now_s);
  // Presenter mode wants the window fullscreen (true) or not; false when nothing changed.
  bool take_fullscreen_request(bool& on);
  void draw_toolbar_buttons();   // inside the globe's toolbar
  void draw_panel(AppState& state);  // the tours panel, when open
  void draw_caption();           // presenter mode and kiosk
  // The kiosk's part of the address ("kiosk=1&every=2"), kept when the view part changes.
  std::string kiosk_hash() const { return encode_kiosk_params(kiosk_); }
  // A dropped or picked file: true when it was a tour (read into the kept tour).
  bool take_file(const std::string& name, const std::string& bytes);
  std::vector<std::string> take_notices();
  // Test hook "tour ..." commands (see tour_controller.cpp); empty when not one of them.
  std::string test_command(const std::string& command, AppState& state);

 private:
  enum class Step { None, Next, Previous };
  void start_presenting(const Tour& tour);
  void stop_presenting();
  void apply_view(const std::string& view, AppState& state, GlobeView& globe);
  void show_spin_partnership(AppState& state, GlobeView& globe);
  void add_stop(const AppState& state);
  void move_stop(std::size_t index, int by);
  void delete_stop(std::size_t index);
  void export_kept() const;
  void keep() const;
  std::string describe_json(double now_s) const;

  const Dataset* dataset_ = nullptr;
  Tour shipped_, kept_;
  TourPlayer player_;
  KioskParams kiosk_;
  std::unique_ptr<KioskSpin> spin_;
  KioskClock spin_clock_;
  PartnershipIndex spin_link_ = kNoIndex;
  std::vector<std::string> spin_shown_;  // the first partnerships shown (test hook: the seed's sequence)
  bool presenting_ = false;
  bool panel_open_ = false;
  bool fullscreen_change_ = false, fullscreen_on_ = false;
  bool stop_pending_ = false;       // the player's stop changed: apply it in the next update
  Step step_ = Step::None;
  bool toggle_presenter_ = false, end_presenter_ = false, input_seen_ = false;
  int show_kept_stop_ = -1;
  bool started_ = false;            // the kiosk began (after the first update)
  double last_update_s_ = -1.0;
  std::vector<std::string> notices_, import_problems_;
  std::string import_message_;
};

}  // namespace atlas
