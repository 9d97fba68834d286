// Explanation text for suggestions, built only from facts carried in the Suggestion
// (tags, towns, paths, populations, distances) and labels/names from the Dataset.
#pragma once

#include <string>
#include <vector>

#include "core/dataset.h"
#include "suggestion.h"

namespace atlas {

enum class ExplainLanguage : unsigned char { En, De };

// One component, e.g. "both: Covenant of Mayors 2030, Former coalfield" or
// "no data: Bottrop has no goal tag in the data".
std::string describe_component(const Dataset& dataset, const Suggestion& suggestion, MatchComponent component,
                               ExplainLanguage language = ExplainLanguage::En);

// The whole suggestion, opening with the candidate and the council it lies in: components
// that contribute, largest first, then the hubness correction where it took something off,
// then the ones without data ("Weymouth (Dorset): Shared challenges: both: ...; Network
// proximity: ...; no data: shared goals").
std::string describe_suggestion(const Dataset& dataset, const Suggestion& suggestion,
                                ExplainLanguage language = ExplainLanguage::En);

// Every fixed phrase the explanations are built from, in `language` (patterns keep their "%s"):
// the app's test hook tells explanation text from text that bypasses a string table.
std::vector<std::string> explanation_phrases(ExplainLanguage language);

// A town's name with the UK council it lies in: "Weymouth (Dorset)"; the plain name for a
// council, an NRW town or a place abroad.
std::string town_with_council(const Dataset& dataset, TownIndex town);

// Display label of a tag in a language (falls back to the other language, then the id).
const std::string& tag_label(const Dataset& dataset, TagIndex tag, ExplainLanguage language);

}  // namespace atlas
