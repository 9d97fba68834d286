// `atlas partners --town X`: the town's existing partnerships with what the two places
// share today (goals, challenges, partners abroad), the starting point for reviving a quiet
// link. CSV (default) or JSON.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_command.h"
#include "core/match/match_explanation.h"
#include "core/match/match_network.h"
#include "core/match/partners_in_common.h"
#include "core/match/suggestion_table.h"
#include "match_cli_support.h"

namespace atlas::cli {

namespace {

std::string tag_list(const Dataset& d, const std::vector<TagIndex>& tags, const char* sep) {
  std::string out;
  for (TagIndex t : tags) out += (out.empty() ? "" : sep) + tag_label(d, t, ExplainLanguage::En);
  return out;
}

std::string town_list(const Dataset& d, const std::vector<TownIndex>& towns) {
  std::string out;
  for (TownIndex t : towns) out += (out.empty() ? "" : "; ") + d.towns[t].name + " (" + d.towns[t].country + ")";
  return out;
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "atlas partners: %s\n", message.c_str());
  return 2;
}

int run_partners(const std::vector<std::string>& args) {
  std::string town_arg, data_dir = ATLAS_DATA_DIR;
  bool json = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool has_value = i + 1 < args.size();
    if ((args[i] == "--town" || args[i] == "--format" || args[i] == "--data") && !has_value)
      return usage_error(args[i] + " needs a value");
    if (args[i] == "--town") {
      town_arg = args[++i];
    } else if (args[i] == "--data") {
      data_dir = args[++i];
    } else if (args[i] == "--format") {
      const std::string f = args[++i];
      if (f != "csv" && f != "json") return usage_error("--format must be csv or json");
      json = f == "json";
    } else {
      return usage_error("unknown argument '" + args[i] + "'");
    }
  }
  if (town_arg.empty()) return usage_error("give --town <id or name>");
  Dataset data;
  if (!load_match_dataset(data_dir, data)) return 1;
  const TownIndex town = find_town_by_id_or_name(data, town_arg);
  if (town == kNoIndex) return usage_error("no town with id or name '" + town_arg + "'");
  const MatchNetwork network(data);
  const std::vector<PartnerInCommon> list = partners_in_common(data, network, town);
  const Town& t = data.towns[town];
  if (json) {
    nlohmann::json items = nlohmann::json::array();
    for (const PartnerInCommon& e : list) {
      const Partnership& p = data.partnerships[e.partnership];
      auto ids = [&](const auto& v, bool tags) {
        nlohmann::json a = nlohmann::json::array();
        for (auto x : v) a.push_back(tags ? data.tags[x].id : data.towns[x].id);
        return a;
      };
      nlohmann::json item = {{"partner", {{"id", data.towns[e.partner].id},
                                          {"name", town_with_council(data, e.partner)},
                                          {"country", data.towns[e.partner].country}}},
                             {"kind", partnership_kind_key(p.kind)},
                             {"status", partnership_status_key(p.status)},
                             {"nrw_uk", p.nrw_uk},
                             {"shared_goals", ids(e.goals, true)},
                             {"shared_challenges", ids(e.challenges, true)},
                             {"shared_partners_abroad", ids(e.partners_abroad, false)}};
      if (p.start_year()) item["start_year"] = p.start_year();
      items.push_back(item);
    }
    const nlohmann::json doc = {{"town", {{"id", t.id}, {"name", t.name}}}, {"partners", items}};
    std::printf("%s\n", doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return 0;
  }
  std::printf("town_id,town_name,partner_id,partner_name,partner_country,kind,status,start_year,"
              "shared_goals,shared_challenges,shared_partners_abroad\n");
  for (const PartnerInCommon& e : list) {
    const Partnership& p = data.partnerships[e.partnership];
    const Town& b = data.towns[e.partner];
    std::printf("%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", csv_field(t.id).c_str(), csv_field(t.name).c_str(),
                csv_field(b.id).c_str(), csv_field(town_with_council(data, e.partner)).c_str(), b.country.c_str(),
                partnership_kind_key(p.kind), partnership_status_key(p.status), p.start_year() ? std::to_string(p.start_year()).c_str() : "",
                csv_field(tag_list(data, e.goals, "; ")).c_str(), csv_field(tag_list(data, e.challenges, "; ")).c_str(),
                csv_field(town_list(data, e.partners_abroad)).c_str());
  }
  return 0;
}

const CommandRegistration registration({
    "partners",
    "--town <id or name> [--format csv|json] [--data DIR]",
    "a town's existing partners and what each pair shares today (goals, challenges, partners abroad)",
    run_partners,
});

}  // namespace

}  // namespace atlas::cli
