// "About the data" panel (see about_panel.h).
#include "about_panel.h"

#include <imgui.h>

namespace atlas::ui {

void draw_about_panel(const Dataset& dataset) {
  for (const Source& s : dataset.sources) {
    ImGui::PushID(&s);
    ImGui::TextWrapped("%s", s.title.c_str());
    if (!s.licence.empty()) ImGui::TextDisabled("%s", s.licence.c_str());
    if (!s.attribution.empty()) ImGui::TextWrapped("%s", s.attribution.c_str());
    if (!s.url.empty()) ImGui::TextDisabled("%s", s.url.c_str());
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace atlas::ui
