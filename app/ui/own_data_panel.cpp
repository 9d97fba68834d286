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

StringId issue_text(OwnDataIssue issue) {
  switch (issue) {
    case OwnDataIssue::FileTooLarge: return StringId::OwnIssueFileTooLarge;
    case OwnDataIssue::EmptyFile: return StringId::OwnIssueEmptyFile;
    case OwnDataIssue::NoHeader: return StringId::OwnIssueNoHeader;
    case OwnDataIssue::TooManyRows: return StringId::OwnIssueTooManyRows;
    case OwnDataIssue::BadJson: return StringId::OwnIssueBadJson;
    case OwnDataIssue::NotAnOwnDataObject: return StringId::OwnIssueNotAnOwnDataObject;
    case OwnDataIssue::TooManyLinks: return StringId::OwnIssueTooManyLinks;
    case OwnDataIssue::UnknownColumn: return StringId::OwnIssueUnknownColumn;
    case OwnDataIssue::SecondColumn: return StringId::OwnIssueSecondColumn;
    case OwnDataIssue::ExtraFields: return StringId::OwnIssueExtraFields;
    case OwnDataIssue::LinkNotObject: return StringId::OwnIssueLinkNotObject;
    case OwnDataIssue::NotAString: return StringId::OwnIssueNotAString;
    case OwnDataIssue::BadYear: return StringId::OwnIssueBadYear;
    case OwnDataIssue::BadKind: return StringId::OwnIssueBadKind;
    case OwnDataIssue::BadStatus: return StringId::OwnIssueBadStatus;
    case OwnDataIssue::NoTown: return StringId::OwnIssueNoTown;
    case OwnDataIssue::NoPartner: return StringId::OwnIssueNoPartner;
    case OwnDataIssue::UnknownCountry: return StringId::OwnIssueUnknownCountry;
    case OwnDataIssue::AmbiguousName: return StringId::OwnIssueAmbiguousName;
    case OwnDataIssue::UnknownName: return StringId::OwnIssueUnknownName;
    case OwnDataIssue::SelfPartner: return StringId::OwnIssueSelfPartner;
  }
  return StringId::OwnIssueEmptyFile;
}

// The places to choose from for a name: one small button each.
void draw_candidates(OwnDataPanelModel& m, const OwnDataProblem& p) {
  ImGui::Indent();
  ImGui::TextDisabled("%s", tr(StringId::OwnDataChoose));
  for (std::size_t k = 0; k < p.candidates.size(); ++k) {
    const TownIndex t = p.candidates[k];
    if (t >= m.dataset.towns.size()) continue;
    const std::string label = candidate_label(m.dataset, t) + "##" + std::to_string(k);
    theme::same_line_if_fits(theme::small_button_width(label.c_str()));
    if (theme::small_button(label.c_str())) {
      m.picked = true;
      m.picked_row = p.row;
      m.picked_column = p.column;
      m.picked_town = t;
    }
    note_item_rect(("own-data-choose-" + std::to_string(p.row) + "-" + p.column + "-" + std::to_string(k)).c_str());
  }
  ImGui::Unindent();
}

void draw_problem(OwnDataPanelModel& m, const OwnDataProblem& p) {
  ImGui::PushID(&p);
  char where[96];
  if (p.row == 0) std::snprintf(where, sizeof where, "%s", tr(StringId::OwnDataWholeFile));
  else std::snprintf(where, sizeof where, tr(StringId::OwnDataRowColumnFormat), p.row, p.column.c_str());
  ImGui::TextColored(p.row_dropped ? theme::warning_text() : theme::highlight_text(), "%s", where);
  ImGui::SameLine();
  ImGui::TextWrapped("%s", own_data_problem_text(p).c_str());
  // An ambiguous name always offers its places; an unknown one its closest names when asked.
  const bool offer = p.issue == OwnDataIssue::AmbiguousName || (p.issue == OwnDataIssue::UnknownName && m.show_candidates);
  if (offer && !m.has_result && !p.candidates.empty()) draw_candidates(m, p);
  ImGui::PopID();
}

}  // namespace

std::string own_data_problem_text(const OwnDataProblem& p) {
  std::string out = tr(issue_text(p.issue));
  for (std::size_t i = 0; i < p.args.size() && i < 10; ++i) {
    const std::string slot = "{" + std::to_string(i) + "}";
    for (std::size_t at = out.find(slot); at != std::string::npos; at = out.find(slot, at + p.args[i].size()))
      out.replace(at, slot.size(), p.args[i]);
  }
  return out;
}

void draw_own_data_panel(OwnDataPanelModel& m) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, vp->WorkSize.x - 16.0f), 0.0f), ImGuiCond_Appearing);
  if (!ImGui::Begin(tr(StringId::OwnDataTitle), &m.open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  note_close_button_rect("own-data-close");
  ImGui::TextWrapped(tr(StringId::OwnDataSummaryFormat), m.file_name.c_str(),
                     count_text(PluralId::Rows, m.data.links.size()).c_str(), m.resolved.links.size());
  if (m.data.refused) ImGui::TextColored(theme::warning_text(), "%s", tr(StringId::OwnDataRefused));
  if (!m.last_choice.empty()) ImGui::TextWrapped("%s", m.last_choice.c_str());
  if (m.pending) {
    if (ImGui::Button(tr(StringId::OwnDataMerge))) {
      m.chosen = true;
      m.mode = OwnDataMode::Merge;
    }
    note_item_rect("own-data-merge");
    theme::same_line_if_fits(theme::button_width(tr(StringId::OwnDataReplace)));
    if (ImGui::Button(tr(StringId::OwnDataReplace))) {
      m.chosen = true;
      m.mode = OwnDataMode::Replace;
    }
    note_item_rect("own-data-replace");
    theme::same_line_if_fits(theme::button_width(tr(StringId::OwnDataDiscard)));
    m.discard = ImGui::Button(tr(StringId::OwnDataDiscard));
    note_item_rect("own-data-discard");
  }
  if (m.has_result)
    ImGui::TextWrapped(tr(StringId::OwnDataAppliedFormat), m.result.added, m.result.marked, m.result.removed);
  const std::size_t count = m.data.problems.size() + m.resolved.problems.size();
  if (count > 0) {
    char title[64];
    std::snprintf(title, sizeof title, tr(StringId::OwnDataProblemsFormat), count);
    ImGui::SeparatorText(title);
    theme::checkbox(tr(StringId::OwnDataShowCandidates), &m.show_candidates);
    auto problem = [&](std::size_t k) -> const OwnDataProblem& {
      return k < m.data.problems.size() ? m.data.problems[k] : m.resolved.problems[k - m.data.problems.size()];
    };
    // A short list is drawn whole (its rows differ in height: places to choose from); a long
    // one (a 100,000-row file may have as many problems) through a clipper.
    constexpr std::size_t kDrawnWhole = 200;
    float lines = 1.6f * float(count) + 0.5f;
    if (count <= kDrawnWhole)
      for (std::size_t k = 0; k < count; ++k) lines += problem(k).candidates.empty() ? 0.0f : 2.6f;
    const float rows_height = ImGui::GetTextLineHeightWithSpacing() * lines;
    ImGui::BeginChild("own_data_problems", ImVec2(0.0f, std::min({rows_height, 320.0f, vp->WorkSize.y * 0.4f})));
    ImGui::PushTextWrapPos(0.0f);
    if (count <= kDrawnWhole) {
      for (std::size_t k = 0; k < count; ++k) draw_problem(m, problem(k));
    } else {
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(count));
      while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) draw_problem(m, problem(static_cast<std::size_t>(i)));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
  }
  ImGui::End();
}

}  // namespace atlas::ui
