// The palette (core/palette.h) for everyone: colours that must be told apart stay at least
// 10 apart in CIEDE2000 under normal vision and simulated protanopia, deuteranopia and
// tritanopia (Machado et al. 2009, severity 1.0); text keeps a WCAG contrast of at least
// 4.5:1 on the panels and on the labels' halo over the globe. The colour science itself is
// checked first against published values, so that these checks can fail.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "colour_science.h"
#include "core/palette.h"

namespace atlas {
namespace {

using colour::Vision;
using palette::Rgb8;

constexpr double kMinDifference = 10.0;  // CIEDE2000
constexpr double kMinContrast = 4.5;     // WCAG 2.x, normal-size text

struct Named {
  const char* name;
  Rgb8 colour;
};

void expect_apart(const std::vector<Named>& colours, Vision v) {
  for (std::size_t i = 0; i < colours.size(); ++i)
    for (std::size_t j = i + 1; j < colours.size(); ++j) {
      const double d = colour::difference_seen(v, colours[i].colour, colours[j].colour);
      EXPECT_GE(d, kMinDifference) << colours[i].name << " vs " << colours[j].name << " under "
                                   << colour::vision_name(v);
    }
}

const std::vector<Named>& town_colours() {
  static const std::vector<Named> k{
      {"NRW", palette::kTownNrw}, {"UK", palette::kTownUk}, {"elsewhere", palette::kTownElsewhere}};
  return k;
}
const std::vector<Named>& link_colours() {
  static const std::vector<Named> k{{"existing", palette::kLinkExisting},
                                    {"unverified", palette::kLinkUnverified},
                                    {"suggested", palette::kLinkSuggested},
                                    {"own data", palette::kLinkOwnData}};
  return k;
}

// [SECTION] the colour science against published values

TEST(ColourScience, SrgbRoundTripsThroughLinear) {
  for (int v = 0; v <= 255; ++v) EXPECT_NEAR(colour::linear_to_srgb(colour::srgb_to_linear(v / 255.0)), v / 255.0, 1e-9);
  EXPECT_NEAR(colour::srgb_to_linear(0.5), 0.214041, 1e-6);
}

TEST(ColourScience, LabOfWhiteGreyAndRed) {
  colour::Vec3 white = colour::linear_to_lab(colour::to_linear({255, 255, 255}));
  EXPECT_NEAR(white[0], 100.0, 1e-3);
  EXPECT_NEAR(white[1], 0.0, 1e-2);
  EXPECT_NEAR(white[2], 0.0, 1e-2);
  // sRGB red is L* 53.24, a* 80.09, b* 67.20 (D65).
  colour::Vec3 red = colour::linear_to_lab(colour::to_linear({255, 0, 0}));
  EXPECT_NEAR(red[0], 53.24, 0.02);
  EXPECT_NEAR(red[1], 80.09, 0.05);
  EXPECT_NEAR(red[2], 67.20, 0.05);
}

// Rows of Sharma, Wu and Dalal (2005), Table 1: the CIEDE2000 test data, including the
// hue-angle edge cases (rows 13 and 15) that naive implementations get wrong.
TEST(ColourScience, Ciede2000MatchesSharmaTestPairs) {
  struct Pair {
    int row;
    colour::Vec3 a, b;
    double expected;
  };
  const Pair pairs[] = {
      {1, {50.0, 2.6772, -79.7751}, {50.0, 0.0, -82.7485}, 2.0425},
      {2, {50.0, 3.1571, -77.2803}, {50.0, 0.0, -82.7485}, 2.8615},
      {7, {50.0, 0.0, 0.0}, {50.0, -1.0, 2.0}, 2.3669},
      {13, {50.0, 2.49, -0.001}, {50.0, -2.49, 0.0009}, 7.1792},
      {15, {50.0, 2.49, -0.001}, {50.0, -2.49, 0.0011}, 7.2195},
      {17, {50.0, 2.5, 0.0}, {73.0, 25.0, -18.0}, 27.1492},
      {18, {50.0, 2.5, 0.0}, {61.0, -5.0, 29.0}, 22.8977},
      {25, {60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644},
      {34, {2.0776, 0.0795, -1.1350}, {0.9033, -0.0636, -0.5514}, 0.9082},
  };
  for (const Pair& p : pairs) {
    EXPECT_NEAR(colour::ciede2000(p.a, p.b), p.expected, 1e-4) << "row " << p.row;
    EXPECT_NEAR(colour::ciede2000(p.b, p.a), p.expected, 1e-4) << "row " << p.row << " swapped";
  }
}

TEST(ColourScience, MachadoSimulationKeepsGreysAndMergesRedGreen) {
  for (Vision v : {Vision::Protanopia, Vision::Deuteranopia, Vision::Tritanopia}) {
    colour::Vec3 white = colour::simulate(v, colour::to_linear({255, 255, 255}));
    for (double c : white) EXPECT_NEAR(c, 1.0, 2e-3) << colour::vision_name(v);
  }
  // A red and a green of similar lightness, far apart for normal vision, come close for
  // red-green deficiencies but not for tritanopia.
  const Rgb8 red{200, 90, 60}, green{110, 140, 50};
  EXPECT_GT(colour::difference_seen(Vision::Normal, red, green), 30.0);
  EXPECT_LT(colour::difference_seen(Vision::Deuteranopia, red, green), 5.0);
  EXPECT_LT(colour::difference_seen(Vision::Protanopia, red, green), 15.0);
  EXPECT_GT(colour::difference_seen(Vision::Tritanopia, red, green), 20.0);
}

TEST(ColourScience, WcagContrastOfBlackOnWhiteIs21) {
  EXPECT_NEAR(colour::contrast_ratio(colour::to_linear({0, 0, 0}), colour::to_linear({255, 255, 255})), 21.0, 1e-9);
  // #777 on white is the classic just-failing grey (4.48:1).
  EXPECT_NEAR(colour::contrast_ratio(colour::to_linear({119, 119, 119}), colour::to_linear({255, 255, 255})), 4.48,
              0.01);
}

// [SECTION] the map's colours apart, for every viewer

TEST(Palette, TownColoursApartForNormalVision) { expect_apart(town_colours(), Vision::Normal); }
TEST(Palette, TownColoursApartUnderProtanopia) { expect_apart(town_colours(), Vision::Protanopia); }
TEST(Palette, TownColoursApartUnderDeuteranopia) { expect_apart(town_colours(), Vision::Deuteranopia); }
TEST(Palette, TownColoursApartUnderTritanopia) { expect_apart(town_colours(), Vision::Tritanopia); }
TEST(Palette, LinkColoursApartForNormalVision) { expect_apart(link_colours(), Vision::Normal); }
TEST(Palette, LinkColoursApartUnderProtanopia) { expect_apart(link_colours(), Vision::Protanopia); }
TEST(Palette, LinkColoursApartUnderDeuteranopia) { expect_apart(link_colours(), Vision::Deuteranopia); }
TEST(Palette, LinkColoursApartUnderTritanopia) { expect_apart(link_colours(), Vision::Tritanopia); }

// [SECTION] text contrast

const std::vector<Named>& panel_texts() {
  static const std::vector<Named> k{{"text", palette::kText},
                                    {"muted text", palette::kTextMuted},
                                    {"accent", palette::kAccent},
                                    {"highlight", palette::kTextHighlight},
                                    {"warning", palette::kTextWarning},
                                    {"inherited", palette::kTextInherited},
                                    {"own data", palette::kTextOwnData}};
  return k;
}

void expect_readable_on(const colour::Vec3& background, const char* where) {
  for (const Named& t : panel_texts())
    EXPECT_GE(colour::contrast_ratio(colour::to_linear(t.colour), background), kMinContrast) << t.name << " on " << where;
}

TEST(Palette, PanelTextReadableOnPanelBackgrounds) {
  expect_readable_on(colour::to_linear(palette::kPanel), "the panel");
  expect_readable_on(colour::to_linear(palette::kPanelRaised), "an input field");
  expect_readable_on(colour::to_linear(palette::kPanelTint), "a header or selected tab");
  expect_readable_on(colour::to_linear(palette::kPanelTintStrong), "a hovered header");
  expect_readable_on(colour::to_linear(palette::kButton), "a button");
  expect_readable_on(colour::to_linear(palette::kButtonHover), "a hovered button");
}

TEST(Palette, ScoreComponentNamesReadableInTheirTooltip) {
  for (Rgb8 c : palette::kScoreComponents)
    for (Rgb8 background : {palette::kPanel, palette::kPanelRaised})
      EXPECT_GE(colour::contrast_ratio(colour::to_linear(c), colour::to_linear(background)), kMinContrast)
          << "component colour (" << int(c.r) << "," << int(c.g) << "," << int(c.b) << ")";
}

TEST(Palette, OverlayTextReadableOverTheGlobe) {
  // Legend and toolbar: the panel colour at kOverlayAlpha over the darkest (space) and the
  // brightest thing beneath (a white label).
  expect_readable_on(colour::over(palette::kPanel, palette::kOverlayAlpha, colour::to_linear(palette::kSpace)),
                     "an overlay over space");
  expect_readable_on(colour::over(palette::kPanel, palette::kOverlayAlpha, colour::to_linear({255, 255, 255})),
                     "an overlay over a label");
}

TEST(Palette, LabelsReadableOnTheirHalo) {
  // The halo is drawn at kLabelHaloAlpha: checked over space and over the brightest globe
  // content (white), the worst case.
  for (Rgb8 beneath : {palette::kSpace, Rgb8{255, 255, 255}}) {
    const colour::Vec3 halo = colour::over(palette::kLabelHalo, palette::kLabelHaloAlpha, colour::to_linear(beneath));
    for (Named label : {Named{"focus", palette::kLabelFocus}, Named{"NRW", palette::kLabelNrw},
                        Named{"other", palette::kLabelOther}})
      EXPECT_GE(colour::contrast_ratio(colour::to_linear(label.colour), halo), kMinContrast)
          << label.name << " label over a halo on (" << int(beneath.r) << "," << int(beneath.g) << "," << int(beneath.b)
          << ")";
  }
}

// The palette used to be the stock one (amber, cyan, violet; existing and unverified links
// the same amber): it fails, so the checks above can tell.
TEST(Palette, ChecksRejectTheOldPalette) {
  EXPECT_LT(colour::difference_seen(Vision::Deuteranopia, Rgb8{77, 208, 225}, Rgb8{186, 160, 255}), kMinDifference);
  EXPECT_LT(colour::difference_seen(Vision::Normal, Rgb8{255, 209, 128}, Rgb8{255, 209, 128}), kMinDifference);
  EXPECT_LT(colour::difference_seen(Vision::Protanopia, Rgb8{255, 209, 128}, Rgb8{107, 242, 153}), kMinDifference);
}

}  // namespace
}  // namespace atlas
