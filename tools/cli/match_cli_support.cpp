// Helpers of the matcher's subcommands (see match_cli_support.h).
#include "match_cli_support.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <sstream>

#include "core/dataset_loader.h"
#include "read_text_file.h"

namespace atlas::cli {

namespace {

std::string lower_ascii(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int role_preference(TownRole r) {
  switch (r) {
    case TownRole::NrwMunicipality: return 0;
    case TownRole::UkCouncil: return 1;
    case TownRole::NrwKreis: return 2;
    case TownRole::UkPartnerTown: return 3;
    default: return 4;
  }
}

}  // namespace

bool load_match_dataset(const std::string& dir, Dataset& out) {
  std::vector<NamedText> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() <= 5 || n.compare(n.size() - 5, 5, ".json") != 0) continue;
      NamedText f;
      f.name = n;
      if (!read_text_file(dir + "/" + n, f.text)) continue;
      if (classify_data_file(f.name, f.text) == DataFileKind::Dataset) files.push_back(std::move(f));
    }
    closedir(d);
  }
  // In name order, not the directory's: towns.json's candidate rows before towns_pool.json's,
  // so town indices (and ties between equal scores) are the same on every machine and in the app.
  std::sort(files.begin(), files.end(), [](const NamedText& a, const NamedText& b) { return a.name < b.name; });
  if (files.empty()) {
    std::fprintf(stderr, "no dataset files (*.json) in %s\n", dir.c_str());
    return false;
  }
  const LoadReport report = load_dataset_files(files, out);
  if (!report.ok()) std::fprintf(stderr, "%s", report.format().c_str());
  return !out.towns.empty();
}

TownIndex find_town_by_id_or_name(const Dataset& dataset, const std::string& query,
                                  std::vector<TownIndex>* matches) {
  const TownIndex by_id = dataset.find_town(query);
  if (by_id != kNoIndex) {
    if (matches) *matches = {by_id};
    return by_id;
  }
  const std::string q = lower_ascii(query);
  std::vector<TownIndex> found;
  for (TownIndex t = 0; t < dataset.towns.size(); ++t) {
    const Town& town = dataset.towns[t];
    bool hit = lower_ascii(town.name) == q || (!town.name_alt.empty() && lower_ascii(town.name_alt) == q);
    for (const std::string& a : town.aliases) hit = hit || lower_ascii(a) == q;
    if (hit) found.push_back(t);
  }
  std::stable_sort(found.begin(), found.end(), [&](TownIndex a, TownIndex b) {
    return role_preference(dataset.towns[a].role) < role_preference(dataset.towns[b].role);
  });
  // A kreisfreie Stadt is a municipality and a Kreis of the same name: the municipality wins
  // without ambiguity.
  if (!found.empty()) {
    const TownIndex first = found.front();
    found.erase(std::remove_if(found.begin() + 1, found.end(),
                               [&](TownIndex t) { return dataset.towns[first].parent == t; }),
                found.end());
  }
  if (matches) *matches = found;
  return found.empty() ? kNoIndex : found.front();
}

bool parse_weights(const std::string& text, MatchWeights& weights, std::string& error) {
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string item = text.substr(start, end - start);
    start = end + 1;
    if (item.empty()) continue;
    const std::size_t eq = item.find('=');
    MatchComponent c{};
    const bool hub = eq != std::string::npos && item.compare(0, eq, "hub") == 0;
    if (eq == std::string::npos || (!hub && !parse_component_key(item.substr(0, eq).c_str(), c))) {
      error = "unknown weight '" + item + "' (keys: goals, challenges, size, complement, network, distance, hub)";
      return false;
    }
    const std::string number = item.substr(eq + 1);
    char* rest = nullptr;
    const double v = std::strtod(number.c_str(), &rest);
    if (number.empty() || *rest != '\0' || !(v >= 0.0) || v > 1e6) {
      error = "bad weight value in '" + item + "' (a number >= 0)";
      return false;
    }
    if (hub)
      weights.hub_correction = v;
    else
      weights[c] = v;
  }
  return true;
}

}  // namespace atlas::cli
