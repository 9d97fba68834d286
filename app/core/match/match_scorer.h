// Scores one query profile against candidate profiles, component by component:
//   goals      = cosine of idf-weighted goal vectors            (no data: either side has no goal tag)
//   challenges = cosine of idf-weighted challenge vectors       (no data: either side has none)
//   size       = (1-β)·exp(-|ln pa - ln pb| / s) + β·[same settlement class]
//                (only the known part when one of population / settlement is unknown)
//   complement = (idf share of the candidate's goals the town lacks, counting only tags of
//                complete coverage that the data records in the town's country) × challenges
//                                            (no data: no candidate goals or
//                                                                 challenges without data)
//   network    = 1 - exp(-(Σ_L3 paths a–x–y–b 1/sqrt(deg x·deg y) + shared third-country partners))
//                                                               (no data: either has no partner)
//   distance   = exp(-km / D)                                    (no data: a position unknown)
// total = Σ max(w_i, 0) · value_i, summed in component order. A MatchScorer holds one query's
// network sums (computed once in its constructor); scoring a candidate is then a few sparse
// merges, cheap enough to rerun the whole pool on every slider move.
#pragma once

#include <array>
#include <limits>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "match_network.h"
#include "match_profile.h"
#include "match_weights.h"
#include "suggestion.h"

namespace atlas {

struct PairScores {
  std::array<double, kMatchComponentCount> value{};
  std::array<bool, kMatchComponentCount> has_data{};
  double total = 0.0;
};

// Reusable per-query buffers (one entry per town), all zero between queries.
struct MatchScratch {
  std::vector<double> l3;
  std::vector<double> third_country;
  std::vector<TownIndex> touched;
};

// Cosine of two idf-weighted sparse vectors; 0 when either is empty. Appends the shared
// tags to `shared` when given.
double sparse_cosine(const SparseTagVector& a, const SparseTagVector& b,
                     std::vector<TagIndex>* shared = nullptr);

class MatchScorer {
 public:
  // `scratch` must stay alive and unused by others while the scorer lives; it is left
  // zeroed again by the destructor.
  MatchScorer(const Dataset& dataset, const MatchNetwork& network, const MatchProfile& query,
              const MatchWeights& weights, MatchScratch& scratch);
  ~MatchScorer();
  MatchScorer(const MatchScorer&) = delete;
  MatchScorer& operator=(const MatchScorer&) = delete;

  // Scores `candidate`. With a finite `threshold`, stops early and returns false as soon
  // as the total provably stays below threshold (out is then incomplete); otherwise true.
  bool score(const MatchProfile& candidate, PairScores& out,
             double threshold = -std::numeric_limits<double>::infinity()) const;

  // Every component, even at weight 0 (their values for the hubness terms); no early-out.
  void score_every_component(const MatchProfile& candidate, PairScores& out) const {
    score_impl(candidate, out, -std::numeric_limits<double>::infinity(), true);
  }

  // The full explanation: scores plus the facts behind each component.
  Suggestion explain(const MatchProfile& candidate, std::size_t max_paths) const;

  const MatchProfile& query() const { return query_; }
  TownIndex query_node() const { return node_; }

 private:
  bool score_impl(const MatchProfile& candidate, PairScores& out, double threshold, bool all) const;
  double network_raw(TownIndex candidate_node) const;
  double complement_lack(const SparseTagVector& candidate_goals, std::vector<TagIndex>* lacking) const;

  const Dataset& dataset_;
  const MatchNetwork& network_;
  const MatchProfile& query_;
  MatchWeights weights_;  // clamped to >= 0
  MatchScratch& scratch_;
  TownIndex node_ = kNoIndex;
  std::string country_;  // the query town's country ("" without a base town)
};

}  // namespace atlas
