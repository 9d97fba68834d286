// Tour stepping and kiosk timing (see tour_player.h).
#include "tour_player.h"

#include <algorithm>
#include <utility>

namespace atlas {

void KioskClock::start(double now_s, double interval_s) {
  paused_until_ = -1.0;
  set_interval(now_s, interval_s);
}

void KioskClock::set_interval(double now_s, double interval_s) {
  interval_ = std::max(0.01, interval_s);
  next_at_ = now_s + interval_;
}

bool KioskClock::due(double now_s) {
  if (paused(now_s) || now_s < next_at_) return false;
  next_at_ = now_s + interval_;
  return true;
}

void KioskClock::pause(double now_s, double pause_s) {
  paused_until_ = std::max(paused_until_, now_s + std::max(0.0, pause_s));
  next_at_ = std::max(next_at_, paused_until_);
}

void TourPlayer::start(Tour tour) {
  tour_ = std::move(tour);
  index_ = 0;
  playing_ = false;
}

bool TourPlayer::next() {
  if (!active()) return false;
  if (index_ + 1 < tour_.stops.size()) ++index_;
  else if (playing_ && tour_.stops.size() > 1) index_ = 0;
  else return false;
  return true;
}

bool TourPlayer::previous() {
  if (!active() || index_ == 0) return false;
  --index_;
  return true;
}

double TourPlayer::seconds_of(const TourStop& stop) const {
  return every_overrides_ || stop.duration_s <= 0.0 ? every_s_ : stop.duration_s;
}

void TourPlayer::play(double now_s, double every_s, bool every_overrides) {
  playing_ = true;
  every_s_ = every_s;
  every_overrides_ = every_overrides;
  if (active()) clock_.start(now_s, seconds_of(tour_.stops[index_]));
}

bool TourPlayer::update(double now_s) {
  if (!playing() || !clock_.due(now_s) || !next()) return false;
  clock_.set_interval(now_s, seconds_of(tour_.stops[index_]));
  return true;
}

}  // namespace atlas
