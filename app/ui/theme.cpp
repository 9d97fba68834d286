// The panels' theme (see theme.h).
#include "theme.h"

#include <imgui_internal.h>  // FindRenderedTextEnd, RenderCheckMark: the marks ImGui's own widgets draw

#include <algorithm>
#include <cmath>

namespace atlas::ui::theme {

namespace {
constexpr float kFramePaddingY = 5.0f;  // the compact frames' (a mouse's) vertical padding
}

void apply(ImGuiStyle& style) {
  using namespace palette;
  style = ImGuiStyle();
  // Space: generous padding, clear gaps between groups, rounded but not bubbly.
  style.WindowPadding = ImVec2(14.0f, 12.0f);
  style.FramePadding = ImVec2(8.0f, kFramePaddingY);
  style.ItemSpacing = ImVec2(8.0f, 7.0f);
  style.ItemInnerSpacing = ImVec2(6.0f, 5.0f);
  style.CellPadding = ImVec2(6.0f, 4.0f);
  style.IndentSpacing = 18.0f;
  style.ScrollbarSize = 12.0f;
  style.GrabMinSize = 14.0f;
  style.SeparatorTextPadding = ImVec2(0.0f, 6.0f);
  style.SeparatorTextBorderSize = 1.0f;
  style.WindowRounding = 10.0f;
  style.ChildRounding = 8.0f;
  style.FrameRounding = 6.0f;
  style.PopupRounding = 8.0f;
  style.ScrollbarRounding = 6.0f;
  style.GrabRounding = 6.0f;
  style.TabRounding = 6.0f;
  style.WindowBorderSize = 0.0f;
  style.FrameBorderSize = 1.0f;
  style.PopupBorderSize = 1.0f;
  style.TabBorderSize = 0.0f;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = vec4(kText);
  c[ImGuiCol_TextDisabled] = vec4(kTextMuted);
  c[ImGuiCol_WindowBg] = vec4(kPanel);
  c[ImGuiCol_ChildBg] = vec4(kPanel, 0.0f);
  c[ImGuiCol_PopupBg] = vec4(kPanelRaised, 0.98f);
  c[ImGuiCol_Border] = vec4(kSeparator);
  c[ImGuiCol_BorderShadow] = vec4(kSeparator, 0.0f);
  c[ImGuiCol_FrameBg] = vec4(kPanelRaised);
  c[ImGuiCol_FrameBgHovered] = vec4(kPanelTint);
  c[ImGuiCol_FrameBgActive] = vec4(kPanelTintStrong);
  c[ImGuiCol_TitleBg] = vec4(kPanelTint);  // a quiet band above each panel
  c[ImGuiCol_TitleBgActive] = vec4(kPanelTint);
  c[ImGuiCol_TitleBgCollapsed] = vec4(kPanelTint);
  c[ImGuiCol_MenuBarBg] = vec4(kPanel);
  c[ImGuiCol_ScrollbarBg] = vec4(kPanel, 0.0f);
  c[ImGuiCol_ScrollbarGrab] = vec4(kSeparator);
  c[ImGuiCol_ScrollbarGrabHovered] = vec4(kButtonHover);
  c[ImGuiCol_ScrollbarGrabActive] = vec4(kTextMuted);
  c[ImGuiCol_CheckMark] = vec4(kAccent);
  c[ImGuiCol_SliderGrab] = vec4(kAccent, 0.85f);
  c[ImGuiCol_SliderGrabActive] = vec4(kAccent);
  c[ImGuiCol_Button] = vec4(kButton);
  c[ImGuiCol_ButtonHovered] = vec4(kButtonHover);
  c[ImGuiCol_ButtonActive] = vec4(kPanelTintStrong);
  c[ImGuiCol_Header] = vec4(kPanelTint);
  c[ImGuiCol_HeaderHovered] = vec4(kPanelTintStrong);
  c[ImGuiCol_HeaderActive] = vec4(kPanelTintStrong);
  c[ImGuiCol_Separator] = vec4(kSeparator);
  c[ImGuiCol_SeparatorHovered] = vec4(kAccent, 0.6f);
  c[ImGuiCol_SeparatorActive] = vec4(kAccent);
  c[ImGuiCol_ResizeGrip] = vec4(kSeparator, 0.0f);
  c[ImGuiCol_ResizeGripHovered] = vec4(kAccent, 0.4f);
  c[ImGuiCol_ResizeGripActive] = vec4(kAccent, 0.8f);
  c[ImGuiCol_Tab] = vec4(kButton);
  c[ImGuiCol_TabHovered] = vec4(kPanelTintStrong);
  c[ImGuiCol_TabActive] = vec4(kPanelTint);
  c[ImGuiCol_TabUnfocused] = vec4(kButton);
  c[ImGuiCol_TabUnfocusedActive] = vec4(kPanelTint);
  c[ImGuiCol_PlotLines] = vec4(kAccent);
  c[ImGuiCol_PlotLinesHovered] = vec4(kTextHighlight);
  c[ImGuiCol_PlotHistogram] = vec4(kAccent);
  c[ImGuiCol_PlotHistogramHovered] = vec4(kTextHighlight);
  c[ImGuiCol_TableHeaderBg] = vec4(kPanelTint);
  c[ImGuiCol_TableBorderStrong] = vec4(kSeparator);
  c[ImGuiCol_TableBorderLight] = vec4(kSeparator, 0.6f);
  c[ImGuiCol_TableRowBg] = vec4(kPanel, 0.0f);
  c[ImGuiCol_TableRowBgAlt] = vec4(kPanelTint, 0.5f);
  c[ImGuiCol_TextSelectedBg] = vec4(kAccent, 0.25f);
  c[ImGuiCol_DragDropTarget] = vec4(kAccent);
  c[ImGuiCol_NavHighlight] = vec4(kAccent, 0.0f);  // the focus ring is drawn by KeyInput (3 px, key_input.cpp)
  c[ImGuiCol_NavWindowingHighlight] = vec4(kAccent, 0.7f);
  c[ImGuiCol_NavWindowingDimBg] = vec4(kText, 0.2f);
  c[ImGuiCol_ModalWindowDimBg] = vec4(kSpace, 0.45f);
}

// [touch]
namespace {
bool g_touch = false;  // the screen is a touch screen (set_touch)
}

void set_touch(ImGuiStyle& style, bool on) {
  g_touch = on;
  apply(style);
  if (!on) return;
  // Frames (buttons, tabs, checkboxes, inputs, headers) as tall as a fingertip; the padding
  // rounds up so that the height is not a hair under the target.
  style.FramePadding.y = std::ceil((kTouchTarget - kBodyFontSize) * 0.5f);
  style.ScrollbarSize = 6.0f;  // a finger scrolls by dragging the content
  style.GrabMinSize = 24.0f;
}

bool touch() { return g_touch; }

float button_width(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + 2.0f * ImGui::GetStyle().FramePadding.x;
}

float small_button_width(const char* label) {
  // SmallButton keeps the x padding; a touch screen's is at least a fingertip ("+" was 29 px).
  const float padded = button_width(label);
  return g_touch ? std::max(kTouchTarget, padded) : padded;
}

void same_line_if_fits(float width) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right) ImGui::SameLine();
}

bool small_button(const char* label) {
  if (!g_touch) return ImGui::SmallButton(label);
  return ImGui::Button(label, ImVec2(small_button_width(label), 0.0f));
}

ImVec2 row_size(float width) {
  if (!g_touch) return ImVec2(width, 0.0f);
  // A Selectable's tap area is its size plus the item spacing around it.
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  return ImVec2(width, std::ceil(kTouchTarget - spacing));
}

// [checkbox and radio button]
namespace {
enum class Toggle { Box, Circle };

// On touch screens: a row as tall as a fingertip, the compact box or circle centred in its
// height, then the label. Returns true when tapped (or pressed by keyboard).
bool touch_toggle(const char* label, bool on, Toggle shape) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* label_end = ImGui::FindRenderedTextEnd(label);
  const ImVec2 text = ImGui::CalcTextSize(label, label_end);
  const float box = kBodyFontSize + 2.0f * kFramePaddingY;
  const float height = std::max(kTouchTarget, text.y);
  const float width = box + (label_end > label ? style.ItemInnerSpacing.x + text.x : 0.0f);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(label, ImVec2(width, height));
  const ImGuiCol frame_col = ImGui::IsItemActive()    ? ImGuiCol_FrameBgActive
                             : ImGui::IsItemHovered() ? ImGuiCol_FrameBgHovered
                                                      : ImGuiCol_FrameBg;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 b0(pos.x, pos.y + std::floor((height - box) * 0.5f));
  const ImVec2 b1(b0.x + box, b0.y + box);
  const ImU32 mark = ImGui::GetColorU32(ImGuiCol_CheckMark);
  const float pad = std::max(1.0f, std::trunc(box / 6.0f));  // the mark's inset, as in ImGui's own
  if (shape == Toggle::Circle) {
    const ImVec2 centre((b0.x + b1.x) * 0.5f, (b0.y + b1.y) * 0.5f);
    draw->AddCircleFilled(centre, box * 0.5f, ImGui::GetColorU32(frame_col));
    if (style.FrameBorderSize > 0.0f)
      draw->AddCircle(centre, box * 0.5f, ImGui::GetColorU32(ImGuiCol_Border), 0, style.FrameBorderSize);
    if (on) draw->AddCircleFilled(centre, box * 0.5f - pad, mark);
  } else {
    draw->AddRectFilled(b0, b1, ImGui::GetColorU32(frame_col), style.FrameRounding);
    if (style.FrameBorderSize > 0.0f)
      draw->AddRect(b0, b1, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
    if (on) ImGui::RenderCheckMark(draw, ImVec2(b0.x + pad, b0.y + pad), mark, box - 2.0f * pad);
  }
  if (label_end > label)
    draw->AddText(ImVec2(b1.x + style.ItemInnerSpacing.x, pos.y + std::floor((height - text.y) * 0.5f)),
                  ImGui::GetColorU32(ImGuiCol_Text), label, label_end);
  return pressed;
}
}  // namespace

bool checkbox(const char* label, bool* value) {
  if (!g_touch) return ImGui::Checkbox(label, value);
  if (!touch_toggle(label, *value, Toggle::Box)) return false;
  *value = !*value;
  return true;
}

bool radio_button(const char* label, bool active) {
  return g_touch ? touch_toggle(label, active, Toggle::Circle) : ImGui::RadioButton(label, active);
}

bool radio_button(const char* label, int* value, int button_value) {
  if (!radio_button(label, *value == button_value)) return false;
  *value = button_value;
  return true;
}

}  // namespace atlas::ui::theme
