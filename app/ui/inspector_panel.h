// Town inspector: the selected town's profile (population, Kreis or council, goals and
// challenges each with its source, inherited values marked), its existing partners (year,
// kind, status, confidence, sources) and its suggested partners with their explanations.
// Every town named is a link that selects it (and the globe flies there).
#pragma once

#include <vector>

#include "core/dataset.h"
#include "core/match/suggestion.h"

namespace atlas::ui {

struct InspectorModel {
  const Dataset& dataset;
  TownIndex town = kNoIndex;
  const std::vector<Suggestion>& suggestions;  // for this town, best first (may be empty)
  TownIndex jump_to = kNoIndex;                // out: a town link was clicked
};

void draw_inspector_panel(InspectorModel& model);

// "partnership" / "friendship" / ... and the other enums in the UI language.
const char* kind_label(PartnershipKind kind);
const char* status_label(PartnershipStatus status);
const char* confidence_label(Confidence confidence);

}  // namespace atlas::ui
