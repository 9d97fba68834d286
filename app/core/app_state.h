// AppState: everything a shared link restores (view, selection, and, as later features
// arrive, weights and filters). One struct, owned by the app, serialised to the URL
// hash by url_state. Plain data only.
#pragma once

#include <string>

namespace atlas {

struct CameraState {
  // Default view: NRW and the whole UK in frame.
  double lat = 53.2;       // degrees, [-90, 90]
  double lon = 1.5;        // degrees, [-180, 180]
  double distance = 2.1;   // camera distance from the globe centre in earth radii, [1.05, 12]
  bool operator==(const CameraState& o) const {
    return lat == o.lat && lon == o.lon && distance == o.distance;
  }
};

struct AppState {
  CameraState camera;
  std::string selected_town;  // town id ("DE:05315000") or empty
  bool operator==(const AppState& o) const {
    return camera == o.camera && selected_town == o.selected_town;
  }
};

}  // namespace atlas
