// Tests of the data model's own helpers (dataset.h).
#include <gtest/gtest.h>

#include "core/dataset.h"

namespace atlas {
namespace {

TEST(PartnershipTest, StartYearIsEarliestStatedYear) {
  Partnership p;
  EXPECT_EQ(p.start_year(), 0);
  p.years = {{1979, 0}, {1978, 1}, {0, 2}};
  EXPECT_EQ(p.start_year(), 1978);
}

TEST(DatasetTest, FindsTownsAndTagsById) {
  Dataset d;
  d.towns.resize(2);
  d.towns[0].id = "DE:05315000";
  d.towns[1].id = "GB:E08000021";
  d.tags.resize(1);
  d.tags[0].id = "com_2030";
  d.rebuild_indices();
  EXPECT_EQ(d.find_town("GB:E08000021"), 1u);
  EXPECT_EQ(d.find_town("GB:nope"), kNoIndex);
  EXPECT_EQ(d.find_tag("com_2030"), 0u);
  EXPECT_EQ(d.find_tag("x"), kNoIndex);
}

}  // namespace
}  // namespace atlas
