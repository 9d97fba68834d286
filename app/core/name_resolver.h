// Names in a council's own list (own_data.h) to towns of the dataset: exact matches on a
// town's names and aliases, folded as the search folds them (Köln = Koeln = Cologne), narrowed
// by the partner's country where the file gives one; otherwise the closest names by a trigram
// index, offered to choose from. A name and the record of the body above it with the same
// name count once (Köln the municipality, not its Kreis-level record; Wakefield the town, not
// its council), and an ambiguous partner name that the data already links with the town is
// that partner (Altena's "Blackburn" is Blackburn with Darwen's). The import resolves each
// distinct (name, country) once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dataset.h"
#include "own_data.h"

namespace atlas {

enum class NameMatch : std::uint8_t { Resolved, Ambiguous, Unresolved };

struct ResolvedName {
  NameMatch match = NameMatch::Unresolved;
  TownIndex town = kNoIndex;           // Resolved
  std::vector<TownIndex> candidates;   // Ambiguous: the exact matches; Unresolved: the closest names
};

// ISO 3166-1 alpha-2 code of a country as a council may write it ("GB", "England",
// "Frankreich", "United Kingdom"); "" when not known.
std::string country_code_of(std::string_view text);

// A candidate as the problems list it: "Newport (Isle of Wight, GB)" (a UK place's council, an
// NRW town's Kreis, the country).
std::string candidate_label(const Dataset& dataset, TownIndex town);

class NameResolver {
 public:
  // `dataset` must outlive the resolver and stay unchanged.
  explicit NameResolver(const Dataset& dataset);

  // `country`: ISO code or "" for any. `prefer_nrw`: the town column (the NRW side) prefers
  // NRW records where a name is also a place abroad.
  ResolvedName resolve(std::string_view name, const std::string& country = std::string(),
                       bool prefer_nrw = false) const;
  // The `k` towns whose names share the most trigrams with `name` (Dice coefficient), best first.
  std::vector<TownIndex> closest(std::string_view name, std::size_t k = 5) const;

 private:
  const Dataset* dataset_;
  std::unordered_map<std::string, std::vector<TownIndex>> by_name_;  // folded name -> towns
  std::vector<std::string> names_;                                   // folded, per entry
  std::vector<TownIndex> entry_town_;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_trigram_;  // trigram -> entries
};

// One link of the file with its towns, or the problems that keep it out.
struct ResolvedLink {
  std::size_t link = 0;  // index into OwnData::links
  TownIndex town = kNoIndex, partner = kNoIndex;
};
struct ResolvedOwnData {
  std::vector<ResolvedLink> links;         // both ends known
  std::vector<OwnDataProblem> problems;    // unknown or ambiguous names, with their candidates
  std::size_t distinct_names = 0;          // resolved once each
};
// The user's choices for names the resolver could not settle (an ambiguous name, or an unknown
// one with its closest names): a name's key (name_choice_key) to the town chosen. A choice
// applies to every row with that name on that side (and, for partners, that country).
using NameChoices = std::unordered_map<std::string, TownIndex>;
// The key of the name in `link`'s `column` ("town" or "partner") for NameChoices.
std::string name_choice_key(const OwnLink& link, const std::string& column);
ResolvedOwnData resolve_own_data(const Dataset& dataset, const NameResolver& resolver, const OwnData& data,
                                 const NameChoices& choices = {});

}  // namespace atlas
