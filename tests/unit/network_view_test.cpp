// NetworkView: the graph panel's network on the filter fixture (filter_fixture.h).
#include <gtest/gtest.h>

#include "core/network_view.h"
#include "filter_fixture.h"

namespace atlas {
namespace {

using namespace atlas::testing;
using Towns = std::vector<TownIndex>;

TEST(NetworkViewTest, NrwUkNodesEdgesAndComponents) {
  Dataset d = make_filter_fixture();
  NetworkView v = build_network_view(d, Scope::NrwUk);
  EXPECT_EQ(v.town_of, (Towns{kA, kB, kK2, kC, kW, kE, kEtown}));
  EXPECT_EQ(v.graph.edge_count(), 4u);
  EXPECT_EQ(v.components.count(), 3u);  // {A,W} {B,E,K2} {C,Etown}
  EXPECT_EQ(v.node(kF), kUnreachable);
  EXPECT_EQ(v.node(kS), kUnreachable);
  EXPECT_EQ(v.graph.degree(v.node(kE)), 2u);
  EXPECT_EQ(v.layout.size(), 7u);
  EXPECT_EQ(v.communities.community_of.size(), 7u);
}

TEST(NetworkViewTest, AllNrwScopeJoinsThePartnerAbroad) {
  Dataset d = make_filter_fixture();
  NetworkView v = build_network_view(d, Scope::AllNrw);
  EXPECT_EQ(v.town_of.size(), 8u);
  EXPECT_EQ(v.graph.edge_count(), 5u);
  EXPECT_EQ(v.components.count(), 3u);
  EXPECT_EQ(v.components.component_of[v.node(kF)], v.components.component_of[v.node(kW)]);
}

TEST(NetworkViewTest, PartnersAbroadCloseThreeTownCircles) {
  Dataset d = make_filter_fixture();
  add_partnership(d, kW, kF);  // Wcouncil's own partner abroad: matcher context, no NRW end
  d.partnerships.back().context_only = true;
  NetworkView plain = build_network_view(d, Scope::NrwUk);
  EXPECT_EQ(plain.node(kF), kUnreachable);
  NetworkView wide = build_network_view(d, Scope::NrwUk, true);
  EXPECT_TRUE(wide.partners_abroad);
  ASSERT_NE(wide.node(kF), kUnreachable);
  EXPECT_EQ(wide.graph.edge_count(), 6u);  // the four NRW-UK links, Aheim-Fville and Wcouncil-Fville
  // Aheim, Wcouncil and Fville form a circle.
  EXPECT_TRUE(wide.graph.has_edge(wide.node(kA), wide.node(kW)));
  EXPECT_TRUE(wide.graph.has_edge(wide.node(kW), wide.node(kF)));
  EXPECT_TRUE(wide.graph.has_edge(wide.node(kF), wide.node(kA)));
  EXPECT_EQ(wide.node(kS), kUnreachable);  // a council without partners stays out
}

TEST(NetworkViewTest, EgoNetworkAndPathInTowns) {
  Dataset d = make_filter_fixture();
  NetworkView v = build_network_view(d, Scope::NrwUk);
  EXPECT_EQ(ego_towns(v, kB, 1), (Towns{kB, kE}));
  EXPECT_EQ(ego_towns(v, kB, 2), (Towns{kB, kE, kK2}));
  EXPECT_EQ(ego_towns(v, kB, 0), (Towns{kB}));
  EXPECT_TRUE(ego_towns(v, kS, 2).empty());
  EXPECT_EQ(path_towns(v, kB, kK2), (Towns{kB, kE, kK2}));
  EXPECT_TRUE(path_towns(v, kA, kB).empty());
  EXPECT_TRUE(path_towns(v, kA, kS).empty());
}

TEST(NetworkViewTest, BetweennessRanksTheBridgeFirst) {
  Dataset d = make_filter_fixture();
  NetworkView v = build_network_view(d, Scope::NrwUk);
  Towns top = top_towns(v, v.betweenness, 1);
  EXPECT_EQ(top, (Towns{kE}));  // on the only path between Bstadt and Kreis Two
  EXPECT_EQ(top_towns(v, v.degree_centrality, 1), (Towns{kE}));
  EXPECT_EQ(top_towns(v, v.degree_centrality, 0).size(), 7u);
}

TEST(NetworkViewTest, HighlightFlags) {
  EXPECT_TRUE(highlight_flags(5, {}).empty());
  std::vector<std::uint8_t> f = highlight_flags(5, {1, 3, 9});
  EXPECT_EQ(f, (std::vector<std::uint8_t>{0, 1, 0, 1, 0}));
}

}  // namespace
}  // namespace atlas
