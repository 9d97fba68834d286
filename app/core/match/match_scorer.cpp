// Component scores of one query against candidates (see match_scorer.h).
#include "match_scorer.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr double kEarthRadiusKm = 6371.0088;
constexpr std::size_t kGoals = static_cast<std::size_t>(MatchComponent::Goals);
constexpr std::size_t kChallenges = static_cast<std::size_t>(MatchComponent::Challenges);
constexpr std::size_t kSize = static_cast<std::size_t>(MatchComponent::Size);
constexpr std::size_t kComplement = static_cast<std::size_t>(MatchComponent::Complement);
constexpr std::size_t kNetwork = static_cast<std::size_t>(MatchComponent::Network);
constexpr std::size_t kDistance = static_cast<std::size_t>(MatchComponent::Distance);
// Slack for rounding when comparing an upper bound with the threshold.
constexpr double kBoundSlack = 1e-9;

double weight_of(const SparseTagVector& v, TagIndex tag) {
  auto it = std::lower_bound(v.tags.begin(), v.tags.end(), tag);
  return (it != v.tags.end() && *it == tag) ? v.weights[static_cast<std::size_t>(it - v.tags.begin())] : 0.0;
}

// Rarest first (highest idf), ties by tag index.
void sort_rarest_first(std::vector<TagIndex>& tags, const SparseTagVector& weights) {
  std::sort(tags.begin(), tags.end(), [&](TagIndex a, TagIndex b) {
    const double wa = weight_of(weights, a), wb = weight_of(weights, b);
    return wa != wb ? wa > wb : a < b;
  });
}

double distance_km(const MatchProfile& a, const MatchProfile& b) {
  const double dot = a.ux * b.ux + a.uy * b.uy + a.uz * b.uz;
  const double cx = a.uy * b.uz - a.uz * b.uy;
  const double cy = a.uz * b.ux - a.ux * b.uz;
  const double cz = a.ux * b.uy - a.uy * b.ux;
  return kEarthRadiusKm * std::atan2(std::sqrt(cx * cx + cy * cy + cz * cz), dot);
}
}  // namespace

double sparse_cosine(const SparseTagVector& a, const SparseTagVector& b, std::vector<TagIndex>* shared) {
  if (a.empty() || b.empty() || a.norm <= 0.0 || b.norm <= 0.0) return 0.0;
  if (a.mask_valid && b.mask_valid && (a.mask & b.mask) == 0) return 0.0;
  double dot = 0.0;
  std::size_t i = 0, j = 0;
  while (i < a.tags.size() && j < b.tags.size()) {
    if (a.tags[i] < b.tags[j]) {
      ++i;
    } else if (b.tags[j] < a.tags[i]) {
      ++j;
    } else {
      dot += a.weights[i] * b.weights[j];
      if (shared) shared->push_back(a.tags[i]);
      ++i;
      ++j;
    }
  }
  return dot / (a.norm * b.norm);
}

MatchScorer::MatchScorer(const Dataset& dataset, const MatchNetwork& network, const MatchProfile& query,
                         const MatchWeights& weights, MatchScratch& scratch)
    : dataset_(dataset), network_(network), query_(query), weights_(weights), scratch_(scratch) {
  for (double& w : weights_.weight)
    if (!(w > 0.0)) w = 0.0;  // negative and NaN weights count as 0
  if (!(weights_.size_scale > 0.0)) weights_.size_scale = 1.0;
  if (!(weights_.distance_scale_km > 0.0)) weights_.distance_scale_km = 500.0;
  const std::size_t n = dataset.towns.size();
  if (scratch_.l3.size() != n) scratch_.l3.assign(n, 0.0);
  if (scratch_.third_country.size() != n) scratch_.third_country.assign(n, 0.0);
  if (query.town < n) country_ = dataset.towns[query.town].country;
  node_ = query.town < n ? network.node_of(query.town) : kNoIndex;
  if (node_ == kNoIndex || network.degree(node_) == 0) return;
  network.accumulate_l3(node_, scratch_.l3, scratch_.touched);
  const std::string& country_a = dataset.towns[node_].country;
  for (const TownIndex* z = network.partners_begin(node_); z != network.partners_end(node_); ++z) {
    const std::string& country_z = dataset.towns[*z].country;
    if (country_z.empty() || country_z == country_a) continue;
    for (const TownIndex* b = network.partners_begin(*z); b != network.partners_end(*z); ++b) {
      if (*b == node_ || dataset.towns[*b].country == country_z) continue;
      if (scratch_.third_country[*b] == 0.0) scratch_.touched.push_back(*b);
      scratch_.third_country[*b] += 1.0;
    }
  }
}

MatchScorer::~MatchScorer() {
  for (TownIndex t : scratch_.touched) {
    scratch_.l3[t] = 0.0;
    scratch_.third_country[t] = 0.0;
  }
  scratch_.touched.clear();
}

double MatchScorer::network_raw(TownIndex candidate_node) const {
  return scratch_.l3[candidate_node] + scratch_.third_country[candidate_node];
}

double MatchScorer::complement_lack(const SparseTagVector& candidate_goals,
                                    std::vector<TagIndex>* lacking) const {
  if (candidate_goals.weight_sum <= 0.0) return 0.0;
  double lack = 0.0;
  const SparseTagVector& own = query_.goals;
  std::size_t i = 0;
  for (std::size_t j = 0; j < candidate_goals.tags.size(); ++j) {
    const TagIndex t = candidate_goals.tags[j];
    while (i < own.tags.size() && own.tags[i] < t) ++i;
    if (i < own.tags.size() && own.tags[i] == t) continue;
    if (dataset_.tags[t].coverage_in(country_) != Coverage::Complete || !query_.records(t)) continue;
    lack += candidate_goals.weights[j];
    if (lacking) lacking->push_back(t);
  }
  return lack / candidate_goals.weight_sum;
}

bool MatchScorer::score(const MatchProfile& b, PairScores& out, double threshold) const {
  return score_impl(b, out, threshold, false);
}

bool MatchScorer::score_impl(const MatchProfile& b, PairScores& out, double threshold, bool all) const {
  const MatchProfile& a = query_;
  const MatchWeights& w = weights_;
  // `all`: compute components even at weight 0 (explanations show them, they add 0).
  auto on = [&](std::size_t i) { return all || w.weight[i] > 0.0; };
  out.value.fill(0.0);
  out.has_data.fill(false);
  out.total = 0.0;
  double partial = 0.0;

  // Network first: one lookup in the query's precomputed sums.
  if (on(kNetwork) && node_ != kNoIndex && b.town != kNoIndex) {
    const TownIndex nb = network_.node_of(b.town);
    if (network_.degree(node_) > 0 && network_.degree(nb) > 0) {
      out.has_data[kNetwork] = true;
      const double raw = network_raw(nb);
      out.value[kNetwork] = raw > 0.0 ? 1.0 - std::exp(-raw) : 0.0;
      partial += w.weight[kNetwork] * out.value[kNetwork];
    }
  }
  // Upper bound before the per-pair arithmetic: every component is at most 1, and a tag
  // component whose tag masks do not overlap is exactly 0.
  auto overlaps = [](const SparseTagVector& x, const SparseTagVector& y) {
    return !x.mask_valid || !y.mask_valid || (x.mask & y.mask) != 0;
  };
  const bool goals_possible = on(kGoals) && !a.goals.empty() && !b.goals.empty();
  const bool challenges_data = !a.challenges.empty() && !b.challenges.empty();
  const bool challenges_possible = on(kChallenges) && challenges_data;
  const bool complement_possible = on(kComplement) && challenges_data && !b.goals.empty();
  const bool goals_overlap = goals_possible && overlaps(a.goals, b.goals);
  const bool challenges_overlap = challenges_data && overlaps(a.challenges, b.challenges);
  const double tags_bound = (goals_overlap ? w.weight[kGoals] : 0.0) +
                            (challenges_possible && challenges_overlap ? w.weight[kChallenges] : 0.0) +
                            (complement_possible && challenges_overlap ? w.weight[kComplement] : 0.0);
  if (threshold > partial) {
    const double bound = partial + tags_bound + (on(kSize) ? w.weight[kSize] : 0.0) +
                         (on(kDistance) ? w.weight[kDistance] : 0.0);
    if (bound + kBoundSlack < threshold) return false;
  }

  if (on(kSize)) {
    const bool pop = a.has_population && b.has_population;
    const bool settle = a.settlement >= 0 && b.settlement >= 0;
    // exp(-|ln pa - ln pb| / s) = (min/max)^(1/s): a division in the default s = 1.
    double p = 0.0;
    if (pop) {
      const double ratio = a.population < b.population ? a.population / b.population : b.population / a.population;
      p = w.size_scale == 1.0 ? ratio : std::pow(ratio, 1.0 / w.size_scale);
    }
    const double s = (settle && a.settlement == b.settlement) ? 1.0 : 0.0;
    if (pop || settle) {
      out.has_data[kSize] = true;
      const double beta = std::min(1.0, std::max(0.0, w.settlement_share));
      out.value[kSize] = pop && settle ? (1.0 - beta) * p + beta * s : (pop ? p : s);
      partial += w.weight[kSize] * out.value[kSize];
    }
  }
  if (on(kDistance) && a.has_location && b.has_location) {
    out.has_data[kDistance] = true;
    out.value[kDistance] = std::exp(-distance_km(a, b) / w.distance_scale_km);
    partial += w.weight[kDistance] * out.value[kDistance];
  }
  if (partial + tags_bound + kBoundSlack < threshold) return false;

  if (goals_possible) {
    out.has_data[kGoals] = true;
    out.value[kGoals] = goals_overlap ? sparse_cosine(a.goals, b.goals) : 0.0;
  }
  if (challenges_possible || complement_possible) {
    const double c = challenges_overlap ? sparse_cosine(a.challenges, b.challenges) : 0.0;
    if (challenges_possible) {
      out.has_data[kChallenges] = true;
      out.value[kChallenges] = c;
    }
    if (complement_possible) {
      out.has_data[kComplement] = true;
      out.value[kComplement] = c > 0.0 ? complement_lack(b.goals, nullptr) * c : 0.0;
    }
  }
  for (std::size_t i = 0; i < kMatchComponentCount; ++i) out.total += w.weight[i] * out.value[i];
  return true;
}

Suggestion MatchScorer::explain(const MatchProfile& b, std::size_t max_paths) const {
  Suggestion s;
  s.town = query_.town;
  s.candidate = b.town;
  PairScores scores;
  score_impl(b, scores, -std::numeric_limits<double>::infinity(), true);
  s.total = scores.total;
  const MatchProfile& a = query_;
  for (std::size_t i = 0; i < kMatchComponentCount; ++i) {
    ComponentScore& c = s.components[i];
    c.component = kMatchComponents[i];
    c.has_data = scores.has_data[i];
    c.value = scores.value[i];
    c.weight = weights_.weight[i];
    c.contribution = c.weight * c.value;
  }

  ComponentScore& goals = s.components[kGoals];
  sparse_cosine(a.goals, b.goals, &goals.tags);
  sort_rarest_first(goals.tags, a.goals);

  ComponentScore& challenges = s.components[kChallenges];
  sparse_cosine(a.challenges, b.challenges, &challenges.tags);
  sort_rarest_first(challenges.tags, a.challenges);

  ComponentScore& complement = s.components[kComplement];
  if (complement.has_data) {
    complement_lack(b.goals, &complement.tags);
    sort_rarest_first(complement.tags, b.goals);
    complement.shared_challenges = challenges.tags;
  }

  ComponentScore& size = s.components[kSize];
  if (a.has_population) size.town_population = a.population;
  if (b.has_population) size.candidate_population = b.population;
  if (a.town < dataset_.towns.size() && dataset_.towns[a.town].population > 0)
    size.town_population = dataset_.towns[a.town].population;
  if (b.town < dataset_.towns.size() && dataset_.towns[b.town].population > 0)
    size.candidate_population = dataset_.towns[b.town].population;
  if (a.settlement >= 0 && b.settlement >= 0) size.same_settlement = a.settlement == b.settlement ? 1 : 0;
  if (a.has_location && b.has_location) s.components[kDistance].distance_km = distance_km(a, b);

  ComponentScore& net = s.components[kNetwork];
  if (node_ != kNoIndex) net.town_partners = network_.degree(node_);
  if (b.town != kNoIndex) net.candidate_partners = network_.degree(network_.node_of(b.town));
  if (net.has_data) {
    const TownIndex nb = network_.node_of(b.town);
    const std::vector<MatchNetwork::L3Path> paths = network_.l3_paths(node_, nb);
    net.path_count = paths.size();
    for (const MatchNetwork::L3Path& p : paths) net.path_weight += p.weight;
    for (std::size_t i = 0; i < paths.size() && i < max_paths; ++i)
      net.paths.push_back({node_, paths[i].x, paths[i].y, nb});
    const std::string& country_a = dataset_.towns[node_].country;
    const std::string& country_b = dataset_.towns[nb].country;
    for (TownIndex z : network_.common_partners(node_, nb)) {
      const std::string& cz = dataset_.towns[z].country;
      if (!cz.empty() && cz != country_a && cz != country_b) net.shared_partners.push_back(z);
    }
  }
  return s;
}

}  // namespace atlas
