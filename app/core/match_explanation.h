// Explanation text for suggestions, built only from facts carried in the Suggestion
// (tags, towns, paths, populations, distances) and labels/names from the Dataset.
#pragma once

#include <string>

#include "dataset.h"
#include "suggestion.h"

namespace atlas {

enum class ExplainLanguage : unsigned char { En, De };

// One component, e.g. "both: Covenant of Mayors 2030, Former coalfield" or
// "no data: Bottrop has no goal tag in the data".
std::string describe_component(const Dataset& dataset, const Suggestion& suggestion, MatchComponent component,
                               ExplainLanguage language = ExplainLanguage::En);

// The whole suggestion: components that contribute, largest first, then the ones
// without data ("Shared challenges: both: ...; Network proximity: ...; no data: shared goals").
std::string describe_suggestion(const Dataset& dataset, const Suggestion& suggestion,
                                ExplainLanguage language = ExplainLanguage::En);

// Display label of a tag in a language (falls back to the other language, then the id).
const std::string& tag_label(const Dataset& dataset, TagIndex tag, ExplainLanguage language);

}  // namespace atlas
