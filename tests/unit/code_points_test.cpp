// Code point collection for the glyph test.
#include <gtest/gtest.h>

#include "core/code_points.h"

namespace atlas {
namespace {

TEST(CodePointsTest, DecodesWelshAndGermanLetters) {
  std::set<std::uint32_t> cps;
  collect_code_points("Wrecsam ŵ ŷ Münster ß", cps);
  EXPECT_TRUE(cps.count(0x0175));  // ŵ
  EXPECT_TRUE(cps.count(0x0177));  // ŷ
  EXPECT_TRUE(cps.count(0x00FC));  // ü
  EXPECT_TRUE(cps.count(0x00DF));  // ß
  EXPECT_TRUE(cps.count('W'));
  EXPECT_FALSE(cps.count(0xFFFD));
}

TEST(CodePointsTest, FourByteAndThreeByteSequences) {
  std::set<std::uint32_t> cps;
  collect_code_points("\xE2\x89\xA5 \xF0\x9F\x98\x80", cps);  // ≥ and an emoji
  EXPECT_TRUE(cps.count(0x2265));
  EXPECT_TRUE(cps.count(0x1F600));
}

TEST(CodePointsTest, MalformedInputBecomesReplacementCharacter) {
  for (const char* bad : {"\xC3", "\xC3\x28", "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\xFF"}) {
    std::set<std::uint32_t> cps;
    collect_code_points(bad, cps);
    EXPECT_TRUE(cps.count(0xFFFD)) << "input " << bad;
  }
}

TEST(CodePointsTest, DatasetStringsAreCollected) {
  Dataset d;
  Town t;
  t.name = "Wrexham";
  t.name_alt = "Wrecsam";
  t.region = "Cymru ŵ";
  d.towns.push_back(t);
  std::set<std::uint32_t> cps = dataset_code_points(d);
  EXPECT_TRUE(cps.count(0x0175));
  EXPECT_TRUE(cps.count('c'));
}

}  // namespace
}  // namespace atlas
