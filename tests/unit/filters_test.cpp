// Filters: visibility and counts on the hand-made fixture (filter_fixture.h), every
// expected number counted by hand from the fixture's table.
#include <gtest/gtest.h>

#include "core/filters.h"
#include "filter_fixture.h"

namespace atlas {
namespace {

using namespace atlas::testing;

std::vector<PartnershipIndex> visible_partnerships(const FilterResult& r) {
  std::vector<PartnershipIndex> out;
  for (PartnershipIndex i = 0; i < r.partnership_visible.size(); ++i)
    if (r.partnership_visible[i]) out.push_back(i);
  return out;
}

using Ids = std::vector<PartnershipIndex>;

TEST(FiltersTest, DefaultShowsEveryNrwUkPartnershipAndBaseTown) {
  Dataset d = make_filter_fixture();
  FilterResult r = apply_filters(d, FilterState());
  EXPECT_EQ(visible_partnerships(r), (Ids{0, 1, 2, 4}));
  EXPECT_EQ(r.counts.partnerships_total, 4u);
  EXPECT_EQ(r.counts.partnerships_visible, 4u);
  EXPECT_EQ(r.counts.partnership_towns, 7u);  // A W B E C Etown K2
  EXPECT_EQ(r.counts.towns_visible, 9u);      // every town but Fville
  EXPECT_EQ(r.counts.towns_matching, 9u);
  EXPECT_FALSE(r.town_visible[kF]);
  EXPECT_TRUE(r.town_visible[kS]);  // a council without partners is still on the map
  EXPECT_EQ(r.counts.year_unknown_total, 1u);
  EXPECT_EQ(r.counts.first_year, 1960);
  EXPECT_EQ(r.counts.last_year, 2001);
}

TEST(FiltersTest, AllNrwScopeAddsPartnersAbroad) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.scope = Scope::AllNrw;
  FilterResult r = apply_filters(d, f);
  EXPECT_EQ(r.counts.partnerships_total, 5u);
  EXPECT_EQ(r.counts.partnerships_visible, 5u);
  EXPECT_TRUE(r.town_visible[kF]);
  EXPECT_EQ(r.counts.towns_visible, 10u);
  EXPECT_EQ(r.counts.last_year, 2001);
}

TEST(FiltersTest, RevealSelectionDrawsATownAbroadAndItsLinksOutsideTheScope) {
  Dataset d = make_filter_fixture();
  FilterState f;  // NRW-UK scope: Fville and Aheim-Fville (p3) are left out
  FilterResult r = apply_filters(d, f);
  ASSERT_FALSE(r.town_visible[kF]);
  reveal_selection(d, f, kF, r.town_visible, r.partnership_visible);
  EXPECT_TRUE(r.town_visible[kF]);
  EXPECT_EQ(visible_partnerships(r), (Ids{0, 1, 2, 3, 4}));
}

TEST(FiltersTest, RevealSelectionKeepsTheYearAndKindFilters) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.year_from = 1950;
  f.year_to = 1980;  // p3 (1990) stays hidden even for its selected end
  f.partner_areas = {"GB-SCT"};
  FilterResult r = apply_filters(d, f);
  reveal_selection(d, f, kA, r.town_visible, r.partnership_visible);
  EXPECT_TRUE(r.town_visible[kA]);
  EXPECT_EQ(visible_partnerships(r), (Ids{0}));  // Aheim-Wcouncil, though Wales is not Scotland
  EXPECT_FALSE(r.town_visible[kF]);
  reveal_selection(d, f, kNoIndex, r.town_visible, r.partnership_visible);  // no selection: no change
  EXPECT_EQ(visible_partnerships(r), (Ids{0}));
}

TEST(FiltersTest, TagAnyShowsPartnershipsWithOneMatchingEnd) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.tags = {"com"};
  FilterResult r = apply_filters(d, f);
  EXPECT_EQ(visible_partnerships(r), (Ids{0}));
  EXPECT_EQ(r.counts.partnership_towns, 2u);
  EXPECT_EQ(r.counts.towns_matching, 2u);  // Aheim, Wcouncil
  EXPECT_EQ(r.counts.towns_visible, 2u);
  f.tags = {"com", "coal"};
  r = apply_filters(d, f);
  EXPECT_EQ(visible_partnerships(r), (Ids{0, 1}));  // Bstadt has coal
  EXPECT_EQ(r.counts.towns_matching, 3u);
}

TEST(FiltersTest, TagAllNeedsEveryTagOnOneTown) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.tags = {"com", "coal"};
  f.tag_match = TagMatch::All;
  FilterResult r = apply_filters(d, f);
  EXPECT_EQ(visible_partnerships(r), (Ids{0}));  // through Wcouncil
  EXPECT_EQ(r.counts.towns_matching, 1u);
  EXPECT_TRUE(r.town_visible[kA]);  // the other end of a shown partnership
  EXPECT_FALSE(r.town_visible[kB]);
}

TEST(FiltersTest, UnknownTagMatchesNothing) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.tags = {"no_such_tag"};
  EXPECT_EQ(apply_filters(d, f).counts.partnerships_visible, 0u);
  f.tags = {"com", "no_such_tag"};
  f.tag_match = TagMatch::All;
  EXPECT_EQ(apply_filters(d, f).counts.partnerships_visible, 0u);
  f.tag_match = TagMatch::Any;
  EXPECT_EQ(apply_filters(d, f).counts.partnerships_visible, 1u);
}

TEST(FiltersTest, YearRangeKeepsUnknownYearsCountedAndToggled) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.year_from = 1970;
  f.year_to = 2000;
  FilterResult r = apply_filters(d, f);
  EXPECT_EQ(visible_partnerships(r), (Ids{1, 2}));  // 1975 and the one without a year
  EXPECT_EQ(r.counts.year_unknown_matching, 1u);
  f.show_year_unknown = false;
  r = apply_filters(d, f);
  EXPECT_EQ(visible_partnerships(r), (Ids{1}));
  EXPECT_EQ(r.counts.year_unknown_matching, 1u);  // hidden, but still counted
  EXPECT_EQ(r.counts.year_unknown_total, 1u);
}

TEST(FiltersTest, YearRangeIsInclusiveAndOrderFree) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.show_year_unknown = false;
  f.year_from = 2001;
  f.year_to = 1960;
  EXPECT_EQ(visible_partnerships(apply_filters(d, f)), (Ids{0, 1, 4}));
  f.year_from = f.year_to = 1975;
  EXPECT_EQ(visible_partnerships(apply_filters(d, f)), (Ids{1}));
}

TEST(FiltersTest, PartnerAreaUsesTheCouncilsNation) {
  Dataset d = make_filter_fixture();
  EXPECT_EQ(partner_area_of(d, kW), "GB-WLS");
  EXPECT_EQ(partner_area_of(d, kEtown), "GB-ENG");
  EXPECT_EQ(partner_area_of(d, kS), "GB-SCT");
  EXPECT_EQ(partner_area_of(d, kF), "FR");
  EXPECT_EQ(partner_area_of(d, kA), "DE");
  FilterState f;
  f.partner_areas = {"GB-WLS"};
  FilterResult r = apply_filters(d, f);
  EXPECT_EQ(visible_partnerships(r), (Ids{0}));
  EXPECT_FALSE(r.town_visible[kS]);
  EXPECT_TRUE(r.town_visible[kC]);  // NRW towns are not filtered by partner area
  f.partner_areas = {"GB-ENG"};
  EXPECT_EQ(visible_partnerships(apply_filters(d, f)), (Ids{1, 2, 4}));
  f.partner_areas = {"GB"};
  EXPECT_EQ(visible_partnerships(apply_filters(d, f)), (Ids{0, 1, 2, 4}));
}

TEST(FiltersTest, KreisFilterAppliesToTheNrwSide) {
  Dataset d = make_filter_fixture();
  EXPECT_EQ(kreis_of(d, kA), "DE:K1");
  EXPECT_EQ(kreis_of(d, kK2), "DE:K2");
  EXPECT_EQ(kreis_of(d, kW), "");
  FilterState f;
  f.kreise = {"DE:K2"};
  FilterResult r = apply_filters(d, f);
  EXPECT_EQ(visible_partnerships(r), (Ids{2, 4}));
  EXPECT_FALSE(r.town_visible[kA]);
  EXPECT_TRUE(r.town_visible[kS]);  // UK towns are not filtered by Kreis
}

TEST(FiltersTest, PopulationRangeNeedsOneEndInRangeAndKnown) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.population_min = 50000;
  f.population_max = 100000;
  FilterResult r = apply_filters(d, f);
  EXPECT_EQ(visible_partnerships(r), (Ids{0, 2}));  // Aheim/Wcouncil, Cdorf (bounds inclusive)
  EXPECT_FALSE(town_passes(d, kK2, f));             // population unknown
  EXPECT_TRUE(town_passes(d, kS, f));
  f.population_min = -1;
  f.population_max = 10000;
  EXPECT_EQ(visible_partnerships(apply_filters(d, f)), (Ids{2}));  // Etown 5000
}

TEST(FiltersTest, KindLifecycleAndConfidenceBits) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.kinds = 1u << static_cast<int>(PartnershipKind::Friendship);
  EXPECT_EQ(visible_partnerships(apply_filters(d, f)), (Ids{2}));
  f = FilterState();
  f.lifecycles = 1u << static_cast<int>(PartnershipStatus::Dormant);
  EXPECT_EQ(visible_partnerships(apply_filters(d, f)), (Ids{4}));
  f = FilterState();
  f.confidences = 1u << static_cast<int>(Confidence::Unverified);
  EXPECT_EQ(visible_partnerships(apply_filters(d, f)), (Ids{2}));
  f.confidences = 0;
  FilterResult r = apply_filters(d, f);
  EXPECT_EQ(r.counts.partnerships_visible, 0u);
  EXPECT_EQ(r.counts.towns_visible, 9u);  // base towns stay: no town filter is set
}

// The numbers of the filters panel's count line (its text is the UI's: ui::filter_counts_line).
TEST(FiltersTest, CountsLine) {
  Dataset d = make_filter_fixture();
  FilterState f;
  f.tags = {"com"};
  const FilterCounts all = apply_filters(d, FilterState()).counts;
  EXPECT_EQ(all.partnerships_visible, 4u);
  EXPECT_EQ(all.partnerships_total, 4u);
  EXPECT_EQ(all.partnership_towns, 7u);
  const FilterCounts some = apply_filters(d, f).counts;
  EXPECT_EQ(some.partnerships_visible, 1u);
  EXPECT_EQ(some.partnerships_total, 4u);
  EXPECT_EQ(some.partnership_towns, 2u);
}

TEST(FiltersTest, UpdateVisibleSetBumpsRevisionOnlyOnChange) {
  Dataset d = make_filter_fixture();
  VisibleSet current = make_default_visible_set(d);
  const std::uint64_t start = current.revision;
  FilterResult r = apply_filters(d, FilterState());
  VisibleSet next;
  next.town_visible = r.town_visible;
  next.partnership_visible = r.partnership_visible;
  bool changed = update_visible_set(current, next);  // the default set also draws Fville
  EXPECT_TRUE(changed);
  EXPECT_EQ(current.revision, start + 1);
  EXPECT_FALSE(update_visible_set(current, next));
  EXPECT_EQ(current.revision, start + 1);
  next.suggestions.push_back({kA, kS, 0.5, true});
  EXPECT_TRUE(update_visible_set(current, next));
  EXPECT_EQ(current.revision, start + 2);
  next.suggestions[0].score = 0.6;
  EXPECT_TRUE(update_visible_set(current, next));
  next.town_highlight.assign(d.towns.size(), 0);
  EXPECT_TRUE(update_visible_set(current, next));
  EXPECT_EQ(current.revision, start + 4);
}

TEST(FiltersTest, FilterStateEquality) {
  FilterState a, b;
  EXPECT_EQ(a, b);
  b.show_year_unknown = false;
  EXPECT_NE(a, b);
  b = a;
  b.tags = {"com"};
  EXPECT_NE(a, b);
  EXPECT_TRUE(b.town_filter_active());
  EXPECT_FALSE(a.town_filter_active());
}

}  // namespace
}  // namespace atlas
