// The matcher's entry point (see match_engine.h).
#include "match_engine.h"

#include <algorithm>
#include <numeric>
#include <queue>

namespace atlas {

MatchEngine::MatchEngine(const Dataset& dataset)
    : dataset_(&dataset), network_(dataset), tag_countries_(dataset) {
  for (const Town& t : dataset.towns) settlements_.intern(t.settlement);
  pools_.reserve(kPoolKindCount);
  pools_.push_back(build_match_pool(dataset, PoolKind::Uk, settlements_));
  pools_.push_back(build_match_pool(dataset, PoolKind::Europe, settlements_));
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
  if (dataset_->towns[candidate].parent == na || dataset_->towns[na].parent == nb) return true;
  // A town inside an existing partner council (a GB European candidate) counts as that partner.
  const TownIndex parent = dataset_->towns[candidate].parent;
  const bool partner = network_.are_partners(na, nb) || (parent < n && network_.are_partners(na, parent));
  if (existing_partner) *existing_partner = partner;
  return partner && !include_existing_partners;
}

std::vector<CandidateScores> MatchEngine::score_pool(const MatchQuery& query, PoolKind kind,
                                                     const MatchWeights& weights,
                                                     bool include_existing_partners) const {
  const MatchPool& p = pool(kind);
  const MatchProfile a = profile(query, kind);
  MatchScorer scorer(*dataset_, network_, a, weights, scratch_);
  std::vector<CandidateScores> out(p.members.size());
  for (std::uint32_t i = 0; i < p.members.size(); ++i) {
    CandidateScores& c = out[i];
    c.member = i;
    c.eligible = !excluded(query.base_town, p.members[i], include_existing_partners, &c.existing_partner);
    if (c.eligible) scorer.score(p.profiles[i], c.scores);
  }
  return out;
}

std::vector<Suggestion> MatchEngine::suggest(const MatchQuery& query, PoolKind kind,
                                             const MatchWeights& weights,
                                             const SuggestOptions& options) const {
  const MatchPool& p = pool(kind);
  const MatchProfile a = profile(query, kind);
  MatchScorer scorer(*dataset_, network_, a, weights, scratch_);
  const std::size_t k = options.top ? options.top : p.members.size();

  struct Entry {
    double total;
    std::uint32_t member;
  };
  // Members are in id order, so "before" is: higher total, then smaller position.
  auto before = [](const Entry& x, const Entry& y) {
    return x.total != y.total ? x.total > y.total : x.member < y.member;
  };
  std::priority_queue<Entry, std::vector<Entry>, decltype(before)> best(before);  // top = worst kept
  PairScores scores;
  const std::string* own_country =
      options.other_countries_only && query.base_town < dataset_->towns.size()
          ? &dataset_->towns[query.base_town].country
          : nullptr;
  for (std::uint32_t i = 0; i < p.members.size(); ++i) {
    if (excluded(query.base_town, p.members[i], options.include_existing_partners)) continue;
    if (own_country && dataset_->towns[p.members[i]].country == *own_country) continue;
    const bool full = best.size() >= k;
    // A later member needs a strictly higher total to beat an equal one (ties by id).
    if (!scorer.score(p.profiles[i], scores, full ? best.top().total : -std::numeric_limits<double>::infinity()))
      continue;
    if (full) {
      if (!(scores.total > best.top().total)) continue;
      best.pop();
    }
    best.push({scores.total, i});
  }
  std::vector<Entry> ranked;
  ranked.reserve(best.size());
  while (!best.empty()) {
    ranked.push_back(best.top());
    best.pop();
  }
  std::reverse(ranked.begin(), ranked.end());

  std::vector<Suggestion> out;
  out.reserve(ranked.size());
  for (const Entry& e : ranked) {
    Suggestion s = scorer.explain(p.profiles[e.member], options.max_paths);
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
