// Notice banner (see notice_banner.h).
#include "notice_banner.h"

#include <imgui.h>

#include <algorithm>

#include "item_rects.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {
constexpr std::size_t kMaxProblemsListed = 20;
constexpr float kMargin = 8.0f;
constexpr float kMinHeight = 96.0f;  // the button and two lines of text
}

void draw_notice_banner(std::vector<std::string>& notices, std::vector<std::string>& data_problems,
                        const ScreenRect& globe_area) {
  if (notices.empty() && data_problems.empty()) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(520.0f, globe_area.x1 - globe_area.x0 - 2 * kMargin);
  const float max_height = globe_area.y1 - globe_area.y0 - 2 * kMargin;
  // A phone's sheet pulled up to full leaves no room: the notices wait, undismissed, until it
  // comes down again, instead of covering the handle that brings it down.
  if (max_height < kMinHeight) return;
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + globe_area.x1 - width - kMargin,
                                 viewport->WorkPos.y + globe_area.y0 + kMargin));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, max_height));
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin(tr(StringId::PanelNotices), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_AlwaysAutoResize);
  note_window_rect("notice-banner");
  // First, so that it is in reach however long the list below (a finger cannot wheel-scroll).
  const bool dismissed = ImGui::Button(tr(StringId::Dismiss));
  note_item_rect("notice-dismiss");
  for (const std::string& n : notices) ImGui::TextWrapped("%s", n.c_str());
  if (!data_problems.empty()) {
    ImGui::TextColored(theme::warning_text(), "%s: %zu", tr(StringId::DataProblems), data_problems.size());
    for (std::size_t i = 0; i < data_problems.size() && i < kMaxProblemsListed; ++i)
      ImGui::BulletText("%s", data_problems[i].c_str());
  }
  ImGui::End();
  if (dismissed) {
    notices.clear();
    data_problems.clear();
  }
}

}  // namespace atlas::ui
