// Native timing of loading data/ (the figures behind the README's size and speed section;
// the browser figures come from tests/browser/load_benchmark.mjs):
// the five dataset files together, the world network and the world map, each as the app
// loads them (parse + checks + model), plus the bare JSON parse for comparison.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/dataset_loader.h"
#include "core/json_tape.h"

namespace {

std::string read_data(const std::string& name) {
  std::ifstream in(std::string(ATLAS_DATA_DIR) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::vector<atlas::NamedText>& dataset_files() {
  static const std::vector<atlas::NamedText> files = [] {
    std::vector<atlas::NamedText> f;
    for (const char* n : atlas::kDatasetFileNames)
      f.push_back({n, read_data(n)});
    return f;
  }();
  return files;
}

// What the web app loads for its first view: every dataset file but towns_pool.json.
const std::vector<atlas::NamedText>& first_view_files() {
  static const std::vector<atlas::NamedText> files = [] {
    std::vector<atlas::NamedText> f;
    for (const auto& file : dataset_files())
      if (file.name != atlas::kTownsPoolFileName) f.push_back(file);
    return f;
  }();
  return files;
}

std::size_t bytes_of(const std::vector<atlas::NamedText>& files) {
  std::size_t n = 0;
  for (const auto& f : files) n += f.text.size();
  return n;
}

void BM_LoadDataset(benchmark::State& state, bool first_view) {
  const auto& files = first_view ? first_view_files() : dataset_files();
  std::size_t towns = 0, errors = 0;
  double parse_ms = 0, build_ms = 0;
  for (auto _ : state) {
    atlas::Dataset d;
    atlas::LoadReport r = atlas::load_dataset_files(files, d);
    towns = d.towns.size();
    errors = r.error_count();
    parse_ms = r.parse_ms;
    build_ms = r.build_ms;
    benchmark::DoNotOptimize(d.towns.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_of(files)));
  state.counters["towns"] = static_cast<double>(towns);
  state.counters["errors"] = static_cast<double>(errors);
  state.counters["parse_ms"] = parse_ms;
  state.counters["build_ms"] = build_ms;
}
BENCHMARK_CAPTURE(BM_LoadDataset, whole, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LoadDataset, first_view, true)->Unit(benchmark::kMillisecond);

void BM_LoadWorldNetwork(benchmark::State& state) {
  const atlas::NamedText file{"world_network.json", read_data("world_network.json")};
  std::size_t pairs = 0;
  for (auto _ : state) {
    atlas::WorldNetwork wn;
    atlas::LoadReport r = atlas::load_world_network(file, wn);
    pairs = wn.pairs.size();
    benchmark::DoNotOptimize(wn.pairs.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * file.text.size()));
  state.counters["pairs"] = static_cast<double>(pairs);
}
BENCHMARK(BM_LoadWorldNetwork)->Unit(benchmark::kMillisecond);

void BM_LoadWorldMap(benchmark::State& state) {
  const atlas::NamedText file{"world_map.json", read_data("world_map.json")};
  std::size_t points = 0;
  for (auto _ : state) {
    atlas::WorldMap map;
    atlas::LoadReport r = atlas::load_world_map(file, map);
    points = map.point_count();
    benchmark::DoNotOptimize(map.land.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * file.text.size()));
  state.counters["points"] = static_cast<double>(points);
}
BENCHMARK(BM_LoadWorldMap)->Unit(benchmark::kMillisecond);

// The JSON parser alone on each file (what is left is the loader's checking and copying):
// ParseOnly = nlohmann's DOM (what the loader used before), TapeParse = nlohmann's SAX parser
// into the flat tape the loader uses now (core/json_tape.h).
void BM_ParseOnly(benchmark::State& state, const char* name) {
  const std::string text = read_data(name);
  for (auto _ : state) {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    benchmark::DoNotOptimize(j.is_discarded());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK_CAPTURE(BM_ParseOnly, towns, "towns.json")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseOnly, profiles, "profiles.json")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseOnly, world_network, "world_network.json")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseOnly, world_map, "world_map.json")->Unit(benchmark::kMillisecond);

void BM_TapeParse(benchmark::State& state, const char* name) {
  const std::string text = read_data(name);
  for (auto _ : state) {
    atlas::jt::Document doc;
    benchmark::DoNotOptimize(doc.parse(text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK_CAPTURE(BM_TapeParse, towns, "towns.json")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TapeParse, profiles, "profiles.json")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TapeParse, world_network, "world_network.json")->Unit(benchmark::kMillisecond);

}  // namespace
