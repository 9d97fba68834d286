// The matcher's entry point (see match_engine.h).
#include "match_engine.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <numeric>

namespace atlas {

MatchEngine::MatchEngine(const Dataset& dataset)
    : dataset_(&dataset), network_(dataset), tag_countries_(dataset) {
  for (const Town& t : dataset.towns) settlements_.intern(t.settlement);
  pools_.reserve(kPoolKindCount);
  for (std::size_t k = 0; k < kPoolKindCount; ++k)
    pools_.push_back(build_match_pool(dataset, static_cast<PoolKind>(k), settlements_));
  std::vector<TownIndex> order(dataset.towns.size());
  std::iota(order.begin(), order.end(), TownIndex{0});
  std::sort(order.begin(), order.end(), [&](TownIndex a, TownIndex b) {
    const std::string& ia = dataset.towns[a].id;
    const std::string& ib = dataset.towns[b].id;
    return ia != ib ? ia < ib : a < b;
  });
  id_rank_.resize(order.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) id_rank_[order[i]] = i;
}

void MatchEngine::set_hidden_partnerships(const std::vector<PartnershipIndex>& hidden) {
  network_ = MatchNetwork(*dataset_, hidden);
}

MatchProfile MatchEngine::profile(const MatchQuery& query, PoolKind kind) const {
  MatchProfile p = make_profile(*dataset_, query, pool(kind).idf, settlements_);
  if (p.town != kNoIndex) p.recorded_tags = tag_countries_.tags_of(dataset_->towns[p.town].country);
  return p;
}

bool MatchEngine::ranks_before(double total_a, TownIndex a, double total_b, TownIndex b) const {
  if (total_a != total_b) return total_a > total_b;
  return id_rank_[a] < id_rank_[b];
}

bool MatchEngine::excluded(TownIndex town, TownIndex candidate, bool include_existing_partners,
                           bool* existing_partner) const {
  if (existing_partner) *existing_partner = false;
  const std::size_t n = dataset_->towns.size();
  if (candidate >= n) return true;
  if (town >= n) return false;  // a custom profile without a base town excludes nothing
  if (town == candidate) return true;
  const TownIndex na = network_.node_of(town), nb = network_.node_of(candidate);
  if (na == nb) return true;
  if (dataset_->towns[candidate].parent == town || dataset_->towns[town].parent == candidate) return true;
  // A place inside an existing partner council, or a council holding a partner town, counts
  // as that partner.
  const TownIndex parent = dataset_->towns[candidate].parent;
  bool partner = network_.are_partners(na, nb) || (parent < n && network_.are_partners(na, parent));
  for (const TownIndex* p = network_.partners_begin(na); !partner && p != network_.partners_end(na); ++p)
    partner = dataset_->towns[*p].parent == candidate;
  if (existing_partner) *existing_partner = partner;
  return partner && !include_existing_partners;
}

const HubTerms& MatchEngine::hub_terms(PoolKind kind) const {
  HubTerms& h = hub_[static_cast<std::size_t>(kind)];
  if (h.built) return h;
  const auto t0 = std::chrono::steady_clock::now();
  const MatchPool& p = pool(kind);
  const std::size_t k = h.neighbours;
  struct Near {
    double total;
    std::array<double, kMatchComponentCount> value;
  };
  const auto worse = [](const Near& x, const Near& y) { return x.total > y.total; };  // min-heap on total
  std::vector<std::vector<Near>> near(p.members.size());
  const MatchWeights defaults;
  const TownRole side = query_role(kind);
  PairScores scores;
  for (TownIndex x = 0; x < dataset_->towns.size(); ++x) {
    if (dataset_->towns[x].role != side) continue;
    const MatchProfile a = profile(MatchQuery::for_town(*dataset_, x), kind);
    MatchScorer scorer(*dataset_, network_, a, defaults, scratch_);
    for (std::uint32_t i = 0; i < p.members.size(); ++i) {
      if (excluded(x, p.members[i], true)) continue;
      scorer.score_every_component(p.profiles[i], scores);
      std::vector<Near>& heap = near[i];
      if (heap.size() == k && !(scores.total > heap.front().total)) continue;
      if (heap.size() == k) {
        std::pop_heap(heap.begin(), heap.end(), worse);
        heap.pop_back();
      }
      heap.push_back({scores.total, scores.value});
      std::push_heap(heap.begin(), heap.end(), worse);
    }
  }
  h.mean.assign(p.members.size(), {});
  for (std::size_t i = 0; i < near.size(); ++i) {
    if (near[i].empty()) continue;
    for (const Near& e : near[i])
      for (std::size_t c = 0; c < kMatchComponentCount; ++c)
        h.mean[i][c] += e.value[c];
    for (double& v : h.mean[i]) v /= static_cast<double>(near[i].size());
  }
  h.built = true;
  h.build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return h;
}

namespace {
// The hubness penalty of one member for these weights (0 when the correction is off).
double hub_penalty_of(const HubTerms* hub, std::uint32_t member, const MatchWeights& weights,
                      const PairScores& pair) {
  return hub ? std::max(weights.hub_correction, 0.0) * hub->penalty(member, weights, pair) : 0.0;
}
}  // namespace

std::vector<CandidateScores> MatchEngine::score_pool(const MatchQuery& query, PoolKind kind,
                                                     const MatchWeights& weights,
                                                     bool include_existing_partners) const {
  const MatchPool& p = pool(kind);
  const HubTerms* hub = weights.hub_correction > 0.0 ? &hub_terms(kind) : nullptr;
  const MatchProfile a = profile(query, kind);
  MatchScorer scorer(*dataset_, network_, a, weights, scratch_);
  std::vector<CandidateScores> out(p.members.size());
  for (std::uint32_t i = 0; i < p.members.size(); ++i) {
    CandidateScores& c = out[i];
    c.member = i;
    c.eligible = !excluded(query.base_town, p.members[i], include_existing_partners, &c.existing_partner);
    if (!c.eligible) continue;
    scorer.score(p.profiles[i], c.scores);
    c.hub_penalty = hub_penalty_of(hub, i, weights, c.scores);
    c.scores.total -= c.hub_penalty;
  }
  return out;
}

std::vector<Suggestion> MatchEngine::suggest(const MatchQuery& query, PoolKind kind,
                                             const MatchWeights& weights,
                                             const SuggestOptions& options) const {
  const MatchPool& p = pool(kind);
  const HubTerms* hub = weights.hub_correction > 0.0 ? &hub_terms(kind) : nullptr;
  const MatchProfile a = profile(query, kind);
  MatchScorer scorer(*dataset_, network_, a, weights, scratch_);
  const std::size_t k = options.top ? options.top : p.members.size();
  const std::size_t cap = options.max_per_council;

  // The list so far: at most k entries, at most `cap` of one council. An entry that leaves it
  // never returns (the k-th total only rises, and a council's entries only improve), so
  // each list is exact and depends on nothing but its own town.
  struct Entry {
    double total;
    std::uint32_t member;
  };
  // Members are in id order, so "before" is: higher total, then smaller position.
  auto before = [](const Entry& x, const Entry& y) {
    return x.total != y.total ? x.total > y.total : x.member < y.member;
  };
  std::vector<Entry> list;
  std::vector<double> penalty(p.members.size(), 0.0);
  auto worst_where = [&](auto&& keep) {
    std::size_t w = list.size();
    for (std::size_t j = 0; j < list.size(); ++j)
      if (keep(list[j]) && (w == list.size() || before(list[w], list[j]))) w = j;
    return w;
  };
  auto worst = [&] { return worst_where([](const Entry&) { return true; }); };
  std::size_t worst_at = list.size();
  PairScores scores;
  const std::string* own_country =
      options.other_countries_only && query.base_town < dataset_->towns.size()
          ? &dataset_->towns[query.base_town].country
          : nullptr;
  for (std::uint32_t i = 0; i < p.members.size(); ++i) {
    if (excluded(query.base_town, p.members[i], options.include_existing_partners)) continue;
    if (own_country && dataset_->towns[p.members[i]].country == *own_country) continue;
    const bool full = list.size() >= k;
    // A later member needs a strictly higher total to beat an equal one (ties by id); the
    // penalty is >= 0, so the uncorrected total bounds the corrected one.
    const double threshold = full ? list[worst_at].total : -std::numeric_limits<double>::infinity();
    if (!scorer.score(p.profiles[i], scores, threshold)) continue;
    penalty[i] = hub_penalty_of(hub, i, weights, scores);
    const Entry e{scores.total - penalty[i], i};
    if (full && !before(e, list[worst_at])) continue;
    const TownIndex council = p.councils[i];
    std::size_t same = 0;
    if (cap && council != kNoIndex)
      for (const Entry& x : list) same += p.councils[x.member] == council;
    if (cap && council != kNoIndex && same >= cap) {
      const std::size_t w = worst_where([&](const Entry& x) { return p.councils[x.member] == council; });
      if (!before(e, list[w])) continue;
      list[w] = e;
    } else if (full) {
      list[worst_at] = e;
    } else {
      list.push_back(e);
    }
    worst_at = worst();
  }
  std::sort(list.begin(), list.end(), before);

  std::vector<Suggestion> out;
  out.reserve(list.size());
  for (const Entry& e : list) {
    Suggestion s = scorer.explain(p.profiles[e.member], options.max_paths);
    s.hub_penalty = penalty[e.member];
    s.total -= s.hub_penalty;
    excluded(query.base_town, p.members[e.member], true, &s.existing_partner);
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Suggestion> MatchEngine::suggest_for_town(TownIndex town, PoolKind kind,
                                                      const MatchWeights& weights,
                                                      const SuggestOptions& options) const {
  return suggest(MatchQuery::for_town(*dataset_, town), kind, weights, options);
}

}  // namespace atlas
