// Entry point: creates the App and hands its frame function to the platform's main loop.
#include "app.h"
#include "test_hook.h"

int main(int argc, char** argv) {
  const atlas::platform::StartRequest start = atlas::platform::configure(argc, argv);
  if (!start.run) return start.exit_code;
  static atlas::App app;  // lives for the whole program (the browser loop never returns)
  if (!app.init()) return 1;
  atlas::set_test_hook_app(&app);
  atlas::platform::run_main_loop([] { return app.frame(); });
  app.shutdown();
  return 0;
}
