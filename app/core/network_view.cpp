// Building the graph panel's network and mapping graph answers back to towns (see network_view.h).
#include "network_view.h"

#include "graph_centrality.h"

namespace atlas {

NetworkView build_network_view(const Dataset& d, Scope scope, bool partners_abroad) {
  NetworkView v;
  v.scope = scope;
  v.partners_abroad = partners_abroad;
  v.node_of.assign(d.towns.size(), kUnreachable);
  auto valid = [&](const Partnership& p) { return p.a < d.towns.size() && p.b < d.towns.size() && p.a != p.b; };
  std::vector<std::uint8_t> in_view(d.towns.size(), 0);  // at an end of an in-scope link
  for (const Partnership& p : d.partnerships)
    if (valid(p) && in_scope(p, scope)) in_view[p.a] = in_view[p.b] = 1;
  auto taken = [&](const Partnership& p) {
    return valid(p) && (in_scope(p, scope) || (partners_abroad && (in_view[p.a] || in_view[p.b])));
  };
  std::vector<std::uint8_t> used(d.towns.size(), 0);
  for (const Partnership& p : d.partnerships)
    if (taken(p)) used[p.a] = used[p.b] = 1;
  for (TownIndex t = 0; t < d.towns.size(); ++t) {
    if (!used[t]) continue;
    v.node_of[t] = static_cast<NodeId>(v.town_of.size());
    v.town_of.push_back(t);
  }
  std::vector<Edge> edges;
  for (const Partnership& p : d.partnerships)
    if (taken(p)) edges.push_back({v.node_of[p.a], v.node_of[p.b]});
  v.graph = Graph::from_edges(v.town_of.size(), edges);
  v.components = connected_components(v.graph);
  v.degree_centrality = degree_centrality(v.graph);
  v.betweenness = betweenness_centrality(v.graph);
  v.communities = louvain_communities(v.graph);
  v.layout = packed_component_layout(v.graph, v.components);
  return v;
}

std::vector<TownIndex> ego_towns(const NetworkView& view, TownIndex centre, std::uint32_t hops) {
  std::vector<TownIndex> out;
  NodeId n = view.node(centre);
  if (n == kUnreachable) return out;
  for (const HopNode& h : ego_network(view.graph, n, hops)) out.push_back(view.town_of[h.node]);
  return out;
}

std::vector<TownIndex> path_towns(const NetworkView& view, TownIndex from, TownIndex to) {
  std::vector<TownIndex> out;
  NodeId a = view.node(from), b = view.node(to);
  if (a == kUnreachable || b == kUnreachable) return out;
  for (NodeId n : shortest_path(view.graph, a, b)) out.push_back(view.town_of[n]);
  return out;
}

std::vector<TownIndex> top_towns(const NetworkView& view, const std::vector<double>& score, std::size_t k) {
  std::vector<TownIndex> out;
  for (NodeId n : rank_nodes(score, k))
    if (n < view.town_of.size()) out.push_back(view.town_of[n]);
  return out;
}

std::vector<std::uint8_t> highlight_flags(std::size_t town_count, const std::vector<TownIndex>& towns) {
  std::vector<std::uint8_t> flags;
  if (towns.empty()) return flags;
  flags.assign(town_count, 0);
  for (TownIndex t : towns)
    if (t < town_count) flags[t] = 1;
  return flags;
}

}  // namespace atlas
