// The shipped tour (see shipped_tour.h).
#include "shipped_tour.h"

#include <algorithm>
#include <string>
#include <vector>

#include "app_state.h"
#include "url_state.h"

namespace atlas {

namespace {

constexpr double kTownDistance = 1.45;  // camera distance over one town (earth radii)

std::string view_of(const AppState& s) { return tour_view_of_hash(encode_url_hash(s)); }

AppState over(const Town& t) {
  AppState s;
  s.camera.lat = t.lat;
  s.camera.lon = t.lon;
  s.camera.distance = kTownDistance;
  s.selected_town = t.id;
  return s;
}

std::size_t links_until(const Dataset& d, int year) {
  std::size_t n = 0;
  for (const Partnership& p : d.partnerships) n += p.nrw_uk && p.start_year() > 0 && p.start_year() <= year;
  return n;
}

std::string n(std::size_t v) { return std::to_string(v); }

}  // namespace

Tour shipped_tour(const Dataset& d) {
  Tour tour;
  tour.name = "NRW–UK twinning since 1947";
  // 1. the first links (the earliest start year; Bonn–Oxford and Düsseldorf–Reading, 1947)
  int first_year = 0;
  for (const Partnership& p : d.partnerships)
    if (p.nrw_uk && p.start_year() > 0 && (!first_year || p.start_year() < first_year)) first_year = p.start_year();
  std::vector<std::string> pairs;
  for (const Partnership& p : d.partnerships)
    if (p.nrw_uk && p.start_year() == first_year) pairs.push_back(d.towns[p.a].name + "–" + d.towns[p.b].name);
  std::sort(pairs.begin(), pairs.end());
  if (!pairs.empty()) {
    AppState s;
    s.filters.year_to = first_year;
    s.filters.show_year_unknown = false;
    std::string list;
    for (const std::string& x : pairs) list += (list.empty() ? "" : ", ") + x;
    const std::string y = n(static_cast<std::size_t>(first_year));
    const bool one = pairs.size() == 1;
    tour.stops.push_back({view_of(s), y + (one ? ": die erste Städtepartnerschaft zwischen NRW und Großbritannien: " : ": die ersten Städtepartnerschaften zwischen NRW und Großbritannien: ") + list,
                          y + (one ? ": the first town partnership between NRW and the UK: " : ": the first town partnerships between NRW and the UK: ") + list, 0});
  }
  // 2. decades
  for (int year : {1960, 1990}) {
    AppState s;
    s.filters.year_to = year;
    s.filters.show_year_unknown = false;
    const std::string c = n(links_until(d, year)), y = n(static_cast<std::size_t>(year));
    tour.stops.push_back({view_of(s), "Bis " + y + ": " + c + " Partnerschaften mit bekanntem Gründungsjahr",
                          "By " + y + ": " + c + " partnerships with a known founding year", 0});
  }
  // 3. today
  std::size_t all = 0, quiet = 0;
  for (const Partnership& p : d.partnerships) {
    all += p.nrw_uk;
    quiet += p.nrw_uk && p.status != PartnershipStatus::Active;
  }
  tour.stops.push_back({view_of(AppState()), "Heute: " + n(all) + " Verbindungen zwischen NRW und Großbritannien, " + n(quiet) + " davon ruhend oder beendet",
                        "Today: " + n(all) + " links between NRW and the UK, " + n(quiet) + " of them dormant or ended", 0});
  // 4. the best-connected NRW town and its neighbourhood
  std::vector<std::size_t> degree(d.towns.size(), 0);
  for (const Partnership& p : d.partnerships) {
    if (p.context_only) continue;
    ++degree[p.a];
    ++degree[p.b];
  }
  TownIndex hub = kNoIndex;
  for (TownIndex t = 0; t < d.towns.size(); ++t)
    if (d.towns[t].role == TownRole::NrwMunicipality && (hub == kNoIndex || degree[t] > degree[hub])) hub = t;
  if (hub != kNoIndex) {
    AppState s = over(d.towns[hub]);
    s.camera.distance = 2.4;
    s.filters.scope = Scope::AllNrw;
    s.graph.ego_hops = 2;
    const std::string k = n(degree[hub]);
    tour.stops.push_back({view_of(s), d.towns[hub].name + ": " + k + " Partnerschaften weltweit – das Netz zwei Schritte um die Stadt",
                          d.towns[hub].name + ": " + k + " partnerships worldwide – the network two steps around it", 0});
  }
  // 5. suggestions for the two largest towns whose UK link is quiet
  std::vector<TownIndex> quiet_towns;
  for (const Partnership& p : d.partnerships)
    if (p.nrw_uk && p.status != PartnershipStatus::Active && d.towns[p.a].role == TownRole::NrwMunicipality &&
        std::find(quiet_towns.begin(), quiet_towns.end(), p.a) == quiet_towns.end())
      quiet_towns.push_back(p.a);
  std::sort(quiet_towns.begin(), quiet_towns.end(),
            [&](TownIndex x, TownIndex y) { return d.towns[x].population > d.towns[y].population; });
  for (std::size_t i = 0; i < quiet_towns.size() && i < 2; ++i) {
    const Town& t = d.towns[quiet_towns[i]];
    tour.stops.push_back({view_of(over(t)), t.name + ": die Verbindung nach Großbritannien ruht – vorgeschlagene Partner und ihre Gründe",
                          t.name + ": its UK link has gone quiet – suggested partners and why", 0});
  }
  return tour;
}

}  // namespace atlas
