// Shared by the matcher's subcommands (`suggest`, `match-report`): loading data/ with the
// strict core loader, finding a town by id or name, and parsing weights from the command line.
#pragma once

#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/match/match_weights.h"

namespace atlas::cli {

// Loads every dataset file (*.json except the world network and map) in `dir`. Prints the
// loader's problems to stderr when there are errors; returns false when nothing usable loaded.
bool load_match_dataset(const std::string& dir, Dataset& out);

// A town by exact id, else by name, alternative name or alias (case-insensitive for ASCII).
// Several matches: NRW municipalities first, then UK councils; `matches` lists them all.
TownIndex find_town_by_id_or_name(const Dataset& dataset, const std::string& query,
                                  std::vector<TownIndex>* matches = nullptr);

// "goals=1,network=0.5,distance=0.2,hub=0": sets the named weights (hub: the hubness
// correction's λ, 0 = off). False on unknown keys or bad numbers.
bool parse_weights(const std::string& text, MatchWeights& weights, std::string& error);

}  // namespace atlas::cli
