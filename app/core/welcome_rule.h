// When the first-visit card may show: only on a plain visit. A link that already says what to
// show (a selection, a filter, weights, "my town", a tour or kiosk mode: anything in AppState
// but the camera and the language) goes straight to it. The camera alone does not count: the
// app writes it into the address on every visit, so a reload or a bookmark of the start page
// carries one; nor does the language, which comes from the device or the browser.
#pragma once

#include "app_state.h"

namespace atlas {

// True when `state` is the default state apart from its camera and language.
bool plain_visit(const AppState& state);

}  // namespace atlas
