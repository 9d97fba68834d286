// The phone's bottom sheet (see bottom_sheet_panel.h).
#include "bottom_sheet_panel.h"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: a drag that scrolls is no press on a button

#include <algorithm>
#include <cmath>

#include "item_rects.h"
#include "theme.h"

namespace atlas::ui {

namespace {

constexpr float kTapSlop = 10.0f;  // CSS px a handle press may move and still be a tap

void draw_handle(BottomSheet& sheet, const char* title, float screen_h, float width) {
  ImGuiIO& io = ImGui::GetIO();
  const float bar_h = sheet_stop_height(SheetStop::Collapsed, screen_h);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##sheet_handle", ImVec2(width, bar_h));
  note_item_rect("sheet-handle");
  if (ImGui::IsItemActivated()) sheet.begin_drag(screen_h);
  if (ImGui::IsItemActive()) sheet.drag(io.MouseDelta.y, io.DeltaTime);  // still frames slow the flick down
  if (ImGui::IsItemDeactivated()) {
    if (std::sqrt(io.MouseDragMaxDistanceSqr[0]) <= kTapSlop) sheet.tap();
    else sheet.release(screen_h);
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cx = top.x + width * 0.5f;
  const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
  dl->AddRectFilled(ImVec2(cx - 22.0f, top.y + 8.0f), ImVec2(cx + 22.0f, top.y + 13.0f),
                    theme::u32(hot ? palette::kAccent : palette::kSeparator), 3.0f);
  const ImVec2 size = ImGui::CalcTextSize(title);
  const float x = std::max(top.x + 14.0f, cx - size.x * 0.5f);
  dl->PushClipRect(ImVec2(top.x + 14.0f, top.y), ImVec2(top.x + width - 14.0f, top.y + bar_h), true);
  dl->AddText(ImVec2(x, top.y + 24.0f), ImGui::GetColorU32(ImGuiCol_Text), title);
  dl->PopClipRect();
  dl->AddLine(ImVec2(top.x, top.y + bar_h - 1.0f), ImVec2(top.x + width, top.y + bar_h - 1.0f),
              theme::u32(palette::kSeparator));
}

// Touch screens: a mostly vertical finger drag over the body scrolls it.
void scroll_by_touch() {
  ImGuiIO& io = ImGui::GetIO();
  if (io.MouseSource != ImGuiMouseSource_TouchScreen || !ImGui::IsMouseDragging(ImGuiMouseButton_Left, kTapSlop)) return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
  const ImVec2 total = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, kTapSlop);
  if (std::abs(total.y) <= std::abs(total.x)) return;  // sideways: a slider's drag
  ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
  ImGui::ClearActiveID();
}

}  // namespace

void draw_bottom_sheet(BottomSheet& sheet, const char* title, const std::function<void()>& body) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float w = vp->WorkSize.x, h = vp->WorkSize.y;
  const float sheet_h = sheet.height(h);
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x, vp->WorkPos.y + h - sheet_h));
  ImGui::SetNextWindowSize(ImVec2(w, sheet_h));
  ImGui::SetNextWindowBgAlpha(1.0f);  // opaque: the globe is not drawn beneath (globe_area)
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
  ImGui::Begin("##bottom_sheet", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  note_window_rect("sheet");
  draw_handle(sheet, title, h, w);
  const float body_h = sheet_h - sheet_stop_height(SheetStop::Collapsed, h);
  if (body_h > 1.0f) {
    ImGui::SetCursorPos(ImVec2(0.0f, sheet_stop_height(SheetStop::Collapsed, h)));
    ImGui::BeginChild("##sheet_body", ImVec2(w, body_h), ImGuiChildFlags_AlwaysUseWindowPadding);
    body();
    scroll_by_touch();
    ImGui::EndChild();
  }
  ImGui::End();
}

}  // namespace atlas::ui
