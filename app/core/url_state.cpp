// Encoding and validation of the URL hash state (see url_state.h).
#include "url_state.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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

// Shortest of "%.2f" without trailing zeros ("1", "0.5", "0.25").
std::string format_short(double value) {
  std::string s = format_fixed(value, 2);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::vector<std::string_view> split_commas(std::string_view text) {
  std::vector<std::string_view> parts;
  while (true) {
    std::size_t comma = text.find(',');
    parts.push_back(text.substr(0, comma));
    if (comma == std::string_view::npos) break;
    text = text.substr(comma + 1);
  }
  return parts;
}

bool is_valid_tag_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxUrlTagIdLength) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// "GB-WLS" (UK nation) or an ISO alpha-2 code.
bool is_valid_area(std::string_view a) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (a.size() == 2) return upper(a[0]) && upper(a[1]);
  return a == "GB-ENG" || a == "GB-SCT" || a == "GB-WLS" || a == "GB-NIR";
}

// A comma-separated list of distinct, valid items; false when anything is invalid.
template <typename Valid>
bool parse_list(std::string_view text, Valid valid, std::vector<std::string>& out) {
  std::vector<std::string> items;
  if (text.empty()) {
    out.clear();
    return true;
  }
  for (std::string_view part : split_commas(text)) {
    if (!valid(part) || items.size() >= kMaxUrlListItems) return false;
    std::string item(part);
    for (const std::string& x : items)
      if (x == item) return false;
    items.push_back(std::move(item));
  }
  out = std::move(items);
  return true;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += ',';
    out += percent_encode(item);
  }
  return out;
}

bool parse_int(std::string_view text, int& out) {
  double v = 0;
  if (!parse_double(text, v) || v != std::floor(v) || v < -1e9 || v > 1e9) return false;
  out = static_cast<int>(v);
  return true;
}

// Bit set <-> letters: bit i is letters[i] ("pfkc" for the partnership kinds).
std::string encode_bits(std::uint8_t bits, const char* letters) {
  std::string out;
  for (int i = 0; letters[i]; ++i)
    if ((bits >> i) & 1u) out += letters[i];
  return out.empty() ? "-" : out;
}

bool decode_bits(std::string_view text, const char* letters, std::uint8_t& out) {
  std::uint8_t bits = 0;
  if (text == "-") {
    out = 0;
    return true;
  }
  if (text.empty() || text.size() > 8) return false;
  for (char c : text) {
    const char* at = std::strchr(letters, c);
    if (c == 0 || !at) return false;
    bits = static_cast<std::uint8_t>(bits | (1u << (at - letters)));
  }
  out = bits;
  return true;
}

constexpr const char* kKindLetters = "pfkc";       // partnership, friendship, kreis, contact
constexpr const char* kLifecycleLetters = "ade";   // active, dormant, ended
constexpr const char* kConfidenceLetters = "tou";  // two sources, one source, unverified

bool parse_population_range(std::string_view text, double& lo, double& hi) {
  std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) return false;
  std::string_view a = text.substr(0, comma), b = text.substr(comma + 1);
  double x = -1, y = -1;
  if (!a.empty() && (!parse_double(a, x) || x < 0 || x > 1e8)) return false;
  if (!b.empty() && (!parse_double(b, y) || y < 0 || y > 1e8)) return false;
  if (x >= 0 && y >= 0 && x > y) return false;
  lo = x;
  hi = y;
  return true;
}

bool parse_weights(std::string_view text, MatchWeights& w) {
  std::vector<std::string_view> parts = split_commas(text);
  if (parts.size() != kMatchComponentCount) return false;
  MatchWeights next = w;
  for (std::size_t i = 0; i < kMatchComponentCount; ++i) {
    double v = 0;
    if (!parse_double(parts[i], v) || v < 0 || v > kMaxUrlWeight) return false;
    next.weight[i] = v;
  }
  w = next;
  return true;
}

// Filters, weights, pool, graph and "my town" fields. Returns true when the field was
// taken over; invalid values add a notice and leave the state as it was.
bool decode_extra_field(std::string_view key, const std::string& value, AppState& next,
                        std::vector<LinkNotice>& notices) {
  FilterState& f = next.filters;
  auto take = [&](bool ok) {
    if (!ok) notices.push_back(link_notice(LinkNoticeKind::InvalidValue, key, value));
    return ok;
  };
  if (key == "sc") {
    bool ok = value == "all" || value == "uk";
    if (ok) f.scope = value == "all" ? Scope::AllNrw : Scope::NrwUk;
    return take(ok);
  }
  if (key == "tags") return take(parse_list(value, is_valid_tag_id, f.tags));
  if (key == "tm") {
    bool ok = value == "all" || value == "any";
    if (ok) f.tag_match = value == "all" ? TagMatch::All : TagMatch::Any;
    return take(ok);
  }
  if (key == "kr") return take(parse_list(value, is_valid_town_id, f.kreise));
  if (key == "pa") return take(parse_list(value, is_valid_area, f.partner_areas));
  if (key == "pop") return take(parse_population_range(value, f.population_min, f.population_max));
  if (key == "kind") return take(decode_bits(value, kKindLetters, f.kinds));
  if (key == "st") return take(decode_bits(value, kLifecycleLetters, f.lifecycles));
  if (key == "conf") return take(decode_bits(value, kConfidenceLetters, f.confidences));
  if (key == "sug") {
    bool ok = value == "0" || value == "1";
    if (ok) f.show_suggestions = value == "1";
    return take(ok);
  }
  if (key == "yr") {
    std::size_t comma = value.find(',');
    int a = 0, b = 0;
    bool ok = comma != std::string::npos && parse_int(std::string_view(value).substr(0, comma), a) &&
              parse_int(std::string_view(value).substr(comma + 1), b) && a >= kYearMin && b <= kYearMax && a <= b;
    if (ok) {
      f.year_from = a;
      f.year_to = b;
    }
    return take(ok);
  }
  if (key == "yu") {
    bool ok = value == "0" || value == "1";
    if (ok) f.show_year_unknown = value == "1";
    return take(ok);
  }
  if (key == "w") return take(parse_weights(value, next.weights));
  if (key == "pool") return take(parse_pool_key(value.c_str(), next.pool));
  if (key == "firsts") {
    bool ok = value == "0" || value == "1";
    if (ok) next.first_suggestions = value == "1";
    return take(ok);
  }
  if (key == "ego") {
    int hops = 0;
    bool ok = parse_int(value, hops) && hops >= 0 && hops <= static_cast<int>(kMaxUrlEgoHops);
    if (ok) next.graph.ego_hops = static_cast<std::uint32_t>(hops);
    return take(ok);
  }
  if (key == "gpa") {
    bool ok = value == "0" || value == "1";
    if (ok) next.graph.partners_abroad = value == "1";
    return take(ok);
  }
  if (key == "path") {
    bool ok = value.empty() || is_valid_town_id(value);
    if (ok) next.graph.path_to = value;
    return take(ok);
  }
  MyTownState& my = next.my_town;
  if (key == "my") {
    bool ok = value == "0" || value == "1";
    if (ok) my.active = value == "1";
    return take(ok);
  }
  if (key == "myb") {
    bool ok = value.empty() || is_valid_town_id(value);
    if (ok) my.base_town = value;
    return take(ok);
  }
  if (key == "myt") return take(parse_list(value, is_valid_tag_id, my.tags));
  if (key == "myp") {
    double p = -1;
    bool ok = parse_double(value, p) && p >= 0 && p <= 1e8;
    if (ok) my.population = p;
    return take(ok);
  }
  if (key == "lang") {
    bool ok = value == "de" || value == "en";
    if (ok) next.language = value;
    return take(ok);
  }
  return false;
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
    if (text[i] == '\0') return false;  // a literal NUL, as an escaped one (found by fuzzing)
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
  // Everything else only when it differs from the default, so plain links stay short.
  const FilterState& f = state.filters;
  const FilterState def;
  if (f.scope != def.scope) hash += "&sc=all";
  if (!f.tags.empty()) hash += "&tags=" + join_list(f.tags);
  if (f.tag_match != def.tag_match) hash += "&tm=all";
  if (!f.kreise.empty()) hash += "&kr=" + join_list(f.kreise);
  if (!f.partner_areas.empty()) hash += "&pa=" + join_list(f.partner_areas);
  if (f.population_min >= 0 || f.population_max >= 0)
    hash += "&pop=" + (f.population_min >= 0 ? format_short(f.population_min) : std::string()) + "," +
            (f.population_max >= 0 ? format_short(f.population_max) : std::string());
  if (f.kinds != def.kinds) hash += "&kind=" + encode_bits(f.kinds, kKindLetters);
  if (f.lifecycles != def.lifecycles) hash += "&st=" + encode_bits(f.lifecycles, kLifecycleLetters);
  if (f.confidences != def.confidences) hash += "&conf=" + encode_bits(f.confidences, kConfidenceLetters);
  if (f.show_suggestions != def.show_suggestions) hash += "&sug=0";
  if (f.year_from != def.year_from || f.year_to != def.year_to)
    hash += "&yr=" + std::to_string(f.year_from) + "," + std::to_string(f.year_to);
  if (f.show_year_unknown != def.show_year_unknown) hash += "&yu=0";
  if (state.weights.weight != MatchWeights().weight) {
    hash += "&w=";
    for (std::size_t i = 0; i < kMatchComponentCount; ++i)
      hash += (i ? "," : "") + format_short(state.weights.weight[i]);
  }
  if (state.pool != PoolKind::Uk) hash += std::string("&pool=") + pool_key(state.pool);
  if (state.first_suggestions) hash += "&firsts=1";
  if (state.graph.ego_hops > 0) hash += "&ego=" + std::to_string(state.graph.ego_hops);
  if (!state.graph.path_to.empty()) hash += "&path=" + percent_encode(state.graph.path_to);
  if (!state.graph.partners_abroad) hash += "&gpa=0";
  const MyTownState& my = state.my_town;
  if (my.active) hash += "&my=1";
  if (!my.base_town.empty()) hash += "&myb=" + percent_encode(my.base_town);
  if (!my.tags.empty()) hash += "&myt=" + join_list(my.tags);
  if (my.population >= 0) hash += "&myp=" + format_short(my.population);
  if (!state.language.empty()) hash += "&lang=" + state.language;
  return hash;
}

UrlDecodeResult decode_url_hash(std::string_view hash, AppState& state) {
  UrlDecodeResult result;
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  if (hash.empty()) return result;
  if (hash.size() > kMaxUrlHashLength) {
    result.notices.push_back({LinkNoticeKind::TooLong, std::to_string(kMaxUrlHashLength)});
    return result;
  }
  AppState next = state;
  bool version_ok = false;
  std::vector<LinkNotice> field_notices;
  while (!hash.empty()) {
    std::size_t amp = hash.find('&');
    std::string_view pair = hash.substr(0, amp);
    hash = amp == std::string_view::npos ? std::string_view() : hash.substr(amp + 1);
    std::size_t eq = pair.find('=');
    std::string_view key = pair.substr(0, eq);
    std::string value;
    if (eq == std::string_view::npos || !percent_decode(pair.substr(eq + 1), value)) {
      field_notices.push_back(link_notice(LinkNoticeKind::Malformed, pair));
      continue;
    }
    if (key == "v") {
      version_ok = value == std::to_string(kUrlStateVersion);
    } else if (key == "cam") {
      if (parse_camera(value, next.camera)) result.applied_any = true;
      else field_notices.push_back(link_notice(LinkNoticeKind::InvalidValue, key, value));
    } else if (key == "sel") {
      if (is_valid_town_id(value)) {
        next.selected_town = value;
        result.applied_any = true;
      } else {
        field_notices.push_back(link_notice(LinkNoticeKind::InvalidValue, key, value));
      }
    } else if (decode_extra_field(key, value, next, field_notices)) {
      result.applied_any = true;
    }  // unknown keys are skipped silently: a newer link may carry more fields
  }
  if (!version_ok) {
    result.applied_any = false;
    result.notices.push_back({LinkNoticeKind::UnsupportedVersion, ""});
    return result;
  }
  result.version_ok = true;
  result.notices.insert(result.notices.end(), field_notices.begin(), field_notices.end());
  state = next;
  return result;
}

std::vector<LinkNotice> check_state_against_dataset(const Dataset& dataset, AppState& state) {
  std::vector<LinkNotice> notices;
  if (dataset.towns.empty()) return notices;
  auto town_known = [&](std::string& id, const char* key) {
    if (id.empty() || dataset.find_town(id) != kNoIndex) return;
    notices.push_back(link_notice(LinkNoticeKind::NotInData, key, id));
    id.clear();
  };
  town_known(state.selected_town, "sel");
  town_known(state.graph.path_to, "path");
  town_known(state.my_town.base_town, "myb");
  auto drop_unknown_tags = [&](std::vector<std::string>& tags, const char* key) {
    for (auto it = tags.begin(); it != tags.end();) {
      if (dataset.find_tag(*it) != kNoIndex) {
        ++it;
        continue;
      }
      notices.push_back(link_notice(LinkNoticeKind::NotInData, key, *it));
      it = tags.erase(it);
    }
  };
  drop_unknown_tags(state.filters.tags, "tags");
  drop_unknown_tags(state.my_town.tags, "myt");
  std::vector<std::string>& kreise = state.filters.kreise;
  for (auto it = kreise.begin(); it != kreise.end();) {
    TownIndex t = dataset.find_town(*it);
    if (t != kNoIndex && dataset.towns[t].role == TownRole::NrwKreis) {
      ++it;
      continue;
    }
    notices.push_back(link_notice(LinkNoticeKind::NotInData, "kr", *it));
    it = kreise.erase(it);
  }
  return notices;
}

}  // namespace atlas
