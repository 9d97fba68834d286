// The kiosk's hash parameters (see kiosk_params.h).
#include "kiosk_params.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "url_state.h"

namespace atlas {

namespace {

bool kiosk_key(std::string_view key) {
  return key == "kiosk" || key == "tour" || key == "every" || key == "pause" || key == "seed";
}

// Calls `take(key, raw value)` for every "key=value" part of `hash`.
template <typename Take>
void for_each_part(std::string_view hash, Take take) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  while (!hash.empty()) {
    const std::size_t amp = hash.find('&');
    const std::string_view part = hash.substr(0, amp);
    const std::size_t eq = part.find('=');
    take(part.substr(0, eq), eq == std::string_view::npos ? std::string_view() : part.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    hash.remove_prefix(amp + 1);
  }
}

// Seconds in [lo, kKioskMaxSeconds] written as a plain decimal number.
bool parse_seconds(std::string_view text, double lo, double& out) {
  if (text.empty() || text.size() > 12) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || c == '.')) return false;
  const std::string s(text);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v) || v < lo || v > kKioskMaxSeconds) return false;
  out = v;
  return true;
}

bool parse_seed(std::string_view text, std::uint64_t& out) {
  if (text.empty() || text.size() > 20) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  const std::string s(text);
  errno = 0;
  char* end = nullptr;
  const unsigned long long v = std::strtoull(s.c_str(), &end, 10);
  if (errno == ERANGE || end != s.c_str() + s.size()) return false;
  out = v;
  return true;
}

}  // namespace

KioskParseResult parse_kiosk_params(std::string_view hash, KioskParams& out) {
  KioskParseResult r;
  if (hash.size() > kMaxUrlHashLength) return r;  // url_state names the whole link ignored
  for_each_part(hash, [&](std::string_view key, std::string_view raw) {
    if (!kiosk_key(key)) return;
    std::string value;
    if (!percent_decode(raw, value)) {
      r.notices.push_back(link_notice(LinkNoticeKind::Malformed, key, raw));
      return;
    }
    if (key == "kiosk") {
      if (value == "1") out.mode = KioskMode::Tour;
      else if (value == "spin") out.mode = KioskMode::Spin;
      else if (value == "0") out.mode = KioskMode::Off;
      else r.notices.push_back(link_notice(LinkNoticeKind::InvalidValue, key, value));
    } else if (key == "tour") {
      if (value.empty() || value.size() > kMaxKioskTourName) r.notices.push_back(link_notice(LinkNoticeKind::InvalidValue, key, value));
      else out.tour = value;
    } else if (key == "every") {
      if (parse_seconds(value, kKioskMinEvery, out.every_s)) out.every_given = true;
      else r.notices.push_back(link_notice(LinkNoticeKind::InvalidValue, key, value));
    } else if (key == "pause") {
      if (parse_seconds(value, 0.0, out.pause_s)) out.pause_given = true;
      else r.notices.push_back(link_notice(LinkNoticeKind::InvalidValue, key, value));
    } else if (parse_seed(value, out.seed)) {
      out.seed_given = true;
    } else {
      r.notices.push_back(link_notice(LinkNoticeKind::InvalidValue, key, value));
    }
  });
  return r;
}

std::string encode_kiosk_params(const KioskParams& p) {
  if (p.mode == KioskMode::Off) return "";
  std::string out = p.mode == KioskMode::Spin ? "kiosk=spin" : "kiosk=1";
  char buf[32];
  if (!p.tour.empty()) out += "&tour=" + percent_encode(p.tour);
  if (p.every_given) {
    std::snprintf(buf, sizeof buf, "&every=%g", p.every_s);
    out += buf;
  }
  if (p.pause_given) {
    std::snprintf(buf, sizeof buf, "&pause=%g", p.pause_s);
    out += buf;
  }
  if (p.seed_given) out += "&seed=" + std::to_string(p.seed);
  return out;
}

}  // namespace atlas
