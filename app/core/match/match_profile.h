// What the matcher knows about one side of a pair, precomputed once: sparse idf-weighted
// goal and challenge vectors, log population, settlement class, location and network node.
// A MatchQuery is the raw, editable form ("my town": a custom set of tags, a population
// and an optional base town); a MatchProfile is that query weighted for one pool.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/dataset.h"

namespace atlas {

// Weight of a tag a UK town holds only through its county or combined authority, relative to
// its own or its council's tags (the README states it).
constexpr double kViaCountyWeight = 0.5;

// Rarity weight per tag over a reference set of towns: idf(t) = ln((1 + N) / (1 + df(t))) + 1
// (smoothed, so a tag no reference town carries stays finite and a tag every town carries
// still counts a little).
struct IdfTable {
  std::vector<double> idf;          // one entry per Dataset::tags
  std::vector<std::uint32_t> df;    // towns of the reference set carrying the tag
  std::size_t reference_count = 0;  // N
  double weight(TagIndex t) const { return t < idf.size() ? idf[t] : 0.0; }
};
IdfTable build_idf_table(const Dataset& dataset, const std::vector<TownIndex>& reference);

// Sparse vector of tags with their idf weights, sorted by tag index.
struct SparseTagVector {
  std::vector<TagIndex> tags;
  std::vector<double> weights;
  double norm = 0.0;      // sqrt(sum of squared weights)
  double weight_sum = 0.0;
  // Bit t set for tag t when every tag index is < 64 (the taxonomy is small): lets the
  // scorer reject pairs without a shared tag with one AND. mask_valid false (the default for
  // vectors not built by make_profile): use the lists.
  std::uint64_t mask = 0;
  bool mask_valid = false;
  bool empty() const { return tags.empty(); }
};

// The raw, user-editable description of "my town" (or of a real town, see for_town).
struct MatchQuery {
  TownIndex base_town = kNoIndex;  // network, exclusions, location, country; may be kNoIndex
  std::vector<TagIndex> tags;      // goals and challenges, any order; duplicates ignored
  // Tags of `tags` known only through a county or combined authority (a UK place's "via
  // <county>" memberships): weighted kViaCountyWeight.
  std::vector<TagIndex> reduced_tags;
  double population = -1.0;        // < 0: unknown
  std::string settlement;          // empty: unknown
  // Location when there is no base town (both NaN-free; has_location false = unknown).
  bool has_location = false;
  double lat = 0.0, lon = 0.0;

  // The profile of an existing town: its tags, population, settlement and location.
  static MatchQuery for_town(const Dataset& dataset, TownIndex town);
};

struct MatchProfile {
  TownIndex town = kNoIndex;  // base town, kNoIndex for a profile without one
  SparseTagVector goals, challenges;
  bool has_population = false;
  double log_population = 0.0;
  double population = 0.0;
  int settlement = -1;  // interned settlement class, -1 unknown
  bool has_location = false;
  double lat = 0.0, lon = 0.0;
  // Unit vector on the sphere for cheap distances.
  double ux = 0.0, uy = 0.0, uz = 0.0;
  // Per tag: 1 when some town of this profile's country carries it, i.e. the tag's source
  // covers that country, so its absence here is a fact (owned by the MatchEngine; null =
  // every tag counts as covered). Used by the complementarity component.
  const std::vector<std::uint8_t>* recorded_tags = nullptr;
  bool records(TagIndex t) const { return !recorded_tags || (t < recorded_tags->size() && (*recorded_tags)[t]); }
};

// Which tags occur at all among the towns of each country.
class TagCountryCoverage {
 public:
  TagCountryCoverage() = default;
  explicit TagCountryCoverage(const Dataset& dataset);
  // Null when the country is unknown (no town of it in the data).
  const std::vector<std::uint8_t>* tags_of(const std::string& country) const;

 private:
  std::vector<std::string> countries_;
  std::vector<std::vector<std::uint8_t>> tags_;
};

// Interns settlement class strings (case-sensitive, as the data spells them).
class SettlementClasses {
 public:
  int find(const std::string& name) const;  // -1 when unknown or empty
  int intern(const std::string& name);      // -1 for empty
  const std::string& name(int id) const { return names_[static_cast<std::size_t>(id)]; }

 private:
  std::vector<std::string> names_;
};

// Weighs a query's tags with `idf` (tags not in the dataset are dropped).
MatchProfile make_profile(const Dataset& dataset, const MatchQuery& query, const IdfTable& idf,
                          const SettlementClasses& settlements);

// True when lat/lon look like a real position (the data model has no "unknown" flag;
// 0/0 is treated as unknown).
bool has_position(const Town& town);

}  // namespace atlas
