// Fuzz target: the strict data loader and its validation (app/core/dataset_loader.h). The
// input is one data file; classify_data_file picks its loader as the app does, so the
// dataset, world network and world map loaders are all reached. Property: no crash, no
// sanitizer report, and every problem names its file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/dataset_loader.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  atlas::NamedText file{"fuzz.json", std::string(reinterpret_cast<const char*>(data), size)};
  atlas::LoadReport report;
  switch (atlas::classify_data_file(file.name, file.text)) {
    case atlas::DataFileKind::WorldNetwork: {
      atlas::WorldNetwork network;
      report = atlas::load_world_network(file, network);
      for (const auto& [a, b] : network.pairs)
        FUZZ_CHECK(a < network.towns.size() && b < network.towns.size(), "world network pair out of range");
      break;
    }
    case atlas::DataFileKind::WorldMap: {
      atlas::WorldMap map;
      report = atlas::load_world_map(file, map);
      break;
    }
    default: {
      atlas::Dataset dataset;
      report = atlas::load_dataset_files({file}, dataset);
      for (atlas::TownIndex i = 0; i < dataset.towns.size(); ++i)
        FUZZ_CHECK(dataset.find_town(dataset.towns[i].id) == i, "town index does not find a loaded town");
      for (const atlas::Partnership& p : dataset.partnerships)
        FUZZ_CHECK(p.a < dataset.towns.size() && p.b < dataset.towns.size(), "partnership names a missing town");
      break;
    }
  }
  for (const atlas::LoadProblem& p : report.problems) FUZZ_CHECK(p.file == file.name, "a problem without its file");
  return 0;
}
