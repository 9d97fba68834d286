// A one-page profile of a town for a council meeting (the app's "print profile" and `atlas
// profile`): its facts with their sources, its partners and what each pair shares today, and
// its top suggestions with their reasons and the weights used. Written as JSON by core so that
// the printable page (web/profile.html) only lays it out; every string is data, never markup.
#pragma once

#include <nlohmann/json.hpp>

#include "core/dataset.h"
#include "match_engine.h"
#include "match_explanation.h"

namespace atlas {

constexpr int kTownProfileVersion = 1;

nlohmann::json town_profile_json(const MatchEngine& engine, TownIndex town, PoolKind pool, const MatchWeights& weights,
                                 std::size_t top, ExplainLanguage language);

}  // namespace atlas
