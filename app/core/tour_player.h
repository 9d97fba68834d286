// Stepping through a tour without GL or ImGui, time passed in (seconds), so tests need no
// clock. A presenter steps with the keys (next / previous, stopping at either end); a kiosk
// plays on its own in a loop, one stop per interval (the stop's own duration, or `every=` when
// the hash forces it), and a touch, click or key pauses it (KioskClock). The app applies the
// current stop's view whenever the stop changes.
#pragma once

#include <cstddef>

#include "tour.h"

namespace atlas {

// A tick every interval, none while paused; after a pause the next tick comes when it ends
// (or when it was due anyway, if later).
class KioskClock {
 public:
  void start(double now_s, double interval_s);
  void set_interval(double now_s, double interval_s);  // the next tick one new interval from now
  bool due(double now_s);  // true once per interval; the next interval starts then
  void pause(double now_s, double pause_s);
  bool paused(double now_s) const { return now_s < paused_until_; }

 private:
  double interval_ = 1.0, next_at_ = 0.0, paused_until_ = -1.0;
};

class TourPlayer {
 public:
  // Starts `tour` at its first stop (nothing when it has no stops).
  void start(Tour tour);
  void stop() { tour_.stops.clear(), playing_ = false; }
  bool active() const { return !tour_.stops.empty(); }
  const Tour& tour() const { return tour_; }
  std::size_t index() const { return index_; }
  std::size_t size() const { return tour_.stops.size(); }
  const TourStop* current() const { return active() ? &tour_.stops[index_] : nullptr; }

  // One stop forward or back; false (and no change) at either end, or in a loop never.
  bool next();
  bool previous();

  // Plays on its own in a loop from now: each stop for its duration, or `every_s` when the stop
  // has none or `every_overrides`.
  void play(double now_s, double every_s, bool every_overrides);
  bool playing() const { return playing_ && active(); }
  // While playing: true when the stop changed because its time was up.
  bool update(double now_s);
  // A touch, click or key: no automatic step for `pause_s` seconds.
  void pause(double now_s, double pause_s) { clock_.pause(now_s, pause_s); }
  bool paused(double now_s) const { return clock_.paused(now_s); }
  double seconds_of(const TourStop& stop) const;

 private:
  Tour tour_;
  std::size_t index_ = 0;
  bool playing_ = false;
  double every_s_ = 20.0;
  bool every_overrides_ = false;
  KioskClock clock_;
};

}  // namespace atlas
