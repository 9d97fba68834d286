// The kiosk's parameters from the URL hash: `kiosk=1` plays a tour in a loop (the one named by
// `tour=`: "shipped", "kept" or the kept tour's name; else the shipped one), `kiosk=spin` turns
// the globe and shows a partnership every interval. `every=` (seconds between stops or
// partnerships), `pause=` (seconds a touch, click or key pauses it) and `seed=` (the spin's
// random choice) override the defaults, so tests run fast and the same way every time. Like
// the rest of the hash (url_state.h) these are untrusted: a bad value is ignored with a notice.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "link_notice.h"

namespace atlas {

enum class KioskMode { Off, Tour, Spin };

constexpr double kKioskDefaultEvery = 20.0;  // seconds
constexpr double kKioskDefaultPause = 60.0;  // seconds
constexpr double kKioskMinEvery = 0.2, kKioskMaxSeconds = 3600.0;
constexpr std::size_t kMaxKioskTourName = 100;

struct KioskParams {
  KioskMode mode = KioskMode::Off;
  std::string tour;              // "shipped", "kept", a kept tour's name, or empty (shipped)
  double every_s = kKioskDefaultEvery;
  bool every_given = false;      // every= overrides each stop's own duration
  double pause_s = kKioskDefaultPause;
  bool pause_given = false;
  std::uint64_t seed = 0;
  bool seed_given = false;       // else the app seeds from the clock
};

struct KioskParseResult {
  std::vector<LinkNotice> notices;  // what was ignored and why
};

// Reads kiosk, tour, every, pause and seed from `hash` (with or without '#'); other keys are
// left to url_state. Missing keys keep their defaults.
KioskParseResult parse_kiosk_params(std::string_view hash, KioskParams& out);

// The kiosk's own part of a hash ("kiosk=1&every=2"), only what was given and valid, without
// '#'; empty when the kiosk is off. The app keeps it in the address when it rewrites the view
// part, so a reload stays a kiosk.
std::string encode_kiosk_params(const KioskParams& params);

}  // namespace atlas
