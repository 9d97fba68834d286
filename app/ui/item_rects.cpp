// Named control positions for the test hook (see item_rects.h).
#include "item_rects.h"

#include <imgui.h>

#include <map>

namespace atlas::ui {

namespace {
std::map<std::string, ItemRect>& rects() {
  static std::map<std::string, ItemRect> table;
  return table;
}
}  // namespace

void note_item_rect(const char* name) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  rects()[name] = {min.x, min.y, max.x - min.x, max.y - min.y, true, ImGui::GetFrameCount()};
}

void note_window_rect(const char* name) {
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  rects()[name] = {pos.x, pos.y, size.x, size.y, true, ImGui::GetFrameCount()};
}

void note_close_button_rect(const char* name) {
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const float side = ImGui::GetFontSize();
  rects()[name] = {pos.x + size.x - pad.x - side, pos.y + pad.y, side, side, true, ImGui::GetFrameCount()};
}

ItemRect item_rect(const std::string& name) {
  auto it = rects().find(name);
  return it == rects().end() ? ItemRect() : it->second;
}

}  // namespace atlas::ui
