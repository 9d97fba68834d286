// A tour: a list of stops a presenter steps through (PageDown, a clicker), kept on the device
// and exported or imported as a file. A stop is a view (the URL hash's state: camera,
// selection, filters, scope, suggestions; without the language and the kiosk parameters,
// which belong to the screen, not the story), a caption in German and English and an optional
// duration for kiosk play. The file is JSON with a version (data/SCHEMA.md, "Tours"); the
// reader keeps the valid stops and names each problem with its stop.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace atlas {

constexpr std::size_t kMaxTourStops = 200;
constexpr std::size_t kMaxTourBytes = 1024u * 1024u;

struct TourStop {
  std::string view;                    // URL hash state without lang/kiosk ("sel=DE:05515000&cam=...")
  std::string caption_de, caption_en;
  double duration_s = 0.0;             // 0: the kiosk's default interval
};

struct Tour {
  std::string name;
  std::vector<TourStop> stops;
};

struct TourReadResult {
  bool ok = false;                     // false: nothing usable (not a tour file, wrong version)
  std::vector<std::string> problems;   // "stop 3: ..." for each stop left out or field ignored
};

// The view part of a URL hash: every parameter except the screen's own (lang, kiosk, tour,
// every, pause, seed), in their order; leading '#'s are dropped. The view of a view is itself.
std::string tour_view_of_hash(std::string_view hash);

std::string tour_to_json(const Tour& tour);
// True for a file that is meant as a tour (a JSON object with "stops"), valid or not: a
// dropped or picked file goes to the tour reader, not to the own-data import.
bool looks_like_tour(std::string_view text);
TourReadResult tour_from_json(std::string_view text, Tour& out);

}  // namespace atlas
