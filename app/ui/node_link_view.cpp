// Node-link view (see node_link_view.h).
#include "node_link_view.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "item_rects.h"
#include "search_box.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {

ImU32 role_colour(TownRole r) {  // the globe's colours (core/palette.h)
  switch (r) {
    case TownRole::NrwMunicipality:
    case TownRole::NrwKreis: return theme::u32(palette::kTownNrw);
    case TownRole::UkCouncil:
    case TownRole::UkRegion:
    case TownRole::UkPartnerTown: return theme::u32(palette::kTownUk);
    default: return theme::u32(palette::kTownElsewhere);
  }
}

ImU32 community_colour(std::uint32_t c) {
  static const ImU32 kPalette[] = {IM_COL32(230, 97, 1, 255),   IM_COL32(94, 60, 153, 255),
                                   IM_COL32(27, 158, 119, 255), IM_COL32(217, 95, 2, 255),
                                   IM_COL32(117, 112, 179, 255), IM_COL32(231, 41, 138, 255),
                                   IM_COL32(102, 166, 30, 255), IM_COL32(230, 171, 2, 255)};
  return kPalette[c % (sizeof kPalette / sizeof kPalette[0])];
}

float node_radius(std::uint32_t degree) { return 2.0f + 1.2f * std::sqrt(float(degree)); }

constexpr float kMinZoom = 0.3f, kMaxZoom = 12.0f;
constexpr float kMinNarrowHeight = 260.0f;  // a phone's window: its controls and a canvas to read

}  // namespace

void draw_node_link_view(NodeLinkViewModel& m) {
  if (!m.open) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  bool narrow = vp->WorkSize.x < 700.0f;
  // A large window: the network's hundreds of towns need the room to show their edges. On a
  // narrow screen it is the lower half of the globe's area, above the bottom sheet (whose bar
  // stays in reach), and follows the sheet as it is pulled; over a sheet pulled up so far
  // that too little globe is left for it, the lower half of the screen.
  const ScreenRect& area = m.globe_area;
  const float half_screen = vp->WorkSize.y * 0.5f;
  const bool above_sheet = area.y1 - area.y0 >= kMinNarrowHeight;
  const float narrow_bottom = above_sheet ? area.y1 : vp->WorkPos.y + vp->WorkSize.y;
  const float narrow_height = above_sheet ? std::min(area.y1 - area.y0, half_screen) : half_screen;
  ImVec2 size = narrow ? ImVec2(vp->WorkSize.x, narrow_height)
                       : ImVec2(std::min(960.0f, vp->WorkSize.x * 0.62f), std::min(760.0f, vp->WorkSize.y * 0.86f));
  ImVec2 pos = narrow ? ImVec2(vp->WorkPos.x, narrow_bottom - size.y)
                      : ImVec2(vp->WorkPos.x + vp->WorkSize.x - size.x - 8, vp->WorkPos.y + 48);
  ImGui::SetNextWindowPos(pos, narrow ? ImGuiCond_Always : ImGuiCond_Appearing);
  ImGui::SetNextWindowSize(size, narrow ? ImGuiCond_Always : ImGuiCond_Appearing);
  ImGui::SetNextWindowBgAlpha(0.9f);
  if (!ImGui::Begin(tr(StringId::NodeLinkTitle), &m.open, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  theme::checkbox(tr(StringId::ColourByCommunity), &m.colour_by_community);
  ImGui::SameLine();
  if (theme::small_button(tr(StringId::ResetView))) {
    m.zoom = 1.0f;
    m.pan_x = m.pan_y = 0.0f;
  }
  const NetworkView& v = m.view;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  avail.x = std::max(avail.x, 50.0f);
  avail.y = std::max(avail.y, 50.0f);
  // Zoom buttons for a finger (no wheel) and anyone without one, in the canvas's upper right
  // corner as on a map. Submitted before the canvas, so that they take the pointer there, and
  // drawn in a channel above it.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float zoom_width = theme::small_button_width("+") + gap + theme::small_button_width("-");
  ImGui::SetCursorScreenPos(ImVec2(origin.x + avail.x - zoom_width - 8.0f, origin.y + 8.0f));
  // Their tooltips are for a mouse: after a tap the pointer stays on the button and the
  // tooltip would stay with it.
  const bool tooltips = !theme::touch();
  ImVec4 face = ImGui::GetStyleColorVec4(ImGuiCol_Button);
  face.w = 1.0f;  // opaque over the nodes and their labels
  ImGui::PushStyleColor(ImGuiCol_Button, face);
  if (theme::small_button("+")) m.zoom = std::min(m.zoom * 1.25f, kMaxZoom);
  if (tooltips && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(StringId::KeyZoomIn));
  note_item_rect("node-link-zoom-in");
  ImGui::SameLine();
  if (theme::small_button("-")) m.zoom = std::max(m.zoom / 1.25f, kMinZoom);
  if (tooltips && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(StringId::KeyZoomOut));
  ImGui::PopStyleColor();
  draw->ChannelsSetCurrent(0);
  ImGui::SetCursorScreenPos(origin);
  ImGui::InvisibleButton("canvas", avail, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
  bool hovered = ImGui::IsItemHovered();
  ImGuiIO& io = ImGui::GetIO();
  if (hovered && io.MouseWheel != 0.0f) m.zoom = std::clamp(m.zoom * std::pow(1.15f, io.MouseWheel), kMinZoom, kMaxZoom);
  // A drag pans (with either button, so a finger can); a press and release without one selects.
  if (ImGui::IsItemActive() &&
      (ImGui::IsMouseDragging(ImGuiMouseButton_Left) || ImGui::IsMouseDragging(ImGuiMouseButton_Right))) {
    m.pan_x += io.MouseDelta.x;
    m.pan_y += io.MouseDelta.y;
  }
  const float threshold = io.MouseDragThreshold;
  const bool tapped = hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                      io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < threshold * threshold;
  draw->PushClipRect(origin, ImVec2(origin.x + avail.x, origin.y + avail.y), true);
  draw->AddRectFilled(origin, ImVec2(origin.x + avail.x, origin.y + avail.y), IM_COL32(12, 20, 34, 255));
  // One scale for both axes that fits the layout's extent (packed layouts are wider than tall).
  float extent_x = 1e-6f, extent_y = 1e-6f;
  for (const LayoutPoint& p : v.layout) {
    extent_x = std::max(extent_x, float(std::fabs(p.x)));
    extent_y = std::max(extent_y, float(std::fabs(p.y)));
  }
  const float half = 0.47f * std::min(avail.x / extent_x, avail.y / extent_y) * m.zoom;
  const ImVec2 centre(origin.x + avail.x * 0.5f + m.pan_x, origin.y + avail.y * 0.5f + m.pan_y);
  auto screen = [&](NodeId n) {
    return ImVec2(centre.x + float(v.layout[n].x) * half, centre.y - float(v.layout[n].y) * half);
  };
  auto lit = [&](NodeId n) {
    TownIndex t = v.town_of[n];
    return !m.highlight.empty() && t < m.highlight.size() && m.highlight[t];
  };
  m.frame = {origin.x, origin.y, avail.x, avail.y, centre.x, centre.y, half};
  // Edges stay readable at the default zoom: light lines, thicker as the view zooms in.
  const float edge_width = std::clamp(1.5f * std::sqrt(m.zoom), 1.5f, 4.0f);
  for (const Edge& e : v.graph.edges()) {
    bool both = lit(e.a) && lit(e.b);
    draw->AddLine(screen(e.a), screen(e.b), both ? IM_COL32(255, 255, 255, 255) : IM_COL32(176, 196, 226, 215),
                  both ? edge_width + 1.5f : edge_width);
  }
  // On a touch screen the pointer stays where the finger lifted: a node is under the finger
  // only while it is down, and on the frame it lifts (the tap), so no name lingers after a tap.
  const bool pointing = hovered && (!theme::touch() || io.MouseDown[ImGuiMouseButton_Left] || tapped);
  NodeId hover = kUnreachable;
  const float reach = theme::touch() ? theme::kTouchTarget * 0.5f : 8.0f;  // a fingertip, or the pointer
  float hover_d2 = reach * reach;
  NodeId selected = v.node(m.selected);
  for (NodeId n = 0; n < v.town_of.size(); ++n) {
    ImVec2 p = screen(n);
    const Town& t = m.dataset.towns[v.town_of[n]];
    float r = node_radius(v.graph.degree(n));
    ImU32 colour = m.colour_by_community ? community_colour(v.communities.community_of[n]) : role_colour(t.role);
    draw->AddCircleFilled(p, r, colour);
    if (lit(n)) draw->AddCircle(p, r + 2.5f, IM_COL32(255, 255, 255, 255), 0, 1.5f);
    float dx = io.MousePos.x - p.x, dy = io.MousePos.y - p.y;
    if (pointing && dx * dx + dy * dy < hover_d2) {
      hover_d2 = dx * dx + dy * dy;
      hover = n;
    }
  }
  if (selected != kUnreachable) {
    ImVec2 p = screen(selected);
    draw->AddCircle(p, 9.0f, IM_COL32(255, 80, 80, 255), 0, 2.5f);
    const std::string& name = m.dataset.towns[m.selected].name;
    draw->AddText(ImVec2(p.x + 10, p.y - 8), IM_COL32(255, 255, 255, 255), name.c_str());
  }
  if (hover != kUnreachable && hover != selected) {
    ImVec2 p = screen(hover);
    const std::string& name = m.dataset.towns[v.town_of[hover]].name;
    draw->AddText(ImVec2(p.x + 10, p.y - 8), IM_COL32(255, 255, 255, 255), name.c_str());
  }
  draw->PopClipRect();
  draw->ChannelsMerge();
  if (hover != kUnreachable && !(tapped && theme::touch())) {  // a finger's tooltip: while it is held
    const Town& t = m.dataset.towns[v.town_of[hover]];
    ImGui::SetTooltip("%s\n%s · %u", t.name.c_str(), role_label(t.role), v.graph.degree(hover));
    m.frame.named = v.town_of[hover];
  }
  if (hover != kUnreachable && tapped) m.clicked = v.town_of[hover];
  ImGui::End();
}

}  // namespace atlas::ui
