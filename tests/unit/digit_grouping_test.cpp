// Thousands separators (app/core/digit_grouping.h).
#include "core/digit_grouping.h"

#include <gtest/gtest.h>

#include <limits>

namespace atlas {
namespace {

TEST(DigitGrouping, ShortNumbersStayAsTheyAre) {
  EXPECT_EQ(group_digits(0, ','), "0");
  EXPECT_EQ(group_digits(7, ','), "7");
  EXPECT_EQ(group_digits(999, '.'), "999");
}

TEST(DigitGrouping, GroupsOfThreeFromTheRight) {
  EXPECT_EQ(group_digits(1000, ','), "1,000");
  EXPECT_EQ(group_digits(12345, '.'), "12.345");
  EXPECT_EQ(group_digits(1084831, '.'), "1.084.831");
  EXPECT_EQ(group_digits(100000000, ','), "100,000,000");
}

TEST(DigitGrouping, MinusSignStaysInFront) {
  EXPECT_EQ(group_digits(-12345, ','), "-12,345");
  EXPECT_EQ(group_digits(-999, ','), "-999");
  EXPECT_EQ(group_digits(std::numeric_limits<long long>::min(), ','), "-9,223,372,036,854,775,808");
}

}  // namespace
}  // namespace atlas
