// UTF-8 decoding into code point sets (see code_points.h).
#include "code_points.h"

namespace atlas {

void collect_code_points(std::string_view s, std::set<std::uint32_t>& out) {
  constexpr std::uint32_t kReplacement = 0xFFFD;
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = 0;
    std::size_t len = 0;
    if (c < 0x80) { cp = c; len = 1; }
    else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; len = 2; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; len = 3; }
    else if ((c & 0xF8) == 0xF0) { cp = c & 0x07; len = 4; }
    else { out.insert(kReplacement); ++i; continue; }
    if (i + len > s.size()) { out.insert(kReplacement); break; }
    bool ok = true;
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) { ok = false; break; }
      cp = (cp << 6) | (cc & 0x3F);
    }
    static const std::uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (!ok || cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out.insert(kReplacement);
      ++i;
      continue;
    }
    out.insert(cp);
    i += len;
  }
}

std::set<std::uint32_t> dataset_code_points(const Dataset& d, const WorldNetwork* world) {
  std::set<std::uint32_t> cps;
  for (const Town& t : d.towns) {
    for (const std::string* s : {&t.name, &t.name_alt, &t.region, &t.subregion, &t.note}) collect_code_points(*s, cps);
    for (const std::string& a : t.aliases) collect_code_points(a, cps);
    for (const TownTag& tt : t.tags) collect_code_points(tt.detail, cps);
  }
  for (const Partnership& p : d.partnerships) {
    collect_code_points(p.district, cps);
    collect_code_points(p.notes, cps);
  }
  for (const Tag& t : d.tags)
    for (const std::string* s : {&t.label_de, &t.label_en, &t.description}) collect_code_points(*s, cps);
  for (const Source& s : d.sources)
    for (const std::string* x : {&s.title, &s.licence, &s.attribution}) collect_code_points(*x, cps);
  for (const IndicatorDef& i : d.indicators)
    for (const std::string* s : {&i.label_de, &i.label_en, &i.unit, &i.description}) collect_code_points(*s, cps);
  for (const ExcludedLink& e : d.excluded)
    for (const std::string* s : {&e.a, &e.b, &e.reason}) collect_code_points(*s, cps);
  if (world)
    for (const WorldTown& t : world->towns) collect_code_points(t.name, cps);
  return cps;
}

}  // namespace atlas
