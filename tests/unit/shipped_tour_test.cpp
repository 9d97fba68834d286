// The shipped tour on the real data/ (skipped without it): built from the data alone, every
// stop's view is a valid app state naming only towns the data holds, and the story is told in
// both languages from the first link (1947) to the quiet links of today.
#include <gtest/gtest.h>

#include "core/app_state.h"
#include "core/shipped_tour.h"
#include "core/url_state.h"
#include "real_data.h"

namespace atlas {
namespace {

TEST(ShippedTourRealDataTest, StartsWithTheFirstLinkAndEveryStopIsAValidView) {
  const Dataset* d = testing::real_dataset();
  if (!d) GTEST_SKIP() << "data/ not available";
  const Tour tour = shipped_tour(*d);
  ASSERT_EQ(tour.stops.size(), 7u);
  // 1947, the earliest NRW–UK start year in the data: Bonn–Oxford and Düsseldorf–Reading
  EXPECT_EQ(tour.stops[0].caption_en, "1947: the first town partnerships between NRW and the UK: Bonn–Oxford, Düsseldorf–Reading");
  EXPECT_NE(tour.stops[0].caption_de.find("1947: die ersten Städtepartnerschaften"), std::string::npos) << tour.stops[0].caption_de;
  for (const TourStop& s : tour.stops) {
    AppState state;
    const UrlDecodeResult r = decode_url_hash(s.view, state);
    EXPECT_TRUE(r.version_ok) << s.view;
    EXPECT_TRUE(r.notices.empty()) << s.view << ": " << english_text(r.notices.front());
    EXPECT_TRUE(check_state_against_dataset(*d, state).empty()) << s.view;
    EXPECT_FALSE(s.caption_de.empty());
    EXPECT_FALSE(s.caption_en.empty());
    EXPECT_EQ(s.view.find("lang="), std::string::npos);
  }
  // the last two stops select towns whose UK link is dormant or ended
  for (std::size_t i = 5; i < 7; ++i) {
    AppState state;
    decode_url_hash(tour.stops[i].view, state);
    const TownIndex t = d->find_town(state.selected_town);
    ASSERT_NE(t, kNoIndex);
    bool quiet = false;
    for (const Partnership& p : d->partnerships) quiet = quiet || (p.nrw_uk && p.a == t && p.status != PartnershipStatus::Active);
    EXPECT_TRUE(quiet) << d->towns[t].name;
  }
}

}  // namespace
}  // namespace atlas
