// The matcher's entry point: built once from a Dataset (network adjacency, settlement
// classes, both candidate pools with their precomputed profiles), then queried for a
// town or a custom "my town" profile with any weights. A query is one pass over the pool
// with early-out top-k, and explanations only for the k returned, so the suggestions
// panel can rerun it on every slider move.
//
//   MatchEngine engine(dataset);
//   MatchWeights w;  w[MatchComponent::Network] = 0.5;
//   auto top = engine.suggest(MatchQuery::for_town(dataset, bottrop), PoolKind::Uk, w);
//   std::string why = describe_suggestion(dataset, top[0]);   // match_explanation.h
//
// Not thread-safe: a query reuses the engine's scratch buffers (one engine per thread).
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "core/dataset.h"
#include "match_network.h"
#include "match_pool.h"
#include "match_profile.h"
#include "match_scorer.h"
#include "match_weights.h"
#include "suggestion.h"

namespace atlas {

struct SuggestOptions {
  std::size_t top = 10;                    // 0: every eligible candidate
  bool include_existing_partners = false;  // true: existing partners are ranked too, flagged
  std::size_t max_paths = 5;               // L3 paths listed per suggestion (all are counted)
  bool other_countries_only = false;       // skip candidates in the base town's country
                                           // (e.g. German towns in the European pool)
  std::size_t max_per_council = 3;         // at most this many members of one UK council in a
                                           // list (0: no cap); decided within the list alone
};

// A candidate's scores without facts (reports, backtests).
struct CandidateScores {
  std::uint32_t member = 0;  // position in MatchPool::members
  bool eligible = false;     // false: self, same municipality/council, or (unless asked) a partner
  bool existing_partner = false;
  PairScores scores;         // total: corrected for hubness (total = components − hub_penalty)
  double hub_penalty = 0.0;
};

class MatchEngine {
 public:
  // `dataset` must outlive the engine and stay unchanged.
  explicit MatchEngine(const Dataset& dataset);

  const Dataset& dataset() const { return *dataset_; }
  const MatchNetwork& network() const { return network_; }
  const MatchPool& pool(PoolKind kind) const { return pools_[static_cast<std::size_t>(kind)]; }
  const SettlementClasses& settlements() const { return settlements_; }

  // The pool's hubness terms, built on first use (a pass of every NRW town of the pool's side
  // over the pool). They are kept when partnerships are hidden (the backtest): one hidden link
  // moves a mean over ten neighbours very little, and rebuilding per link would dominate.
  const HubTerms& hub_terms(PoolKind kind) const;

  // Rebuilds the network without the given partnerships; exclusions follow (backtest).
  void set_hidden_partnerships(const std::vector<PartnershipIndex>& hidden);

  // The query weighted for one pool (its idf); a base town's country decides which absent
  // goals count as lacking (MatchProfile::recorded_tags).
  MatchProfile profile(const MatchQuery& query, PoolKind kind) const;

  // Ranked, explained suggestions: highest total first, ties by town id.
  std::vector<Suggestion> suggest(const MatchQuery& query, PoolKind kind, const MatchWeights& weights,
                                  const SuggestOptions& options = {}) const;
  std::vector<Suggestion> suggest_for_town(TownIndex town, PoolKind kind, const MatchWeights& weights,
                                           const SuggestOptions& options = {}) const;

  // Scores of every pool member in pool order, without facts and without early-out.
  std::vector<CandidateScores> score_pool(const MatchQuery& query, PoolKind kind,
                                          const MatchWeights& weights,
                                          bool include_existing_partners = false) const;

  // Exclusion rule: self, parent/child (municipality and Kreis, place and council), or
  // existing partner (when not wanted; a place whose council is a partner, and a council
  // holding a partner town, count as one).
  // `existing_partner` is set either way.
  bool excluded(TownIndex town, TownIndex candidate, bool include_existing_partners,
                bool* existing_partner = nullptr) const;

  // True when `a` ranks before `b`: higher total, then smaller town id.
  bool ranks_before(double total_a, TownIndex a, double total_b, TownIndex b) const;

 private:
  const Dataset* dataset_;
  MatchNetwork network_;
  SettlementClasses settlements_;
  std::vector<MatchPool> pools_;
  TagCountryCoverage tag_countries_;
  std::vector<std::uint32_t> id_rank_;  // town -> position in town-id order
  mutable MatchScratch scratch_;
  mutable std::array<HubTerms, kPoolKindCount> hub_;
};

}  // namespace atlas
