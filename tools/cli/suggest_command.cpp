// `atlas suggest`: ranked, explained partner suggestions from the core matcher, as CSV
// (one row per suggestion: component columns and the explanation text, ready for a council
// meeting) or JSON. `--town` for one town (id or name), `--all` for every NRW municipality.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_command.h"
#include "core/match_engine.h"
#include "core/match_explanation.h"
#include "match_cli_support.h"

namespace atlas::cli {

namespace {

struct SuggestArgs {
  std::string town;
  bool all = false;
  PoolKind pool = PoolKind::Uk;
  std::size_t top = 10;
  bool json = false;
  bool with_partners = false;
  bool abroad = false;
  ExplainLanguage language = ExplainLanguage::En;
  std::string data_dir = ATLAS_DATA_DIR;
  MatchWeights weights;
};

int usage_error(const std::string& message) {
  std::fprintf(stderr, "atlas suggest: %s\n", message.c_str());
  return 2;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  return buf;
}

void print_csv_header() {
  std::string h = "town_id,town_name,rank,candidate_id,candidate_name,candidate_country,total,existing_partner";
  for (MatchComponent c : kMatchComponents) {
    const std::string k = component_key(c);
    h += "," + k + "_value," + k + "_weight," + k + "_contribution";
  }
  std::printf("%s,explanation\n", (h).c_str());
}

void print_csv_rows(const Dataset& d, TownIndex town, const std::vector<Suggestion>& list, ExplainLanguage lang) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Suggestion& s = list[i];
    const Town& c = d.towns[s.candidate];
    std::string row = csv_field(d.towns[town].id) + "," + csv_field(d.towns[town].name) + "," +
                      std::to_string(i + 1) + "," + csv_field(c.id) + "," + csv_field(c.name) + "," + c.country +
                      "," + number(s.total) + "," + (s.existing_partner ? "yes" : "no");
    for (const ComponentScore& k : s.components)
      row += "," + (k.has_data ? number(k.value) : std::string("no data")) + "," + number(k.weight) + "," +
             number(k.contribution);
    row += "," + csv_field(describe_suggestion(d, s, lang));
    std::printf("%s\n", row.c_str());
  }
}

nlohmann::json town_json(const Dataset& d, TownIndex t) {
  return {{"id", d.towns[t].id}, {"name", d.towns[t].name}, {"country", d.towns[t].country}};
}

nlohmann::json suggestions_json(const Dataset& d, TownIndex town, PoolKind pool, const std::vector<Suggestion>& list,
                                ExplainLanguage lang) {
  nlohmann::json out = {{"town", town_json(d, town)}, {"pool", pool_key(pool)}};
  nlohmann::json items = nlohmann::json::array();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Suggestion& s = list[i];
    nlohmann::json components = nlohmann::json::array();
    for (const ComponentScore& k : s.components) {
      nlohmann::json c = {{"key", component_key(k.component)},
                          {"has_data", k.has_data},
                          {"value", k.value},
                          {"weight", k.weight},
                          {"contribution", k.contribution},
                          {"text", describe_component(d, s, k.component, lang)}};
      nlohmann::json tags = nlohmann::json::array();
      for (TagIndex t : k.tags) tags.push_back(d.tags[t].id);
      if (!tags.empty()) c["tags"] = tags;
      if (!k.shared_challenges.empty()) {
        nlohmann::json sc = nlohmann::json::array();
        for (TagIndex t : k.shared_challenges) sc.push_back(d.tags[t].id);
        c["shared_challenges"] = sc;
      }
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
      components.push_back(c);
    }
    items.push_back({{"rank", i + 1},
                     {"candidate", town_json(d, s.candidate)},
                     {"total", s.total},
                     {"existing_partner", s.existing_partner},
                     {"components", components},
                     {"explanation", describe_suggestion(d, s, lang)}});
  }
  out["suggestions"] = items;
  return out;
}

bool parse_args(const std::vector<std::string>& args, SuggestArgs& a, std::string& error) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& k = args[i];
    const bool has_value = i + 1 < args.size();
    if (k == "--all") {
      a.all = true;
    } else if (k == "--with-partners") {
      a.with_partners = true;
    } else if (k == "--abroad") {
      a.abroad = true;
    } else if (!has_value && (k == "--town" || k == "--pool" || k == "--top" || k == "--format" ||
                              k == "--weights" || k == "--data" || k == "--lang")) {
      error = k + " needs a value";
      return false;
    } else if (k == "--town") {
      a.town = args[++i];
    } else if (k == "--pool") {
      if (!parse_pool_key(args[++i].c_str(), a.pool)) {
        error = "--pool must be uk or europe";
        return false;
      }
    } else if (k == "--top") {
      char* rest = nullptr;
      const long n = std::strtol(args[++i].c_str(), &rest, 10);
      if (*rest != '\0' || n < 1 || n > 100000) {
        error = "--top must be a positive number";
        return false;
      }
      a.top = static_cast<std::size_t>(n);
    } else if (k == "--format") {
      const std::string f = args[++i];
      if (f != "csv" && f != "json") {
        error = "--format must be csv or json";
        return false;
      }
      a.json = f == "json";
    } else if (k == "--weights") {
      if (!parse_weights(args[++i], a.weights, error)) return false;
    } else if (k == "--data") {
      a.data_dir = args[++i];
    } else if (k == "--lang") {
      const std::string l = args[++i];
      if (l != "en" && l != "de") {
        error = "--lang must be en or de";
        return false;
      }
      a.language = l == "de" ? ExplainLanguage::De : ExplainLanguage::En;
    } else {
      error = "unknown argument '" + k + "'";
      return false;
    }
  }
  if (a.all == !a.town.empty()) {
    error = "give either --town <id or name> or --all";
    return false;
  }
  return true;
}

int run_suggest(const std::vector<std::string>& args) {
  SuggestArgs a;
  std::string error;
  if (!parse_args(args, a, error)) return usage_error(error);
  Dataset data;
  if (!load_match_dataset(a.data_dir, data)) return 1;
  const MatchEngine engine(data);
  SuggestOptions options;
  options.top = a.top;
  options.include_existing_partners = a.with_partners;
  options.other_countries_only = a.abroad;

  std::vector<TownIndex> towns;
  if (a.all) {
    for (TownIndex t = 0; t < data.towns.size(); ++t)
      if (data.towns[t].role == TownRole::NrwMunicipality) towns.push_back(t);
    std::sort(towns.begin(), towns.end(), [&](TownIndex x, TownIndex y) { return data.towns[x].id < data.towns[y].id; });
  } else {
    std::vector<TownIndex> matches;
    const TownIndex t = find_town_by_id_or_name(data, a.town, &matches);
    if (t == kNoIndex) return usage_error("no town with id or name '" + a.town + "'");
    if (matches.size() > 1) {
      std::fprintf(stderr, "atlas suggest: '%s' matches %zu towns, using %s; others:", a.town.c_str(),
                   matches.size(), data.towns[t].id.c_str());
      for (std::size_t i = 1; i < matches.size(); ++i) std::fprintf(stderr, " %s", data.towns[matches[i]].id.c_str());
      std::fprintf(stderr, "\n");
    }
    towns.push_back(t);
  }

  if (a.json) {
    nlohmann::json out = nlohmann::json::array();
    for (TownIndex t : towns)
      out.push_back(suggestions_json(data, t, a.pool, engine.suggest_for_town(t, a.pool, a.weights, options), a.language));
    const nlohmann::json& doc = a.all ? out : out[0];
    std::printf("%s\n", doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return 0;
  }
  print_csv_header();
  for (TownIndex t : towns)
    print_csv_rows(data, t, engine.suggest_for_town(t, a.pool, a.weights, options), a.language);
  return 0;
}

const CommandRegistration registration({
    "suggest",
    "--town <id or name> | --all  [--pool uk|europe] [--top N] [--format csv|json] "
    "[--weights goals=1,network=0.5,...] [--with-partners] [--abroad] [--lang en|de] [--data DIR]",
    "ranked partner suggestions with every score component and its explanation",
    run_suggest,
});

}  // namespace

}  // namespace atlas::cli
