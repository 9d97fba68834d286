// The first-visit card: two sentences on what the map shows and three ways in (find your
// town, see suggested partners, explore the network). Shown over the globe on a plain first
// visit (core/welcome_rule.h); App remembers on the device that it was closed.
#pragma once

#include "scene/screen_rect.h"

namespace atlas::ui {

enum class WelcomeChoice { None, Close, FindTown, SuggestedPartners, ExploreNetwork };

// Draws the card centred in `globe_area` (CSS pixels) and returns what the visitor chose this
// frame: one of the three ways in, Close (its close button), or None. (Esc closes it too, as
// the key map's way back to the globe: App.)
WelcomeChoice draw_welcome_card(const ScreenRect& globe_area);

}  // namespace atlas::ui
