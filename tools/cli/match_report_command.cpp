// `atlas match-report`: the matcher's honest-coverage and backtest figures for the README,
// over the full NRW × pool table: hubness (k-occurrence, per council and per country) with and
// without the correction, the share of rows with a reason beyond size, how often each
// component has data and is non-zero, how much of the top-10 each component decides (dropout
// at weight 0), and the hide-one-link backtest against a random ranking, for the given weights
// and for each component alone.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "cli_command.h"
#include "core/match/match_explanation.h"
#include "core/match/match_report.h"
#include "match_cli_support.h"

namespace atlas::cli {

namespace {

void print_hubness_row(const Dataset& d, const char* name, const HubnessReport& h) {
  std::printf("| %s | %zu (%.1f%%, %s) | %.0f | %zu | %zu (%s) | %.0f | %.1f%% | %.2f |\n", name, h.max_occurrence,
              h.lists ? 100.0 * h.max_occurrence / h.lists : 0.0,
              h.max_candidate < d.towns.size() ? d.towns[h.max_candidate].name.c_str() : "-", h.p99_occurrence,
              h.distinct, h.max_council_lists, h.max_council < d.towns.size() ? d.towns[h.max_council].name.c_str() : "-",
              h.p99_council_lists, 100.0 * h.beyond_size_share, h.small_town_median_ratio);
}

void print_backtest_row(const char* name, const BacktestSummary& s) {
  std::printf("| %-22s | %5zu | %11.1f | %6.3f | %7.1f%% |\n", name, s.cases, s.median_rank, s.mean_reciprocal_rank,
              100.0 * s.hits_at_10);
}

int run_match_report(const std::vector<std::string>& args) {
  std::string data_dir = ATLAS_DATA_DIR;
  MatchWeights weights;
  bool list_cases = false;
  PoolKind pool = PoolKind::Uk;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string error;
    if (args[i] == "--data" && i + 1 < args.size()) {
      data_dir = args[++i];
    } else if (args[i] == "--weights" && i + 1 < args.size()) {
      if (!parse_weights(args[++i], weights, error)) {
        std::fprintf(stderr, "atlas match-report: %s\n", error.c_str());
        return 2;
      }
    } else if (args[i] == "--pool" && i + 1 < args.size()) {
      if (!parse_pool_key(args[++i].c_str(), pool)) {
        std::fprintf(stderr, "atlas match-report: --pool must be uk, europe or uk-council\n");
        return 2;
      }
    } else if (args[i] == "--cases") {
      list_cases = true;
    } else {
      std::fprintf(stderr, "atlas match-report: unknown argument '%s'\n", args[i].c_str());
      return 2;
    }
  }
  Dataset data;
  if (!load_match_dataset(data_dir, data)) return 1;
  const auto t0 = std::chrono::steady_clock::now();
  MatchEngine engine(data);

  const char* side = query_role(pool) == TownRole::NrwKreis ? "NRW Kreise" : "NRW municipalities";
  std::printf("# Matcher report (%s × %s pool)\n\nweights:", side, pool_key(pool));
  for (MatchComponent c : kMatchComponents) std::printf(" %s=%g", component_key(c), weights[c]);
  std::printf(", hub correction %g\n\n", weights.hub_correction);

  MatchWeights uncorrected = weights;
  uncorrected.hub_correction = 0.0;
  const HubnessReport before = hubness_report(engine, pool, uncorrected);
  const HubnessReport after = hubness_report(engine, pool, weights);
  std::printf("## Hubness of the top-10 lists (%zu lists, %zu slots; hub terms built in %.0f ms)\n\n", after.lists,
              after.slots, engine.hub_terms(pool).build_ms);
  std::printf("| correction | max N_10 (share of lists, candidate) | p99 N_10 | distinct | max lists per council | "
              "p99 per council | reason beyond size | median pop. ratio, top 3, towns < 30,000 |\n");
  std::printf("| --- | --- | ---: | ---: | --- | ---: | ---: | ---: |\n");
  print_hubness_row(data, "off", before);
  print_hubness_row(data, "on", after);
  std::printf("\nMost frequent with the correction:");
  for (const auto& [t, n] : after.most_frequent) std::printf(" %s %zu;", town_with_council(data, t).c_str(), n);
  std::printf("\nlargest council excess (lists share ÷ pool share × 10): %.1f\n\n", after.max_council_excess);
  std::printf("| country | share of top-10 slots (off) | (on) | share of pool |\n| --- | ---: | ---: | ---: |\n");
  for (const CountryShare& c : after.countries) {
    double off = 0.0;
    for (const CountryShare& o : before.countries)
      if (o.country == c.country) off = o.slot_share;
    if (c.slot_share < 0.005 && off < 0.005 && c.pool_share < 0.005) continue;
    std::printf("| %s | %.1f%% | %.1f%% | %.1f%% |\n", c.country.c_str(), 100.0 * off, 100.0 * c.slot_share,
                100.0 * c.pool_share);
  }

  const CoverageReport cov = coverage_report(engine, pool, weights);
  std::printf("\n%zu %s × %zu pool members = %zu eligible pairs (existing partners, self excluded)\n\n", cov.towns, side,
              cov.pool, cov.pairs);
  std::printf("| component | has data | non-zero | top-10 members dropping out at weight 0 |\n");
  std::printf("| --- | ---: | ---: | ---: |\n");
  for (MatchComponent c : kMatchComponents) {
    const ComponentCoverage& k = cov.components[static_cast<std::size_t>(c)];
    char dropout[32];
    if (weights[c] > 0.0)
      std::snprintf(dropout, sizeof dropout, "%.1f%%", 100.0 * k.top10_dropout);
    else
      std::snprintf(dropout, sizeof dropout, "(weight 0)");
    std::printf("| %s | %.2f%% | %.3f%% | %s |\n", component_key(c), 100.0 * k.with_data, 100.0 * k.non_zero, dropout);
  }

  std::vector<BacktestCase> cases = backtest_cases(engine, pool);
  std::printf("\n## Backtest: hide each link, rank the true partner (a council: its namesake or largest place)\n\n");
  std::printf("| weights                | cases | median rank |    MRR | hits@10 |\n");
  std::printf("| ---------------------- | ----: | ----------: | -----: | ------: |\n");
  const BacktestSummary main = run_backtest(engine, pool, weights, cases);
  std::vector<BacktestCase> main_cases = cases;
  print_backtest_row("as given", main);
  std::vector<BacktestCase> plain = cases;
  print_backtest_row("as given, uncorrected", run_backtest(engine, pool, uncorrected, plain));
  for (MatchComponent c : kMatchComponents) {
    MatchWeights only;
    only.weight.fill(0.0);
    only[c] = 1.0;
    std::vector<BacktestCase> alone = cases;
    const BacktestSummary s = run_backtest(engine, pool, only, alone);
    const std::string name = std::string(component_key(c)) + " alone";
    print_backtest_row(name.c_str(), s);
  }
  BacktestSummary random;
  random.cases = main.cases;
  random.median_rank = main.random_median_rank;
  random.mean_reciprocal_rank = main.random_mean_reciprocal_rank;
  random.hits_at_10 = main.random_hits_at_10;
  print_backtest_row("random (expected)", random);
  std::printf("\nRanks are among the eligible pool members of each query; tied totals share their mean rank.\n");

  if (list_cases) {
    std::printf("\n| NRW town | partner as linked | ranked as | rank | candidates |\n| --- | --- | --- | ---: | ---: |\n");
    for (const BacktestCase& c : main_cases)
      std::printf("| %s | %s | %s | %.1f | %zu |\n", data.towns[c.town].name.c_str(), data.towns[c.linked].name.c_str(),
                  town_with_council(data, c.partner).c_str(), c.rank, c.candidates);
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("\n(computed in %.0f ms)\n", ms);
  return 0;
}

const CommandRegistration registration({
    "match-report",
    "[--pool uk|europe|uk-council] [--weights goals=1,...] [--cases] [--data DIR]",
    "matcher hubness, coverage, top-10 decisiveness and hide-one-link backtest over NRW × a pool",
    run_match_report,
});

}  // namespace

}  // namespace atlas::cli
