// The UI language's order: link, then the device's stored choice, then the browser.
#include <gtest/gtest.h>

#include "core/language_choice.h"

namespace atlas {
namespace {

TEST(LanguageChoiceTest, LinkComesFirst) {
  EXPECT_EQ(choose_language("en", "de", {"de-DE"}), "en");
  EXPECT_EQ(choose_language("de", "en", {"en-GB"}), "de");
}

TEST(LanguageChoiceTest, StoredChoiceWhenTheLinkSaysNothing) {
  EXPECT_EQ(choose_language("", "de", {"en-GB"}), "de");
  EXPECT_EQ(choose_language("", "en", {"de-DE"}), "en");
}

TEST(LanguageChoiceTest, InvalidLinkOrStoredValueIsSkipped) {
  EXPECT_EQ(choose_language("fr", "xx", {"de-AT"}), "de");
  EXPECT_EQ(choose_language("DE", "", {}), "en");
}

TEST(LanguageChoiceTest, AnyGermanBrowserLanguageGivesGerman) {
  EXPECT_EQ(choose_language("", "", {"de-DE"}), "de");
  EXPECT_EQ(choose_language("", "", {"fr-FR", "DE-ch"}), "de");
  EXPECT_EQ(choose_language("", "", {"de"}), "de");
}

TEST(LanguageChoiceTest, OtherwiseEnglish) {
  EXPECT_EQ(choose_language("", "", {}), "en");
  EXPECT_EQ(choose_language("", "", {"en-US", "fr"}), "en");
  EXPECT_EQ(choose_language("", "", {"dee", "d"}), "en");  // not language tags for German
}

}  // namespace
}  // namespace atlas
