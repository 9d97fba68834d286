// A council's own list at the size limit: 100,000 rows of real NRW and UK names (a CSV of about
// 4 MB), read (core/own_data.h) and resolved against the real data/ (core/name_resolver.h).
// Reports the time and the heap the import holds at its peak beyond what was held before
// (malloc's in-use bytes: in wasm that is the heap the page would grow by).
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/name_resolver.h"
#include "core/own_data.h"

namespace {

using namespace atlas;

std::size_t heap_in_use() {
#ifdef __EMSCRIPTEN__
  return static_cast<std::size_t>(mallinfo().uordblks);
#else
  return mallinfo2().uordblks;
#endif
}

const Dataset& dataset() {
  static Dataset d = [] {
    Dataset out;
    std::vector<NamedText> files;
    for (const char* name : kDatasetFileNames) {
      std::ifstream in(std::string(ATLAS_DATA_DIR) + "/" + name, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      files.push_back({name, text.str()});
    }
    load_dataset_files(files, out);
    return out;
  }();
  return d;
}

// 100,000 rows: every NRW municipality with UK places in turn, a year, a kind, a source.
const std::string& csv_100k() {
  static const std::string csv = [] {
    const Dataset& d = dataset();
    std::vector<const Town*> nrw, uk;
    for (const Town& t : d.towns) {
      if (t.role == TownRole::NrwMunicipality) nrw.push_back(&t);
      if (t.role == TownRole::EuropeCandidate && t.country == "GB") uk.push_back(&t);
    }
    std::string s = "Stadt;Partnerstadt;Land;Jahr;Art;Quelle\r\n";
    for (std::size_t i = 0; i < 100000 && !nrw.empty() && !uk.empty(); ++i)
      s += nrw[i % nrw.size()]->name + ";\"" + uk[(i * 7) % uk.size()]->name + "\";GB;" + std::to_string(1950 + i % 70) +
           ";Partnerschaft;https://example.org/" + std::to_string(i) + "\r\n";
    return s;
  }();
  return csv;
}

void BM_ImportOwnList100kRows(benchmark::State& state) {
  const Dataset& d = dataset();
  const std::string& csv = csv_100k();
  std::size_t links = 0, peak = 0;
  for (auto _ : state) {
    const std::size_t before = heap_in_use();
    const OwnData own = read_own_data(csv);
    const NameResolver resolver(d);
    const ResolvedOwnData resolved = resolve_own_data(d, resolver, own);
    peak = std::max(peak, heap_in_use() - before);
    links = resolved.links.size();
    benchmark::DoNotOptimize(resolved.links.data());
  }
  state.counters["rows"] = 100000;
  state.counters["bytes"] = static_cast<double>(csv.size());
  state.counters["links_resolved"] = static_cast<double>(links);
  state.counters["heap_MB"] = static_cast<double>(peak) / (1024.0 * 1024.0);
}
BENCHMARK(BM_ImportOwnList100kRows)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
