// The look of the panels: one place for the sidebar's colours (the values live in
// core/palette.h, where a native test checks their contrast), spacing, rounding and type
// sizes. A public map's quiet, light sidebar with one accent colour, generous padding and
// readable type, not an IDE.
#pragma once

#include <imgui.h>

#include "core/palette.h"

namespace atlas::ui::theme {

// Type sizes in CSS pixels: body text (the font atlas is built at this size) and the place
// names on the globe.
constexpr float kBodyFontSize = 15.0f;
constexpr float kLabelFontSize = 13.0f;

// Sets `style` to the theme (colours, padding, spacing, rounding, borders).
void apply(ImGuiStyle& style);

// [touch] On touch screens every button, tab, checkbox and list row is at least kTouchTarget
// CSS pixels tall (a fingertip's size), and a small button as wide. set_touch applies the
// theme with or without that.
constexpr float kTouchTarget = 44.0f;
void set_touch(ImGuiStyle& style, bool on);
bool touch();
// A small button: ImGui's SmallButton, or on touch screens a button of full tap height and
// at least as wide.
bool small_button(const char* label);
// The width ImGui::Button gives `label` (its text and the frame's padding), and the width
// small_button gives it.
float button_width(const char* label);
float small_button_width(const char* label);
// Keeps the next item, `width` wide, on the line of the last one when it fits in the window;
// else it starts a line (a row of buttons that wraps on a narrow panel).
void same_line_if_fits(float width);
// The size to give a list row (ImGui::Selectable): its text's height, or a tap's on touch screens.
ImVec2 row_size(float width = 0.0f);
// A checkbox and a radio button, ImGui's own with a mouse. On touch screens the whole row is a
// kTouchTarget-tall tap area while the box or circle keeps the compact size (ImGui's would grow
// with the frame into a 44 px square or circle). Same IDs, keyboard focus and results as ImGui's.
bool checkbox(const char* label, bool* value);
bool radio_button(const char* label, bool active);
bool radio_button(const char* label, int* value, int button_value);

inline ImVec4 vec4(palette::Rgb8 c, float alpha = 1.0f) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha); }
inline ImU32 u32(palette::Rgb8 c, float alpha = 1.0f) { return IM_COL32(c.r, c.g, c.b, int(alpha * 255.0f + 0.5f)); }

// Text colours for panel code (ImGui::TextColored): what to notice, a problem, a value
// inherited from a council, a council's own data.
inline ImVec4 highlight_text() { return vec4(palette::kTextHighlight); }
inline ImVec4 warning_text() { return vec4(palette::kTextWarning); }
inline ImVec4 inherited_text() { return vec4(palette::kTextInherited); }
inline ImVec4 own_data_text() { return vec4(palette::kTextOwnData); }
inline ImVec4 link_text() { return vec4(palette::kAccent); }

}  // namespace atlas::ui::theme
