// Town inspector: the selected town's profile (population, Kreis or council, goals and
// challenges each with its source, inherited values marked with the council or county they
// come from), its existing partners (year, kind, status, confidence, sources, and what the two
// share today: goals, challenges, partners abroad) and its suggested partners with their
// explanations, and a button that opens the printable profile. Every town named is a link that selects it (and the globe flies there).
#pragma once

#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/match/partners_in_common.h"
#include "core/match/suggestion.h"

namespace atlas::ui {

struct InspectorModel {
  const Dataset& dataset;
  TownIndex town = kNoIndex;
  const std::vector<Suggestion>& suggestions;  // for this town, best first (may be empty)
  const std::vector<PartnerInCommon>& in_common;  // partners_in_common() for this town
  bool candidates_loading = false;             // no suggestions yet: the candidate places are on their way
  TownIndex jump_to = kNoIndex;                // out: a town link was clicked
  bool print_profile = false;                  // out: "print profile" clicked
};

void draw_inspector_panel(InspectorModel& model);

// "partnership" / "friendship" / ... and the other enums in the UI language.
const char* kind_label(PartnershipKind kind);
const char* status_label(PartnershipStatus status);
const char* confidence_label(Confidence confidence);

// What `town` and a partner share today, one line each for goals, challenges and partners
// abroad, in the UI language. An empty goal list reads "no shared goal recorded" unless
// both towns' goal lists are complete.
std::vector<std::string> shared_today_lines(const Dataset& dataset, TownIndex town, const PartnerInCommon& entry);

}  // namespace atlas::ui
