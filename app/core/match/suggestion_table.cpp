// Suggestions as CSV and JSON (see suggestion_table.h).
#include "suggestion_table.h"

#include <cstdio>

namespace atlas {

namespace {

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  return buf;
}

std::string population(double v) { return v > 0 ? std::to_string(static_cast<long long>(v)) : std::string(); }

const Town* council_of(const Dataset& d, TownIndex t) {
  const TownIndex c = member_council(d, t);
  return c != kNoIndex && c != t ? &d.towns[c] : nullptr;
}

nlohmann::json town_json(const Dataset& d, TownIndex t) {
  const Town& town = d.towns[t];
  nlohmann::json j = {{"id", town.id}, {"name", town.name}, {"country", town.country}, {"kind", town_kind(town.role)}};
  if (town.population > 0) j["population"] = town.population;
  if (const Town* c = council_of(d, t)) j["council"] = {{"id", c->id}, {"name", c->name}};
  return j;
}

nlohmann::json tag_ids(const Dataset& d, const std::vector<TagIndex>& tags) {
  nlohmann::json out = nlohmann::json::array();
  for (TagIndex t : tags) out.push_back(d.tags[t].id);
  return out;
}

nlohmann::json component_json(const Dataset& d, const Suggestion& s, const ComponentScore& k, ExplainLanguage lang) {
  nlohmann::json c = {{"key", component_key(k.component)},
                      {"has_data", k.has_data},
                      {"value", k.value},
                      {"weight", k.weight},
                      {"contribution", k.contribution},
                      {"text", describe_component(d, s, k.component, lang)}};
  if (!k.tags.empty()) c["tags"] = tag_ids(d, k.tags);
  if (!k.shared_challenges.empty()) c["shared_challenges"] = tag_ids(d, k.shared_challenges);
  if (k.component == MatchComponent::Network && k.has_data) {
    nlohmann::json paths = nlohmann::json::array();
    for (const auto& p : k.paths) {
      nlohmann::json ids = nlohmann::json::array();
      for (TownIndex t : p) ids.push_back(d.towns[t].id);
      paths.push_back(ids);
    }
    c["paths"] = paths;
    c["path_count"] = k.path_count;
    nlohmann::json shared = nlohmann::json::array();
    for (TownIndex t : k.shared_partners) shared.push_back(d.towns[t].id);
    c["shared_partners"] = shared;
  }
  return c;
}

}  // namespace

const char* town_kind(TownRole role) {
  switch (role) {
    case TownRole::NrwMunicipality: return "municipality";
    case TownRole::NrwKreis: return "kreis";
    case TownRole::UkCouncil: return "council";
    case TownRole::UkRegion: return "county";
    case TownRole::UkPartnerTown:
    case TownRole::EuropeCandidate:
    case TownRole::OtherTown: return "town";
  }
  return "town";
}

std::string suggestions_csv_header() {
  std::string h =
      "town_id,town_name,town_population,rank,candidate_id,candidate_name,candidate_country,candidate_kind,"
      "candidate_council,candidate_population,total,hub_penalty,existing_partner";
  for (MatchComponent c : kMatchComponents) {
    const std::string k = component_key(c);
    h += "," + k + "_value," + k + "_weight," + k + "_contribution";
  }
  return h + ",explanation\n";
}

void append_suggestions_csv(std::string& out, const Dataset& d, TownIndex town, const std::vector<Suggestion>& list,
                            ExplainLanguage lang) {
  const Town& t = d.towns[town];
  const std::string head = csv_field(t.id) + "," + csv_field(t.name) + "," + population(t.population) + ",";
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Suggestion& s = list[i];
    const Town& c = d.towns[s.candidate];
    const Town* council = council_of(d, s.candidate);
    out += head;
    out += std::to_string(i + 1) + "," + csv_field(c.id) + "," + csv_field(c.name) + "," + c.country + "," +
           town_kind(c.role) + "," + (council ? csv_field(council->name) : std::string()) + "," +
           population(c.population) + "," + number(s.total) + "," + number(s.hub_penalty) + "," +
           (s.existing_partner ? "yes" : "no");
    for (const ComponentScore& k : s.components)
      out += "," + (k.has_data ? number(k.value) : std::string("no data")) + "," + number(k.weight) + "," +
             number(k.contribution);
    out += "," + csv_field(describe_suggestion(d, s, lang)) + "\n";
  }
}

nlohmann::json suggestions_json(const Dataset& d, TownIndex town, PoolKind pool, const std::vector<Suggestion>& list,
                                ExplainLanguage lang) {
  nlohmann::json out = {{"town", town_json(d, town)}, {"pool", pool_key(pool)}};
  nlohmann::json items = nlohmann::json::array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Suggestion& s = list[i];
    nlohmann::json components = nlohmann::json::array();
    for (const ComponentScore& k : s.components) components.push_back(component_json(d, s, k, lang));
    items.push_back({{"rank", i + 1},
                     {"candidate", town_json(d, s.candidate)},
                     {"total", s.total},
                     {"hub_penalty", s.hub_penalty},
                     {"existing_partner", s.existing_partner},
                     {"components", components},
                     {"explanation", describe_suggestion(d, s, lang)}});
  }
  out["suggestions"] = items;
  return out;
}

}  // namespace atlas
