// The exported test hook (atlas_test_query) that browser tests call through
// window.atlasTest.query(...) to read the app's state.
#pragma once

namespace atlas {
class App;
void set_test_hook_app(App* app);
}  // namespace atlas
