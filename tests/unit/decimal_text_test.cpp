// Decimal marks (app/core/decimal_text.h).
#include "core/decimal_text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace atlas {
namespace {

TEST(DecimalText, GermanUsesAComma) {
  EXPECT_EQ(decimal_text(0.4123, 3, ',', '.'), "0,412");
  EXPECT_EQ(decimal_text(12.5, 2, ',', '.'), "12,50");
}

TEST(DecimalText, EnglishKeepsThePoint) {
  EXPECT_EQ(decimal_text(0.4123, 3, '.', ','), "0.412");
  EXPECT_EQ(decimal_text(0.38, 2, '.', ','), "0.38");
}

TEST(DecimalText, RoundsToTheGivenPlaces) {
  EXPECT_EQ(decimal_text(0.9996, 3, '.', ','), "1.000");
  EXPECT_EQ(decimal_text(2.0, 0, ',', '.'), "2");
  EXPECT_EQ(decimal_text(1.23456789, 4, ',', '.'), "1,2346");
}

TEST(DecimalText, NegativeValuesKeepTheirSignUnlessTheyRoundToZero) {
  EXPECT_EQ(decimal_text(-0.25, 2, ',', '.'), "-0,25");
  EXPECT_EQ(decimal_text(-0.0001, 3, ',', '.'), "0,000");
  EXPECT_EQ(decimal_text(-0.0, 2, '.', ','), "0.00");
}

TEST(DecimalText, WholeDigitsAreGroupedInThrees) {
  EXPECT_EQ(decimal_text(2146.9, 2, ',', '.'), "2.146,90");
  EXPECT_EQ(decimal_text(2146.9, 2, '.', ','), "2,146.90");
  EXPECT_EQ(decimal_text(-1234567.891, 1, ',', '.'), "-1.234.567,9");
  EXPECT_EQ(decimal_text(999.9996, 3, '.', ','), "1,000.000");
}

TEST(DecimalText, NotANumberAndHugeValuesStayShort) {
  EXPECT_EQ(decimal_text(std::nan(""), 3, ',', '.'), "-");
  EXPECT_LT(decimal_text(std::numeric_limits<double>::max(), 3, '.', ',').size(), 20u);
  EXPECT_EQ(decimal_text(std::numeric_limits<double>::infinity(), 2, ',', '.'), "inf");
}

}  // namespace
}  // namespace atlas
