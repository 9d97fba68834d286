// NetworkView: the twin-town network of the graph panel, built once per scope from the
// Dataset's partnerships (NRW–UK, or every known partnership of an NRW town; optionally with
// those towns' partners abroad) with the
// core graph algorithms: degree, connected components, centralities, communities and a
// force-directed 2D layout. Maps between graph nodes and town indices, so ego networks and
// shortest paths can be highlighted on the globe (VisibleSet::town_highlight).
#pragma once

#include <cstddef>
#include <vector>

#include "dataset.h"
#include "filters.h"
#include "graph.h"
#include "graph_communities.h"
#include "graph_layout.h"
#include "graph_traversal.h"

namespace atlas {

struct NetworkView {
  Scope scope = Scope::NrwUk;
  bool partners_abroad = false;  // also every partnership of a town at an in-scope link's end
  Graph graph;
  std::vector<TownIndex> town_of;  // node -> town
  std::vector<NodeId> node_of;     // town -> node, kUnreachable when the town is not in the graph
  Components components;
  std::vector<double> degree_centrality;
  std::vector<double> betweenness;  // exact, normalised as networkx
  Communities communities;
  std::vector<LayoutPoint> layout;  // in [-1, 1]^2

  NodeId node(TownIndex town) const { return town < node_of.size() ? node_of[town] : kUnreachable; }
  bool empty() const { return town_of.empty(); }
};

// Nodes are the towns at the ends of in-scope partnerships, in town index order; several
// partnerships between the same two towns (city districts) are one edge. With
// partners_abroad, every partnership of those towns joins too (a UK council's links abroad
// included), so three-town circles such as Altena–Blackburn–Péronne show.
NetworkView build_network_view(const Dataset& dataset, Scope scope, bool partners_abroad = false);

// Towns within `hops` of `centre` (centre first, by hop count); empty when not in the graph.
std::vector<TownIndex> ego_towns(const NetworkView& view, TownIndex centre, std::uint32_t hops);

// Towns on a fewest-hop path, both ends included; empty when unreachable.
std::vector<TownIndex> path_towns(const NetworkView& view, TownIndex from, TownIndex to);

// The top `k` towns by a per-node score (highest first, ties by lower node = lower town index).
std::vector<TownIndex> top_towns(const NetworkView& view, const std::vector<double>& score, std::size_t k);

// Per-town highlight flags (VisibleSet::town_highlight) for a list of towns; empty list -> empty.
std::vector<std::uint8_t> highlight_flags(std::size_t town_count, const std::vector<TownIndex>& towns);

}  // namespace atlas
