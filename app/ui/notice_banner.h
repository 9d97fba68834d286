// A dismissable banner at the top of the globe for things the user should know:
// parts of a shared link that were ignored, data records that were rejected.
#pragma once

#include <string>
#include <vector>

#include "scene/screen_rect.h"

namespace atlas::ui {
// Drawn in the top-right corner of `globe_area` and no taller than it (it scrolls), so that on
// a phone it stays above the bottom sheet instead of covering the sheet's handle; while the
// sheet is pulled up to full it waits.
void draw_notice_banner(std::vector<std::string>& notices, std::vector<std::string>& data_problems,
                        const ScreenRect& globe_area);
}
