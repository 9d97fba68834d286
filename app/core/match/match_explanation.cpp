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
  const char* hub_adjusted;
};

constexpr Words kEn = {
    "your town", "no data", "has no goal tag in the data", "has no challenge tag in the data",
    "neither town has a goal tag in the data", "neither town has a challenge tag in the data", "both: ",
    "no shared goal", "no shared challenge", "population ", " vs ", "population unknown", "both ",
    "settlement class differs", "not recorded for %s in the data", "shared challenges: ",
    "%s has no goal that %s lacks", "no shared challenge to learn from", "has no known partnership", "neither town has a known partnership",
    "1 partner-of-partner path", "%zu partner-of-partner paths", ", e.g. ", "both partnered with ",
    "no partner-of-partner path or shared partner", " km apart", "position unknown", "no data: ",
    "correction %s: resembles many NRW towns, so it would head too many lists"};

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
    "Lage unbekannt", "keine Daten: ",
    "Korrektur %s: ähnelt vielen NRW-Städten und stünde sonst in zu vielen Listen vorn"};

const Words& words(ExplainLanguage l) { return l == ExplainLanguage::De ? kDe : kEn; }

static_assert(sizeof(Words) == 29 * sizeof(const char*), "phrases_of lists every field of Words");
std::vector<std::string> phrases_of(const Words& w) {
  return {w.your_town, w.no_data, w.has_no_goal_tag, w.has_no_challenge_tag, w.neither_goal, w.neither_challenge,
          w.both, w.no_shared_goals, w.no_shared_challenges, w.population, w.vs, w.population_unknown,
          w.both_settlement, w.settlement_differs, w.lacks_in_data, w.shared_challenges, w.no_goal_lacking,
          w.needs_shared_challenge, w.no_known_partnership, w.neither_partnership, w.paths_one, w.paths_many,
          w.eg, w.shared_partners, w.no_paths, w.km_apart, w.position_unknown, w.no_data_list, w.hub_adjusted};
}

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
  const double a = std::fabs(v);
  if (!(a < 1e15)) return "-";  // out of range or NaN: not a real measurement
  unsigned long long n = static_cast<unsigned long long>(a + 0.5);
  char digits[32];
  int len = 0;
  do {
    if (len && len % 4 == 3) digits[len++] = ',';
    digits[len++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n);
  std::string out = v < 0 ? "-" : "";
  while (len) out += digits[--len];
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

namespace {

void append_tags(std::string& out, const Dataset& d, const std::vector<TagIndex>& tags, ExplainLanguage l) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (i) out += ", ";
    out += tag_label(d, tags[i], l);
  }
}

void append_subject(std::string& out, const Dataset& d, TownIndex t, ExplainLanguage l) {
  if (t < d.towns.size())
    out += d.towns[t].name;
  else
    out += words(l).your_town;
}

// Appends one component's text (see describe_component); the suggestions table formats
// thousands of these, so everything appends into one buffer.
void append_component(std::string& out, const Dataset& d, const Suggestion& s, MatchComponent component,
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
        out += missing_tags(d, s, town_has, town_has_kind(d, s.candidate, kind),
                            kind == TagKind::Goal ? w.has_no_goal_tag : w.has_no_challenge_tag,
                            kind == TagKind::Goal ? w.neither_goal : w.neither_challenge, l);
        return;
      }
      if (c.tags.empty()) {
        out += kind == TagKind::Goal ? w.no_shared_goals : w.no_shared_challenges;
        return;
      }
      out += w.both;
      append_tags(out, d, c.tags, l);
      return;
    }
    case MatchComponent::Size: {
      if (!c.has_data) {
        out += w.no_data;
        out += ": ";
        out += w.population_unknown;
        return;
      }
      const bool pop = c.town_population > 0 && c.candidate_population > 0;
      if (pop) {
        out += w.population;
        out += integer_text(c.town_population);
        out += w.vs;
        out += integer_text(c.candidate_population);
      }
      if (c.same_settlement >= 0) {
        if (pop) out += "; ";
        if (c.same_settlement == 1 && s.candidate < d.towns.size()) {
          out += w.both_settlement;
          out += d.towns[s.candidate].settlement;
        } else {
          out += w.settlement_differs;
        }
      }
      return;
    }
    case MatchComponent::Complement: {
      if (!c.has_data) {
        if (!s[MatchComponent::Challenges].has_data) {
          append_component(out, d, s, MatchComponent::Challenges, l);
          return;
        }
        out += w.no_data;
        out += ": ";
        append_subject(out, d, s.candidate, l);
        out += ' ';
        out += w.has_no_goal_tag;
        return;
      }
      if (c.tags.empty()) {
        out += format(w.no_goal_lacking, subject(d, s.candidate, l), subject(d, s.town, l));
        return;
      }
      if (c.shared_challenges.empty()) {
        out += w.needs_shared_challenge;
        return;
      }
      append_subject(out, d, s.candidate, l);
      out += ": ";
      append_tags(out, d, c.tags, l);
      out += " (";
      out += format(w.lacks_in_data, subject(d, s.town, l));
      out += "); ";
      out += w.shared_challenges;
      append_tags(out, d, c.shared_challenges, l);
      return;
    }
    case MatchComponent::Network: {
      if (!c.has_data) {
        out += w.no_data;
        out += ": ";
        if (c.town_partners == 0 && c.candidate_partners == 0) {
          out += w.neither_partnership;
          return;
        }
        append_subject(out, d, c.town_partners == 0 ? s.town : s.candidate, l);
        out += ' ';
        out += w.no_known_partnership;
        return;
      }
      const std::size_t before = out.size();
      if (c.path_count > 0) {
        char buf[96];
        if (c.path_count == 1)
          std::snprintf(buf, sizeof buf, "%s", w.paths_one);
        else
          std::snprintf(buf, sizeof buf, w.paths_many, c.path_count);
        out += buf;
        if (!c.paths.empty()) {
          out += w.eg;
          const std::vector<TownIndex>& p = c.paths.front();
          for (std::size_t i = 0; i < p.size(); ++i) {
            if (i) out += " – ";
            out += town_name(d, p[i]);
          }
        }
      }
      if (!c.shared_partners.empty()) {
        if (out.size() != before) out += "; ";
        out += w.shared_partners;
        for (std::size_t i = 0; i < c.shared_partners.size(); ++i) {
          if (i) out += ", ";
          out += town_with_country(d, c.shared_partners[i]);
        }
      }
      if (out.size() == before) out += w.no_paths;
      return;
    }
    case MatchComponent::Distance: {
      if (!c.has_data) {
        out += w.no_data;
        out += ": ";
        out += w.position_unknown;
        return;
      }
      out += integer_text(c.distance_km);
      out += w.km_apart;
      return;
    }
  }
}

}  // namespace

std::string describe_component(const Dataset& d, const Suggestion& s, MatchComponent component,
                               ExplainLanguage l) {
  std::string out;
  append_component(out, d, s, component, l);
  return out;
}

std::vector<std::string> explanation_phrases(ExplainLanguage language) { return phrases_of(words(language)); }

std::string town_with_council(const Dataset& d, TownIndex t) {
  if (t >= d.towns.size()) return std::string();
  const Town& town = d.towns[t];
  std::string out = town.name;
  if (town.role == TownRole::UkCouncil || town.country != "GB" || town.parent >= d.towns.size()) return out;
  const std::string& council = d.towns[town.parent].name;
  if (council != town.name) out += " (" + council + ")";
  return out;
}

std::string describe_suggestion(const Dataset& d, const Suggestion& s, ExplainLanguage l) {
  MatchComponent contributing[kMatchComponentCount], without_data[kMatchComponentCount];
  std::size_t n_contributing = 0, n_without = 0;
  for (MatchComponent c : kMatchComponents) {
    if (s[c].weight <= 0.0) continue;
    if (!s[c].has_data)
      without_data[n_without++] = c;
    else if (s[c].contribution > 0.0)
      contributing[n_contributing++] = c;
  }
  std::stable_sort(contributing, contributing + n_contributing, [&](MatchComponent a, MatchComponent b) {
    return s[a].contribution > s[b].contribution;
  });
  std::string out = town_with_council(d, s.candidate);
  out.reserve(320);
  if (!out.empty()) out += ": ";
  const std::size_t head = out.size();
  for (std::size_t i = 0; i < n_contributing; ++i) {
    if (i) out += "; ";
    out += l == ExplainLanguage::De ? component_label_de(contributing[i]) : component_label_en(contributing[i]);
    out += ": ";
    append_component(out, d, s, contributing[i], l);
  }
  if (s.hub_penalty >= 0.005) {
    if (out.size() != head) out += "; ";
    char amount[32];
    std::snprintf(amount, sizeof amount, "-%.2f", s.hub_penalty);
    out += format(words(l).hub_adjusted, amount);
  }
  if (n_without) {
    if (out.size() != head) out += "; ";
    out += words(l).no_data_list;
    for (std::size_t i = 0; i < n_without; ++i) {
      if (i) out += ", ";
      out += l == ExplainLanguage::De ? component_label_de(without_data[i]) : component_label_en(without_data[i]);
    }
  }
  return out;
}

}  // namespace atlas
