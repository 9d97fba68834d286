// Timings of the graph core (issue 6, items 4 and 5): the whole graph-stats pipeline and
// every other metric on the 26,114-pair world twin-town list, and the graph panel's
// per-selection work (betweenness, communities, layout) on a few-hundred-node network.
//
// Inputs: the world list from $ATLAS_WORLD_EDGES, else ../shared/datasets/raw next to
// the repository; the East Asia fixture from tests/fixtures/graph. A missing file skips
// its benchmarks with a message instead of failing.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/edge_list.h"
#include "core/graph.h"
#include "core/graph_centrality.h"
#include "core/graph_communities.h"
#include "core/graph_layout.h"
#include "core/graph_metrics.h"
#include "core/graph_summary.h"
#include "core/graph_traversal.h"

namespace {

using namespace atlas;

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

constexpr const char* kDefaultWorldList =
    ATLAS_DATA_DIR "/../../shared/datasets/raw/world_twin_towns_enwiki_raw.csv";

const std::string& world_csv() {
  static const std::string text = [] {
    const char* env = std::getenv("ATLAS_WORLD_EDGES");
    return read_text(env ? env : kDefaultWorldList);
  }();
  return text;
}

const std::string& east_asia_csv() {
  static const std::string text =
      read_text(ATLAS_DATA_DIR "/../tests/fixtures/graph/east_asia_twin_towns.csv");
  return text;
}

Graph build(const std::string& csv) {
  EdgeList list = parse_edge_list(csv);
  return Graph::from_edges(list.nodes.size(), list.edges);
}

const Graph& world_graph() {
  static const Graph g = build(world_csv());
  return g;
}

// The largest component of the East Asia fixture: 258 nodes, 33 hops across.
const Graph& panel_graph() {
  static const Graph g = [] {
    Graph all = build(east_asia_csv());
    Components c = connected_components(all);
    std::vector<NodeId> nodes;
    for (NodeId v = 0; v < all.node_count(); ++v)
      if (c.component_of[v] == c.largest()) nodes.push_back(v);
    return induced_subgraph(all, nodes).graph;
  }();
  return g;
}

bool skip_without(const std::string& text, benchmark::State& state, const char* what) {
  if (!text.empty()) return false;
  const std::string message = std::string(what) + " not found (world list: set ATLAS_WORLD_EDGES)";
  state.SkipWithError(message.c_str());
  return true;
}

void set_size_counters(benchmark::State& state, const Graph& g) {
  state.counters["nodes"] = static_cast<double>(g.node_count());
  state.counters["edges"] = static_cast<double>(g.edge_count());
}

void BM_WorldParseCsv(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  for (auto _ : state) benchmark::DoNotOptimize(parse_edge_list(world_csv()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * world_csv().size()));
}
BENCHMARK(BM_WorldParseCsv)->Unit(benchmark::kMillisecond);

// What `atlas graph-stats` does after reading the file.
void BM_WorldGraphStats(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  for (auto _ : state) {
    Graph g = build(world_csv());
    benchmark::DoNotOptimize(summarize_graph(g));
  }
  set_size_counters(state, world_graph());
}
BENCHMARK(BM_WorldGraphStats)->Unit(benchmark::kMillisecond);

void BM_WorldBuildGraph(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  EdgeList list = parse_edge_list(world_csv());
  for (auto _ : state) benchmark::DoNotOptimize(Graph::from_edges(list.nodes.size(), list.edges));
}
BENCHMARK(BM_WorldBuildGraph)->Unit(benchmark::kMillisecond);

void BM_WorldComponents(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  for (auto _ : state) benchmark::DoNotOptimize(connected_components(world_graph()));
}
BENCHMARK(BM_WorldComponents)->Unit(benchmark::kMillisecond);

void BM_WorldClustering(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  for (auto _ : state) benchmark::DoNotOptimize(average_clustering(world_graph()));
}
BENCHMARK(BM_WorldClustering)->Unit(benchmark::kMillisecond);

void BM_WorldAssortativity(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  for (auto _ : state) benchmark::DoNotOptimize(degree_assortativity(world_graph()));
}
BENCHMARK(BM_WorldAssortativity)->Unit(benchmark::kMillisecond);

void BM_WorldDiameterIfub(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  for (auto _ : state) benchmark::DoNotOptimize(largest_component_diameter(world_graph()));
}
BENCHMARK(BM_WorldDiameterIfub)->Unit(benchmark::kMillisecond);

void BM_WorldLouvain(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  double q = 0.0;
  for (auto _ : state) q = louvain_communities(world_graph()).modularity;
  state.counters["modularity"] = q;
}
BENCHMARK(BM_WorldLouvain)->Unit(benchmark::kMillisecond);

void BM_WorldDegreeCentralityRanking(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  for (auto _ : state) benchmark::DoNotOptimize(rank_nodes(degree_centrality(world_graph()), 20));
}
BENCHMARK(BM_WorldDegreeCentralityRanking)->Unit(benchmark::kMillisecond);

void BM_WorldBetweennessSampled(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  BetweennessOptions options;
  options.sample_sources = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(betweenness_centrality(world_graph(), options));
}
BENCHMARK(BM_WorldBetweennessSampled)->Arg(256)->Unit(benchmark::kMillisecond);

void BM_WorldBetweennessExact(benchmark::State& state) {
  if (skip_without(world_csv(), state, "world list")) return;
  for (auto _ : state) benchmark::DoNotOptimize(betweenness_centrality(world_graph()));
}
BENCHMARK(BM_WorldBetweennessExact)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_PanelBetweenness(benchmark::State& state) {
  if (skip_without(east_asia_csv(), state, "East Asia fixture")) return;
  for (auto _ : state) benchmark::DoNotOptimize(betweenness_centrality(panel_graph()));
  set_size_counters(state, panel_graph());
}
BENCHMARK(BM_PanelBetweenness)->Unit(benchmark::kMicrosecond);

void BM_PanelLouvain(benchmark::State& state) {
  if (skip_without(east_asia_csv(), state, "East Asia fixture")) return;
  for (auto _ : state) benchmark::DoNotOptimize(louvain_communities(panel_graph()));
}
BENCHMARK(BM_PanelLouvain)->Unit(benchmark::kMicrosecond);

void BM_PanelForceLayout(benchmark::State& state) {
  if (skip_without(east_asia_csv(), state, "East Asia fixture")) return;
  LayoutOptions options;
  options.iterations = static_cast<int>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(force_layout(panel_graph(), options));
}
BENCHMARK(BM_PanelForceLayout)->Arg(100)->Unit(benchmark::kMillisecond);

}  // namespace
