// `atlas validate [files...]`: loads data files with the strict core loader and prints every
// problem (file, line:column or JSON pointer, message) and a summary per file. Without
// arguments it checks every *.json in data/. Exit code 0 only when there is no error.
// The dataset files are checked together (tags and towns referenced across files); the world
// network and world map files on their own.
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

int run_validate(const std::vector<std::string>& args) {
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

const CommandRegistration kRegistration({"validate", "[files...]",
                                         "check data files strictly (default: every *.json in data/)",
                                         run_validate});

}  // namespace

}  // namespace atlas::cli
