// Notice banner (see notice_banner.h).
#include "notice_banner.h"

#include <imgui.h>

#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {
constexpr std::size_t kMaxProblemsListed = 20;
}

void draw_notice_banner(std::vector<std::string>& notices, std::vector<std::string>& data_problems) {
  if (notices.empty() && data_problems.empty()) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  float width = std::min(520.0f, viewport->WorkSize.x - 16.0f);
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - width - 8, viewport->WorkPos.y + 8));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin(tr(StringId::PanelNotices), nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_AlwaysAutoResize);
  for (const std::string& n : notices) ImGui::TextWrapped("%s", n.c_str());
  if (!data_problems.empty()) {
    ImGui::TextColored(theme::warning_text(), "%s: %zu", tr(StringId::DataProblems), data_problems.size());
    for (std::size_t i = 0; i < data_problems.size() && i < kMaxProblemsListed; ++i)
      ImGui::BulletText("%s", data_problems[i].c_str());
  }
  if (ImGui::Button(tr(StringId::Dismiss))) {
    notices.clear();
    data_problems.clear();
  }
  ImGui::End();
}

}  // namespace atlas::ui
