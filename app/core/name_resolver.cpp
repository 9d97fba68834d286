// Names of an own list to towns (see name_resolver.h).
#include "name_resolver.h"

#include <algorithm>
#include <utility>

#include "town_search.h"

namespace atlas {

namespace {

std::vector<std::uint32_t> trigrams(const std::string& folded) {
  const std::string s = "  " + folded + " ";
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i + 3 <= s.size(); ++i)
    out.push_back(static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])) << 16 |
                  static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + 1])) << 8 |
                  static_cast<unsigned char>(s[i + 2]));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Keeps the town-level record where a body above it carries the same name.
std::vector<TownIndex> without_namesake_parents(const Dataset& d, std::vector<TownIndex> towns) {
  std::vector<TownIndex> out;
  for (TownIndex t : towns) {
    bool is_parent_of_another = false;
    for (TownIndex o : towns) is_parent_of_another = is_parent_of_another || (o != t && d.towns[o].parent == t);
    if (!is_parent_of_another) out.push_back(t);
  }
  return out;
}

// The candidates that the data already links with `town` (directly, or through its council).
std::vector<TownIndex> partners_among(const Dataset& d, TownIndex town, const std::vector<TownIndex>& candidates) {
  std::vector<TownIndex> out;
  for (const Partnership& p : d.partnerships) {
    if (p.a != town && p.b != town) continue;
    const TownIndex other = p.a == town ? p.b : p.a;
    for (TownIndex c : candidates)
      if ((c == other || d.towns[c].parent == other) && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

std::string list_of(const Dataset& d, const std::vector<TownIndex>& towns) {
  std::string out;
  for (TownIndex t : towns) out += (out.empty() ? "" : "; ") + candidate_label(d, t);
  return out;
}

}  // namespace

std::string candidate_label(const Dataset& d, TownIndex t) {
  const Town& town = d.towns[t];
  std::string out = town.name + " (";
  if (town.country == "GB" && town.parent < d.towns.size()) out += d.towns[town.parent].name + ", ";
  else if (is_nrw(town.role) && !town.region.empty()) out += town.region + ", ";
  return out + town.country + ")";
}

std::string country_code_of(std::string_view text) {
  const std::string f = fold_for_search(text);
  if (f.size() == 2) {
    std::string up = f;
    for (char& c : up) c = static_cast<char>(c - 'a' + 'A');
    return up == "UK" ? "GB" : up;
  }
  static const std::pair<const char*, const char*> names[] = {
      {"united kingdom", "GB"}, {"great britain", "GB"}, {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"},
      {"northern ireland", "GB"}, {"grossbritannien", "GB"}, {"vereinigtes konigreich", "GB"}, {"schottland", "GB"},
      {"nordirland", "GB"}, {"germany", "DE"}, {"deutschland", "DE"}, {"france", "FR"}, {"frankreich", "FR"},
      {"netherlands", "NL"}, {"niederlande", "NL"}, {"belgium", "BE"}, {"belgien", "BE"}, {"poland", "PL"},
      {"polen", "PL"}, {"italy", "IT"}, {"italien", "IT"}, {"spain", "ES"}, {"spanien", "ES"}, {"austria", "AT"},
      {"osterreich", "AT"}, {"ireland", "IE"}, {"irland", "IE"}, {"united states", "US"}, {"usa", "US"},
      {"vereinigte staaten", "US"}, {"israel", "IL"}, {"turkey", "TR"}, {"turkei", "TR"}, {"czech republic", "CZ"},
      {"tschechien", "CZ"}, {"denmark", "DK"}, {"danemark", "DK"}, {"russia", "RU"}, {"russland", "RU"},
      {"ukraine", "UA"}, {"hungary", "HU"}, {"ungarn", "HU"}, {"portugal", "PT"}, {"sweden", "SE"}, {"schweden", "SE"},
  };
  for (const auto& [name, code] : names)
    if (f == name) return code;
  return std::string();
}

NameResolver::NameResolver(const Dataset& dataset) : dataset_(&dataset) {
  for (TownIndex t = 0; t < dataset.towns.size(); ++t) {
    const Town& town = dataset.towns[t];
    std::vector<std::string> names;
    auto add = [&](const std::string& n) {
      if (n.empty()) return;
      for (FoldUmlauts u : {FoldUmlauts::Short, FoldUmlauts::Long}) {
        std::string f = fold_for_search(n, u);
        if (!f.empty() && std::find(names.begin(), names.end(), f) == names.end()) names.push_back(std::move(f));
      }
    };
    add(town.name);
    add(town.name_alt);
    for (const std::string& a : town.aliases) add(a);
    for (std::string& f : names) {
      std::vector<TownIndex>& list = by_name_[f];
      if (list.empty() || list.back() != t) list.push_back(t);
      const std::uint32_t entry = static_cast<std::uint32_t>(names_.size());
      for (std::uint32_t g : trigrams(f)) by_trigram_[g].push_back(entry);
      names_.push_back(std::move(f));
      entry_town_.push_back(t);
    }
  }
}

ResolvedName NameResolver::resolve(std::string_view name, const std::string& country, bool prefer_nrw) const {
  ResolvedName r;
  std::vector<TownIndex> found;
  for (FoldUmlauts u : {FoldUmlauts::Short, FoldUmlauts::Long}) {
    auto it = by_name_.find(fold_for_search(name, u));
    if (it == by_name_.end()) continue;
    for (TownIndex t : it->second)
      if (std::find(found.begin(), found.end(), t) == found.end()) found.push_back(t);
  }
  const Dataset& d = *dataset_;
  if (!country.empty())
    found.erase(std::remove_if(found.begin(), found.end(), [&](TownIndex t) { return d.towns[t].country != country; }),
                found.end());
  if (prefer_nrw && std::any_of(found.begin(), found.end(), [&](TownIndex t) { return is_nrw(d.towns[t].role); }))
    found.erase(std::remove_if(found.begin(), found.end(), [&](TownIndex t) { return !is_nrw(d.towns[t].role); }),
                found.end());
  found = without_namesake_parents(d, std::move(found));
  std::sort(found.begin(), found.end());
  if (found.size() == 1) {
    r.match = NameMatch::Resolved;
    r.town = found.front();
  } else if (found.size() > 1) {
    r.match = NameMatch::Ambiguous;
    r.candidates = std::move(found);
  } else {
    r.candidates = closest(name);
  }
  return r;
}

std::vector<TownIndex> NameResolver::closest(std::string_view name, std::size_t k) const {
  const std::vector<std::uint32_t> q = trigrams(fold_for_search(name));
  std::unordered_map<std::uint32_t, std::uint32_t> shared;
  for (std::uint32_t g : q) {
    auto it = by_trigram_.find(g);
    if (it == by_trigram_.end()) continue;
    for (std::uint32_t e : it->second) ++shared[e];
  }
  std::vector<std::pair<double, TownIndex>> scored;
  for (const auto& [entry, n] : shared) {
    const double dice = 2.0 * n / (q.size() + trigrams(names_[entry]).size());
    scored.emplace_back(dice, entry_town_[entry]);
  }
  std::sort(scored.begin(), scored.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    const double pa = dataset_->towns[a.second].population, pb = dataset_->towns[b.second].population;
    return pa != pb ? pa > pb : a.second < b.second;
  });
  std::vector<TownIndex> out;
  for (const auto& [score, town] : scored) {
    if (out.size() == k || score < 0.3) break;
    if (std::find(out.begin(), out.end(), town) == out.end()) out.push_back(town);
  }
  return out;
}

namespace {
// (folded name, country code, side): one resolution each, and the key of a choice.
std::string name_key(const std::string& name, const std::string& country, bool nrw_side) {
  return fold_for_search(name, FoldUmlauts::Long) + '\x1f' + country + (nrw_side ? "\x1fN" : "\x1fP");
}
}  // namespace

std::string name_choice_key(const OwnLink& link, const std::string& column) {
  return column == "town" ? name_key(link.town, std::string(), true)
                          : name_key(link.partner, country_code_of(link.partner_country), false);
}

ResolvedOwnData resolve_own_data(const Dataset& d, const NameResolver& resolver, const OwnData& data,
                                 const NameChoices& choices) {
  ResolvedOwnData out;
  std::unordered_map<std::string, ResolvedName> memo;  // name_key -> result
  auto lookup = [&](const std::string& name, const std::string& country, bool nrw_side) -> const ResolvedName& {
    const std::string key = name_key(name, country, nrw_side);
    auto it = memo.find(key);
    if (it != memo.end()) return it->second;
    const auto chosen = choices.find(key);
    if (chosen != choices.end() && chosen->second < d.towns.size())
      return memo.emplace(key, ResolvedName{NameMatch::Resolved, chosen->second, {}}).first->second;
    return memo.emplace(key, resolver.resolve(name, country, nrw_side)).first->second;
  };
  auto problem = [&](const OwnLink& l, const char* column, const std::string& name, const ResolvedName& r) {
    std::string message;
    OwnDataIssue issue = OwnDataIssue::UnknownName;
    std::vector<std::string> args{name};
    if (r.match == NameMatch::Ambiguous) {
      message = "'" + name + "' matches " + std::to_string(r.candidates.size()) + " places: " + list_of(d, r.candidates) +
                (column[0] == 'p' ? "; give partner_country or choose one" : "; choose one");
      issue = OwnDataIssue::AmbiguousName;
      args.push_back(std::to_string(r.candidates.size()));
    } else {
      message = "'" + name + "' is no known town" +
                (r.candidates.empty() ? std::string() : "; closest: " + list_of(d, r.candidates));
    }
    out.problems.push_back({l.row, column, message + " (row left out)", true, issue, std::move(args),
                            std::vector<std::uint32_t>(r.candidates.begin(), r.candidates.end())});
  };
  for (std::size_t i = 0; i < data.links.size(); ++i) {
    const OwnLink& l = data.links[i];
    const std::string country = country_code_of(l.partner_country);
    if (!l.partner_country.empty() && country.empty())
      out.problems.push_back({l.row, "partner_country", "country '" + l.partner_country + "' not known; the partner is matched in any country", false,
                              OwnDataIssue::UnknownCountry, {l.partner_country}, {}});
    // an id the data knows wins over the name (the app's own export carries them)
    const TownIndex by_id_a = l.town_id.empty() ? kNoIndex : d.find_town(l.town_id);
    const TownIndex by_id_b = l.partner_id.empty() ? kNoIndex : d.find_town(l.partner_id);
    const ResolvedName& a = by_id_a != kNoIndex ? ResolvedName{NameMatch::Resolved, by_id_a, {}}
                                                : lookup(l.town, std::string(), true);
    ResolvedName b = by_id_b != kNoIndex ? ResolvedName{NameMatch::Resolved, by_id_b, {}}
                                         : lookup(l.partner, country, false);
    // an ambiguous partner name that is already the town's partner in the data is that partner
    if (a.match == NameMatch::Resolved && b.match == NameMatch::Ambiguous) {
      const std::vector<TownIndex> known = partners_among(d, a.town, b.candidates);
      if (known.size() == 1) b = {NameMatch::Resolved, known.front(), {}};
    }
    if (a.match != NameMatch::Resolved) problem(l, "town", l.town, a);
    if (b.match != NameMatch::Resolved) problem(l, "partner", l.partner, b);
    if (a.match == NameMatch::Resolved && b.match == NameMatch::Resolved) {
      if (a.town == b.town)
        out.problems.push_back({l.row, "partner", "a town cannot partner itself (row left out)", true, OwnDataIssue::SelfPartner, {}, {}});
      else out.links.push_back({i, a.town, b.town});
    }
  }
  out.distinct_names = memo.size();
  return out;
}

}  // namespace atlas
