// `atlas profile --town X`: the one-page town profile a council hands round in a meeting, as
// the JSON that web/profile.html lays out (core/match/town_profile.h writes it, the app too).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli_command.h"
#include "core/match/town_profile.h"
#include "match_cli_support.h"

namespace atlas::cli {

namespace {

int usage_error(const std::string& message) {
  std::fprintf(stderr, "atlas profile: %s\n", message.c_str());
  return 2;
}

int run_profile(const std::vector<std::string>& args) {
  std::string town_arg, data_dir = ATLAS_DATA_DIR;
  PoolKind pool = PoolKind::Uk;
  bool pool_given = false;
  std::size_t top = 5;
  ExplainLanguage lang = ExplainLanguage::En;
  MatchWeights weights;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i + 1 >= args.size()) return usage_error(args[i] + " needs a value");
    const std::string& k = args[i];
    const std::string& v = args[++i];
    std::string error;
    if (k == "--town") town_arg = v;
    else if (k == "--data") data_dir = v;
    else if (k == "--pool" && parse_pool_key(v.c_str(), pool)) pool_given = true;
    else if (k == "--top" && std::atoi(v.c_str()) > 0 && std::atoi(v.c_str()) <= 100) top = static_cast<std::size_t>(std::atoi(v.c_str()));
    else if (k == "--lang" && (v == "en" || v == "de")) lang = v == "de" ? ExplainLanguage::De : ExplainLanguage::En;
    else if (k == "--weights" && parse_weights(v, weights, error)) continue;
    else return usage_error("bad argument " + k + " " + v + (error.empty() ? "" : ": " + error));
  }
  if (town_arg.empty()) return usage_error("give --town <id or name>");
  Dataset data;
  if (!load_match_dataset(data_dir, data)) return 1;
  const TownIndex town = find_town_by_id_or_name(data, town_arg);
  if (town == kNoIndex) return usage_error("no town with id or name '" + town_arg + "'");
  if (!pool_given && data.towns[town].role == TownRole::NrwKreis) pool = PoolKind::UkCouncil;
  const MatchEngine engine(data);
  const nlohmann::json doc = town_profile_json(engine, town, pool, weights, top, lang);
  std::printf("%s\n", doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  return 0;
}

const CommandRegistration registration({
    "profile",
    "--town <id or name> [--pool uk|europe|uk-council] [--top N] [--lang en|de] [--weights ...] [--data DIR]",
    "a town's one-page profile (facts, partners and what they share, top suggestions) as JSON for web/profile.html",
    run_profile,
});

}  // namespace

}  // namespace atlas::cli
