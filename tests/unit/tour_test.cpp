// The tour format (core/tour.h): a round trip keeps every stop, the view leaves out the
// screen's own parameters, bad stops are named and left out, limits hold.
#include <gtest/gtest.h>

#include <string>

#include "core/tour.h"

namespace atlas {
namespace {

Tour sample() {
  Tour t;
  t.name = "NRW–UK since 1947";
  t.stops.push_back({"sel=DE:05314000&cam=7.1,50.7,2.5", "Bonn–Oxford, 1947", "Bonn–Oxford, 1947", 12.5});
  t.stops.push_back({"scope=nrwuk&y=1947-1960", "Die ersten \"Jahre\"", "The first years\n<b>", 0});
  return t;
}

TEST(TourTest, ARoundTripKeepsEveryStop) {
  const Tour t = sample();
  Tour back;
  const TourReadResult r = tour_from_json(tour_to_json(t), back);
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(back.name, t.name);
  ASSERT_EQ(back.stops.size(), t.stops.size());
  for (std::size_t i = 0; i < t.stops.size(); ++i) {
    EXPECT_EQ(back.stops[i].view, t.stops[i].view);
    EXPECT_EQ(back.stops[i].caption_de, t.stops[i].caption_de);
    EXPECT_EQ(back.stops[i].caption_en, t.stops[i].caption_en);
    EXPECT_EQ(back.stops[i].duration_s, t.stops[i].duration_s);
  }
  EXPECT_EQ(tour_to_json(back), tour_to_json(t));
}

TEST(TourTest, TheViewLeavesOutLanguageAndKioskParameters) {
  EXPECT_EQ(tour_view_of_hash("#lang=de&sel=DE:05315000&kiosk=1&every=5&cam=1,2,3&tour=x&pause=9&seed=3"),
            "sel=DE:05315000&cam=1,2,3");
  EXPECT_EQ(tour_view_of_hash(""), "");
  EXPECT_EQ(tour_view_of_hash("#&&sel=A&"), "sel=A");
  Tour t;
  ASSERT_TRUE(tour_from_json(R"({"v":1,"stops":[{"view":"#lang=en&sel=B"}]})", t).ok);
  EXPECT_EQ(t.stops[0].view, "sel=B");
}

// Found with tests/fuzz/tour_fuzz's round-trip property: "##a" became "#a", and the export of
// that tour read back as "a".
TEST(TourTest, TheViewOfAViewIsTheSameView) {
  for (const char* hash : {"##a", "#&#a&b", "#&##sel=A&#b", "###", "a&#b"}) {
    const std::string view = tour_view_of_hash(hash);
    EXPECT_EQ(tour_view_of_hash(view), view) << hash;
  }
  EXPECT_EQ(tour_view_of_hash("##sel=A"), "sel=A");
  EXPECT_EQ(tour_view_of_hash("a&#b"), "a&#b");
  Tour tour, back;
  tour.stops.push_back({"##sel=A", "", "", 0.0});
  ASSERT_TRUE(tour_from_json(tour_to_json(tour), back).ok);
  Tour again;
  ASSERT_TRUE(tour_from_json(tour_to_json(back), again).ok);
  EXPECT_EQ(again.stops.at(0).view, back.stops.at(0).view);
}

TEST(TourTest, BadStopsAreNamedAndLeftOutTheRestKept) {
  Tour t;
  const TourReadResult r = tour_from_json(
      R"({"v": 1, "name": "x", "stops": [{"view": "sel=A"}, {"caption": {"en": "no view"}}, 5,
          {"view": "sel=B", "duration_s": -3, "caption": {"de": 7, "en": "ok"}}]})",
      t);
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(t.stops.size(), 2u);
  EXPECT_EQ(t.stops[1].caption_en, "ok");
  EXPECT_EQ(t.stops[1].duration_s, 0.0);
  ASSERT_EQ(r.problems.size(), 4u);
  EXPECT_EQ(r.problems[0].rfind("stop 2:", 0), 0u) << r.problems[0];
  EXPECT_EQ(r.problems[1].rfind("stop 3:", 0), 0u) << r.problems[1];
}

TEST(TourTest, WrongVersionsAndNonToursAreRefused) {
  Tour t;
  EXPECT_FALSE(tour_from_json(R"({"v": 2, "stops": []})", t).ok);
  EXPECT_FALSE(tour_from_json(R"({"stops": []})", t).ok);
  EXPECT_FALSE(tour_from_json("[1, 2", t).ok);
  EXPECT_FALSE(tour_from_json(std::string(kMaxTourBytes + 1, ' '), t).ok);
}

TEST(TourTest, ATourHoldsAtMostTheStopLimit) {
  std::string json = R"({"v": 1, "stops": [)";
  for (std::size_t i = 0; i < kMaxTourStops + 5; ++i) json += std::string(i ? "," : "") + R"({"view": "sel=A"})";
  json += "]}";
  Tour t;
  const TourReadResult r = tour_from_json(json, t);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(t.stops.size(), kMaxTourStops);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].find("at most"), std::string::npos);
}

TEST(TourTest, AFileWithStopsLooksLikeATourOwnDataDoesNot) {
  EXPECT_TRUE(looks_like_tour(tour_to_json(sample())));
  EXPECT_TRUE(looks_like_tour(R"({"v": 7, "stops": "broken"})"));  // a tour, to be refused with its problem
  EXPECT_FALSE(looks_like_tour(R"({"v": 1, "partnerships": []})"));
  EXPECT_FALSE(looks_like_tour("town,partner\nBonn,Oxford\n"));
  EXPECT_FALSE(looks_like_tour("[1, 2]"));
}

}  // namespace
}  // namespace atlas
