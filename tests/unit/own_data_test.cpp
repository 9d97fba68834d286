// A council's own list (core/own_data.h): CSV dialects (BOM, `;` and `,`, quotes, German
// headers, Windows line ends), per-row problems that keep the good rows, limits, the JSON form
// and the CSV writer's round trip.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/own_data.h"

namespace atlas {
namespace {

bool has_problem(const OwnData& d, std::size_t row, const std::string& column, const std::string& words) {
  for (const OwnDataProblem& p : d.problems)
    if (p.row == row && p.column == column && p.message.find(words) != std::string::npos) return true;
  return false;
}

TEST(OwnDataTest, ReadsAGermanSemicolonCsvWithBomQuotesAndWindowsLineEnds) {
  const std::string csv =
      "\xEF\xBB\xBFStadt;Partnerstadt;Land;Jahr;Art;Status;Quelle\r\n"
      "Altena;Blackburn;England;1971;Partnerschaft;aktiv;https://example.org/a\r\n"
      "\"Bonn; Bad Godesberg\";\"Windsor and \"\"Maidenhead\"\"\";GB;1960;Freundschaft;ruhend;\r\n"
      "\r\n"
      "Köln;\"Liverpool\nCity\";;;;;\r\n";
  const OwnData d = read_own_data(csv);
  EXPECT_FALSE(d.refused);
  EXPECT_TRUE(d.problems.empty()) << describe(d.problems.front());
  ASSERT_EQ(d.links.size(), 3u);
  EXPECT_EQ(d.links[0].town, "Altena");
  EXPECT_EQ(d.links[0].partner_country, "England");
  EXPECT_EQ(d.links[0].year, 1971);
  EXPECT_EQ(d.links[0].kind, "partnership");
  EXPECT_EQ(d.links[0].status, "active");
  EXPECT_EQ(d.links[0].source, "https://example.org/a");
  EXPECT_EQ(d.links[0].row, 2u);
  EXPECT_EQ(d.links[1].town, "Bonn; Bad Godesberg");
  EXPECT_EQ(d.links[1].partner, "Windsor and \"Maidenhead\"");
  EXPECT_EQ(d.links[1].kind, "friendship");
  EXPECT_EQ(d.links[1].status, "dormant");
  EXPECT_EQ(d.links[2].partner, "Liverpool\nCity");
  EXPECT_EQ(d.links[2].row, 5u);  // the blank line 4 counts as a line
}

TEST(OwnDataTest, ReadsACommaCsvWithEnglishHeadersInAnyOrder) {
  const OwnData d = read_own_data("partner,year,town\nWeymouth,1986,Holzwickede\n");
  ASSERT_EQ(d.links.size(), 1u);
  EXPECT_EQ(d.links[0].town, "Holzwickede");
  EXPECT_EQ(d.links[0].partner, "Weymouth");
  EXPECT_EQ(d.links[0].year, 1986);
}

TEST(OwnDataTest, BadFieldsAreProblemsWithRowAndColumnAndTheGoodRowsStay) {
  const OwnData d = read_own_data(
      "Stadt,Partnerstadt,Jahr,Art,Farbe\n"
      "Aachen,Halifax,19x7,Partnerschaft,rot\n"
      ",Oxford,1947,,\n"
      "Witten,Barking,1980,Städtebund,\n"
      "Minden,Sutton,1968,,,extra\n");
  EXPECT_FALSE(d.refused);
  ASSERT_EQ(d.links.size(), 3u);  // the row without a town is left out
  EXPECT_TRUE(has_problem(d, 1, "Farbe", "unknown column"));
  EXPECT_TRUE(has_problem(d, 2, "Jahr", "19x7"));
  EXPECT_EQ(d.links[0].year, 0);  // kept without a year
  EXPECT_TRUE(has_problem(d, 3, "Stadt", "no town"));
  EXPECT_TRUE(has_problem(d, 4, "Art", "Städtebund"));
  EXPECT_TRUE(has_problem(d, 5, "", "more fields"));
  EXPECT_EQ(describe(d.problems[1]), "row 2, column Jahr: year '19x7' is not a year from 1800 to 2100 (kept without a year)");
}

TEST(OwnDataTest, ProblemsCarryTheirKindAndValuesForTheAppsOwnWording) {
  const OwnData d = read_own_data(
      "Stadt,Partnerstadt,Jahr,Status,Farbe\n"
      "Aachen,Halifax,19x7,schlafend\n"
      ",Oxford,1947,\n");
  auto find = [&](OwnDataIssue issue) {
    const auto it = std::find_if(d.problems.begin(), d.problems.end(), [&](const OwnDataProblem& p) { return p.issue == issue; });
    return it == d.problems.end() ? nullptr : &*it;
  };
  ASSERT_NE(find(OwnDataIssue::UnknownColumn), nullptr);
  EXPECT_EQ(find(OwnDataIssue::UnknownColumn)->column, "Farbe");
  ASSERT_NE(find(OwnDataIssue::BadYear), nullptr);
  EXPECT_EQ(find(OwnDataIssue::BadYear)->args, std::vector<std::string>{"19x7"});
  ASSERT_NE(find(OwnDataIssue::BadStatus), nullptr);
  EXPECT_EQ(find(OwnDataIssue::BadStatus)->args, std::vector<std::string>{"schlafend"});
  ASSERT_NE(find(OwnDataIssue::NoTown), nullptr);
  EXPECT_TRUE(find(OwnDataIssue::NoTown)->row_dropped);
  OwnDataLimits small;
  small.max_bytes = 3u * 1024u * 1024u;
  const OwnData big = read_own_data(std::string(small.max_bytes + 1, 'x'), small);
  ASSERT_EQ(big.problems.size(), 1u);
  EXPECT_EQ(big.problems[0].issue, OwnDataIssue::FileTooLarge);
  EXPECT_EQ(big.problems[0].args, (std::vector<std::string>{"3145729", "3"}));
  const OwnData json = read_own_data("{\"v\": 1, \"links\": [");
  ASSERT_EQ(json.problems.size(), 1u);
  EXPECT_EQ(json.problems[0].issue, OwnDataIssue::BadJson);
  EXPECT_EQ(json.problems[0].args.size(), 2u);
}

TEST(OwnDataTest, AFileWithoutTownAndPartnerColumnsIsRefusedClearly) {
  const OwnData d = read_own_data("name;country\nBonn;DE\n");
  EXPECT_TRUE(d.refused);
  ASSERT_FALSE(d.problems.empty());
  EXPECT_NE(d.problems.back().message.find("town and partner"), std::string::npos);
  EXPECT_TRUE(read_own_data("").refused);
  EXPECT_TRUE(read_own_data("  \n\t").refused);
}

TEST(OwnDataTest, LimitsRefuseWithAMessageThatGivesThem) {
  OwnDataLimits small;
  small.max_bytes = 64;
  small.max_rows = 2;
  const OwnData big = read_own_data(std::string(65, 'x'), small);
  EXPECT_TRUE(big.refused);
  EXPECT_NE(big.problems.front().message.find("limit"), std::string::npos);
  const OwnData rows = read_own_data("town,partner\na,b\nc,d\ne,f\n", small);
  EXPECT_TRUE(rows.refused);
  EXPECT_NE(rows.problems.back().message.find("2 rows"), std::string::npos) << rows.problems.back().message;
  EXPECT_EQ(rows.links.size(), 2u);  // what was read before the limit is still there
}

TEST(OwnDataTest, ReadsTheJsonFormWithProblemsPerLink) {
  const OwnData d = read_own_data(R"({"v": 1, "links": [
      {"town": "Altena", "partner": "Blackburn", "year": 1971, "kind": "partnership"},
      {"town": "Bonn", "partner": 7},
      "not a link",
      {"town": "Witten", "partner": "Barking", "year": "1980", "status": "ended"}]})");
  EXPECT_FALSE(d.refused);
  ASSERT_EQ(d.links.size(), 2u);
  EXPECT_EQ(d.links[0].year, 1971);
  EXPECT_EQ(d.links[1].year, 1980);
  EXPECT_EQ(d.links[1].status, "ended");
  EXPECT_TRUE(has_problem(d, 2, "partner", "must be a string"));
  EXPECT_TRUE(has_problem(d, 3, "", "must be an object"));
  EXPECT_TRUE(read_own_data("{\"links\": 3}").refused);
  EXPECT_TRUE(read_own_data("{\"v\": 1, \"links\": [").refused);
}

TEST(OwnDataTest, TheWritersCsvReadsBackUnchanged) {
  std::vector<OwnLink> links(3);
  links[0] = {0, "Bonn", "Oxford", "GB", 1947, "partnership", "active", "https://example.org/?a=1,b=2", "DE:05314000", ""};
  links[1] = {0, "Köln", "Liverpool \"Toxteth\"; Wirral", "", 0, "", "dormant", "", "", "GN:1"};
  // White space at either end stays (the reader trims unquoted fields; found by fuzzing).
  links[2] = {0, "Bonn  ", "\tWien", "AT", 0, "friendship", "", " s1", "DE:05314000 ", ""};
  const OwnData back = read_own_data(write_own_data_csv(links));
  EXPECT_TRUE(back.problems.empty()) << describe(back.problems.front());
  ASSERT_EQ(back.links.size(), links.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    EXPECT_EQ(back.links[i].town, links[i].town);
    EXPECT_EQ(back.links[i].partner, links[i].partner);
    EXPECT_EQ(back.links[i].partner_country, links[i].partner_country);
    EXPECT_EQ(back.links[i].year, links[i].year);
    EXPECT_EQ(back.links[i].kind, links[i].kind);
    EXPECT_EQ(back.links[i].status, links[i].status);
    EXPECT_EQ(back.links[i].source, links[i].source);
    EXPECT_EQ(back.links[i].town_id, links[i].town_id);
    EXPECT_EQ(back.links[i].partner_id, links[i].partner_id);
  }
}

}  // namespace
}  // namespace atlas
