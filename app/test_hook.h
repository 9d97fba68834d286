// The exported test hook (atlas_test_query) that browser tests call through
// window.atlasTest.query(...) to read the app's state.
#pragma once

namespace atlas {
class App;
void set_test_hook_app(App* app);
// Before ImGui::NewFrame, when no draw data of the last frame is in use any more: the
// "imgui-gc" command's compaction, if it was asked for since the last frame.
void compact_imgui_if_asked();
}  // namespace atlas
