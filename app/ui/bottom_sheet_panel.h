// The phone's bottom sheet (core/bottom_sheet.h): a handle bar with a grip and a title (the
// selection's name) that is dragged or tapped to pull the sheet up and down, and the panels
// below it. A vertical finger drag in the body scrolls it (ImGui scrolls only by wheel).
#pragma once

#include <functional>

#include "core/bottom_sheet.h"

namespace atlas::ui {

void draw_bottom_sheet(BottomSheet& sheet, const char* title, const std::function<void()>& body);

}  // namespace atlas::ui
