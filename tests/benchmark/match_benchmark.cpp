// Matcher speed: the full table (every NRW municipality × the UK pool, top 20 with
// explanations) and one town × the European pool, plus building the engine. Runs on the
// real data/ when it loads; otherwise, or with ATLAS_BENCH_SYNTHETIC=1, on a SYNTHETIC
// dataset of the same sizes (labelled "synthetic" in every benchmark name).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset_loader.h"
#include "core/match/match_engine.h"
#include "core/match/match_explanation.h"
#include "synthetic_match_dataset.h"

namespace {

using namespace atlas;

bool load_real(Dataset& out) {
  std::vector<NamedText> files;
  const std::string dir = ATLAS_DATA_DIR;
  if (DIR* d = opendir(dir.c_str())) {
    while (const dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() <= 5 || n.compare(n.size() - 5, 5, ".json") != 0) continue;
      std::ifstream in(dir + "/" + n, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      NamedText f{n, text.str()};
      if (classify_data_file(f.name, f.text) == DataFileKind::Dataset) files.push_back(std::move(f));
    }
    closedir(d);
  }
  if (files.empty()) return false;
  load_dataset_files(files, out);
  return !out.towns.empty();
}

struct Fixture {
  Dataset data;
  std::string label;
  std::unique_ptr<MatchEngine> engine;
  std::vector<TownIndex> nrw;
};

Fixture& fixture() {
  static Fixture f = [] {
    Fixture x;
    const char* force = std::getenv("ATLAS_BENCH_SYNTHETIC");
    if ((force && *force == '1') || !load_real(x.data)) {
      std::fprintf(stderr, "match_benchmark: data/ %s; using a SYNTHETIC dataset of the same sizes\n",
                   force ? "ignored (ATLAS_BENCH_SYNTHETIC)" : "absent or unloadable");
      x.data = synthetic::make_synthetic_match_dataset();
      x.label = "synthetic";
    } else {
      x.label = "real";
    }
    x.engine = std::make_unique<MatchEngine>(x.data);
    for (TownIndex t = 0; t < x.data.towns.size(); ++t)
      if (x.data.towns[t].role == TownRole::NrwMunicipality) x.nrw.push_back(t);
    std::fprintf(stderr, "match_benchmark (%s data): %zu NRW municipalities, %zu UK pool, %zu European pool, %zu partnerships\n",
                 x.label.c_str(), x.nrw.size(), x.engine->pool(PoolKind::Uk).members.size(),
                 x.engine->pool(PoolKind::Europe).members.size(), x.data.partnerships.size());
    return x;
  }();
  return f;
}

// 396 × UK pool, top 20 each with facts (paths, shared partners) and explanation text.
void BM_FullTableNrwxUkTop20Explained(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  SuggestOptions opt;
  opt.top = 20;
  std::size_t chars = 0;
  for (auto _ : state) {
    for (TownIndex t : f.nrw)
      for (const Suggestion& s : f.engine->suggest_for_town(t, PoolKind::Uk, MatchWeights(), opt))
        chars += describe_suggestion(f.data, s).size();
    benchmark::ClobberMemory();
  }
  benchmark::DoNotOptimize(chars);
  state.counters["pairs"] = static_cast<double>(f.nrw.size() * f.engine->pool(PoolKind::Uk).members.size());
}

// The same table without building the text (the panel formats only what it shows).
void BM_FullTableNrwxUkTop20Facts(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  SuggestOptions opt;
  opt.top = 20;
  for (auto _ : state)
    for (TownIndex t : f.nrw) benchmark::DoNotOptimize(f.engine->suggest_for_town(t, PoolKind::Uk, MatchWeights(), opt));
}

// One town (the best-connected NRW municipality) × the European pool, top 20 explained.
void BM_OneTownxEuropeTop20Explained(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  TownIndex town = f.nrw.empty() ? 0 : f.nrw.front();
  for (TownIndex t : f.nrw)
    if (f.engine->network().degree(t) > f.engine->network().degree(town)) town = t;
  SuggestOptions opt;
  opt.top = 20;
  std::size_t chars = 0;
  for (auto _ : state)
    for (const Suggestion& s : f.engine->suggest_for_town(town, PoolKind::Europe, MatchWeights(), opt))
      chars += describe_suggestion(f.data, s).size();
  benchmark::DoNotOptimize(chars);
  state.counters["pool"] = static_cast<double>(f.engine->pool(PoolKind::Europe).members.size());
}

// A "my town" profile (no base town) × the European pool: every slider move in My-town mode.
void BM_CustomProfilexEuropeTop20(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  MatchQuery q;
  for (TagIndex t = 0; t < f.data.tags.size(); t += 3) q.tags.push_back(t);
  q.population = 120000;
  SuggestOptions opt;
  opt.top = 20;
  for (auto _ : state) benchmark::DoNotOptimize(f.engine->suggest(q, PoolKind::Europe, MatchWeights(), opt));
}

// Precomputation once per dataset: network, pools, profiles.
void BM_BuildEngine(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  for (auto _ : state) {
    MatchEngine e(f.data);
    benchmark::DoNotOptimize(e.pool(PoolKind::Europe).members.data());
  }
}

BENCHMARK(BM_FullTableNrwxUkTop20Explained)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullTableNrwxUkTop20Facts)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OneTownxEuropeTop20Explained)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CustomProfilexEuropeTop20)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BuildEngine)->Unit(benchmark::kMillisecond);

}  // namespace
