// `atlas suggest`: ranked, explained partner suggestions from the core matcher, as CSV
// (one row per suggestion: component columns and the explanation text, ready for a council
// meeting) or JSON, written by core/match/suggestion_table.h. `--town` for one town (id or
// name), `--all` for every NRW municipality (or every Kreis with `--level kreis`).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_command.h"
#include "core/match/match_engine.h"
#include "core/match/match_explanation.h"
#include "core/match/suggestion_table.h"
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
  bool kreis_level = false;
  ExplainLanguage language = ExplainLanguage::En;
  std::string data_dir = ATLAS_DATA_DIR;
  MatchWeights weights;
};

int usage_error(const std::string& message) {
  std::fprintf(stderr, "atlas suggest: %s\n", message.c_str());
  return 2;
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
                              k == "--weights" || k == "--data" || k == "--lang" || k == "--level")) {
      error = k + " needs a value";
      return false;
    } else if (k == "--town") {
      a.town = args[++i];
    } else if (k == "--pool") {
      if (!parse_pool_key(args[++i].c_str(), a.pool)) {
        error = "--pool must be uk, europe or uk-council";
        return false;
      }
    } else if (k == "--level") {
      const std::string l = args[++i];
      if (l != "kreis" && l != "municipality") {
        error = "--level must be municipality or kreis";
        return false;
      }
      a.kreis_level = l == "kreis";
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
  if (a.kreis_level && a.pool == PoolKind::Europe) {
    error = "--level kreis matches NRW Kreise with UK councils and counties (--pool uk)";
    return false;
  }
  if (a.kreis_level) a.pool = PoolKind::UkCouncil;
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
      if (data.towns[t].role == query_role(a.pool)) towns.push_back(t);
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
    // a Kreis is matched at its own level unless a pool was asked for explicitly
    if (data.towns[t].role == TownRole::NrwKreis && a.pool == PoolKind::Uk) a.pool = PoolKind::UkCouncil;
  }

  if (a.json) {
    nlohmann::json out = nlohmann::json::array();
    for (TownIndex t : towns)
      out.push_back(suggestions_json(data, t, a.pool, engine.suggest_for_town(t, a.pool, a.weights, options), a.language));
    const nlohmann::json& doc = a.all ? out : out[0];
    std::printf("%s\n", doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return 0;
  }
  std::string csv = suggestions_csv_header();
  for (TownIndex t : towns) {
    append_suggestions_csv(csv, data, t, engine.suggest_for_town(t, a.pool, a.weights, options), a.language);
    std::fputs(csv.c_str(), stdout);
    csv.clear();
  }
  return 0;
}

const CommandRegistration registration({
    "suggest",
    "--town <id or name> | --all  [--pool uk|europe|uk-council] [--level municipality|kreis] [--top N] [--format csv|json] "
    "[--weights goals=1,network=0.5,...] [--with-partners] [--abroad] [--lang en|de] [--data DIR]",
    "ranked partner suggestions with every score component and its explanation",
    run_suggest,
});

}  // namespace

}  // namespace atlas::cli
