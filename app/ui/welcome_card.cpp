// The first-visit card (see welcome_card.h).
#include "welcome_card.h"

#include <imgui.h>

#include <algorithm>

#include "item_rects.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {
constexpr float kMaxWidth = 460.0f;
constexpr float kMargin = 12.0f;
constexpr float kButtonHeight = 44.0f;  // a comfortable tap target

bool way_in(StringId label, const char* rect_name) {
  const bool clicked = ImGui::Button(tr(label), ImVec2(-1.0f, kButtonHeight));
  note_item_rect(rect_name);
  return clicked;
}
}  // namespace

WelcomeChoice draw_welcome_card(const ScreenRect& area) {
  const float width = std::min(kMaxWidth, area.x1 - area.x0 - 2.0f * kMargin);
  ImGui::SetNextWindowPos(ImVec2((area.x0 + area.x1) * 0.5f, (area.y0 + area.y1) * 0.5f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);  // height: fits the content
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(22.0f, 18.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
  bool open = true;
  WelcomeChoice choice = WelcomeChoice::None;
  if (ImGui::Begin(tr(StringId::WelcomeTitle), &open,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                       ImGuiWindowFlags_NoSavedSettings)) {
    note_window_rect("welcome");
    ImGui::TextWrapped("%s", tr(StringId::WelcomeText));
    ImGui::Spacing();
    if (way_in(StringId::WelcomeFindTown, "welcome-find")) choice = WelcomeChoice::FindTown;
    if (way_in(StringId::WelcomeSuggestedPartners, "welcome-suggested")) choice = WelcomeChoice::SuggestedPartners;
    if (way_in(StringId::WelcomeExploreNetwork, "welcome-network")) choice = WelcomeChoice::ExploreNetwork;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", tr(StringId::WelcomeCloseHint));
    ImGui::PopStyleColor();
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
  if (choice == WelcomeChoice::None && !open) choice = WelcomeChoice::Close;
  return choice;
}

}  // namespace atlas::ui
