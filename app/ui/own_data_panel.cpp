// Own-data panel (see own_data_panel.h).
#include "own_data_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "item_rects.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {
// The problem's text; without the list of candidates unless they were asked for.
std::string problem_text(const OwnDataProblem& p, bool candidates) {
  if (candidates) return p.message;
  for (const char* marker : {"; closest: ", " places: "}) {
    const std::size_t at = p.message.find(marker);
    if (at == std::string::npos) continue;
    std::string out = p.message.substr(0, at + (marker[1] == 'p' ? 7 : 0));
    return p.row_dropped ? out + tr(StringId::OwnDataRowLeftOut) : out;
  }
  return p.message;
}

void draw_problem(const OwnDataProblem& p, bool candidates) {
  char where[96];
  if (p.row == 0) std::snprintf(where, sizeof where, "%s", tr(StringId::OwnDataWholeFile));
  else std::snprintf(where, sizeof where, tr(StringId::OwnDataRowColumnFormat), p.row, p.column.c_str());
  ImGui::TextColored(p.row_dropped ? theme::warning_text() : theme::highlight_text(), "%s", where);
  ImGui::SameLine();
  ImGui::TextWrapped("%s", problem_text(p, candidates).c_str());
}
}  // namespace

void draw_own_data_panel(OwnDataPanelModel& m) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, vp->WorkSize.x - 16.0f), 0.0f), ImGuiCond_Appearing);
  if (!ImGui::Begin(tr(StringId::OwnDataTitle), &m.open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  ImGui::TextWrapped(tr(StringId::OwnDataSummaryFormat), m.file_name.c_str(),
                     count_text(PluralId::Rows, m.data.links.size()).c_str(), m.resolved.links.size());
  if (m.data.refused) ImGui::TextColored(theme::warning_text(), "%s", tr(StringId::OwnDataRefused));
  if (m.pending) {
    if (ImGui::Button(tr(StringId::OwnDataMerge))) {
      m.chosen = true;
      m.mode = OwnDataMode::Merge;
    }
    note_item_rect("own-data-merge");
    ImGui::SameLine();
    if (ImGui::Button(tr(StringId::OwnDataReplace))) {
      m.chosen = true;
      m.mode = OwnDataMode::Replace;
    }
    ImGui::SameLine();
    m.discard = ImGui::Button(tr(StringId::OwnDataDiscard));
  }
  if (m.has_result)
    ImGui::TextWrapped(tr(StringId::OwnDataAppliedFormat), m.result.added, m.result.marked, m.result.removed);
  const std::size_t count = m.data.problems.size() + m.resolved.problems.size();
  if (count > 0) {
    char title[64];
    std::snprintf(title, sizeof title, tr(StringId::OwnDataProblemsFormat), count);
    ImGui::SeparatorText(title);
    ImGui::Checkbox(tr(StringId::OwnDataShowCandidates), &m.show_candidates);
    const float rows_height = ImGui::GetTextLineHeightWithSpacing() * (1.6f * float(count) + 0.5f);
    ImGui::BeginChild("own_data_problems", ImVec2(0.0f, std::min({rows_height, 320.0f, vp->WorkSize.y * 0.4f})));
    ImGui::PushTextWrapPos(0.0f);
    ImGuiListClipper clipper;  // a 100,000-row file may have as many problems
    clipper.Begin(static_cast<int>(count));
    while (clipper.Step())
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const std::size_t k = static_cast<std::size_t>(i);
        draw_problem(k < m.data.problems.size() ? m.data.problems[k] : m.resolved.problems[k - m.data.problems.size()],
                     m.show_candidates);
      }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
  }
  ImGui::End();
}

}  // namespace atlas::ui
