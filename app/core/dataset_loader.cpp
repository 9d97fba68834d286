// Strict, exception-free loader of data/*.json (see dataset_loader.h and data/SCHEMA.md).
// JSON_NOEXCEPTION is defined for all code: nothing here may call a throwing accessor
// (.at(), .get<T>() on an unchecked type, operator[] on a const non-object, ...). Values are
// read through find() and get_ptr<>() after explicit type checks.
#include "core/dataset_loader.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

namespace atlas {
namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

bool number_of(const json& v, double& out);

// ---------------------------------------------------------------------------------------
// Parsing with line and column for broken files

// Collects nothing but the first syntax error's byte position.
class ErrorSax : public nlohmann::json_sax<json> {
 public:
  std::size_t position = 0;
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) override {
    position = pos;
    message = ex.what();
    return false;
  }
};

// nlohmann's message is "[json.exception.parse_error.101] parse error at line 1, column 5:
// syntax error while parsing value - ..."; keep the part after the position.
std::string short_parse_message(const std::string& m) {
  std::size_t colon = m.find(": ", m.find("column"));
  return colon == std::string::npos ? m : m.substr(colon + 2);
}

// Parses one file; on a syntax error records file, line and column and returns false.
bool parse_file(const NamedText& f, json& doc, LoadReport& rep) {
  FileSummary s;
  s.file = f.name;
  s.bytes = f.text.size();
  const auto t0 = Clock::now();
  doc = json::parse(f.text, nullptr, false);
  s.parse_ms = ms_since(t0);
  rep.parse_ms += s.parse_ms;
  if (doc.is_discarded()) {
    ErrorSax sax;
    json::sax_parse(f.text, &sax);
    std::size_t pos = sax.position > 0 ? sax.position - 1 : 0;
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
    p.message = "not well-formed JSON, file rejected: " +
                (sax.message.empty() ? std::string("syntax error") : short_parse_message(sax.message));
    rep.problems.push_back(std::move(p));
    s.parsed = false;
    rep.files.push_back(s);
    return false;
  }
  s.parsed = true;
  rep.files.push_back(s);
  if (!doc.is_object()) {
    rep.error(f.name, "", "top level must be a JSON object, file rejected");
    rep.files.back().parsed = false;
    return false;
  }
  auto it = doc.find("v");
  double version = 0;
  if (it != doc.end() && !(number_of(*it, version) && version == 1.0))
    rep.warning(f.name, "/v", "unknown format version (expected 1)");
  return true;
}

// ---------------------------------------------------------------------------------------
// Checked access to one record

const json* member(const json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

bool number_of(const json& v, double& out) {
  if (const auto* d = v.get_ptr<const json::number_float_t*>()) {
    out = *d;
  } else if (const auto* i = v.get_ptr<const json::number_integer_t*>()) {
    out = static_cast<double>(*i);
  } else if (const auto* u = v.get_ptr<const json::number_unsigned_t*>()) {
    out = static_cast<double>(*u);
  } else {
    return false;
  }
  return std::isfinite(out);
}

bool integer_of(const json& v, long long& out) {
  if (const auto* i = v.get_ptr<const json::number_integer_t*>()) {
    out = *i;
    return true;
  }
  if (const auto* u = v.get_ptr<const json::number_unsigned_t*>()) {
    if (*u > static_cast<json::number_unsigned_t>(INT64_MAX)) return false;
    out = static_cast<long long>(*u);
    return true;
  }
  return false;
}

// One record under check: the first problem found rejects it.
class Rec {
 public:
  Rec(const json& v, std::string ptr) : v_(v), ptr_(std::move(ptr)) {
    if (!v.is_object()) fail("", "record is not an object");
  }
  bool ok() const { return msg_.empty(); }
  const std::string& message() const { return msg_; }
  const std::string& where() const { return where_; }
  const json& value() const { return v_; }
  const std::string& pointer() const { return ptr_; }

  void fail(const std::string& sub, const std::string& msg) {
    if (!msg_.empty()) return;
    msg_ = msg;
    where_ = ptr_ + sub;
  }

  // Required (or optional) string; `nonempty` rejects "".
  bool str(const char* key, std::string& out, bool required = true, bool nonempty = true) {
    if (!ok()) return false;
    const json* f = member(v_, key);
    if (!f) {
      if (required) fail(std::string("/") + key, std::string("missing field \"") + key + "\"");
      return false;
    }
    const std::string* s = f->get_ptr<const std::string*>();
    if (!s) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must be a string");
      return false;
    }
    if (nonempty && s->empty()) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must not be empty");
      return false;
    }
    out = *s;
    return true;
  }

  bool num(const char* key, double& out, bool required = true) {
    if (!ok()) return false;
    const json* f = member(v_, key);
    if (!f) {
      if (required) fail(std::string("/") + key, std::string("missing field \"") + key + "\"");
      return false;
    }
    if (!number_of(*f, out)) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must be a finite number");
      return false;
    }
    return true;
  }

  bool boolean(const char* key, bool& out) {
    if (!ok()) return false;
    const json* f = member(v_, key);
    if (!f) return false;
    const bool* b = f->get_ptr<const bool*>();
    if (!b) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must be true or false");
      return false;
    }
    out = *b;
    return true;
  }

  bool str_array(const char* key, std::vector<std::string>& out, bool required) {
    if (!ok()) return false;
    const json* f = member(v_, key);
    if (!f) {
      if (required) fail(std::string("/") + key, std::string("missing field \"") + key + "\"");
      return false;
    }
    if (!f->is_array()) {
      fail(std::string("/") + key, std::string("\"") + key + "\" must be an array of strings");
      return false;
    }
    out.clear();
    std::size_t i = 0;
    for (const json& e : *f) {
      const std::string* s = e.get_ptr<const std::string*>();
      if (!s) {
        fail(std::string("/") + key + "/" + std::to_string(i), "must be a string");
        return false;
      }
      out.push_back(*s);
      ++i;
    }
    return true;
  }

  // Source ids -> indices; unknown ids reject the record.
  bool sources(const char* key, const std::unordered_map<std::string, std::uint32_t>& by_id,
               std::vector<std::uint32_t>& out, bool required = true) {
    std::vector<std::string> ids;
    if (!str_array(key, ids, required)) return false;
    if (required && ids.empty()) {
      fail(std::string("/") + key, "a record needs at least one source");
      return false;
    }
    out.clear();
    for (std::size_t i = 0; i < ids.size(); ++i) {
      auto it = by_id.find(ids[i]);
      if (it == by_id.end()) {
        fail(std::string("/") + key + "/" + std::to_string(i), "unknown source id \"" + ids[i] + "\"");
        return false;
      }
      out.push_back(it->second);
    }
    return true;
  }

  // Warns about fields this format does not know (a typo would otherwise pass silently).
  void unknown_fields(std::initializer_list<const char*> known, LoadReport& rep, const std::string& file) const {
    if (!v_.is_object()) return;
    for (auto it = v_.begin(); it != v_.end(); ++it) {
      bool found = false;
      for (const char* k : known) found = found || it.key() == k;
      if (!found) rep.warning(file, ptr_ + "/" + it.key(), "unknown field \"" + it.key() + "\" ignored");
    }
  }

 private:
  const json& v_;
  std::string ptr_;
  std::string msg_;
  std::string where_;
};

// A section ("towns", ...) of one parsed file.
struct Section {
  std::string file;
  const json* array = nullptr;
  std::string pointer;  // "/towns"
};

struct Counter {
  LoadReport& rep;
  void loaded(const std::string& file) {
    if (FileSummary* s = rep.summary(file)) ++s->loaded;
  }
  void reject(const Rec& r, const std::string& file) {
    rep.error(file, r.where(), r.message());
    if (FileSummary* s = rep.summary(file)) ++s->rejected;
  }
  void reject(const std::string& file, const std::string& pointer, const std::string& message) {
    rep.error(file, pointer, message);
    if (FileSummary* s = rep.summary(file)) ++s->rejected;
  }
};

std::vector<Section> sections_named(const std::vector<std::pair<std::string, const json*>>& docs, const char* name,
                                    LoadReport& rep) {
  std::vector<Section> out;
  for (const auto& [file, doc] : docs) {
    const json* a = member(*doc, name);
    if (!a) continue;
    if (!a->is_array()) {
      rep.error(file, std::string("/") + name, std::string("section \"") + name + "\" must be an array");
      continue;
    }
    out.push_back({file, a, std::string("/") + name});
  }
  return out;
}

bool role_of(const std::string& code, TownRole& out) {
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

bool is_nrw(TownRole r) { return r == TownRole::NrwMunicipality || r == TownRole::NrwKreis; }
bool is_uk(TownRole r) {
  return r == TownRole::UkCouncil || r == TownRole::UkRegion || r == TownRole::UkPartnerTown;
}

bool valid_country(const std::string& c) {
  return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z';
}

// ---------------------------------------------------------------------------------------
// Sections

void load_sources(const std::vector<Section>& secs, Dataset& d, std::unordered_map<std::string, std::uint32_t>& by_id,
                  Counter& c) {
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const json& v : *s.array) {
      Rec r(v, s.pointer + "/" + std::to_string(i++));
      Source src;
      r.str("id", src.id);
      r.str("title", src.title);
      r.str("url", src.url, false);
      r.str("lic", src.licence);
      r.str("attr", src.attribution);
      if (r.ok() && by_id.count(src.id)) r.fail("/id", "duplicate source id \"" + src.id + "\"");
      if (!r.ok()) {
        c.reject(r, s.file);
        continue;
      }
      r.unknown_fields({"id", "title", "url", "lic", "attr"}, c.rep, s.file);
      by_id.emplace(src.id, static_cast<std::uint32_t>(d.sources.size()));
      d.sources.push_back(std::move(src));
      c.loaded(s.file);
    }
  }
}

void load_tags(const std::vector<Section>& secs, Dataset& d, const std::unordered_map<std::string, std::uint32_t>& src,
               Counter& c) {
  std::unordered_set<std::string> seen;
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const json& v : *s.array) {
      Rec r(v, s.pointer + "/" + std::to_string(i++));
      Tag t;
      std::string kind, cov;
      r.str("id", t.id);
      r.str("kind", kind);
      r.str("de", t.label_de);
      r.str("en", t.label_en);
      r.str("desc", t.description);
      r.sources("src", src, t.sources);
      r.str("cov", cov);
      if (r.ok()) {
        if (kind == "goal") t.kind = TagKind::Goal;
        else if (kind == "challenge") t.kind = TagKind::Challenge;
        else r.fail("/kind", "kind must be \"goal\" or \"challenge\", not \"" + kind + "\"");
      }
      if (r.ok()) {
        if (cov == "complete") t.coverage = Coverage::Complete;
        else if (cov == "partial") t.coverage = Coverage::Partial;
        else r.fail("/cov", "coverage must be \"complete\" or \"partial\", not \"" + cov + "\"");
      }
      if (r.ok() && !seen.insert(t.id).second) r.fail("/id", "duplicate tag id \"" + t.id + "\"");
      if (!r.ok()) {
        c.reject(r, s.file);
        continue;
      }
      r.unknown_fields({"id", "kind", "de", "en", "desc", "src", "cov"}, c.rep, s.file);
      d.tags.push_back(std::move(t));
      c.loaded(s.file);
    }
  }
}

void load_indicator_defs(const std::vector<Section>& secs, Dataset& d,
                         const std::unordered_map<std::string, std::uint32_t>& src, Counter& c) {
  std::unordered_set<std::string> seen;
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const json& v : *s.array) {
      Rec r(v, s.pointer + "/" + std::to_string(i++));
      IndicatorDef def;
      r.str("key", def.key);
      r.str("de", def.label_de);
      r.str("en", def.label_en);
      r.str("unit", def.unit, false, false);
      r.str("desc", def.description);
      r.sources("src", src, def.sources);
      if (r.ok() && !seen.insert(def.key).second) r.fail("/key", "duplicate indicator key \"" + def.key + "\"");
      if (!r.ok()) {
        c.reject(r, s.file);
        continue;
      }
      r.unknown_fields({"key", "de", "en", "unit", "desc", "src"}, c.rep, s.file);
      d.indicators.push_back(std::move(def));
      c.loaded(s.file);
    }
  }
}

struct PendingTown {
  Town town;
  std::string parent_id;
  std::string file, pointer;
};

void load_towns(const std::vector<Section>& secs, Dataset& d, const std::unordered_map<std::string, std::uint32_t>& src,
                Counter& c) {
  std::vector<PendingTown> pending;
  std::unordered_set<std::string> seen;
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const json& v : *s.array) {
      Rec r(v, s.pointer + "/" + std::to_string(i++));
      PendingTown p;
      Town& t = p.town;
      std::string role;
      r.str("id", t.id);
      if (r.ok() && t.id.find(':') == std::string::npos) r.fail("/id", "town id must be \"<scheme>:<code>\"");
      r.str("n", t.name);
      r.str("alt", t.name_alt, false, false);
      r.str_array("al", t.aliases, false);
      r.str("c", t.country);
      if (r.ok() && !valid_country(t.country)) r.fail("/c", "country must be an ISO 3166-1 alpha-2 code");
      r.str("r", t.region, false, false);
      r.str("sr", t.subregion, false, false);
      r.str("k", role);
      if (r.ok() && !role_of(role, t.role)) r.fail("/k", "unknown town role \"" + role + "\"");
      r.str("p", p.parent_id, false);
      r.num("lat", t.lat);
      r.num("lon", t.lon);
      if (r.ok() && (t.lat < -90.0 || t.lat > 90.0)) r.fail("/lat", "latitude out of range [-90, 90]");
      if (r.ok() && (t.lon < -180.0 || t.lon > 180.0)) r.fail("/lon", "longitude out of range [-180, 180]");
      if (r.num("pop", t.population, false) && t.population < 0) r.fail("/pop", "population must not be negative");
      r.str("set", t.settlement, false, false);
      double gn = 0;
      if (r.num("gn", gn, false) && (gn < 1 || gn > 4294967295.0 || gn != std::floor(gn)))
        r.fail("/gn", "GeoNames id must be a positive integer");
      t.geonames_id = static_cast<std::uint32_t>(gn);
      r.boolean("kf", t.kreisfrei);
      r.str("nt", t.note, false, false);
      r.sources("src", src, t.sources);
      if (r.ok() && p.parent_id == t.id) r.fail("/p", "a town cannot be its own parent");
      if (r.ok() && !seen.insert(t.id).second) r.fail("/id", "duplicate town id \"" + t.id + "\"");
      if (!r.ok()) {
        c.reject(r, s.file);
        continue;
      }
      r.unknown_fields({"id", "n", "alt", "al", "c", "r", "sr", "k", "p", "lat", "lon", "pop", "set", "gn", "kf", "nt", "src"},
                       c.rep, s.file);
      // a GeoNames id in the town id itself
      if (t.geonames_id == 0 && t.id.compare(0, 3, "GN:") == 0) {
        long long g = 0;
        const std::string num = t.id.substr(3);
        bool digits = !num.empty() && num.size() <= 10;
        for (char ch : num) digits = digits && ch >= '0' && ch <= '9';
        if (digits) g = std::stoll(num);
        if (g > 0 && g <= 4294967295LL) t.geonames_id = static_cast<std::uint32_t>(g);
      }
      p.file = s.file;
      p.pointer = r.pointer();
      pending.push_back(std::move(p));
    }
  }
  // dangling parents reject the town; repeat while rejections remove further parents
  std::vector<bool> alive(pending.size(), true);
  for (bool changed = true; changed;) {
    changed = false;
    std::unordered_set<std::string> ids;
    for (std::size_t i = 0; i < pending.size(); ++i)
      if (alive[i]) ids.insert(pending[i].town.id);
    for (std::size_t i = 0; i < pending.size(); ++i) {
      if (!alive[i] || pending[i].parent_id.empty() || ids.count(pending[i].parent_id)) continue;
      alive[i] = false;
      changed = true;
      c.reject(pending[i].file, pending[i].pointer + "/p",
               "dangling reference: parent \"" + pending[i].parent_id + "\" is not a loaded town");
    }
  }
  for (std::size_t i = 0; i < pending.size(); ++i) {
    if (!alive[i]) continue;
    d.town_by_id.emplace(pending[i].town.id, static_cast<TownIndex>(d.towns.size()));
    d.towns.push_back(std::move(pending[i].town));
    c.loaded(pending[i].file);
  }
  for (std::size_t i = 0, k = 0; i < pending.size(); ++i) {
    if (!alive[i]) continue;
    if (!pending[i].parent_id.empty()) d.towns[k].parent = d.town_by_id[pending[i].parent_id];
    ++k;
  }
}

void load_partnerships(const std::vector<Section>& secs, Dataset& d,
                       const std::unordered_map<std::string, std::uint32_t>& src, Counter& c) {
  std::unordered_set<std::string> seen_ids, seen_pairs;
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const json& v : *s.array) {
      Rec r(v, s.pointer + "/" + std::to_string(i++));
      Partnership p;
      std::string a, b, kind, status, conf;
      r.str("id", p.id);
      r.str("a", a);
      r.str("b", b);
      r.str("d", p.district, false);
      r.str("k", kind);
      r.str("s", status);
      r.str("conf", conf);
      r.boolean("uk", p.nrw_uk);
      r.sources("src", src, p.sources);
      r.str("nt", p.notes, false, false);
      if (r.ok()) {
        if (kind == "partnership") p.kind = PartnershipKind::Partnership;
        else if (kind == "friendship") p.kind = PartnershipKind::Friendship;
        else if (kind == "kreis") p.kind = PartnershipKind::KreisPartnership;
        else if (kind == "contact") p.kind = PartnershipKind::Contact;
        else r.fail("/k", "unknown partnership kind \"" + kind + "\"");
      }
      if (r.ok()) {
        if (status == "active") p.status = PartnershipStatus::Active;
        else if (status == "dormant") p.status = PartnershipStatus::Dormant;
        else if (status == "ended") p.status = PartnershipStatus::Ended;
        else r.fail("/s", "unknown status \"" + status + "\"");
      }
      if (r.ok()) {
        if (conf == "two") p.confidence = Confidence::TwoSources;
        else if (conf == "one") p.confidence = Confidence::OneSource;
        else if (conf == "unverified") p.confidence = Confidence::Unverified;
        else r.fail("/conf", "unknown confidence \"" + conf + "\"");
      }
      if (r.ok()) {
        p.a = d.find_town(a);
        p.b = d.find_town(b);
        if (p.a == kNoIndex) r.fail("/a", "dangling reference: town \"" + a + "\" is not loaded");
        else if (p.b == kNoIndex) r.fail("/b", "dangling reference: town \"" + b + "\" is not loaded");
        else if (p.a == p.b) r.fail("/b", "a partnership needs two different towns");
      }
      if (r.ok() && p.nrw_uk && !(is_nrw(d.towns[p.a].role) && is_uk(d.towns[p.b].role)))
        r.fail("/uk", "marked NRW–UK but the ends are not an NRW and a UK place");
      if (r.ok()) {
        if (const json* y = member(v, "y")) {
          if (!y->is_array()) r.fail("/y", "\"y\" must be an array of [year, source id]");
          std::size_t k = 0;
          for (const json& e : y->is_array() ? *y : json::array()) {
            const std::string at = "/y/" + std::to_string(k++);
            long long year = 0;
            const std::string* sid = e.is_array() && e.size() == 2 ? e[1].get_ptr<const std::string*>() : nullptr;
            if (!sid || !integer_of(e[0], year)) {
              r.fail(at, "a year entry must be [integer year, source id]");
              break;
            }
            if (year < 1800 || year > 2100) {
              r.fail(at + "/0", "year out of range");
              break;
            }
            auto it = src.find(*sid);
            if (it == src.end()) {
              r.fail(at + "/1", "unknown source id \"" + *sid + "\"");
              break;
            }
            p.years.push_back({static_cast<int>(year), it->second});
          }
        }
      }
      if (r.ok() && !seen_ids.insert(p.id).second) r.fail("/id", "duplicate partnership id \"" + p.id + "\"");
      if (r.ok()) {
        const std::string key = std::min(a, b) + "|" + std::max(a, b) + "|" + p.district;
        if (!seen_pairs.insert(key).second) r.fail("", "duplicate pair " + a + " – " + b);
      }
      if (!r.ok()) {
        c.reject(r, s.file);
        continue;
      }
      r.unknown_fields({"id", "a", "b", "d", "k", "s", "conf", "uk", "y", "src", "nt"}, c.rep, s.file);
      d.partnerships.push_back(std::move(p));
      c.loaded(s.file);
    }
  }
}

void load_excluded(const std::vector<Section>& secs, Dataset& d, const std::unordered_map<std::string, std::uint32_t>& src,
                   Counter& c) {
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const json& v : *s.array) {
      Rec r(v, s.pointer + "/" + std::to_string(i++));
      ExcludedLink e;
      r.str("a", e.a);
      r.str("b", e.b);
      r.str("why", e.reason);
      r.sources("src", src, e.sources);
      if (!r.ok()) {
        c.reject(r, s.file);
        continue;
      }
      d.excluded.push_back(std::move(e));
      c.loaded(s.file);
    }
  }
}

void load_profiles(const std::vector<Section>& secs, Dataset& d, const std::unordered_map<std::string, std::uint32_t>& src,
                   Counter& c) {
  std::unordered_set<std::string> indicator_keys;
  for (const IndicatorDef& def : d.indicators) indicator_keys.insert(def.key);
  std::vector<bool> has_profile(d.towns.size(), false);
  for (const Section& s : secs) {
    std::size_t i = 0;
    for (const json& v : *s.array) {
      Rec r(v, s.pointer + "/" + std::to_string(i++));
      std::string id;
      r.str("id", id);
      TownIndex t = kNoIndex;
      if (r.ok()) {
        t = d.find_town(id);
        if (t == kNoIndex) r.fail("/id", "dangling reference: town \"" + id + "\" is not loaded");
        else if (has_profile[t]) r.fail("/id", "duplicate profile for town \"" + id + "\"");
      }
      const json* tags = r.ok() ? member(v, "t") : nullptr;
      const json* inds = r.ok() ? member(v, "i") : nullptr;
      if (tags && !tags->is_array()) r.fail("/t", "\"t\" must be an array of tag entries");
      if (inds && !inds->is_array()) r.fail("/i", "\"i\" must be an array of indicator entries");
      if (!r.ok()) {
        c.reject(r, s.file);
        continue;
      }
      r.unknown_fields({"id", "t", "i"}, c.rep, s.file);
      has_profile[t] = true;
      Town& town = d.towns[t];
      // each tag or indicator entry is a record of its own
      if (tags) {
        std::size_t k = 0;
        for (const json& e : *tags) {
          Rec er(e, r.pointer() + "/t/" + std::to_string(k++));
          TownTag tt;
          std::string tag, sid;
          er.str("tag", tag);
          er.str("src", sid);
          er.str("d", tt.detail, false, false);
          er.boolean("inh", tt.inherited);
          if (er.ok()) {
            tt.tag = d.find_tag(tag);
            if (tt.tag == kNoIndex) er.fail("/tag", "unknown tag id \"" + tag + "\"");
          }
          if (er.ok()) {
            auto it = src.find(sid);
            if (it == src.end()) er.fail("/src", "unknown source id \"" + sid + "\"");
            else tt.source = it->second;
          }
          if (er.ok())
            for (const TownTag& o : town.tags)
              if (o.tag == tt.tag) er.fail("/tag", "tag \"" + tag + "\" listed twice for this town");
          if (!er.ok()) {
            c.reject(er, s.file);
            continue;
          }
          er.unknown_fields({"tag", "src", "d", "inh"}, c.rep, s.file);
          town.tags.push_back(std::move(tt));
        }
      }
      if (inds) {
        std::size_t k = 0;
        for (const json& e : *inds) {
          Rec er(e, r.pointer() + "/i/" + std::to_string(k++));
          Indicator ind;
          std::string sid;
          er.str("k", ind.key);
          er.num("v", ind.value);
          er.str("src", sid);
          er.boolean("inh", ind.inherited);
          if (er.ok() && !indicator_keys.count(ind.key)) er.fail("/k", "unknown indicator key \"" + ind.key + "\"");
          if (er.ok() && src.find(sid) == src.end()) er.fail("/src", "unknown source id \"" + sid + "\"");
          if (er.ok())
            for (const Indicator& o : town.indicators)
              if (o.key == ind.key) er.fail("/k", "indicator \"" + ind.key + "\" listed twice for this town");
          if (!er.ok()) {
            c.reject(er, s.file);
            continue;
          }
          er.unknown_fields({"k", "v", "src", "inh"}, c.rep, s.file);
          town.indicators.push_back(std::move(ind));
        }
      }
      c.loaded(s.file);
    }
  }
}

// UK towns below a council take over what they do not state themselves, marked inherited;
// a town's population is its "population" indicator unless one is given.
void complete_profiles(Dataset& d) {
  bool has_population = false;
  for (const IndicatorDef& def : d.indicators) has_population = has_population || def.key == "population";
  if (has_population)
    for (Town& t : d.towns) {
      if (t.population <= 0) continue;
      bool found = false;
      for (const Indicator& i : t.indicators) found = found || i.key == "population";
      if (!found) t.indicators.push_back({"population", t.population, false});
    }
  for (Town& t : d.towns) {
    if (t.parent == kNoIndex) continue;
    if (t.role != TownRole::UkPartnerTown && t.role != TownRole::EuropeCandidate) continue;
    const Town& p = d.towns[t.parent];
    if (p.role != TownRole::UkCouncil && p.role != TownRole::UkRegion) continue;
    for (const TownTag& pt : p.tags) {
      bool found = false;
      for (const TownTag& o : t.tags) found = found || o.tag == pt.tag;
      if (found) continue;
      TownTag copy = pt;
      copy.inherited = true;
      t.tags.push_back(std::move(copy));
    }
    for (const Indicator& pi : p.indicators) {
      bool found = false;
      for (const Indicator& o : t.indicators) found = found || o.key == pi.key;
      if (found) continue;
      Indicator copy = pi;
      copy.inherited = true;
      t.indicators.push_back(std::move(copy));
    }
  }
}

}  // namespace

LoadReport load_dataset_files(const std::vector<NamedText>& files, Dataset& out) {
  LoadReport rep;
  out = Dataset{};
  std::vector<json> docs(files.size());
  std::vector<std::pair<std::string, const json*>> good;
  for (std::size_t i = 0; i < files.size(); ++i)
    if (parse_file(files[i], docs[i], rep)) good.emplace_back(files[i].name, &docs[i]);
  const auto t0 = Clock::now();
  Counter c{rep};
  for (const auto& [file, doc] : good) {
    bool any = false;
    for (const char* k : {"sources", "tags", "indicators", "towns", "partnerships", "excluded", "profiles"})
      any = any || member(*doc, k) != nullptr;
    if (!any) rep.warning(file, "", "no dataset section (sources, tags, indicators, towns, partnerships, profiles) in this file");
  }
  std::unordered_map<std::string, std::uint32_t> src;
  load_sources(sections_named(good, "sources", rep), out, src, c);
  load_tags(sections_named(good, "tags", rep), out, src, c);
  out.rebuild_indices();
  load_indicator_defs(sections_named(good, "indicators", rep), out, src, c);
  load_towns(sections_named(good, "towns", rep), out, src, c);
  load_partnerships(sections_named(good, "partnerships", rep), out, src, c);
  load_excluded(sections_named(good, "excluded", rep), out, src, c);
  load_profiles(sections_named(good, "profiles", rep), out, src, c);
  complete_profiles(out);
  out.rebuild_indices();
  rep.build_ms = ms_since(t0);
  return rep;
}

LoadReport load_world_network(const NamedText& file, WorldNetwork& out) {
  LoadReport rep;
  out = WorldNetwork{};
  json doc;
  if (!parse_file(file, doc, rep)) return rep;
  const auto t0 = Clock::now();
  Counter c{rep};
  const std::string& f = file.name;
  const json* countries = member(doc, "countries");
  const json* towns = member(doc, "towns");
  const json* pairs = member(doc, "pairs");
  if (!countries || !countries->is_array()) rep.error(f, "/countries", "missing array \"countries\"");
  if (!towns || !towns->is_array()) rep.error(f, "/towns", "missing array \"towns\"");
  if (!pairs || !pairs->is_array()) rep.error(f, "/pairs", "missing array \"pairs\"");
  if (!rep.ok()) {
    rep.build_ms = ms_since(t0);
    return rep;
  }
  if (const json* counts = member(doc, "counts")) {
    double x = 0;
    if (const json* rows = member(*counts, "rows"); rows && number_of(*rows, x) && x >= 0) out.source_rows = static_cast<std::size_t>(x);
    if (const json* dup = member(*counts, "duplicateRows"); dup && number_of(*dup, x) && x >= 0) out.duplicate_rows = static_cast<std::size_t>(x);
  }
  std::size_t i = 0;
  for (const json& v : *countries) {
    const std::string* s = v.get_ptr<const std::string*>();
    const std::string at = "/countries/" + std::to_string(i++);
    if (!s || !valid_country(*s)) {
      rep.error(f, at, "country must be an ISO 3166-1 alpha-2 code");
      out.countries.emplace_back("??");
      continue;
    }
    out.countries.push_back(*s);
  }
  std::vector<std::uint32_t> remap;
  remap.reserve(towns->size());
  i = 0;
  for (const json& v : *towns) {
    const std::string at = "/towns/" + std::to_string(i++);
    WorldTown t;
    double lat = 0, lon = 0;
    long long ci = -1;
    const std::string* name = v.is_array() && v.size() >= 4 ? v[0].get_ptr<const std::string*>() : nullptr;
    std::string problem;
    if (!v.is_array() || v.size() < 4 || v.size() > 5) problem = "a town must be [name, country index, lat, lon(, ref)]";
    else if (!name || name->empty()) problem = "town name must be a non-empty string";
    else if (!integer_of(v[1], ci) || ci < 0 || static_cast<std::size_t>(ci) >= out.countries.size()) problem = "country index out of range";
    else if (!number_of(v[2], lat) || lat < -90 || lat > 90) problem = "latitude out of range [-90, 90]";
    else if (!number_of(v[3], lon) || lon < -180 || lon > 180) problem = "longitude out of range [-180, 180]";
    else if (v.size() == 5 && !v[4].is_string()) problem = "ref must be a string";
    if (!problem.empty()) {
      c.reject(f, at, problem);
      remap.push_back(UINT32_MAX);
      continue;
    }
    t.name = *name;
    t.country = static_cast<std::uint16_t>(ci);
    t.lat = static_cast<float>(lat);
    t.lon = static_cast<float>(lon);
    if (v.size() == 5) t.ref = *v[4].get_ptr<const std::string*>();
    remap.push_back(static_cast<std::uint32_t>(out.towns.size()));
    out.towns.push_back(std::move(t));
    c.loaded(f);
  }
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  i = 0;
  for (const json& v : *pairs) {
    const std::string at = "/pairs/" + std::to_string(i++);
    long long a = -1, b = -1;
    if (!v.is_array() || v.size() != 2 || !integer_of(v[0], a) || !integer_of(v[1], b)) {
      c.reject(f, at, "a pair must be [town index, town index]");
      continue;
    }
    if (a < 0 || b < 0 || static_cast<std::size_t>(a) >= remap.size() || static_cast<std::size_t>(b) >= remap.size()) {
      c.reject(f, at, "dangling reference: town index out of range");
      continue;
    }
    const std::uint32_t ra = remap[static_cast<std::size_t>(a)], rb = remap[static_cast<std::size_t>(b)];
    if (ra == UINT32_MAX || rb == UINT32_MAX) {
      c.reject(f, at, "dangling reference: the pair names a rejected town");
      continue;
    }
    if (ra == rb) {
      c.reject(f, at, "a pair needs two different towns");
      continue;
    }
    if (!seen.insert({std::min(ra, rb), std::max(ra, rb)}).second) {
      c.reject(f, at, "duplicate pair");
      continue;
    }
    out.pairs.emplace_back(ra, rb);
    c.loaded(f);
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
std::string decode_line(const json& v, double scale, std::size_t min_points, std::vector<LonLat>& out) {
  if (!v.is_array() || v.size() % 2 != 0) return "a line must be an array of an even number of integers";
  if (v.size() / 2 < min_points) return "too few points";
  out.clear();
  out.reserve(v.size() / 2);
  long long x = 0, y = 0;
  for (std::size_t k = 0; k < v.size(); k += 2) {
    long long dx = 0, dy = 0;
    if (!integer_of(v[k], dx) || !integer_of(v[k + 1], dy)) return "coordinates must be integers";
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
  json doc;
  if (!parse_file(file, doc, rep)) return rep;
  const auto t0 = Clock::now();
  Counter c{rep};
  const std::string& f = file.name;
  double scale = 0;
  const json* sc = member(doc, "scale");
  const json* land = member(doc, "land");
  const json* borders = member(doc, "borders");
  if (!sc || !number_of(*sc, scale) || scale <= 0 || scale > 1e7) rep.error(f, "/scale", "\"scale\" must be a positive number");
  if (!land || !land->is_array()) rep.error(f, "/land", "missing array \"land\"");
  if (!borders || !borders->is_array()) rep.error(f, "/borders", "missing array \"borders\"");
  if (!rep.ok()) {
    rep.build_ms = ms_since(t0);
    return rep;
  }
  std::size_t i = 0;
  for (const json& poly : *land) {
    const std::string at = "/land/" + std::to_string(i++);
    if (!poly.is_array() || poly.empty()) {
      c.reject(f, at, "a polygon must be a non-empty array of rings");
      continue;
    }
    std::vector<Ring> rings;
    std::string problem;
    std::size_t k = 0;
    for (const json& ring : poly) {
      Ring r;
      problem = decode_line(ring, scale, 3, r);
      if (!problem.empty()) {
        problem = "ring " + std::to_string(k) + ": " + problem;
        break;
      }
      rings.push_back(std::move(r));
      ++k;
    }
    if (!problem.empty()) {
      c.reject(f, at, problem);
      continue;
    }
    out.land.push_back(std::move(rings));
    c.loaded(f);
  }
  i = 0;
  for (const json& line : *borders) {
    const std::string at = "/borders/" + std::to_string(i++);
    std::vector<LonLat> l;
    std::string problem = decode_line(line, scale, 2, l);
    if (!problem.empty()) {
      c.reject(f, at, problem);
      continue;
    }
    out.borders.push_back(std::move(l));
    c.loaded(f);
  }
  rep.build_ms = ms_since(t0);
  return rep;
}

DataFileKind classify_data_file(const std::string& name, const std::string& text) {
  const std::size_t slash = name.find_last_of("/\\");
  const std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  if (base.rfind("world_network", 0) == 0) return DataFileKind::WorldNetwork;
  if (base.rfind("world_map", 0) == 0) return DataFileKind::WorldMap;
  if (text.find("\"pairs\"") != std::string::npos) return DataFileKind::WorldNetwork;
  if (text.find("\"land\"") != std::string::npos) return DataFileKind::WorldMap;
  for (const char* k : {"\"sources\"", "\"tags\"", "\"towns\"", "\"partnerships\"", "\"profiles\"", "\"indicators\""})
    if (text.find(k) != std::string::npos) return DataFileKind::Dataset;
  return DataFileKind::Unknown;
}

}  // namespace atlas
