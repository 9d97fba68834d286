// Coverage, top-10 decisiveness and the hide-one-link backtest (see match_report.h).
#include "match_report.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas {

namespace {

std::vector<TownIndex> nrw_municipalities(const Dataset& d) {
  std::vector<TownIndex> out;
  for (TownIndex t = 0; t < d.towns.size(); ++t)
    if (d.towns[t].role == TownRole::NrwMunicipality) out.push_back(t);
  return out;
}

std::vector<TownIndex> top_candidates(const MatchEngine& engine, TownIndex town, PoolKind kind,
                                      const MatchWeights& w, std::size_t k) {
  SuggestOptions opt;
  opt.top = k;
  opt.max_paths = 0;
  std::vector<TownIndex> out;
  for (const Suggestion& s : engine.suggest_for_town(town, kind, w, opt)) out.push_back(s.candidate);
  std::sort(out.begin(), out.end());
  return out;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

}  // namespace

CoverageReport coverage_report(MatchEngine& engine, PoolKind kind, const MatchWeights& weights) {
  const Dataset& d = engine.dataset();
  CoverageReport r;
  const std::vector<TownIndex> towns = nrw_municipalities(d);
  r.towns = towns.size();
  r.pool = engine.pool(kind).members.size();

  MatchWeights all = weights;
  for (double& w : all.weight) w = 1.0;
  std::array<std::size_t, kMatchComponentCount> with_data{}, non_zero{};
  for (TownIndex t : towns) {
    for (const CandidateScores& c : engine.score_pool(MatchQuery::for_town(d, t), kind, all)) {
      if (!c.eligible) continue;
      ++r.pairs;
      for (std::size_t i = 0; i < kMatchComponentCount; ++i) {
        with_data[i] += c.scores.has_data[i];
        non_zero[i] += c.scores.value[i] > 0.0;
      }
    }
  }
  for (std::size_t i = 0; i < kMatchComponentCount; ++i) {
    r.components[i].with_data = r.pairs ? static_cast<double>(with_data[i]) / r.pairs : 0.0;
    r.components[i].non_zero = r.pairs ? static_cast<double>(non_zero[i]) / r.pairs : 0.0;
  }

  constexpr std::size_t k = 10;
  for (std::size_t i = 0; i < kMatchComponentCount; ++i) {
    if (weights.weight[i] <= 0.0) continue;  // already absent from the ranking
    MatchWeights without = weights;
    without.weight[i] = 0.0;
    std::size_t members = 0, dropped = 0;
    for (TownIndex t : towns) {
      const std::vector<TownIndex> a = top_candidates(engine, t, kind, weights, k);
      const std::vector<TownIndex> b = top_candidates(engine, t, kind, without, k);
      std::vector<TownIndex> kept;
      std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(kept));
      members += a.size();
      dropped += a.size() - kept.size();
    }
    r.components[i].top10_dropout = members ? static_cast<double>(dropped) / members : 0.0;
  }
  return r;
}

std::vector<BacktestCase> backtest_cases(const MatchEngine& engine, PoolKind kind) {
  const Dataset& d = engine.dataset();
  const MatchNetwork& net = engine.network();
  const MatchPool& pool = engine.pool(kind);
  std::vector<BacktestCase> cases;
  for (PartnershipIndex p = 0; p < d.partnerships.size(); ++p) {
    const Partnership& link = d.partnerships[p];
    if (link.a >= d.towns.size() || link.b >= d.towns.size()) continue;
    TownIndex town = net.node_of(link.a), partner = net.node_of(link.b);
    if (d.towns[town].role != TownRole::NrwMunicipality) std::swap(town, partner);
    if (d.towns[town].role != TownRole::NrwMunicipality || pool.position(partner) == kNoIndex) continue;
    auto it = std::find_if(cases.begin(), cases.end(), [&](const BacktestCase& c) {
      return c.town == town && c.partner == partner;
    });
    if (it == cases.end()) {
      cases.push_back({town, partner, {}, 0.0, 0});
      it = cases.end() - 1;
    }
    it->hidden.push_back(p);
  }
  return cases;
}

BacktestSummary run_backtest(MatchEngine& engine, PoolKind kind, const MatchWeights& weights,
                             std::vector<BacktestCase>& cases) {
  const Dataset& d = engine.dataset();
  BacktestSummary s;
  std::vector<double> ranks, random_ranks;
  double rr = 0.0, random_rr = 0.0;
  for (BacktestCase& c : cases) {
    engine.set_hidden_partnerships(c.hidden);
    const std::uint32_t target = engine.pool(kind).position(c.partner);
    const std::vector<CandidateScores> all = engine.score_pool(MatchQuery::for_town(d, c.town), kind, weights);
    if (target == kNoIndex || !all[target].eligible) continue;
    const double score = all[target].scores.total;
    std::size_t better = 0, tied = 0, n = 0;
    for (const CandidateScores& x : all) {
      if (!x.eligible) continue;
      ++n;
      if (x.member == target) continue;
      if (x.scores.total > score) ++better;
      else if (x.scores.total == score) ++tied;
    }
    c.candidates = n;
    c.rank = 1.0 + static_cast<double>(better) + 0.5 * static_cast<double>(tied);
    ranks.push_back(c.rank);
    rr += 1.0 / c.rank;
    s.hits_at_10 += c.rank <= 10.0 ? 1.0 : 0.0;
    random_ranks.push_back(0.5 * static_cast<double>(n + 1));
    double harmonic = 0.0;
    for (std::size_t i = 1; i <= n; ++i) harmonic += 1.0 / static_cast<double>(i);
    random_rr += harmonic / static_cast<double>(n);
    s.random_hits_at_10 += std::min(1.0, 10.0 / static_cast<double>(n));
  }
  engine.set_hidden_partnerships({});
  s.cases = ranks.size();
  if (s.cases) {
    const double n = static_cast<double>(s.cases);
    s.median_rank = median(ranks);
    s.mean_reciprocal_rank = rr / n;
    s.hits_at_10 /= n;
    s.random_median_rank = median(random_ranks);
    s.random_mean_reciprocal_rank = random_rr / n;
    s.random_hits_at_10 /= n;
  }
  return s;
}

}  // namespace atlas
