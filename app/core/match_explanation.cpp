// Explanation text for suggestions (see match_explanation.h).
#include "match_explanation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace atlas {

namespace {

struct Words {
  const char* your_town;
  const char* no_data;
  const char* has_no_goal_tag;
  const char* has_no_challenge_tag;
  const char* neither_goal;
  const char* neither_challenge;
  const char* both;
  const char* no_shared_goals;
  const char* no_shared_challenges;
  const char* population;
  const char* vs;
  const char* population_unknown;
  const char* both_settlement;
  const char* settlement_differs;
  const char* lacks_in_data;
  const char* shared_challenges;
  const char* no_goal_lacking;
  const char* needs_shared_challenge;
  const char* no_known_partnership;
  const char* neither_partnership;
  const char* paths_one;
  const char* paths_many;
  const char* eg;
  const char* shared_partners;
  const char* no_paths;
  const char* km_apart;
  const char* position_unknown;
  const char* no_data_list;
};

constexpr Words kEn = {
    "your town", "no data", "has no goal tag in the data", "has no challenge tag in the data",
    "neither town has a goal tag in the data", "neither town has a challenge tag in the data", "both: ",
    "no shared goal", "no shared challenge", "population ", " vs ", "population unknown", "both ",
    "settlement class differs", "not recorded for %s in the data", "shared challenges: ",
    "%s has no goal that %s lacks", "no shared challenge to learn from", "has no known partnership", "neither town has a known partnership",
    "1 partner-of-partner path", "%zu partner-of-partner paths", ", e.g. ", "both partnered with ",
    "no partner-of-partner path or shared partner", " km apart", "position unknown", "no data: "};

constexpr Words kDe = {
    "Ihre Stadt", "keine Daten", "hat in den Daten kein Ziel", "hat in den Daten keine Herausforderung",
    "keine der beiden Städte hat in den Daten ein Ziel",
    "keine der beiden Städte hat in den Daten eine Herausforderung", "beide: ", "kein gemeinsames Ziel",
    "keine gemeinsame Herausforderung", "Einwohner ", " zu ", "Einwohnerzahl unbekannt", "beide ",
    "Siedlungstyp verschieden", "für %s in den Daten nicht verzeichnet", "gemeinsame Herausforderungen: ",
    "%s hat kein Ziel, das %s fehlt", "keine gemeinsame Herausforderung, aus der man lernen kann",
        "hat keine bekannte Partnerschaft", "keine der beiden Städte hat eine bekannte Partnerschaft", "1 Pfad über Partner von Partnern",
    "%zu Pfade über Partner von Partnern", ", z. B. ", "beide verpartnert mit ",
    "kein Pfad über Partner von Partnern und kein gemeinsamer Partner", " km entfernt",
    "Lage unbekannt", "keine Daten: "};

const Words& words(ExplainLanguage l) { return l == ExplainLanguage::De ? kDe : kEn; }

const std::string& town_name(const Dataset& d, TownIndex t) {
  static const std::string empty;
  return t < d.towns.size() ? d.towns[t].name : empty;
}

std::string subject(const Dataset& d, TownIndex t, ExplainLanguage l) {
  return t < d.towns.size() ? d.towns[t].name : std::string(words(l).your_town);
}

std::string format(const char* pattern, const std::string& a, const std::string& b = std::string()) {
  std::string out;
  const char* p = pattern;
  int arg = 0;
  while (*p) {
    if (p[0] == '%' && p[1] == 's') {
      out += arg++ == 0 ? a : b;
      p += 2;
    } else {
      out += *p++;
    }
  }
  return out;
}

std::string integer_text(double v) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.0f", std::fabs(v));
  std::string s(digits), out;
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return v < 0 ? "-" + out : out;
}

std::string tag_list(const Dataset& d, const std::vector<TagIndex>& tags, ExplainLanguage l) {
  std::string out;
  for (TagIndex t : tags) {
    if (!out.empty()) out += ", ";
    out += tag_label(d, t, l);
  }
  return out;
}

std::string town_with_country(const Dataset& d, TownIndex t) {
  std::string s = town_name(d, t);
  if (t < d.towns.size() && !d.towns[t].country.empty()) s += " (" + d.towns[t].country + ")";
  return s;
}

// "no data: Bottrop has no goal tag in the data" / "neither town ...".
std::string missing_tags(const Dataset& d, const Suggestion& s, bool town_has, bool candidate_has,
                         const char* one, const char* neither, ExplainLanguage l) {
  const Words& w = words(l);
  std::string out = std::string(w.no_data) + ": ";
  if (!town_has && !candidate_has) return out + neither;
  return out + subject(d, town_has ? s.candidate : s.town, l) + " " + one;
}

bool town_has_kind(const Dataset& d, TownIndex t, TagKind kind) {
  if (t >= d.towns.size()) return false;
  for (const TownTag& tt : d.towns[t].tags)
    if (tt.tag < d.tags.size() && d.tags[tt.tag].kind == kind) return true;
  return false;
}

}  // namespace

const std::string& tag_label(const Dataset& dataset, TagIndex tag, ExplainLanguage language) {
  static const std::string empty;
  if (tag >= dataset.tags.size()) return empty;
  const Tag& t = dataset.tags[tag];
  const std::string& first = language == ExplainLanguage::De ? t.label_de : t.label_en;
  const std::string& second = language == ExplainLanguage::De ? t.label_en : t.label_de;
  return !first.empty() ? first : !second.empty() ? second : t.id;
}

std::string describe_component(const Dataset& d, const Suggestion& s, MatchComponent component,
                               ExplainLanguage l) {
  const Words& w = words(l);
  const ComponentScore& c = s[component];
  switch (component) {
    case MatchComponent::Goals:
    case MatchComponent::Challenges: {
      const TagKind kind = component == MatchComponent::Goals ? TagKind::Goal : TagKind::Challenge;
      if (!c.has_data) {
        // A custom profile has no town to look at: its side is "has no tag" when the
        // component lacks data and the candidate has tags.
        const bool town_has = s.town < d.towns.size() ? town_has_kind(d, s.town, kind)
                                                      : !town_has_kind(d, s.candidate, kind);
        return missing_tags(d, s, town_has, town_has_kind(d, s.candidate, kind),
                            kind == TagKind::Goal ? w.has_no_goal_tag : w.has_no_challenge_tag,
                            kind == TagKind::Goal ? w.neither_goal : w.neither_challenge, l);
      }
      if (c.tags.empty()) return kind == TagKind::Goal ? w.no_shared_goals : w.no_shared_challenges;
      return w.both + tag_list(d, c.tags, l);
    }
    case MatchComponent::Size: {
      if (!c.has_data) return std::string(w.no_data) + ": " + w.population_unknown;
      std::string out;
      if (c.town_population > 0 && c.candidate_population > 0)
        out = w.population + integer_text(c.town_population) + w.vs + integer_text(c.candidate_population);
      if (c.same_settlement >= 0) {
        if (!out.empty()) out += "; ";
        if (c.same_settlement == 1 && s.candidate < d.towns.size())
          out += w.both_settlement + d.towns[s.candidate].settlement;
        else
          out += w.settlement_differs;
      }
      return out;
    }
    case MatchComponent::Complement: {
      if (!c.has_data) {
        const ComponentScore& g = s[MatchComponent::Challenges];
        if (!g.has_data) return describe_component(d, s, MatchComponent::Challenges, l);
        return std::string(w.no_data) + ": " + subject(d, s.candidate, l) + " " + w.has_no_goal_tag;
      }
      if (c.tags.empty())
        return format(w.no_goal_lacking, subject(d, s.candidate, l), subject(d, s.town, l));
      if (c.shared_challenges.empty()) return w.needs_shared_challenge;
      return subject(d, s.candidate, l) + ": " + tag_list(d, c.tags, l) + " (" +
             format(w.lacks_in_data, subject(d, s.town, l)) + "); " + w.shared_challenges +
             tag_list(d, c.shared_challenges, l);
    }
    case MatchComponent::Network: {
      if (!c.has_data) {
        std::string out = std::string(w.no_data) + ": ";
        if (c.town_partners == 0 && c.candidate_partners == 0) return out + w.neither_partnership;
        return out + subject(d, c.town_partners == 0 ? s.town : s.candidate, l) + " " + w.no_known_partnership;
      }
      std::string out;
      if (c.path_count > 0) {
        char buf[96];
        if (c.path_count == 1)
          std::snprintf(buf, sizeof buf, "%s", w.paths_one);
        else
          std::snprintf(buf, sizeof buf, w.paths_many, c.path_count);
        out = buf;
        if (!c.paths.empty()) {
          out += w.eg;
          const std::vector<TownIndex>& p = c.paths.front();
          for (std::size_t i = 0; i < p.size(); ++i) out += (i ? " – " : "") + town_name(d, p[i]);
        }
      }
      if (!c.shared_partners.empty()) {
        if (!out.empty()) out += "; ";
        out += w.shared_partners;
        for (std::size_t i = 0; i < c.shared_partners.size(); ++i)
          out += (i ? ", " : "") + town_with_country(d, c.shared_partners[i]);
      }
      return out.empty() ? std::string(w.no_paths) : out;
    }
    case MatchComponent::Distance: {
      if (!c.has_data) return std::string(w.no_data) + ": " + w.position_unknown;
      return integer_text(c.distance_km) + w.km_apart;
    }
  }
  return std::string();
}

std::string describe_suggestion(const Dataset& d, const Suggestion& s, ExplainLanguage l) {
  std::vector<MatchComponent> contributing, without_data;
  for (MatchComponent c : kMatchComponents) {
    if (s[c].weight <= 0.0) continue;
    if (!s[c].has_data)
      without_data.push_back(c);
    else if (s[c].contribution > 0.0)
      contributing.push_back(c);
  }
  std::stable_sort(contributing.begin(), contributing.end(), [&](MatchComponent a, MatchComponent b) {
    return s[a].contribution > s[b].contribution;
  });
  std::string out;
  for (MatchComponent c : contributing) {
    if (!out.empty()) out += "; ";
    out += (l == ExplainLanguage::De ? component_label_de(c) : component_label_en(c));
    out += ": " + describe_component(d, s, c, l);
  }
  if (!without_data.empty()) {
    if (!out.empty()) out += "; ";
    out += words(l).no_data_list;
    for (std::size_t i = 0; i < without_data.size(); ++i) {
      out += i ? ", " : "";
      out += l == ExplainLanguage::De ? component_label_de(without_data[i]) : component_label_en(without_data[i]);
    }
  }
  return out;
}

}  // namespace atlas
