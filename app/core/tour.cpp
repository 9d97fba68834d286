// Tours as versioned JSON (see tour.h).
#include "tour.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "json_tape.h"

namespace atlas {

namespace {
constexpr int kTourVersion = 1;
constexpr double kMaxDurationS = 3600.0;
constexpr std::size_t kMaxCaption = 2000, kMaxView = 4096;

bool screen_parameter(std::string_view key) {
  return key == "lang" || key == "kiosk" || key == "tour" || key == "every" || key == "pause" || key == "seed";
}
}  // namespace

std::string tour_view_of_hash(std::string_view hash) {
  std::string out;
  while (!hash.empty()) {
    const std::size_t amp = hash.find('&');
    std::string_view part = hash.substr(0, amp);
    // Every '#' before the first kept part goes, so that the view of a view is the same view
    // ("##a" gave "#a", whose view is "a": a tour changed on export and re-import).
    while (out.empty() && !part.empty() && part.front() == '#') part.remove_prefix(1);
    const std::string_view key = part.substr(0, part.find('='));
    if (!part.empty() && !screen_parameter(key)) out += (out.empty() ? "" : "&") + std::string(part);
    if (amp == std::string_view::npos) break;
    hash.remove_prefix(amp + 1);
  }
  return out;
}

std::string tour_to_json(const Tour& tour) {
  nlohmann::json stops = nlohmann::json::array();
  for (const TourStop& s : tour.stops) {
    nlohmann::json j = {{"view", s.view}, {"caption", {{"de", s.caption_de}, {"en", s.caption_en}}}};
    if (s.duration_s > 0) j["duration_s"] = s.duration_s;
    stops.push_back(j);
  }
  const nlohmann::json doc = {{"v", kTourVersion}, {"name", tour.name}, {"stops", stops}};
  return doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool looks_like_tour(std::string_view text) {
  if (text.size() > kMaxTourBytes) return false;
  jt::Document doc;
  return doc.parse(text.data(), text.size()) && doc.root().is_object() && doc.root().find("stops").valid();
}

TourReadResult tour_from_json(std::string_view text, Tour& out) {
  TourReadResult r;
  out = Tour{};
  if (text.size() > kMaxTourBytes) {
    r.problems.push_back("the file has " + std::to_string(text.size()) + " bytes: a tour may have at most " +
                         std::to_string(kMaxTourBytes / 1024) + " KB");
    return r;
  }
  jt::Document doc;
  if (!doc.parse(text.data(), text.size())) {
    r.problems.push_back("not valid JSON at byte " + std::to_string(doc.error_position) + ": " + doc.error_message);
    return r;
  }
  const jt::Value root = doc.root();
  long long v = 0;
  if (!root.is_object() || !root.find("v").integer(v) || !root.find("stops").is_array()) {
    r.problems.push_back("not a tour: expected {\"v\": 1, \"name\": ..., \"stops\": [...]}");
    return r;
  }
  if (v != kTourVersion) {
    r.problems.push_back("tour version " + std::to_string(v) + " is not supported (this app reads version " +
                         std::to_string(kTourVersion) + ")");
    return r;
  }
  if (const jt::Value name = root.find("name"); name.is_string()) out.name = std::string(name.str());
  std::size_t k = 0;
  for (const jt::Value s : root.find("stops")) {
    const std::string at = "stop " + std::to_string(++k) + ": ";
    if (out.stops.size() == kMaxTourStops) {
      r.problems.push_back(at + "a tour has at most " + std::to_string(kMaxTourStops) + " stops; the rest are left out");
      break;
    }
    const jt::Value view = s.find("view");
    if (!s.is_object() || !view.is_string() || view.str().size() > kMaxView) {
      r.problems.push_back(at + "needs a \"view\" string of at most " + std::to_string(kMaxView) + " characters (left out)");
      continue;
    }
    TourStop stop;
    stop.view = tour_view_of_hash(view.str());
    const jt::Value caption = s.find("caption");
    for (const char* lang : {"de", "en"}) {
      const jt::Value c = caption.find(lang);
      if (!c.valid()) continue;
      if (!c.is_string() || c.str().size() > kMaxCaption) {
        r.problems.push_back(at + "caption \"" + lang + "\" must be a string of at most " + std::to_string(kMaxCaption) +
                             " bytes (ignored)");
        continue;
      }
      (lang[0] == 'd' ? stop.caption_de : stop.caption_en) = std::string(c.str());
    }
    if (const jt::Value d = s.find("duration_s"); d.valid()) {
      double secs = 0;
      if (!d.number(secs) || !(secs > 0) || secs > kMaxDurationS)
        r.problems.push_back(at + "duration_s must be a number of seconds from 0 to 3600 (ignored)");
      else
        stop.duration_s = secs;
    }
    out.stops.push_back(std::move(stop));
  }
  r.ok = true;
  return r;
}

}  // namespace atlas
