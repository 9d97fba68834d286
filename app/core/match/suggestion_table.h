// Suggestions as a table for a council meeting: CSV (one row per suggestion, one column per
// score component, the explanation text) and JSON. In core so that `atlas suggest` and the
// app's export write the same thing.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/own_data.h"
#include "match_explanation.h"
#include "match_pool.h"
#include "suggestion.h"

namespace atlas {

// What a town is, for the candidate_kind column: "town", "council", "county", "municipality",
// "kreis".
const char* town_kind(TownRole role);

// The header line, with its line end.
std::string suggestions_csv_header();
// The rows of one town's list, each with its line end.
void append_suggestions_csv(std::string& out, const Dataset& dataset, TownIndex town,
                            const std::vector<Suggestion>& list, ExplainLanguage language);

// One town's list: {town, pool, suggestions: [{rank, candidate, total, components, ...}]}.
nlohmann::json suggestions_json(const Dataset& dataset, TownIndex town, PoolKind pool,
                                const std::vector<Suggestion>& list, ExplainLanguage language);

}  // namespace atlas
