// A dismissable banner at the top of the screen for things the user should know:
// parts of a shared link that were ignored, data records that were rejected.
#pragma once

#include <string>
#include <vector>

namespace atlas::ui {
void draw_notice_banner(std::vector<std::string>& notices, std::vector<std::string>& data_problems);
}
