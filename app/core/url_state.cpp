// Encoding and validation of the URL hash state (see url_state.h).
#include "url_state.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace atlas {

namespace {

bool is_unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == '~';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool parse_double(std::string_view text, double& out) {
  if (text.empty() || text.size() > 32) return false;
  // std::from_chars for double needs GCC 11+/libc++ 17+; strtod on a bounded copy works everywhere.
  char buffer[40];
  text.copy(buffer, text.size());
  buffer[text.size()] = '\0';
  char* end = nullptr;
  out = std::strtod(buffer, &end);
  return end == buffer + text.size() && std::isfinite(out);
}

bool parse_camera(std::string_view text, CameraState& out) {
  double values[3];
  for (int i = 0; i < 3; ++i) {
    std::size_t comma = text.find(',');
    if ((i < 2) != (comma != std::string_view::npos)) return false;
    if (!parse_double(text.substr(0, comma), values[i])) return false;
    text = i < 2 ? text.substr(comma + 1) : std::string_view();
  }
  if (values[0] < -90 || values[0] > 90 || values[1] < -180 || values[1] > 180 || values[2] < 1.05 ||
      values[2] > 12)
    return false;
  out = {values[0], values[1], values[2]};
  return true;
}

bool is_valid_town_id(std::string_view id) {
  if (id.empty() || id.size() > 40 || id.find(':') == std::string_view::npos) return false;
  for (char c : id)
    if (!(is_unreserved(c) || c == ':')) return false;
  return true;
}

std::string format_fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace

std::string percent_encode(std::string_view text) {
  static const char* digits = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (is_unreserved(static_cast<char>(c))) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 15];
    }
  }
  return out;
}

bool percent_decode(std::string_view text, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return false;
    int hi = hex_value(text[i + 1]), lo = hex_value(text[i + 2]);
    if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) return false;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return true;
}

std::string encode_url_hash(const AppState& state) {
  std::string hash = "v=" + std::to_string(kUrlStateVersion);
  hash += "&cam=" + format_fixed(state.camera.lat, 3) + "," + format_fixed(state.camera.lon, 3) + "," +
          format_fixed(state.camera.distance, 3);
  if (!state.selected_town.empty()) hash += "&sel=" + percent_encode(state.selected_town);
  return hash;
}

UrlDecodeResult decode_url_hash(std::string_view hash, AppState& state) {
  UrlDecodeResult result;
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  if (hash.empty()) return result;
  if (hash.size() > kMaxUrlHashLength) {
    result.notices.push_back("link state ignored: longer than " + std::to_string(kMaxUrlHashLength) +
                             " characters");
    return result;
  }
  AppState next = state;
  bool version_ok = false;
  std::vector<std::string> field_notices;
  while (!hash.empty()) {
    std::size_t amp = hash.find('&');
    std::string_view pair = hash.substr(0, amp);
    hash = amp == std::string_view::npos ? std::string_view() : hash.substr(amp + 1);
    std::size_t eq = pair.find('=');
    std::string_view key = pair.substr(0, eq);
    std::string value;
    if (eq == std::string_view::npos || !percent_decode(pair.substr(eq + 1), value)) {
      field_notices.push_back("malformed field ignored");
      continue;
    }
    if (key == "v") {
      version_ok = value == std::to_string(kUrlStateVersion);
    } else if (key == "cam") {
      if (parse_camera(value, next.camera)) result.applied_any = true;
      else field_notices.push_back("invalid camera ignored");
    } else if (key == "sel") {
      if (is_valid_town_id(value)) {
        next.selected_town = value;
        result.applied_any = true;
      } else {
        field_notices.push_back("invalid town id ignored");
      }
    }  // unknown keys are skipped silently: a newer link may carry more fields
  }
  if (!version_ok) {
    result.applied_any = false;
    result.notices.push_back("link state ignored: missing or unsupported version");
    return result;
  }
  result.notices.insert(result.notices.end(), field_notices.begin(), field_notices.end());
  state = next;
  return result;
}

}  // namespace atlas
