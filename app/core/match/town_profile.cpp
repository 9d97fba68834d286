// The town profile as JSON (see town_profile.h).
#include "town_profile.h"

#include "partners_in_common.h"
#include "suggestion_table.h"

namespace atlas {

namespace {

nlohmann::json labels(const Dataset& d, const std::vector<TagIndex>& tags, ExplainLanguage l) {
  nlohmann::json out = nlohmann::json::array();
  for (TagIndex t : tags) out.push_back(tag_label(d, t, l));
  return out;
}

nlohmann::json source_json(const Dataset& d, std::uint32_t s) {
  nlohmann::json j = {{"title", d.sources[s].title}};
  if (!d.sources[s].url.empty()) j["url"] = d.sources[s].url;
  return j;
}

}  // namespace

nlohmann::json town_profile_json(const MatchEngine& engine, TownIndex town, PoolKind pool, const MatchWeights& weights,
                                 std::size_t top, ExplainLanguage l) {
  const Dataset& d = engine.dataset();
  const Town& t = d.towns[town];
  nlohmann::json facts = {{"id", t.id}, {"name", t.name}, {"country", t.country}, {"kind", town_kind(t.role)}};
  if (t.population > 0) facts["population"] = t.population;
  if (!t.region.empty()) facts["region"] = t.region;
  if (t.parent < d.towns.size()) facts["within"] = d.towns[t.parent].name;

  nlohmann::json tags = nlohmann::json::array();
  for (const TownTag& tt : t.tags) {
    if (tt.tag >= d.tags.size()) continue;
    nlohmann::json j = {{"label", tag_label(d, tt.tag, l)},
                        {"kind", d.tags[tt.tag].kind == TagKind::Goal ? "goal" : "challenge"}};
    if (!tt.detail.empty()) j["detail"] = tt.detail;
    if (tt.source < d.sources.size()) j["source"] = source_json(d, tt.source);
    if (tt.via < d.towns.size()) j["via"] = d.towns[tt.via].name;
    else if (tt.inherited) j["inherited"] = true;
    tags.push_back(j);
  }

  nlohmann::json partners = nlohmann::json::array();
  for (const PartnerInCommon& e : partners_in_common(d, engine.network(), town)) {
    const Partnership& p = d.partnerships[e.partnership];
    nlohmann::json abroad = nlohmann::json::array();
    for (TownIndex z : e.partners_abroad) abroad.push_back(d.towns[z].name + " (" + d.towns[z].country + ")");
    nlohmann::json sources = nlohmann::json::array();
    for (std::uint32_t s : p.sources)
      if (s < d.sources.size()) sources.push_back(source_json(d, s));
    nlohmann::json j = {{"name", town_with_council(d, e.partner)},
                        {"country", d.towns[e.partner].country},
                        {"kind", partnership_kind_key(p.kind)},
                        {"status", partnership_status_key(p.status)},
                        {"shared_goals", labels(d, e.goals, l)},
                        {"shared_challenges", labels(d, e.challenges, l)},
                        {"shared_partners_abroad", abroad},
                        {"sources", sources}};
    if (p.start_year()) j["since"] = p.start_year();
    partners.push_back(j);
  }

  SuggestOptions options;
  options.top = top;
  nlohmann::json suggestions =
      suggestions_json(d, town, pool, engine.suggest_for_town(town, pool, weights, options), l)["suggestions"];

  nlohmann::json w = nlohmann::json::object();
  for (MatchComponent c : kMatchComponents) w[component_key(c)] = weights[c];
  w["hub_correction"] = weights.hub_correction;

  return {{"v", kTownProfileVersion},
          {"lang", l == ExplainLanguage::De ? "de" : "en"},
          {"town", facts},
          {"tags", tags},
          {"partners", partners},
          {"pool", pool_key(pool)},
          {"weights", w},
          {"suggestions", suggestions}};
}

}  // namespace atlas
