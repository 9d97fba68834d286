// Matcher speed with the hubness terms built (they are built once per pool, timed apart):
// the full table (every NRW municipality × the UK place pool), one town × the UK places with
// explanations, re-ranking one town after a weight change, one town × the European pool, and
// building the engine. Runs on the
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
    for (PoolKind k : {PoolKind::Uk, PoolKind::Europe}) x.engine->hub_terms(k);
    for (TownIndex t = 0; t < x.data.towns.size(); ++t)
      if (x.data.towns[t].role == TownRole::NrwMunicipality) x.nrw.push_back(t);
    std::fprintf(stderr, "match_benchmark (%s data): %zu NRW municipalities, %zu UK pool, %zu European pool, %zu partnerships\n",
                 x.label.c_str(), x.nrw.size(), x.engine->pool(PoolKind::Uk).members.size(),
                 x.engine->pool(PoolKind::Europe).members.size(), x.data.partnerships.size());
    return x;
  }();
  return f;
}

// 396 × UK places, top 10 each with facts (paths, shared partners) and explanation text.
void BM_FullTableNrwxUkTop10Explained(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  SuggestOptions opt;
  opt.top = 10;
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

// The first suggestion of every NRW municipality (the globe's "first of every town" layer).
void BM_FullTableNrwxUkFirstOnly(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  SuggestOptions opt;
  opt.top = 1;
  opt.max_paths = 0;
  for (auto _ : state)
    for (TownIndex t : f.nrw) benchmark::DoNotOptimize(f.engine->suggest_for_town(t, PoolKind::Uk, MatchWeights(), opt));
}

// The NRW municipality with the most partners (the most network work).
TownIndex best_connected(const Fixture& f) {
  TownIndex town = f.nrw.empty() ? 0 : f.nrw.front();
  for (TownIndex t : f.nrw)
    if (f.engine->network().degree(t) > f.engine->network().degree(town)) town = t;
  return town;
}

// One town × the UK places, top 10 with explanation text: the suggestions panel on selection.
void BM_OneTownxUkTop10Explained(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  const TownIndex town = best_connected(f);
  std::size_t chars = 0;
  for (auto _ : state)
    for (const Suggestion& s : f.engine->suggest_for_town(town, PoolKind::Uk, MatchWeights()))
      chars += describe_suggestion(f.data, s).size();
  benchmark::DoNotOptimize(chars);
  state.counters["pool"] = static_cast<double>(f.engine->pool(PoolKind::Uk).members.size());
}

// A slider move: the same town re-ranked with another weight each time (no table, no rebuild).
void BM_ReRankOneTownAfterWeightChange(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  const TownIndex town = best_connected(f);
  MatchWeights w;
  int step = 0;
  for (auto _ : state) {
    w[MatchComponent::Goals] = 0.5 + 0.1 * (step++ % 10);
    benchmark::DoNotOptimize(f.engine->suggest_for_town(town, PoolKind::Uk, w));
  }
}

// The hubness terms of one pool (a pass of every NRW town of the pool's side over it), once
// per pool and dataset; weight changes reuse them.
void BM_BuildHubTerms(benchmark::State& state, PoolKind kind) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  for (auto _ : state) {
    state.PauseTiming();
    MatchEngine e(f.data);
    state.ResumeTiming();
    benchmark::DoNotOptimize(e.hub_terms(kind).mean.data());
  }
  state.counters["pool"] = static_cast<double>(f.engine->pool(kind).members.size());
}

// One town (the best-connected NRW municipality) × the European pool, top 20 explained.
void BM_OneTownxEuropeTop20Explained(benchmark::State& state) {
  Fixture& f = fixture();
  state.SetLabel(f.label);
  const TownIndex town = best_connected(f);
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

BENCHMARK(BM_FullTableNrwxUkTop10Explained)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullTableNrwxUkFirstOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OneTownxUkTop10Explained)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ReRankOneTownAfterWeightChange)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_BuildHubTerms, uk, PoolKind::Uk)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BuildHubTerms, europe, PoolKind::Europe)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OneTownxEuropeTop20Explained)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CustomProfilexEuropeTop20)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BuildEngine)->Unit(benchmark::kMillisecond);

}  // namespace
