// `atlas validate [files...]`: loads data files with the strict core loader and prints every
// problem (file, line:column or JSON pointer, message) and a summary per file. Without
// arguments it checks every *.json in data/. Exit code 0 only when there is no error.
// The dataset files are checked together (tags and towns referenced across files); the world
// network and world map files on their own. `--import FILE` checks a council's own list (CSV
// or JSON, core/own_data.h) with the app's reader and name resolution: every problem with its
// row and column; exit 1 when there is one.
#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_command.h"
#include "read_text_file.h"
#include "core/dataset_loader.h"
#include "core/name_resolver.h"
#include "core/own_data.h"
#include "match_cli_support.h"

namespace atlas::cli {

namespace {

std::vector<std::string> json_files_in(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() > 5 && n.compare(n.size() - 5, 5, ".json") == 0) out.push_back(dir + "/" + n);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string base_name(const std::string& path) {
  const std::size_t s = path.find_last_of('/');
  return s == std::string::npos ? path : path.substr(s + 1);
}

// The own list in `path` against the dataset in `data_dir`.
int run_validate_import(const std::string& path, const std::string& data_dir) {
  std::string bytes;
  if (!read_text_file(path, bytes)) {
    std::printf("%s: error: cannot read file\n", path.c_str());
    return 1;
  }
  const OwnData own = read_own_data(bytes);
  std::vector<OwnDataProblem> problems = own.problems;
  std::size_t links = 0, names = 0;
  if (!own.refused) {
    Dataset d;
    if (!load_match_dataset(data_dir, d)) return 1;
    const NameResolver resolver(d);
    const ResolvedOwnData resolved = resolve_own_data(d, resolver, own);
    problems.insert(problems.end(), resolved.problems.begin(), resolved.problems.end());
    links = resolved.links.size();
    names = resolved.distinct_names;
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const OwnDataProblem& a, const OwnDataProblem& b) { return a.row < b.row; });
  const std::string name = base_name(path);
  for (const OwnDataProblem& p : problems) std::printf("%s: %s\n", name.c_str(), describe(p).c_str());
  std::printf("validate --import: %s: %zu row(s) read, %zu link(s) with both towns known (%zu distinct names "
              "resolved), %zu problem(s): %s\n",
              name.c_str(), own.links.size(), links, names, problems.size(), problems.empty() ? "OK" : "FAILED");
  return problems.empty() ? 0 : 1;
}

int run_validate(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "--import") {
    if (args.size() < 2) {
      std::fprintf(stderr, "atlas validate: --import needs a file\n");
      return 2;
    }
    std::string data_dir = ATLAS_DATA_DIR;
    if (args.size() == 4 && args[2] == "--data") data_dir = args[3];
    else if (args.size() != 2) {
      std::fprintf(stderr, "atlas validate: usage: validate --import FILE [--data DIR]\n");
      return 2;
    }
    return run_validate_import(args[1], data_dir);
  }
  std::vector<std::string> paths = args;
  if (paths.empty()) paths = json_files_in(ATLAS_DATA_DIR);
  if (paths.empty()) {
    std::fprintf(stderr, "atlas validate: no files given and no *.json in %s\n", ATLAS_DATA_DIR);
    return 2;
  }
  int errors = 0, warnings = 0, unreadable = 0;
  std::vector<NamedText> dataset_files;
  std::vector<LoadReport> reports;
  for (const std::string& path : paths) {
    NamedText f;
    f.name = base_name(path);
    if (!read_text_file(path, f.text)) {
      std::printf("%s: error: cannot read file\n", path.c_str());
      ++unreadable;
      continue;
    }
    switch (classify_data_file(f.name, f.text)) {
      case DataFileKind::WorldNetwork: {
        WorldNetwork wn;
        LoadReport r = load_world_network(f, wn);
        std::printf("%s", r.format().c_str());
        std::printf("  world network: %zu towns, %zu pairs, %zu countries\n", wn.towns.size(), wn.pairs.size(),
                    wn.countries.size());
        reports.push_back(std::move(r));
        break;
      }
      case DataFileKind::WorldMap: {
        WorldMap map;
        LoadReport r = load_world_map(f, map);
        std::printf("%s", r.format().c_str());
        std::printf("  world map: %zu land polygons, %zu border lines, %zu points\n", map.land.size(),
                    map.borders.size(), map.point_count());
        reports.push_back(std::move(r));
        break;
      }
      default:
        dataset_files.push_back(std::move(f));
    }
  }
  if (!dataset_files.empty()) {
    Dataset d;
    LoadReport r = load_dataset_files(dataset_files, d);
    std::printf("%s", r.format().c_str());
    std::size_t uk = 0;
    for (const Partnership& p : d.partnerships) uk += p.nrw_uk;
    std::printf("  dataset: %zu towns, %zu partnerships (%zu NRW–UK), %zu tags, %zu indicators, %zu sources\n",
                d.towns.size(), d.partnerships.size(), uk, d.tags.size(), d.indicators.size(), d.sources.size());
    reports.push_back(std::move(r));
  }
  for (const LoadReport& r : reports) {
    errors += static_cast<int>(r.error_count());
    warnings += static_cast<int>(r.warning_count());
  }
  errors += unreadable;
  std::printf("validate: %zu file(s), %d error(s), %d warning(s): %s\n", paths.size(), errors, warnings,
              errors ? "FAILED" : "OK");
  return errors ? 1 : 0;
}

const CommandRegistration kRegistration({"validate", "[files...] | --import FILE [--data DIR]",
                                         "check data files strictly (default: every *.json in data/), or a "
                                         "council's own partnership list (CSV or JSON)",
                                         run_validate});

}  // namespace

}  // namespace atlas::cli
