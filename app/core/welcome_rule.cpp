// When the first-visit card may show (see welcome_rule.h).
#include "welcome_rule.h"

namespace atlas {

bool plain_visit(const AppState& state) {
  AppState without_camera = state;
  without_camera.camera = AppState().camera;
  return without_camera == AppState();
}

}  // namespace atlas
