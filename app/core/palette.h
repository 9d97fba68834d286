// The app's colours as plain values (sRGB, 8 bits per channel), with no GL or ImGui, so that
// one native test (tests/unit/palette_test.cpp) can check them: the map's semantic colours
// stay at least 10 apart in CIEDE2000 under normal vision and simulated protanopia,
// deuteranopia and tritanopia, and text keeps a WCAG contrast of at least 4.5:1. The scene,
// the renderers, the legend, the node-link view and the theme (app/ui/theme.cpp) take their
// colours from here; alphas and widths stay with what draws.
#pragma once

#include <cstdint>

namespace atlas::palette {

struct Rgb8 {
  std::uint8_t r, g, b;
};
constexpr bool operator==(Rgb8 a, Rgb8 b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

// [SECTION] the map: towns by where they are (told apart from each other)
constexpr Rgb8 kTownNrw{240, 160, 40};         // orange
constexpr Rgb8 kTownUk{90, 185, 235};          // sky blue
constexpr Rgb8 kTownElsewhere{188, 188, 196};  // cool grey: context

// [SECTION] the map: links by what is known (told apart from each other)
constexpr Rgb8 kLinkExisting{255, 196, 90};     // amber, solid: confirmed by two sources
constexpr Rgb8 kLinkUnverified{230, 225, 215};  // pale stone, dashed: one source or unverified
constexpr Rgb8 kLinkSuggested{0, 190, 150};     // bluish green: suggested partners
constexpr Rgb8 kLinkOwnData{86, 150, 240};      // blue: a council's own list
constexpr Rgb8 kLinkContext{204, 189, 242};     // faint lavender: NRW's partnerships elsewhere

// [SECTION] the map: labels over the globe (a dark halo around light text)
constexpr Rgb8 kLabelFocus{255, 255, 255};
constexpr Rgb8 kLabelNrw{255, 226, 180};
constexpr Rgb8 kLabelOther{200, 238, 245};
constexpr Rgb8 kLabelHalo{4, 10, 22};
constexpr float kLabelHaloAlpha = 210.0f / 255.0f;
constexpr Rgb8 kSpace{11, 19, 32};  // behind the globe

// [SECTION] the panels: a light sidebar
constexpr Rgb8 kPanel{248, 249, 251};        // panel background
constexpr Rgb8 kPanelRaised{255, 255, 255};  // input fields, popups, tooltips
constexpr Rgb8 kPanelTint{232, 238, 246};    // headers, selected rows and tabs
constexpr Rgb8 kPanelTintStrong{214, 226, 242};
constexpr Rgb8 kButton{226, 231, 238};
constexpr Rgb8 kButtonHover{214, 223, 236};
constexpr Rgb8 kSeparator{214, 219, 227};
constexpr Rgb8 kText{28, 36, 48};           // body text
constexpr Rgb8 kTextMuted{78, 90, 106};     // hints, secondary lines
constexpr Rgb8 kAccent{26, 88, 160};        // checks, slider grabs, focus, links
constexpr Rgb8 kTextHighlight{140, 70, 0};  // a figure or name to notice (counts, keys)
constexpr Rgb8 kTextWarning{168, 45, 18};   // a problem to fix
constexpr Rgb8 kTextInherited{100, 88, 36};
constexpr Rgb8 kTextOwnData{18, 92, 150};
// The match score's components (goals, challenges, size, ...; MatchComponent order): slider
// grabs, score bars and their names in the tooltip.
constexpr Rgb8 kScoreComponents[6] = {{46, 125, 50}, {170, 82, 0},   {21, 101, 192},
                                      {123, 31, 162}, {0, 117, 136}, {97, 97, 97}};
// Overlay windows over the globe (legend, toolbar) are nearly opaque: their text is checked
// against the panel colour over the dark space at this opacity.
constexpr float kOverlayAlpha = 0.94f;

}  // namespace atlas::palette
