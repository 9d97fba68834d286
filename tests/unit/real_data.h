// The real data/ for the matcher's tests on it, loaded once per test binary; null when data/ is
// absent (the tests then skip).
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"

namespace atlas::testing {

inline const Dataset* real_dataset() {
  static Dataset d;
  static const bool ok = [] {
    std::vector<NamedText> files;
    for (const char* name : kDatasetFileNames) {
      std::ifstream in(std::string(ATLAS_DATA_DIR) + "/" + name, std::ios::binary);
      if (!in) return false;
      std::ostringstream text;
      text << in.rdbuf();
      files.push_back({name, text.str()});
    }
    load_dataset_files(files, d);
    return !d.towns.empty();
  }();
  return ok ? &d : nullptr;
}

}  // namespace atlas::testing
