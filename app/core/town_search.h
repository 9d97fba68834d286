// Type-ahead search over all towns: case- and diacritic-insensitive, over names, alternative
// names (Welsh council names, official NRW names) and the aliases the data carries (Muenster,
// "Wrexham County Borough Council", English names such as Cologne: the pipeline takes them
// from its sources; the search knows no names of its own). Umlauts match both ways
// ("Münster", "Munster", "Muenster"), ß matches "ss", Welsh ŵ/ŷ match w/y. Ranking: exact,
// then prefix, then word prefix, then substring; within a tier the mission first (an NRW or
// UK place before a place abroad of the same name: "Halifax" is Calderdale's, not Nova
// Scotia's), then places with partnerships before places without, then the Kreis records
// of kreisfreie Städte after the towns themselves, then larger population first, then
// town id (deterministic).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dataset.h"

namespace atlas {

enum class FoldUmlauts : std::uint8_t { Short, Long };  // ä -> a  /  ä -> ae

// The search reads a query up to this many bytes and ignores the rest: the longest name in
// data/ has 52 bytes, and a pasted paragraph costs no more than a name.
constexpr std::size_t kMaxSearchQueryBytes = 100;

// Lower-case ASCII form of UTF-8 text for matching: diacritics removed (see FoldUmlauts
// for ä/ö/ü), ß -> ss, æ/œ -> ae/oe, apostrophes dropped, other punctuation as one space,
// spaces collapsed and trimmed. Bytes of scripts without a folding are kept as they are.
std::string fold_for_search(std::string_view text, FoldUmlauts umlauts = FoldUmlauts::Short);

enum class MatchTier : std::uint8_t { Exact, Prefix, WordPrefix, Substring };

struct SearchHit {
  TownIndex town = kNoIndex;
  MatchTier tier = MatchTier::Substring;
  std::string matched;  // the name or alias that matched, as written in the data
};

class TownSearch {
 public:
  TownSearch() = default;
  // `dataset` must outlive the index and stay unchanged.
  explicit TownSearch(const Dataset& dataset);

  // At most `limit` hits, best first. Empty for a query that folds to nothing.
  std::vector<SearchHit> search(std::string_view query, std::size_t limit = 10) const;

  std::size_t entry_count() const { return entries_.size(); }

  // Whether the town counts first in the ranking: NRW (municipality or Kreis) or the UK.
  static bool in_mission(const Town& town);

 private:
  struct Entry {
    TownIndex town;
    std::uint32_t text;           // index into texts_ (the original spelling)
    std::string short_fold, long_fold;
  };
  const Dataset* dataset_ = nullptr;
  std::vector<std::string> texts_;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> partner_count_;  // per town: partnerships it is part of
};

// Where a search hit lies, for telling same-name places apart: an NRW municipality's
// Kreis, a UK place's council, a UK council's nation, else the region and country code
// as the data has them ("Nova Scotia, CA"). Empty where the data has nothing.
std::string search_hit_context(const Dataset& dataset, TownIndex town);

}  // namespace atlas
