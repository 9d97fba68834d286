// Strict, exception-free loader of data/*.json (see dataset_loader.h and data/SCHEMA.md).
// JSON_NOEXCEPTION is defined for all code. Files are parsed by nlohmann/json's SAX parser
// into a flat tape (core/json_tape.h: no per-value allocations); every value's type is
// checked before use. Ids are matched as string views into the parsed files, so checking
// references costs no string copies; only what goes into the model is copied.
#include "core/dataset_loader.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/json_tape.h"

namespace atlas {
namespace {

using jt::Value;
using Clock = std::chrono::steady_clock;
using IdMap = std::unordered_map<std::string_view, std::uint32_t>;  // views into the parsed files

#if defined(__GNUC__) || defined(__clang__)
#define ATLAS_NOINLINE __attribute__((noinline))
#else
#define ATLAS_NOINLINE
#endif

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

std::string str_of(std::string_view v) { return std::string(v.data(), v.size()); }

// ---------------------------------------------------------------------------------------
// Parsing with line and column for broken files

// nlohmann's message is "[json.exception.parse_error.101] parse error at line 1, column 5:
// syntax error while parsing value - ..."; keep the part after the position.
std::string short_parse_message(const std::string& m) {
  std::size_t colon = m.find(": ", m.find("column"));
  return colon == std::string::npos ? m : m.substr(colon + 2);
}

// Parses one file; on a syntax error records file, line and column and returns false.
bool parse_file(const NamedText& f, jt::Document& doc, LoadReport& rep) {
  FileSummary s;
  s.file = f.name;
  s.bytes = f.text.size();
  const auto t0 = Clock::now();
  const bool ok = doc.parse(f.text);
  s.parse_ms = ms_since(t0);
  rep.parse_ms += s.parse_ms;
  if (!ok) {
    std::size_t pos = doc.error_position > 0 ? doc.error_position - 1 : 0;
    if (pos > f.text.size()) pos = f.text.size();
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < pos; ++i)
      if (f.text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    LoadProblem p;
    p.file = f.name;
    p.line = line;
    p.column = static_cast<int>(pos - line_start) + 1;
    p.message = "not well-formed JSON, file rejected: " + short_parse_message(doc.error_message);
    rep.problems.push_back(std::move(p));
    s.parsed = false;
    rep.files.push_back(s);
    return false;
  }
  s.parsed = true;
  rep.files.push_back(s);
  if (!doc.root().is_object()) {
    rep.error(f.name, "", "top level must be a JSON object, file rejected");
    rep.files.back().parsed = false;
    return false;
  }
  const Value v = doc.root().find("v");
  double version = 0;
  if (v.valid() && !(v.number(version) && version == 1.0))
    rep.warning(f.name, "/v", "unknown format version (expected 1)");
  return true;
}

// ---------------------------------------------------------------------------------------
// Checked access to one record

// A section ("towns", ...) of one parsed file.
struct Section {
  const std::string* file = nullptr;
  std::size_t summary = 0;  // index into LoadReport::files
  Value array;
  std::string pointer;  // "/towns"
};

// One record under check: the first problem found rejects it. Its JSON pointer
// (base + sep + index) is only spelled out when a message needs it. The record's members are
// matched once against the keys its format knows (`keys`); a key given twice counts with its
// last value, as in nlohmann's DOM. Accessors name keys from that list.
class Rec {
 public:
  static constexpr std::size_t kMaxKeys = 20;

  template <std::size_t N>
  Rec(Value v, const std::string& base, const char* sep, std::size_t index, const std::string_view (&keys)[N])
      : v_(v), base_(base), sep_(sep), index_(index), keys_(keys), nkeys_(N) {
    static_assert(N <= kMaxKeys, "too many keys");
    if (!v.is_object()) {
      fail("", "record is not an object");
      return;
    }
    for (auto it = v.begin(), e = v.end(); it != e; ++it) {
      const std::string_view k = it.key();
      std::size_t j = 0;
      while (j < N && keys[j] != k) ++j;
      if (j < N) slot_[j] = it.value();
      else unknown_ = true;
    }
  }
  bool ok() const { return msg_.empty(); }
  const std::string& message() const { return msg_; }
  const std::string& where() const { return where_; }
  Value value() const { return v_; }
  std::string pointer() const { return base_ + sep_ + std::to_string(index_); }

  void fail(const std::string& sub, const std::string& msg) {
    if (!msg_.empty()) return;
    msg_ = msg;
    where_ = pointer() + sub;
  }

  Value field(std::string_view key) const {
    for (std::size_t j = 0; j < nkeys_; ++j)
      if (keys_[j] == key) return slot_[j];
    return Value();  // not a key of this format: a programming error, reads as absent
  }

  // The field if present; a missing required field rejects the record. Invalid when absent
  // or when the record already failed.
  Value present(const char* key, bool required) {
    if (!ok()) return Value();
    const Value f = field(key);
    if (!f.valid() && required) fail(std::string("/") + key, std::string("missing field \"") + key + "\"");
    return f;
  }

  // The field as an array whose elements are all strings (checked, not yet read).
  bool string_array(const char* key, bool required, Value& out) {
    out = present(key, required);
    if (!out.valid()) return false;
    if (!out.is_array()) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must be an array of strings");
      return false;
    }
    std::size_t i = 0;
    for (const Value e : out) {
      if (!e.is_string()) {
        fail(std::string("/") + key + "/" + std::to_string(i), "must be a string");
        return false;
      }
      ++i;
    }
    return true;
  }

  // Required (or optional) string as a view into the file; `nonempty` rejects "".
  bool view(const char* key, std::string_view& out, bool required = true, bool nonempty = true) {
    const Value f = present(key, required);
    if (!f.valid()) return false;
    if (!f.is_string()) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must be a string");
      return false;
    }
    out = f.str();
    if (nonempty && out.empty()) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must not be empty");
      return false;
    }
    return true;
  }

  bool str(const char* key, std::string& out, bool required = true, bool nonempty = true) {
    std::string_view v;
    if (!view(key, v, required, nonempty)) return false;
    out.assign(v.data(), v.size());
    return true;
  }

  bool num(const char* key, double& out, bool required = true) {
    const Value f = present(key, required);
    if (!f.valid()) return false;
    if (!f.number(out)) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must be a finite number");
      return false;
    }
    return true;
  }

  bool boolean(const char* key, bool& out) {
    if (!ok()) return false;
    const Value f = field(key);
    if (!f.valid()) return false;
    if (!f.boolean(out)) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must be true or false");
      return false;
    }
    return true;
  }

  bool str_array(const char* key, std::vector<std::string>& out, bool required) {
    Value f;
    if (!string_array(key, required, f)) return false;
    out.clear();
    out.reserve(f.size());
    for (const Value e : f) out.push_back(str_of(e.str()));
    return true;
  }

  // Source ids -> indices; unknown ids reject the record.
  bool sources(const char* key, const IdMap& by_id, std::vector<std::uint32_t>& out, bool required = true) {
    Value f;
    if (!string_array(key, required, f)) return false;
    out.clear();
    out.reserve(f.size());
    if (required && f.size() == 0) {
      fail(std::string("/") + key, "a record needs at least one source");
      return false;
    }
    std::size_t i = 0;
    for (const Value e : f) {
      auto it = by_id.find(e.str());
      if (it == by_id.end()) {
        fail(std::string("/") + key + "/" + std::to_string(i), "unknown source id \"" + str_of(e.str()) + "\"");
        return false;
      }
      out.push_back(it->second);
      ++i;
    }
    return true;
  }

  // Warns about fields this format does not know (a typo would otherwise pass silently).
  void unknown_fields(LoadReport& rep, const std::string& file) const {
    if (!unknown_) return;
    for (auto it = v_.begin(), e = v_.end(); it != e; ++it) {
      const std::string_view k = it.key();
      std::size_t j = 0;
      while (j < nkeys_ && keys_[j] != k) ++j;
      if (j < nkeys_) continue;
      const std::string name = str_of(k);
      rep.warning(file, pointer() + "/" + name, "unknown field \"" + name + "\" ignored");
    }
  }

 private:
  Value v_;
  const std::string& base_;
  const char* sep_;
  std::size_t index_;
  const std::string_view* keys_;
  std::size_t nkeys_;
  Value slot_[kMaxKeys];
  bool unknown_ = false;
  std::string msg_;
  std::string where_;
};

struct Counter {
  LoadReport& rep;
  void loaded(const Section& s) { ++rep.files[s.summary].loaded; }
  void reject(const Rec& r, const Section& s) {
    rep.error(*s.file, r.where(), r.message());
    ++rep.files[s.summary].rejected;
  }
  void reject(const Section& s, const std::string& pointer, const std::string& message) {
    rep.error(*s.file, pointer, message);
    ++rep.files[s.summary].rejected;
  }
};

struct ParsedFile {
  const std::string* name;
  std::size_t summary;
  Value root;
};

std::vector<Section> sections_named(const std::vector<ParsedFile>& docs, const char* name, LoadReport& rep) {
  std::vector<Section> out;
  for (const ParsedFile& f : docs) {
    const Value a = f.root.find(name);
    if (!a.valid()) continue;
    if (!a.is_array()) {
      rep.error(*f.name, std::string("/") + name, std::string("section \"") + name + "\" must be an array");
      continue;
    }
    out.push_back({f.name, f.summary, a, std::string("/") + name});
  }
  return out;
}

std::size_t records_in(const std::vector<Section>& secs) {
  std::size_t n = 0;
  for (const Section& s : secs) n += s.array.size();
  return n;
}

bool role_of(std::string_view code, TownRole& out) {
  static const std::pair<const char*, TownRole> kRoles[] = {
      {"nm", TownRole::NrwMunicipality}, {"nk", TownRole::NrwKreis},      {"uc", TownRole::UkCouncil},
      {"ur", TownRole::UkRegion},        {"ut", TownRole::UkPartnerTown}, {"ec", TownRole::EuropeCandidate},
      {"ot", TownRole::OtherTown},
  };
  for (const auto& [c, r] : kRoles)
    if (code == c) {
      out = r;
      return true;
    }
  return false;
}

bool valid_country(std::string_view c) {
  return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z';
}

// The keys of each record format (data/SCHEMA.md).
constexpr std::string_view kSourceKeys[] = {"id", "title", "url", "lic", "attr"};
constexpr std::string_view kTagKeys[] = {"id", "kind", "de", "en", "desc", "src", "cov", "sides"};
constexpr std::string_view kSideKeys[] = {"c", "cov", "asof"};
constexpr std::string_view kIndicatorKeys[] = {"key", "de", "en", "unit", "desc", "src"};
constexpr std::string_view kTownKeys[] = {"id", "n", "alt", "al", "c", "r", "sr", "k", "p", "lat", "lon", "pop", "set", "gn", "kf", "nt", "d19", "src"};
constexpr std::string_view kPartnershipKeys[] = {"id", "a", "b", "d", "k", "s", "conf", "uk", "y", "src", "nt"};
constexpr std::string_view kExcludedKeys[] = {"a", "b", "why", "src"};
constexpr std::string_view kProfileKeys[] = {"id", "t", "i"};
constexpr std::string_view kTagEntryKeys[] = {"tag", "src", "d", "inh", "d19"};
constexpr std::string_view kIndicatorEntryKeys[] = {"k", "v", "src", "inh"};

// ---------------------------------------------------------------------------------------
// Sections

void load_sources(const std::vector<Section>& secs, Dataset& d, IdMap& by_id, Counter& c) {
  d.sources.reserve(records_in(secs));
  by_id.reserve(records_in(secs));
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const Value v : s.array) {
      Rec r(v, s.pointer, "/", i++, kSourceKeys);
      Source src;
      std::string_view id;
      r.view("id", id);
      r.str("title", src.title);
      r.str("url", src.url, false);
      r.str("lic", src.licence);
      r.str("attr", src.attribution);
      if (r.ok() && by_id.count(id)) r.fail("/id", "duplicate source id \"" + str_of(id) + "\"");
      if (!r.ok()) {
        c.reject(r, s);
        continue;
      }
      r.unknown_fields(c.rep, *s.file);
      src.id = str_of(id);
      by_id.emplace(id, static_cast<std::uint32_t>(d.sources.size()));
      d.sources.push_back(std::move(src));
      c.loaded(s);
    }
  }
}

bool parse_coverage(std::string_view cov, Coverage& out) {
  if (cov == "complete") out = Coverage::Complete;
  else if (cov == "partial") out = Coverage::Partial;
  else return false;
  return true;
}

// A tag's optional "sides": [{"c": "GB", "cov": "complete", "asof": "2020-02"}, ...].
void read_sides(Rec& r, Tag& t) {
  const Value sides = r.field("sides");
  if (!sides.valid()) return;
  if (!sides.is_array()) {
    r.fail("/sides", "\"sides\" must be an array of {c, cov, asof}");
    return;
  }
  static const std::string kBase = "/sides";
  std::size_t k = 0;
  for (const Value v : sides) {
    const std::string at = "/sides/" + std::to_string(k);
    Rec sr(v, kBase, "/", k++, kSideKeys);
    SideCoverage side;
    std::string_view c, cov;
    sr.view("c", c);
    sr.view("cov", cov);
    sr.str("asof", side.as_of, false, false);
    if (!sr.ok()) return r.fail(sr.where(), sr.message());
    if (!valid_country(c)) return r.fail(at + "/c", "country must be an ISO 3166-1 alpha-2 code");
    if (!parse_coverage(cov, side.coverage))
      return r.fail(at + "/cov", "coverage must be \"complete\" or \"partial\", not \"" + str_of(cov) + "\"");
    side.country = str_of(c);
    if (t.side(side.country)) return r.fail(at + "/c", "country \"" + side.country + "\" listed twice");
    t.sides.push_back(std::move(side));
  }
}

void load_tags(const std::vector<Section>& secs, Dataset& d, const IdMap& src, IdMap& by_id, Counter& c) {
  d.tags.reserve(records_in(secs));
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const Value v : s.array) {
      Rec r(v, s.pointer, "/", i++, kTagKeys);
      Tag t;
      std::string_view id, kind, cov;
      r.view("id", id);
      r.view("kind", kind);
      r.str("de", t.label_de);
      r.str("en", t.label_en);
      r.str("desc", t.description);
      r.sources("src", src, t.sources);
      r.view("cov", cov);
      if (r.ok()) {
        if (kind == "goal") t.kind = TagKind::Goal;
        else if (kind == "challenge") t.kind = TagKind::Challenge;
        else r.fail("/kind", "kind must be \"goal\" or \"challenge\", not \"" + str_of(kind) + "\"");
      }
      if (r.ok()) {
        if (!parse_coverage(cov, t.coverage)) r.fail("/cov", "coverage must be \"complete\" or \"partial\", not \"" + str_of(cov) + "\"");
      }
      if (r.ok()) read_sides(r, t);
      if (r.ok() && by_id.count(id)) r.fail("/id", "duplicate tag id \"" + str_of(id) + "\"");
      if (!r.ok()) {
        c.reject(r, s);
        continue;
      }
      r.unknown_fields(c.rep, *s.file);
      t.id = str_of(id);
      by_id.emplace(id, static_cast<TagIndex>(d.tags.size()));
      d.tag_by_id.emplace(t.id, static_cast<TagIndex>(d.tags.size()));
      d.tags.push_back(std::move(t));
      c.loaded(s);
    }
  }
}

void load_indicator_defs(const std::vector<Section>& secs, Dataset& d, const IdMap& src, Counter& c) {
  std::unordered_set<std::string> seen;
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const Value v : s.array) {
      Rec r(v, s.pointer, "/", i++, kIndicatorKeys);
      IndicatorDef def;
      r.str("key", def.key);
      r.str("de", def.label_de);
      r.str("en", def.label_en);
      r.str("unit", def.unit, false, false);
      r.str("desc", def.description);
      r.sources("src", src, def.sources);
      if (r.ok() && !seen.insert(def.key).second) r.fail("/key", "duplicate indicator key \"" + def.key + "\"");
      if (!r.ok()) {
        c.reject(r, s);
        continue;
      }
      r.unknown_fields(c.rep, *s.file);
      d.indicators.push_back(std::move(def));
      c.loaded(s);
    }
  }
}

// Where a town record came from, and its parent id, until the parents are checked.
struct PendingTown {
  std::string_view parent_id;
  const Section* section = nullptr;
  std::size_t index = 0;
  const char* parent_field = "/p";
};

// The "candidates" section of towns.json (data/SCHEMA.md): the European pool as rows
// [GeoNames id, name, country, lat, lon, population(, council id)] with the sources given once
// and lat/lon in 1/scale degree (integers: no strtod, which is slow in wasm).
struct CandidateSection {
  Section section;  // section.array is the "rows" array
  double scale = 1;
  std::vector<std::uint32_t> src, src_council;
};

std::vector<CandidateSection> candidate_sections(const std::vector<ParsedFile>& docs, const IdMap& src,
                                                 LoadReport& rep) {
  std::vector<CandidateSection> out;
  for (const ParsedFile& f : docs) {
    const Value sec = f.root.find("candidates");
    if (!sec.valid()) continue;
    CandidateSection cs;
    cs.section = {f.name, f.summary, sec.find("rows"), "/candidates"};
    std::string problem, at = "/candidates";
    auto source_list = [&](const char* key, std::vector<std::uint32_t>& ids, bool required) {
      const Value list = sec.find(key);
      if (!list.valid() && !required) return true;
      at = std::string("/candidates/") + key;
      if (!list.is_array() || (required && list.size() == 0)) {
        problem = std::string("\"") + key + "\" must be a non-empty array of source ids";
        return false;
      }
      std::size_t k = 0;
      for (const Value e : list) {
        auto it = src.find(e.str());
        if (!e.is_string() || it == src.end()) {
          at += "/" + std::to_string(k);
          problem = "unknown source id \"" + str_of(e.str()) + "\"";
          return false;
        }
        ids.push_back(it->second);
        ++k;
      }
      return true;
    };
    if (!sec.is_object()) problem = "section \"candidates\" must be an object {scale, src, src_p, rows}";
    else if (!sec.find("scale").number(cs.scale) || cs.scale <= 0 || cs.scale > 1e9)
      at = "/candidates/scale", problem = "\"scale\" must be a positive number";
    else if (!cs.section.array.is_array()) at = "/candidates/rows", problem = "\"rows\" must be an array";
    else if (source_list("src", cs.src, true) && source_list("src_p", cs.src_council, false)) {
      for (auto it = sec.begin(), e = sec.end(); it != e; ++it)
        if (it.key() != "scale" && it.key() != "src" && it.key() != "src_p" && it.key() != "rows")
          rep.warning(*f.name, "/candidates/" + str_of(it.key()), "unknown field \"" + str_of(it.key()) + "\" ignored");
    }
    if (!problem.empty()) {
      rep.error(*f.name, at, problem + "; section rejected");
      continue;
    }
    cs.section.pointer = "/candidates/rows";
    out.push_back(std::move(cs));
  }
  return out;
}

// One candidate row into `t` (role, id, sources set); "" or the problem and the index of the bad element.
ATLAS_NOINLINE std::string candidate_row(Value v, const CandidateSection& cs, Town& t, std::string_view& parent, std::size_t& bad) {
  Value e[8];
  const std::size_t n = v.is_array() ? v.size() : 0;
  bad = kNoIndex;
  if (n < 6 || n > 8)
    return "a candidate must be [GeoNames id, name, country, lat, lon, population(, council id(, 2019 district))]";
  std::size_t k = 0;
  for (const Value x : v) e[k++] = x;
  long long gn = 0;
  double pop = 0;
  if (bad = 0, !e[0].integer(gn) || gn < 1 || gn > 4294967295LL) return "GeoNames id must be a positive integer";
  if (bad = 1, !e[1].is_string() || e[1].str().empty()) return "name must be a non-empty string";
  if (bad = 2, !e[2].is_string() || !valid_country(e[2].str())) return "country must be an ISO 3166-1 alpha-2 code";
  if (bad = 3, !e[3].number(t.lat)) return "latitude must be a finite number";
  t.lat /= cs.scale;
  if (t.lat < -90.0 || t.lat > 90.0) return "latitude out of range [-90, 90]";
  if (bad = 4, !e[4].number(t.lon)) return "longitude must be a finite number";
  t.lon /= cs.scale;
  if (t.lon < -180.0 || t.lon > 180.0) return "longitude out of range [-180, 180]";
  if (bad = 5, !e[5].number(pop)) return "population must be a finite number";
  if (pop < 0) return "population must not be negative";
  if (n >= 7 && (bad = 6, !e[6].is_string() || e[6].str().empty())) return "council id must be a non-empty string";
  if (n == 8 && (bad = 7, !e[7].is_string() || e[7].str().empty())) return "2019 district must be a non-empty string";
  bad = kNoIndex;
  t.role = TownRole::EuropeCandidate;
  t.geonames_id = static_cast<std::uint32_t>(gn);
  t.id = "GN:" + std::to_string(gn);
  t.name = str_of(e[1].str());
  t.country = str_of(e[2].str());
  t.population = pop;
  t.sources = cs.src;
  parent = n >= 7 ? e[6].str() : std::string_view();
  if (n == 8) t.district_2019 = str_of(e[7].str());
  if (!parent.empty()) t.sources.insert(t.sources.end(), cs.src_council.begin(), cs.src_council.end());
  return "";
}

// One "towns" record into `t` and `p`; false (and the problem reported) when it is rejected.
// Not inlined on purpose: the wasm engine optimises a function only for later calls, so the
// per-record work must be a function called thousands of times, not the body of one long loop.
ATLAS_NOINLINE bool read_town(const Section& s, Value v, std::size_t i, const IdMap& src, const IdMap& ids, Town& t,
                              PendingTown& p, Counter& c) {
  Rec r(v, s.pointer, "/", i, kTownKeys);
  std::string_view id, role, country;
  r.view("id", id);
  if (r.ok() && id.find(':') == std::string_view::npos) r.fail("/id", "town id must be \"<scheme>:<code>\"");
  r.str("n", t.name);
  r.str("alt", t.name_alt, false, false);
  r.str_array("al", t.aliases, false);
  r.view("c", country);
  if (r.ok() && !valid_country(country)) r.fail("/c", "country must be an ISO 3166-1 alpha-2 code");
  r.str("r", t.region, false, false);
  r.str("sr", t.subregion, false, false);
  r.view("k", role);
  if (r.ok() && !role_of(role, t.role)) r.fail("/k", "unknown town role \"" + str_of(role) + "\"");
  r.view("p", p.parent_id, false);
  r.num("lat", t.lat);
  r.num("lon", t.lon);
  if (r.ok() && (t.lat < -90.0 || t.lat > 90.0)) r.fail("/lat", "latitude out of range [-90, 90]");
  if (r.ok() && (t.lon < -180.0 || t.lon > 180.0)) r.fail("/lon", "longitude out of range [-180, 180]");
  if (r.num("pop", t.population, false) && t.population < 0) r.fail("/pop", "population must not be negative");
  r.str("set", t.settlement, false, false);
  double gn = 0;
  if (r.num("gn", gn, false) && (gn < 1 || gn > 4294967295.0 || gn != std::floor(gn)))
    r.fail("/gn", "GeoNames id must be a positive integer");
  // Converted only when in range: a rejected 2e19 must not reach the cast (found by fuzzing).
  if (gn >= 1 && gn <= 4294967295.0) t.geonames_id = static_cast<std::uint32_t>(gn);
  r.boolean("kf", t.kreisfrei);
  r.str("nt", t.note, false, false);
  r.str("d19", t.district_2019, false);
  r.sources("src", src, t.sources);
  if (r.ok() && p.parent_id == id) r.fail("/p", "a town cannot be its own parent");
  if (r.ok() && ids.count(id)) r.fail("/id", "duplicate town id \"" + str_of(id) + "\"");
  if (!r.ok()) {
    c.reject(r, s);
    return false;
  }
  r.unknown_fields(c.rep, *s.file);
  t.id = str_of(id);
  t.country = str_of(country);
  // a GeoNames id in the town id itself
  if (t.geonames_id == 0 && id.compare(0, 3, "GN:") == 0) {
    const std::string_view num = id.substr(3);
    bool digits = !num.empty() && num.size() <= 10;
    for (char ch : num) digits = digits && ch >= '0' && ch <= '9';
    unsigned long long g = 0;
    if (digits)
      for (char ch : num) g = g * 10 + static_cast<unsigned>(ch - '0');
    if (g > 0 && g <= 4294967295ULL) t.geonames_id = static_cast<std::uint32_t>(g);
  }
  p.section = &s;
  p.index = i;
  return true;
}

// One candidate row into `t` and `p`; false (and the problem reported) when it is rejected.
ATLAS_NOINLINE bool read_candidate(const CandidateSection& cs, Value v, std::size_t at, const IdMap& ids, Town& t,
                                   PendingTown& p, Counter& c) {
  const Section& s = cs.section;
  std::size_t bad = kNoIndex;
  std::string problem = candidate_row(v, cs, t, p.parent_id, bad);
  if (problem.empty() && p.parent_id == t.id) bad = 6, problem = "a town cannot be its own parent";
  if (problem.empty() && ids.count(t.id)) bad = 0, problem = "duplicate town id \"" + t.id + "\"";
  if (!problem.empty()) {
    c.reject(s, s.pointer + "/" + std::to_string(at) + (bad == kNoIndex ? "" : "/" + std::to_string(bad)), problem);
    return false;
  }
  p.section = &s;
  p.index = at;
  p.parent_field = "/6";
  return true;
}

// Moves a checked town into the model and its indices.
ATLAS_NOINLINE void commit_town(Dataset& d, IdMap& by_id, Town&& t) {
  const auto index = static_cast<TownIndex>(d.towns.size());
  d.towns.push_back(std::move(t));
  by_id.emplace(d.towns.back().id, index);
  d.town_by_id.emplace(d.towns.back().id, index);
}

// Loads the towns and the candidate rows; `by_id` maps every loaded town id to its index.
void load_towns(const std::vector<Section>& secs, const std::vector<CandidateSection>& cands, Dataset& d,
                const IdMap& src, IdMap& by_id, Counter& c) {
  std::size_t n = records_in(secs);
  for (const CandidateSection& cs : cands) n += cs.section.array.size();
  // `towns` never reallocates: `ids` holds views of the ids in it
  std::vector<Town> towns;
  std::vector<PendingTown> pending;
  towns.reserve(n);
  pending.reserve(n);
  IdMap ids;  // id -> index into pending
  ids.reserve(n);
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const Value v : s.array) {
      PendingTown p;
      Town t;
      if (!read_town(s, v, i++, src, ids, t, p, c)) continue;
      towns.push_back(std::move(t));
      ids.emplace(towns.back().id, static_cast<std::uint32_t>(pending.size()));
      pending.push_back(p);
    }
  }
  for (const CandidateSection& cs : cands) {
    const Section& s = cs.section;
    std::size_t i = 0;
    for (const Value v : s.array) {
      PendingTown p;
      Town t;
      if (!read_candidate(cs, v, i++, ids, t, p, c)) continue;
      towns.push_back(std::move(t));
      ids.emplace(towns.back().id, static_cast<std::uint32_t>(pending.size()));
      pending.push_back(p);
    }
  }
  // dangling parents reject the town; repeat while rejections remove further parents
  std::vector<bool> alive(pending.size(), true);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < pending.size(); ++i) {
      if (!alive[i] || pending[i].parent_id.empty() || ids.count(pending[i].parent_id)) continue;
      alive[i] = false;
      changed = true;
      const PendingTown& p = pending[i];
      c.reject(*p.section, p.section->pointer + "/" + std::to_string(p.index) + p.parent_field,
               "dangling reference: parent \"" + str_of(p.parent_id) + "\" is not a loaded town");
    }
    if (changed)
      for (std::size_t i = 0; i < pending.size(); ++i)
        if (!alive[i]) ids.erase(towns[i].id);
  }
  // d.towns is sized once and never grows afterwards: `by_id` holds views of its ids
  d.towns.reserve(ids.size());
  by_id.reserve(ids.size());
  d.town_by_id.reserve(ids.size());
  for (std::size_t i = 0; i < pending.size(); ++i) {
    if (!alive[i]) continue;
    commit_town(d, by_id, std::move(towns[i]));
    c.loaded(*pending[i].section);
  }
  for (std::size_t i = 0, k = 0; i < pending.size(); ++i) {
    if (!alive[i]) continue;
    if (!pending[i].parent_id.empty()) d.towns[k].parent = by_id.find(pending[i].parent_id)->second;
    ++k;
  }
}

TownIndex find_in(const IdMap& m, std::string_view id) {
  auto it = m.find(id);
  return it == m.end() ? kNoIndex : it->second;
}

void load_partnerships(const std::vector<Section>& secs, Dataset& d, const IdMap& src, const IdMap& towns,
                       Counter& c) {
  std::unordered_set<std::string_view> seen_ids;
  std::set<std::tuple<TownIndex, TownIndex, std::string>> seen_pairs;
  d.partnerships.reserve(records_in(secs));
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const Value v : s.array) {
      Rec r(v, s.pointer, "/", i++, kPartnershipKeys);
      Partnership p;
      std::string_view id, a, b, kind, status, conf;
      r.view("id", id);
      r.view("a", a);
      r.view("b", b);
      r.str("d", p.district, false);
      r.view("k", kind);
      r.view("s", status);
      r.view("conf", conf);
      r.boolean("uk", p.nrw_uk);
      r.sources("src", src, p.sources);
      r.str("nt", p.notes, false, false);
      if (r.ok()) {
        if (kind == "partnership") p.kind = PartnershipKind::Partnership;
        else if (kind == "friendship") p.kind = PartnershipKind::Friendship;
        else if (kind == "kreis") p.kind = PartnershipKind::KreisPartnership;
        else if (kind == "contact") p.kind = PartnershipKind::Contact;
        else r.fail("/k", "unknown partnership kind \"" + str_of(kind) + "\"");
      }
      if (r.ok()) {
        if (status == "active") p.status = PartnershipStatus::Active;
        else if (status == "dormant") p.status = PartnershipStatus::Dormant;
        else if (status == "ended") p.status = PartnershipStatus::Ended;
        else r.fail("/s", "unknown status \"" + str_of(status) + "\"");
      }
      if (r.ok()) {
        if (conf == "two") p.confidence = Confidence::TwoSources;
        else if (conf == "one") p.confidence = Confidence::OneSource;
        else if (conf == "unverified") p.confidence = Confidence::Unverified;
        else r.fail("/conf", "unknown confidence \"" + str_of(conf) + "\"");
      }
      if (r.ok()) {
        p.a = find_in(towns, a);
        p.b = find_in(towns, b);
        if (p.a == kNoIndex) r.fail("/a", "dangling reference: town \"" + str_of(a) + "\" is not loaded");
        else if (p.b == kNoIndex) r.fail("/b", "dangling reference: town \"" + str_of(b) + "\" is not loaded");
        else if (p.a == p.b) r.fail("/b", "a partnership needs two different towns");
      }
      if (r.ok() && p.nrw_uk && !(is_nrw(d.towns[p.a].role) && is_uk(d.towns[p.b].role)))
        r.fail("/uk", "marked NRW–UK but the ends are not an NRW and a UK place");
      if (r.ok()) p.context_only = !is_nrw(d.towns[p.a].role) && !is_nrw(d.towns[p.b].role);
      if (r.ok()) {
        if (const Value y = r.field("y"); y.valid()) {
          if (!y.is_array()) r.fail("/y", "\"y\" must be an array of [year, source id]");
          std::size_t k = 0;
          for (const Value e : y) {
            const std::string at = "/y/" + std::to_string(k++);
            long long year = 0;
            const bool pair = e.is_array() && e.size() == 2;
            const Value sid = pair ? e.at(1) : Value();
            if (!pair || !sid.is_string() || !e.at(0).integer(year)) {
              r.fail(at, "a year entry must be [integer year, source id]");
              break;
            }
            if (year < 1800 || year > 2100) {
              r.fail(at + "/0", "year out of range");
              break;
            }
            auto it = src.find(sid.str());
            if (it == src.end()) {
              r.fail(at + "/1", "unknown source id \"" + str_of(sid.str()) + "\"");
              break;
            }
            p.years.push_back({static_cast<int>(year), it->second});
          }
        }
      }
      if (r.ok() && seen_ids.count(id)) r.fail("/id", "duplicate partnership id \"" + str_of(id) + "\"");
      if (r.ok()) {
        // towns and ids correspond one to one, so the ordered index pair is the ordered id pair
        const bool a_first = a < b;
        if (!seen_pairs.emplace(a_first ? p.a : p.b, a_first ? p.b : p.a, p.district).second)
          r.fail("", "duplicate pair " + str_of(a) + " – " + str_of(b));
      }
      if (!r.ok()) {
        c.reject(r, s);
        continue;
      }
      r.unknown_fields(c.rep, *s.file);
      seen_ids.insert(id);
      p.id = str_of(id);
      d.partnerships.push_back(std::move(p));
      c.loaded(s);
    }
  }
}

void load_excluded(const std::vector<Section>& secs, Dataset& d, const IdMap& src, Counter& c) {
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const Value v : s.array) {
      Rec r(v, s.pointer, "/", i++, kExcludedKeys);
      ExcludedLink e;
      r.str("a", e.a);
      r.str("b", e.b);
      r.str("why", e.reason);
      r.sources("src", src, e.sources);
      if (!r.ok()) {
        c.reject(r, s);
        continue;
      }
      d.excluded.push_back(std::move(e));
      c.loaded(s);
    }
  }
}

// What reading profiles needs; the per-profile and per-entry functions are called thousands of
// times (not inlined: see read_town).
struct ProfileContext {
  Dataset& d;
  const IdMap& src;
  const IdMap& towns;
  const IdMap& tags;
  Counter& c;
  std::unordered_map<std::string_view, std::uint32_t> indicator_keys;  // key -> index into d.indicators
  std::vector<bool> has_profile;
};

ATLAS_NOINLINE void read_tag_entry(ProfileContext& x, const Section& s, const std::string& base, std::size_t k, Value e,
                                   Town& town) {
  Rec er(e, base, "/t/", k, kTagEntryKeys);
  TownTag tt;
  std::string_view tag, sid;
  er.view("tag", tag);
  er.view("src", sid);
  er.str("d", tt.detail, false, false);
  er.boolean("inh", tt.inherited);
  er.str_array("d19", tt.districts_2019, false);
  if (er.ok()) {
    tt.tag = find_in(x.tags, tag);
    if (tt.tag == kNoIndex) er.fail("/tag", "unknown tag id \"" + str_of(tag) + "\"");
  }
  if (er.ok()) {
    auto it = x.src.find(sid);
    if (it == x.src.end()) er.fail("/src", "unknown source id \"" + str_of(sid) + "\"");
    else tt.source = it->second;
  }
  if (er.ok())
    for (const TownTag& o : town.tags)
      if (o.tag == tt.tag) er.fail("/tag", "tag \"" + str_of(tag) + "\" listed twice for this town");
  if (!er.ok()) {
    x.c.reject(er, s);
    return;
  }
  er.unknown_fields(x.c.rep, *s.file);
  town.tags.push_back(std::move(tt));
}

ATLAS_NOINLINE void read_indicator_entry(ProfileContext& x, const Section& s, const std::string& base, std::size_t k,
                                         Value e, Town& town) {
  Rec er(e, base, "/i/", k, kIndicatorEntryKeys);
  Indicator ind;
  std::string_view key, sid;
  er.view("k", key);
  er.num("v", ind.value);
  er.view("src", sid);
  er.boolean("inh", ind.inherited);
  auto def = x.indicator_keys.end();
  if (er.ok()) {
    def = x.indicator_keys.find(key);
    if (def == x.indicator_keys.end()) er.fail("/k", "unknown indicator key \"" + str_of(key) + "\"");
  }
  if (er.ok() && x.src.find(sid) == x.src.end()) er.fail("/src", "unknown source id \"" + str_of(sid) + "\"");
  if (er.ok())
    for (const Indicator& o : town.indicators)
      if (o.key == key) er.fail("/k", "indicator \"" + str_of(key) + "\" listed twice for this town");
  if (!er.ok()) {
    x.c.reject(er, s);
    return;
  }
  er.unknown_fields(x.c.rep, *s.file);
  ind.key = x.d.indicators[def->second].key;
  town.indicators.push_back(std::move(ind));
}

ATLAS_NOINLINE void read_profile(ProfileContext& x, const Section& s, std::size_t i, Value v) {
  Rec r(v, s.pointer, "/", i, kProfileKeys);
  std::string_view id;
  r.view("id", id);
  TownIndex t = kNoIndex;
  if (r.ok()) {
    t = find_in(x.towns, id);
    if (t == kNoIndex) r.fail("/id", "dangling reference: town \"" + str_of(id) + "\" is not loaded");
    else if (x.has_profile[t]) r.fail("/id", "duplicate profile for town \"" + str_of(id) + "\"");
  }
  const Value tag_list = r.ok() ? r.field("t") : Value();
  const Value ind_list = r.ok() ? r.field("i") : Value();
  if (tag_list.valid() && !tag_list.is_array()) r.fail("/t", "\"t\" must be an array of tag entries");
  if (ind_list.valid() && !ind_list.is_array()) r.fail("/i", "\"i\" must be an array of indicator entries");
  if (!r.ok()) {
    x.c.reject(r, s);
    return;
  }
  r.unknown_fields(x.c.rep, *s.file);
  x.has_profile[t] = true;
  Town& town = x.d.towns[t];
  const std::string base = r.pointer();
  // each tag or indicator entry is a record of its own
  town.tags.reserve(town.tags.size() + tag_list.size());
  std::size_t k = 0;
  for (const Value e : tag_list) read_tag_entry(x, s, base, k++, e, town);
  town.indicators.reserve(town.indicators.size() + ind_list.size() + 1);
  k = 0;
  for (const Value e : ind_list) read_indicator_entry(x, s, base, k++, e, town);
  x.c.loaded(s);
}

void load_profiles(const std::vector<Section>& secs, Dataset& d, const IdMap& src, const IdMap& towns,
                   const IdMap& tags, Counter& c) {
  ProfileContext x{d, src, towns, tags, c, {}, std::vector<bool>(d.towns.size(), false)};
  for (std::size_t k = 0; k < d.indicators.size(); ++k)
    x.indicator_keys.emplace(d.indicators[k].key, static_cast<std::uint32_t>(k));
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const Value v : s.array) read_profile(x, s, i++, v);
  }
}

bool has_tag(const Town& t, TagIndex tag) {
  for (const TownTag& o : t.tags)
    if (o.tag == tag) return true;
  return false;
}

// Tags a UK place or council takes over from the council or county above it, marked inherited
// and `via` it: only the parent's own facts (a county's reach a place through the county), never
// its size class, and a fact of merged 2019 districts only inside those districts.
ATLAS_NOINLINE void inherit_tags(const Dataset& d, Town& t, TownIndex from) {
  for (const TownTag& tt : d.towns[from].tags) {
    if (tt.inherited || is_size_tag(d.tags[tt.tag]) || has_tag(t, tt.tag)) continue;
    const auto& only = tt.districts_2019;
    if (!only.empty() && std::find(only.begin(), only.end(), t.district_2019) == only.end()) continue;
    TownTag copy = tt;
    copy.inherited = true;
    copy.via = from;
    copy.districts_2019.clear();
    t.tags.push_back(std::move(copy));
  }
}

// A council's indicators for a place in it, except the ones that describe the council's own
// extent (population, area, density): those are never inherited.
ATLAS_NOINLINE void inherit_indicators(Town& t, const Town& council) {
  for (const Indicator& i : council.indicators) {
    if (i.inherited || i.key == "population" || i.key == "area_km2" || i.key == "density") continue;
    bool found = false;
    for (const Indicator& o : t.indicators) found = found || o.key == i.key;
    if (found) continue;
    t.indicators.push_back(i);
    t.indicators.back().inherited = true;
  }
}

ATLAS_NOINLINE void add_population(Town& t, const std::string& population) {
  for (const Indicator& i : t.indicators)
    if (i.key == population) return;
  t.indicators.push_back({population, t.population, false});
}

// The size class (size_small < 20,000 <= size_medium < 100,000 <= size_large) of a town with a
// known population that the data does not classify itself, from its own population.
ATLAS_NOINLINE void add_size_class(const Dataset& d, Town& t, const TagIndex (&sizes)[3]) {
  for (const TownTag& o : t.tags)
    if (is_size_tag(d.tags[o.tag])) return;
  const TagIndex tag = sizes[t.population < 20000 ? 0 : t.population < 100000 ? 1 : 2];
  if (tag == kNoIndex || t.sources.empty()) return;
  TownTag tt;
  tt.tag = tag;
  tt.source = t.sources.front();
  tt.detail = "population " + std::to_string(static_cast<long long>(t.population));
  t.tags.push_back(std::move(tt));
}

bool is_uk_body(TownRole r) { return r == TownRole::UkCouncil || r == TownRole::UkRegion; }

// What the loader derives after reading (data/SCHEMA.md, "profiles"): a town's population as
// its "population" indicator; size classes from a town's own population; UK places and
// councils inherit the tags of the council and county above them (a county's marked as such,
// counted at reduced weight by the matcher) and the council's indicators except its extent.
void complete_profiles(Dataset& d) {
  bool has_population = false;
  for (const IndicatorDef& def : d.indicators) has_population = has_population || def.key == "population";
  const TagIndex sizes[3] = {d.find_tag("size_small"), d.find_tag("size_medium"), d.find_tag("size_large")};
  const std::string population = "population";
  for (Town& t : d.towns) {
    if (t.population <= 0) continue;
    if (has_population) add_population(t, population);
    if (t.role != TownRole::OtherTown) add_size_class(d, t, sizes);
  }
  const std::size_t n = d.towns.size();
  for (TownIndex i = 0; i < n; ++i) {
    Town& t = d.towns[i];
    const TownIndex council = t.parent;
    if (council >= n || !is_uk_body(d.towns[council].role)) continue;
    if (t.role != TownRole::UkPartnerTown && t.role != TownRole::EuropeCandidate && t.role != TownRole::UkCouncil)
      continue;
    inherit_tags(d, t, council);
    if (t.role != TownRole::UkCouncil) inherit_indicators(t, d.towns[council]);
    const TownIndex county = d.towns[council].parent;
    if (t.role != TownRole::UkCouncil && county < n && d.towns[county].role == TownRole::UkRegion)
      inherit_tags(d, t, county);
  }
}

}  // namespace

LoadReport load_dataset_files(const std::vector<NamedText>& files, Dataset& out) {
  LoadReport rep;
  out = Dataset{};
  std::vector<jt::Document> docs(files.size());
  std::vector<ParsedFile> good;
  for (std::size_t i = 0; i < files.size(); ++i)
    if (parse_file(files[i], docs[i], rep)) good.push_back({&files[i].name, rep.files.size() - 1, docs[i].root()});
  const auto t0 = Clock::now();
  Counter c{rep};
  for (const ParsedFile& f : good) {
    bool any = false;
    for (const char* k : {"sources", "tags", "indicators", "towns", "candidates", "partnerships", "excluded", "profiles"})
      any = any || f.root.find(k).valid();
    if (!any) rep.warning(*f.name, "", "no dataset section (sources, tags, indicators, towns, partnerships, profiles) in this file");
  }
  IdMap src, tags, towns;
  load_sources(sections_named(good, "sources", rep), out, src, c);
  load_tags(sections_named(good, "tags", rep), out, src, tags, c);
  load_indicator_defs(sections_named(good, "indicators", rep), out, src, c);
  load_towns(sections_named(good, "towns", rep), candidate_sections(good, src, rep), out, src, towns, c);
  load_partnerships(sections_named(good, "partnerships", rep), out, src, towns, c);
  load_excluded(sections_named(good, "excluded", rep), out, src, c);
  load_profiles(sections_named(good, "profiles", rep), out, src, towns, tags, c);
  complete_profiles(out);
  // town_by_id and tag_by_id were filled while loading (same content as rebuild_indices())
  rep.build_ms = ms_since(t0);
  return rep;
}

LoadReport load_world_network(const NamedText& file, WorldNetwork& out) {
  LoadReport rep;
  out = WorldNetwork{};
  jt::Document doc;
  if (!parse_file(file, doc, rep)) return rep;
  const auto t0 = Clock::now();
  const std::string& f = file.name;
  const Section sec{&file.name, rep.files.size() - 1, Value(), ""};
  Counter c{rep};
  const Value root = doc.root();
  const Value countries = root.find("countries");
  const Value towns = root.find("towns");
  const Value pairs = root.find("pairs");
  if (!countries.is_array()) rep.error(f, "/countries", "missing array \"countries\"");
  if (!towns.is_array()) rep.error(f, "/towns", "missing array \"towns\"");
  if (!pairs.is_array()) rep.error(f, "/pairs", "missing array \"pairs\"");
  if (!rep.ok()) {
    rep.build_ms = ms_since(t0);
    return rep;
  }
  // optional: lat/lon given as integers in 1/scale degree
  double scale = 1;
  if (const Value sc = root.find("scale"); sc.valid() && (!sc.number(scale) || scale <= 0 || scale > 1e9)) {
    rep.error(f, "/scale", "\"scale\" must be a positive number");
    rep.build_ms = ms_since(t0);
    return rep;
  }
  if (const Value counts = root.find("counts"); counts.is_object()) {
    // Informative only: a count that is not a whole number of rows (up to 2^53) is left out
    // with a warning (converting 1e105 to size_t is undefined: the fuzzer found it).
    auto count = [&](const char* name, std::size_t& to) {
      double x = 0;
      const Value v = counts.find(name);
      if (!v.valid()) return;
      if (v.number(x) && x >= 0 && x <= 9007199254740992.0 && x == std::floor(x)) to = static_cast<std::size_t>(x);
      else rep.warning(f, std::string("/counts/") + name, "not a whole number of rows: ignored");
    };
    count("rows", out.source_rows);
    count("duplicateRows", out.duplicate_rows);
  }
  std::size_t i = 0;
  out.countries.reserve(countries.size());
  for (const Value v : countries) {
    const std::string_view s = v.str();
    if (!v.is_string() || !valid_country(s)) {
      rep.error(f, "/countries/" + std::to_string(i++), "country must be an ISO 3166-1 alpha-2 code");
      out.countries.emplace_back("??");
      continue;
    }
    ++i;
    out.countries.push_back(str_of(s));
  }
  std::vector<std::uint32_t> remap;
  remap.reserve(towns.size());
  out.towns.reserve(towns.size());
  i = 0;
  for (const Value v : towns) {
    const std::size_t at = i++;
    WorldTown t;
    double lat = 0, lon = 0;
    long long ci = -1;
    Value e[5];
    const std::size_t n = v.is_array() ? v.size() : 0;
    if (v.is_array() && n <= 5) {
      std::size_t k = 0;
      for (const Value x : v) e[k++] = x;
    }
    std::string problem;
    if (!v.is_array() || n < 4 || n > 5) problem = "a town must be [name, country index, lat, lon(, ref)]";
    else if (!e[0].is_string() || e[0].str().empty()) problem = "town name must be a non-empty string";
    else if (!e[1].integer(ci) || ci < 0 || static_cast<std::size_t>(ci) >= out.countries.size()) problem = "country index out of range";
    else if (!e[2].number(lat) || (lat /= scale) < -90 || lat > 90) problem = "latitude out of range [-90, 90]";
    else if (!e[3].number(lon) || (lon /= scale) < -180 || lon > 180) problem = "longitude out of range [-180, 180]";
    else if (n == 5 && !e[4].is_string()) problem = "ref must be a string";
    if (!problem.empty()) {
      c.reject(sec, "/towns/" + std::to_string(at), problem);
      remap.push_back(UINT32_MAX);
      continue;
    }
    t.name = str_of(e[0].str());
    t.country = static_cast<std::uint16_t>(ci);
    t.lat = static_cast<float>(lat);
    t.lon = static_cast<float>(lon);
    if (n == 5) t.ref = str_of(e[4].str());
    remap.push_back(static_cast<std::uint32_t>(out.towns.size()));
    out.towns.push_back(std::move(t));
    c.loaded(sec);
  }
  // distinct unordered pairs: a hash set of (min, max) packed into 64 bits
  std::unordered_set<std::uint64_t> seen;
  seen.reserve(pairs.size());
  out.pairs.reserve(pairs.size());
  i = 0;
  for (const Value v : pairs) {
    const std::size_t at = i++;
    long long a = -1, b = -1;
    if (!v.is_array() || v.size() != 2) {
      c.reject(sec, "/pairs/" + std::to_string(at), "a pair must be [town index, town index]");
      continue;
    }
    auto it = v.begin();
    const Value va = *it;
    ++it;
    const Value vb = *it;
    if (!va.integer(a) || !vb.integer(b)) {
      c.reject(sec, "/pairs/" + std::to_string(at), "a pair must be [town index, town index]");
      continue;
    }
    if (a < 0 || b < 0 || static_cast<std::size_t>(a) >= remap.size() || static_cast<std::size_t>(b) >= remap.size()) {
      c.reject(sec, "/pairs/" + std::to_string(at), "dangling reference: town index out of range");
      continue;
    }
    const std::uint32_t ra = remap[static_cast<std::size_t>(a)], rb = remap[static_cast<std::size_t>(b)];
    if (ra == UINT32_MAX || rb == UINT32_MAX) {
      c.reject(sec, "/pairs/" + std::to_string(at), "dangling reference: the pair names a rejected town");
      continue;
    }
    if (ra == rb) {
      c.reject(sec, "/pairs/" + std::to_string(at), "a pair needs two different towns");
      continue;
    }
    const std::uint64_t key = (static_cast<std::uint64_t>(std::min(ra, rb)) << 32) | std::max(ra, rb);
    if (!seen.insert(key).second) {
      c.reject(sec, "/pairs/" + std::to_string(at), "duplicate pair");
      continue;
    }
    out.pairs.emplace_back(ra, rb);
    c.loaded(sec);
  }
  rep.build_ms = ms_since(t0);
  return rep;
}

std::size_t WorldMap::point_count() const {
  std::size_t n = 0;
  for (const auto& poly : land)
    for (const Ring& r : poly) n += r.size();
  for (const auto& l : borders) n += l.size();
  return n;
}

namespace {

// Decodes [x0, y0, dx, dy, ...] (integers, 1/scale degree) into lon/lat; "" on success.
const char* decode_line(Value v, double scale, std::size_t min_points, std::vector<LonLat>& out) {
  if (!v.is_array() || v.size() % 2 != 0) return "a line must be an array of an even number of integers";
  if (v.size() / 2 < min_points) return "too few points";
  out.clear();
  out.reserve(v.size() / 2);
  long long x = 0, y = 0;
  for (auto it = v.begin(), e = v.end(); it != e; ++it) {
    long long dx = 0, dy = 0;
    const Value vx = *it;
    ++it;
    if (!vx.integer(dx) || !(*it).integer(dy)) return "coordinates must be integers";
    if (dx > 100000000 || dx < -100000000 || dy > 100000000 || dy < -100000000) return "coordinate out of range";
    x += dx;
    y += dy;
    const double lon = static_cast<double>(x) / scale, lat = static_cast<double>(y) / scale;
    if (lon < -180.0 || lon > 180.0 || lat < -90.0 || lat > 90.0) return "coordinates out of range";
    out.push_back({static_cast<float>(lon), static_cast<float>(lat)});
  }
  return "";
}

}  // namespace

LoadReport load_world_map(const NamedText& file, WorldMap& out) {
  LoadReport rep;
  out = WorldMap{};
  jt::Document doc;
  if (!parse_file(file, doc, rep)) return rep;
  const auto t0 = Clock::now();
  const std::string& f = file.name;
  const Section sec{&file.name, rep.files.size() - 1, Value(), ""};
  Counter c{rep};
  double scale = 0;
  const Value root = doc.root();
  const Value land = root.find("land");
  const Value borders = root.find("borders");
  if (!root.find("scale").number(scale) || scale <= 0 || scale > 1e7) rep.error(f, "/scale", "\"scale\" must be a positive number");
  if (!land.is_array()) rep.error(f, "/land", "missing array \"land\"");
  if (!borders.is_array()) rep.error(f, "/borders", "missing array \"borders\"");
  if (!rep.ok()) {
    rep.build_ms = ms_since(t0);
    return rep;
  }
  out.land.reserve(land.size());
  out.borders.reserve(borders.size());
  std::size_t i = 0;
  for (const Value poly : land) {
    const std::size_t at = i++;
    if (!poly.is_array() || poly.size() == 0) {
      c.reject(sec, "/land/" + std::to_string(at), "a polygon must be a non-empty array of rings");
      continue;
    }
    std::vector<Ring> rings;
    rings.reserve(poly.size());
    std::string problem;
    std::size_t k = 0;
    for (const Value ring : poly) {
      Ring r;
      const char* p = decode_line(ring, scale, 3, r);
      if (*p) {
        problem = "ring " + std::to_string(k) + ": " + p;
        break;
      }
      rings.push_back(std::move(r));
      ++k;
    }
    if (!problem.empty()) {
      c.reject(sec, "/land/" + std::to_string(at), problem);
      continue;
    }
    out.land.push_back(std::move(rings));
    c.loaded(sec);
  }
  i = 0;
  for (const Value line : borders) {
    const std::size_t at = i++;
    std::vector<LonLat> l;
    const char* problem = decode_line(line, scale, 2, l);
    if (*problem) {
      c.reject(sec, "/borders/" + std::to_string(at), problem);
      continue;
    }
    out.borders.push_back(std::move(l));
    c.loaded(sec);
  }
  rep.build_ms = ms_since(t0);
  return rep;
}

DataFileKind classify_data_file(const std::string& name, const std::string& text) {
  const std::size_t slash = name.find_last_of("/\\");
  const std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  if (base.rfind("world_network", 0) == 0) return DataFileKind::WorldNetwork;
  if (base.rfind("world_map", 0) == 0) return DataFileKind::WorldMap;
  // the dataset's own file names need no scan of their (megabyte-sized) text
  for (const char* n : kDatasetFileNames)
    if (base == n) return DataFileKind::Dataset;
  if (text.find("\"pairs\"") != std::string::npos) return DataFileKind::WorldNetwork;
  if (text.find("\"land\"") != std::string::npos) return DataFileKind::WorldMap;
  for (const char* k : {"\"sources\"", "\"tags\"", "\"towns\"", "\"candidates\"", "\"partnerships\"", "\"profiles\"", "\"indicators\""})
    if (text.find(k) != std::string::npos) return DataFileKind::Dataset;
  return DataFileKind::Unknown;
}

}  // namespace atlas
