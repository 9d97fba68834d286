// Diacritic folding and the ranked town search (see town_search.h).
#include "town_search.h"

#include <algorithm>

namespace atlas {

namespace {

// Base letters of U+00C0..U+00FF; '*' marks the ones with special handling, '#' ones
// that are not letters (× ÷).
constexpr char kLatin1[] =
    "aaaaaa*ceeeeiiii"  // C0..CF  (C6 Æ)
    "dnooooo#ouuuuy**"  // D0..DF  (D7 ×, DE Þ, DF ß)
    "aaaaaa*ceeeeiiii"  // E0..EF  (E6 æ)
    "dnooooo#ouuuuy*y"; // F0..FF  (F7 ÷, FE þ)
// Base letters of U+0100..U+017F (Latin Extended-A: Welsh ŵ ŷ, Polish, Czech, ...).
constexpr char kLatinExtA[] =
    "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "**" "jj" "kkk"
    "llllllllll" "nnnnnnnnn" "oooooo" "**" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww" "yyy"
    "zzzzzz" "s";
static_assert(sizeof(kLatin1) == 65, "64 code points");
static_assert(sizeof(kLatinExtA) == 129, "128 code points");

// Decodes the UTF-8 code point at text[i] and its byte length. Invalid or truncated
// sequences come back as U+FFFD of length 1 (the byte is then kept as it is).
std::uint32_t next_code_point(std::string_view text, std::size_t i, std::size_t& length) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  length = 1;
  if (c < 0x80) return c;
  std::size_t extra = c >= 0xF8 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (extra == 0 || i + extra >= text.size()) return 0xFFFD;
  std::uint32_t cp = extra == 1 ? (c & 0x1Fu) : extra == 2 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k <= extra; ++k) {
    unsigned char cc = static_cast<unsigned char>(text[i + k]);
    if ((cc & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (cc & 0x3Fu);
  }
  length = extra + 1;
  return cp;
}

// Appends the folding of one code point; returns false when it is a separator.
void append_folded(std::uint32_t cp, std::string_view raw, FoldUmlauts umlauts, std::string& out, bool& space) {
  auto letters = [&](const char* s) {
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s;
  };
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      char s[2] = {c, 0};
      letters(s);
    } else if (c != '\'') {
      space = true;
    }
    return;
  }
  const bool long_form = umlauts == FoldUmlauts::Long;
  switch (cp) {
    case 0xC4: case 0xE4: letters(long_form ? "ae" : "a"); return;  // Ä ä
    case 0xD6: case 0xF6: letters(long_form ? "oe" : "o"); return;  // Ö ö
    case 0xDC: case 0xFC: letters(long_form ? "ue" : "u"); return;  // Ü ü
    case 0xDF: letters("ss"); return;                               // ß
    case 0x1E9E: letters("ss"); return;                             // ẞ
    case 0xC6: case 0xE6: letters("ae"); return;                    // Æ æ
    case 0xDE: case 0xFE: letters("th"); return;                    // Þ þ
    case 0x132: case 0x133: letters("ij"); return;                  // Ĳ ĳ
    case 0x152: case 0x153: letters("oe"); return;                  // Œ œ
    case 0x2019: case 0x2018: case 0x2BC: return;                   // ’ ‘ ʼ (apostrophes)
    default: break;
  }
  char base = 0;
  if (cp >= 0xC0 && cp <= 0xFF) base = kLatin1[cp - 0xC0];
  else if (cp >= 0x100 && cp <= 0x17F) base = kLatinExtA[cp - 0x100];
  if (base >= 'a' && base <= 'z') {
    char s[2] = {base, 0};
    letters(s);
  } else if (base != 0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xA0) {
    space = true;  // × ÷, dashes, quotes, no-break space
  } else {
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(raw.data(), raw.size());  // another script: kept byte for byte
  }
}

bool word_prefix(const std::string& text, const std::string& query) {
  for (std::size_t at = text.find(query); at != std::string::npos; at = text.find(query, at + 1))
    if (at == 0 || text[at - 1] == ' ') return true;
  return false;
}

MatchTier tier_of(const std::string& text, const std::string& query, bool& found) {
  found = true;
  if (text == query) return MatchTier::Exact;
  if (text.compare(0, query.size(), query) == 0) return MatchTier::Prefix;
  if (word_prefix(text, query)) return MatchTier::WordPrefix;
  if (text.find(query) != std::string::npos) return MatchTier::Substring;
  found = false;
  return MatchTier::Substring;
}

}  // namespace

std::string fold_for_search(std::string_view text, FoldUmlauts umlauts) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    std::uint32_t cp = next_code_point(text, i, length);
    append_folded(cp, text.substr(i, length), umlauts, out, space);
    i += length;
  }
  return out;
}

bool TownSearch::in_mission(const Town& town) {
  return town.country == "GB" || town.role == TownRole::NrwMunicipality || town.role == TownRole::NrwKreis;
}

std::string search_hit_context(const Dataset& dataset, TownIndex t) {
  if (t >= dataset.towns.size()) return {};
  const Town& town = dataset.towns[t];
  const Town* parent = town.parent < dataset.towns.size() ? &dataset.towns[town.parent] : nullptr;
  switch (town.role) {
    case TownRole::NrwMunicipality:  // its Kreis; a kreisfreie Stadt is its own
      return parent && parent->kreisfrei ? "NRW" : town.region.empty() ? "NRW" : town.region;
    case TownRole::NrwKreis:
      return "NRW";
    case TownRole::UkCouncil:
    case TownRole::UkRegion:
      return town.region.empty() ? "UK" : town.region;
    default:
      break;
  }
  if (town.country == "GB") {  // a UK place: its council
    if (!town.subregion.empty()) return town.subregion;
    return parent ? parent->name : "UK";
  }
  if (!town.region.empty() && town.region != town.country) return town.region + ", " + town.country;
  return town.country;
}

TownSearch::TownSearch(const Dataset& dataset) : dataset_(&dataset) {
  partner_count_.assign(dataset.towns.size(), 0);
  for (const Partnership& p : dataset.partnerships) {
    if (p.a < partner_count_.size()) ++partner_count_[p.a];
    if (p.b < partner_count_.size()) ++partner_count_[p.b];
  }
  for (TownIndex t = 0; t < dataset.towns.size(); ++t) {
    const Town& town = dataset.towns[t];
    std::vector<const std::string*> names = {&town.name};
    if (!town.name_alt.empty()) names.push_back(&town.name_alt);
    for (const std::string& a : town.aliases) names.push_back(&a);
    for (const std::string* n : names) {
      std::string s = fold_for_search(*n, FoldUmlauts::Short);
      if (s.empty()) continue;
      std::string l = fold_for_search(*n, FoldUmlauts::Long);
      texts_.push_back(*n);
      entries_.push_back({t, static_cast<std::uint32_t>(texts_.size() - 1), std::move(s), std::move(l)});
    }
  }
}

std::vector<SearchHit> TownSearch::search(std::string_view query, std::size_t limit) const {
  std::vector<SearchHit> hits;
  if (!dataset_ || limit == 0) return hits;
  if (query.size() > kMaxSearchQueryBytes) query = query.substr(0, kMaxSearchQueryBytes);
  const std::string q = fold_for_search(query, FoldUmlauts::Short);
  if (q.empty()) return hits;
  // Best hit per town.
  std::vector<std::uint32_t> best(dataset_->towns.size(), kNoIndex);
  for (const Entry& e : entries_) {
    bool found_short = false, found_long = false;
    MatchTier a = tier_of(e.short_fold, q, found_short);
    MatchTier b = e.long_fold == e.short_fold ? a : tier_of(e.long_fold, q, found_long);
    if (!found_short && !found_long) continue;
    MatchTier tier = !found_short ? b : !found_long ? a : std::min(a, b);
    std::uint32_t& slot = best[e.town];
    if (slot == kNoIndex) {
      slot = static_cast<std::uint32_t>(hits.size());
      hits.push_back({e.town, tier, texts_[e.text]});
    } else if (tier < hits[slot].tier) {
      hits[slot].tier = tier;
      hits[slot].matched = texts_[e.text];
    }
  }
  const Dataset& d = *dataset_;
  // A kreisfreie Stadt is also a Kreis record of the same name (and a slightly different
  // population count): the town comes first.
  auto duplicate = [&](TownIndex t) { return d.towns[t].role == TownRole::NrwKreis && d.towns[t].kreisfrei; };
  auto before = [&](const SearchHit& x, const SearchHit& y) {
    if (x.tier != y.tier) return x.tier < y.tier;
    const bool mx = in_mission(d.towns[x.town]), my = in_mission(d.towns[y.town]);
    if (mx != my) return mx;
    const bool px_partners = partner_count_[x.town] > 0, py_partners = partner_count_[y.town] > 0;
    if (px_partners != py_partners) return px_partners;
    if (duplicate(x.town) != duplicate(y.town)) return duplicate(y.town);
    double px = d.towns[x.town].population, py = d.towns[y.town].population;
    if (px != py) return px > py;
    return d.towns[x.town].id < d.towns[y.town].id;
  };
  if (hits.size() > limit) {
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(limit), hits.end(), before);
    hits.resize(limit);
  } else {
    std::sort(hits.begin(), hits.end(), before);
  }
  return hits;
}

}  // namespace atlas
