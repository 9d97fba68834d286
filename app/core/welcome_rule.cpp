// When the first-visit card may show (see welcome_rule.h).
#include "welcome_rule.h"

namespace atlas {

bool plain_visit(const AppState& state) {
  AppState without_camera = state;
  without_camera.camera = AppState().camera;
  without_camera.language = AppState().language;  // the screen's language says nothing of what to show
  return without_camera == AppState();
}

}  // namespace atlas
