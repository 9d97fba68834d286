// `atlas match-report`: the matcher's honest-coverage and backtest figures for the README,
// over the full NRW × UK table: how often each component has data and is non-zero, how much
// of the top-10 each component decides (dropout at weight 0), and the hide-one-link
// backtest against a random ranking, for the given weights and for each component alone.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "cli_command.h"
#include "core/match_report.h"
#include "match_cli_support.h"

namespace atlas::cli {

namespace {

void print_backtest_row(const char* name, const BacktestSummary& s) {
  std::printf("| %-22s | %5zu | %11.1f | %6.3f | %7.1f%% |\n", name, s.cases, s.median_rank, s.mean_reciprocal_rank,
              100.0 * s.hits_at_10);
}

int run_match_report(const std::vector<std::string>& args) {
  std::string data_dir = ATLAS_DATA_DIR;
  MatchWeights weights;
  bool list_cases = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string error;
    if (args[i] == "--data" && i + 1 < args.size()) {
      data_dir = args[++i];
    } else if (args[i] == "--weights" && i + 1 < args.size()) {
      if (!parse_weights(args[++i], weights, error)) {
        std::fprintf(stderr, "atlas match-report: %s\n", error.c_str());
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

  std::printf("# Matcher report (NRW municipalities × UK pool)\n\nweights:");
  for (MatchComponent c : kMatchComponents) std::printf(" %s=%g", component_key(c), weights[c]);
  std::printf("\n\n");

  const CoverageReport cov = coverage_report(engine, PoolKind::Uk, weights);
  std::printf("%zu NRW municipalities × %zu UK councils = %zu eligible pairs (existing partners, self excluded)\n\n",
              cov.towns, cov.pool, cov.pairs);
  std::printf("| component | has data | non-zero | top-10 members dropping out at weight 0 |\n");
  std::printf("| --- | ---: | ---: | ---: |\n");
  for (MatchComponent c : kMatchComponents) {
    const ComponentCoverage& k = cov.components[static_cast<std::size_t>(c)];
    char dropout[32];
    if (weights[c] > 0.0)
      std::snprintf(dropout, sizeof dropout, "%.1f%%", 100.0 * k.top10_dropout);
    else
      std::snprintf(dropout, sizeof dropout, "(weight 0)");
    std::printf("| %s | %.2f%% | %.2f%% | %s |\n", component_key(c), 100.0 * k.with_data, 100.0 * k.non_zero, dropout);
  }

  std::vector<BacktestCase> cases = backtest_cases(engine, PoolKind::Uk);
  std::printf("\n## Backtest: hide each NRW municipality–UK council link, rank the true council\n\n");
  std::printf("| weights                | cases | median rank |    MRR | hits@10 |\n");
  std::printf("| ---------------------- | ----: | ----------: | -----: | ------: |\n");
  const BacktestSummary main = run_backtest(engine, PoolKind::Uk, weights, cases);
  std::vector<BacktestCase> main_cases = cases;
  print_backtest_row("as given", main);
  for (MatchComponent c : kMatchComponents) {
    MatchWeights only;
    only.weight.fill(0.0);
    only[c] = 1.0;
    std::vector<BacktestCase> alone = cases;
    const BacktestSummary s = run_backtest(engine, PoolKind::Uk, only, alone);
    const std::string name = std::string(component_key(c)) + " alone";
    print_backtest_row(name.c_str(), s);
  }
  BacktestSummary random;
  random.cases = main.cases;
  random.median_rank = main.random_median_rank;
  random.mean_reciprocal_rank = main.random_mean_reciprocal_rank;
  random.hits_at_10 = main.random_hits_at_10;
  print_backtest_row("random (expected)", random);
  std::printf("\nRanks are among the eligible UK councils of each query; tied totals share their mean rank.\n");

  if (list_cases) {
    std::printf("\n| NRW municipality | UK council | rank | candidates |\n| --- | --- | ---: | ---: |\n");
    for (const BacktestCase& c : main_cases)
      std::printf("| %s | %s | %.1f | %zu |\n", data.towns[c.town].name.c_str(), data.towns[c.partner].name.c_str(),
                  c.rank, c.candidates);
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("\n(computed in %.0f ms)\n", ms);
  return 0;
}

const CommandRegistration registration({
    "match-report",
    "[--weights goals=1,...] [--cases] [--data DIR]",
    "matcher coverage, top-10 decisiveness and hide-one-link backtest over NRW × UK",
    run_match_report,
});

}  // namespace

}  // namespace atlas::cli
