// Coverage, top-10 decisiveness and the hide-one-link backtest (see match_report.h).
#include "match_report.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas {

namespace {

std::vector<TownIndex> towns_of(const Dataset& d, TownRole role) {
  std::vector<TownIndex> out;
  for (TownIndex t = 0; t < d.towns.size(); ++t)
    if (d.towns[t].role == role) out.push_back(t);
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
  return coverage_report(engine, kind, weights, query_role(kind));
}

CoverageReport coverage_report(MatchEngine& engine, PoolKind kind, const MatchWeights& weights, TownRole side) {
  const Dataset& d = engine.dataset();
  CoverageReport r;
  const std::vector<TownIndex> towns = towns_of(d, side);
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

bool has_reason_beyond_size(const Dataset& d, const Suggestion& s) {
  if (s[MatchComponent::Goals].contribution > 0.0 || s[MatchComponent::Complement].contribution > 0.0 ||
      s[MatchComponent::Network].contribution > 0.0)
    return true;
  if (s[MatchComponent::Challenges].contribution <= 0.0) return false;
  for (TagIndex t : s[MatchComponent::Challenges].tags)
    if (!is_size_tag(d.tags[t])) return true;
  return false;
}

HubnessReport hubness_report(const MatchEngine& engine, PoolKind kind, const MatchWeights& weights, std::size_t k) {
  const Dataset& d = engine.dataset();
  const MatchPool& pool = engine.pool(kind);
  HubnessReport r;
  r.k = k;
  SuggestOptions opt;
  opt.top = k;
  opt.max_paths = 0;
  std::vector<std::size_t> occurrence(pool.members.size(), 0);
  std::vector<std::size_t> council_lists(d.towns.size(), 0), council_members(d.towns.size(), 0);
  for (TownIndex c : pool.councils)
    if (c != kNoIndex) ++council_members[c];
  std::vector<double> ratios;
  std::size_t beyond = 0;
  const TownRole side = query_role(kind);
  for (TownIndex t = 0; t < d.towns.size(); ++t) {
    if (d.towns[t].role != side) continue;
    const std::vector<Suggestion> list = engine.suggest_for_town(t, kind, weights, opt);
    ++r.lists;
    std::vector<TownIndex> councils;
    const bool small = d.towns[t].population > 0 && d.towns[t].population < 30000;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Suggestion& s = list[i];
      ++r.slots;
      ++occurrence[pool.position(s.candidate)];
      beyond += has_reason_beyond_size(d, s);
      const TownIndex c = pool.councils[pool.position(s.candidate)];
      if (c != kNoIndex && std::find(councils.begin(), councils.end(), c) == councils.end()) councils.push_back(c);
      if (small && i < 3 && d.towns[s.candidate].population > 0)
        ratios.push_back(d.towns[s.candidate].population / d.towns[t].population);
    }
    for (TownIndex c : councils) ++council_lists[c];
    r.small_towns += small && !list.empty();
  }
  r.beyond_size_share = r.slots ? static_cast<double>(beyond) / r.slots : 0.0;
  r.small_town_median_ratio = median(ratios);
  auto p99 = [](std::vector<double> v) {
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(std::ceil(0.99 * v.size())) - 1)];
  };
  std::vector<double> seen;
  std::vector<std::pair<TownIndex, std::size_t>> by_count;
  for (std::uint32_t i = 0; i < occurrence.size(); ++i) {
    if (!occurrence[i]) continue;
    seen.push_back(static_cast<double>(occurrence[i]));
    by_count.emplace_back(pool.members[i], occurrence[i]);
    if (occurrence[i] > r.max_occurrence) r.max_occurrence = occurrence[i], r.max_candidate = pool.members[i];
  }
  r.distinct = seen.size();
  r.p99_occurrence = p99(seen);
  std::stable_sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  by_count.resize(std::min<std::size_t>(by_count.size(), 10));
  r.most_frequent = by_count;
  std::vector<double> council_seen;
  for (TownIndex c = 0; c < d.towns.size(); ++c) {
    if (!council_lists[c]) continue;
    council_seen.push_back(static_cast<double>(council_lists[c]));
    if (council_lists[c] > r.max_council_lists) r.max_council_lists = council_lists[c], r.max_council = c;
    const double expected = std::min(1.0, static_cast<double>(council_members[c]) * k / pool.members.size());
    if (expected > 0 && r.lists)
      r.max_council_excess = std::max(r.max_council_excess, static_cast<double>(council_lists[c]) / r.lists / expected);
  }
  r.councils = council_seen.size();
  r.p99_council_lists = p99(council_seen);
  std::vector<std::pair<std::string, std::pair<std::size_t, std::size_t>>> countries;  // slots, members
  auto country_at = [&](const std::string& c) -> std::pair<std::size_t, std::size_t>& {
    for (auto& e : countries)
      if (e.first == c) return e.second;
    countries.push_back({c, {0, 0}});
    return countries.back().second;
  };
  for (std::uint32_t i = 0; i < pool.members.size(); ++i) {
    auto& e = country_at(d.towns[pool.members[i]].country);
    ++e.second;
    e.first += occurrence[i];
  }
  for (const auto& e : countries)
    r.countries.push_back({e.first, r.slots ? static_cast<double>(e.second.first) / r.slots : 0.0,
                           static_cast<double>(e.second.second) / pool.members.size()});
  std::stable_sort(r.countries.begin(), r.countries.end(),
                   [](const CountryShare& a, const CountryShare& b) { return a.slot_share > b.slot_share; });
  return r;
}

namespace {
// The pool member that stands for a linked UK council in a pool without councils: the place of
// the council's name, or else its most populous place.
TownIndex stand_in(const Dataset& d, const MatchPool& pool, TownIndex council) {
  TownIndex best = kNoIndex;
  for (std::uint32_t i = 0; i < pool.members.size(); ++i) {
    if (pool.councils[i] != council || pool.members[i] == council) continue;
    const Town& t = d.towns[pool.members[i]];
    if (t.name == d.towns[council].name) return pool.members[i];
    if (best == kNoIndex || t.population > d.towns[best].population) best = pool.members[i];
  }
  return best;
}
}  // namespace

std::vector<BacktestCase> backtest_cases(const MatchEngine& engine, PoolKind kind) {
  return backtest_cases(engine, kind, query_role(kind));
}

std::vector<BacktestCase> backtest_cases(const MatchEngine& engine, PoolKind kind, TownRole side) {
  const Dataset& d = engine.dataset();
  const MatchNetwork& net = engine.network();
  const MatchPool& pool = engine.pool(kind);
  std::vector<BacktestCase> cases;
  for (PartnershipIndex p = 0; p < d.partnerships.size(); ++p) {
    const Partnership& link = d.partnerships[p];
    if (link.a >= d.towns.size() || link.b >= d.towns.size()) continue;
    TownIndex town = net.node_of(link.a), linked = net.node_of(link.b);
    if (d.towns[town].role != side) std::swap(town, linked);
    if (d.towns[town].role != side) continue;
    TownIndex partner = linked;
    if (pool.position(partner) == kNoIndex && d.towns[linked].role == TownRole::UkCouncil)
      partner = stand_in(d, pool, linked);
    if (partner == kNoIndex || pool.position(partner) == kNoIndex) continue;
    auto it = std::find_if(cases.begin(), cases.end(), [&](const BacktestCase& c) {
      return c.town == town && c.partner == partner;
    });
    if (it == cases.end()) {
      cases.push_back({town, partner, linked, {}, 0.0, 0});
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
