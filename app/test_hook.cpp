// Implementation of the test hook (see test_hook.h). Commands: "state", "load-world-network";
// the exploring panels' commands are listed in ExploreController::test_command.
#include "test_hook.h"

#include <string>

#include "app.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define ATLAS_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define ATLAS_EXPORT
#endif

namespace atlas {
namespace {
App* g_app = nullptr;
}
void set_test_hook_app(App* app) { g_app = app; }
}  // namespace atlas

extern "C" ATLAS_EXPORT const char* atlas_test_query(const char* command) {
  static std::string reply;
  std::string cmd = command ? command : "";
  if (!atlas::g_app) reply = R"({"error":"app not started"})";
  else if (cmd == "state") reply = atlas::g_app->describe_state_json();
  else if (cmd == "load-world-network") {
    atlas::g_app->request_world_network();
    reply = R"({"requested":true})";
  }
  else if (std::string r = atlas::g_app->explore_query(cmd); !r.empty()) reply = r;  // explore_controller.cpp
  else reply = R"({"error":"unknown command"})";
  return reply.c_str();
}
