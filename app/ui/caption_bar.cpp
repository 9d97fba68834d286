// Caption bar (see caption_bar.h).
#include "caption_bar.h"

#include <imgui.h>

#include <cstdio>

#include "overview_panel.h"
#include "ui_strings.h"

namespace atlas::ui {

void draw_caption_bar(const CaptionBarModel& m) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const bool narrow = vp->WorkSize.x < kNarrowScreen;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + vp->WorkSize.y), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x, 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.9f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(narrow ? 14.0f : 28.0f, narrow ? 10.0f : 14.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoNav |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;
  if (ImGui::Begin("##caption_bar", nullptr, flags)) {
    ImGui::SetWindowFontScale(narrow ? 1.2f : 1.7f);
    char counter[64] = "";
    if (m.stops > 0) std::snprintf(counter, sizeof counter, tr(StringId::TourStopOfFormat), m.stop, m.stops);
    if (m.paused) std::snprintf(counter, sizeof counter, "%s", tr(StringId::KioskPaused));
    // The counter at the right of the first line, the caption wrapped beside it.
    const ImVec2 start = ImGui::GetCursorPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float counter_w = counter[0] ? ImGui::CalcTextSize(counter).x : 0.0f;
    if (counter[0]) {
      ImGui::SetCursorPosX(start.x + width - counter_w);
      ImGui::TextColored(ImVec4(1.0f, 0.85f, 0.55f, 1.0f), "%s", counter);
      ImGui::SetCursorPos(start);
    }
    ImGui::PushTextWrapPos(start.x + width - (counter[0] ? counter_w + 24.0f : 0.0f));
    ImGui::TextUnformatted(m.caption.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace atlas::ui
