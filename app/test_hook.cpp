// Implementation of the test hook (see test_hook.h). Commands: "state", "load-world-network",
// and the globe's: "globe" (frame stats, also "frame-stats"), "select <id>", "hover x y",
// "pick x y", "project <id>" (CSS pixels), "view default|earth", "fly <id>", "world on|off",
// "suggestions on|off", "firsts on|off" (the first suggestion of every NRW municipality, as the
// toggle), "lang en|de", "ui on|off" (panels; render tests hide them), "layers <mask>"
// (GlobeView::Layer), "spin <deg per frame>", "draw-time N [cached]" (ms per synchronous
// redraw of the last frame, globe and panels, in full or from the cache; frame benchmark), "glyphs-missing [hex,...]",
// "own-data" (a council's own list: file, rows read and kept, problems, what was taken in),
// "welcome" (the first-visit card: {"open": bool}), "gl-error" (glGetError).
// "heap": the allocator's bytes in use ({"in_use": dlmalloc's mallinfo().uordblks} in the wasm
// build; the soak test's leak measure; HEAPU8.length is reserved memory that never shrinks;
// with Dear ImGui's live allocations, windows and tables, to tell its share).
// "imgui-gc": Dear ImGui's full garbage collection at the start of the next frame (its own
// GcCompactAll, what the Metrics window's GC button does): the draw buffers of every window
// not drawn in the last frame and all tables' transient buffers are freed, as ImGui does by
// itself for a window unused for 60 s (io.ConfigMemoryCompactTimer). The soak test calls it
// before each sample, so that a sample does not depend on how long ago a panel was last shown.
// It also frees the viewport's background and foreground draw lists, which ImGui never
// compacts: the globe's labels are drawn into the background list (GlobeView::draw_labels_into),
// whose buffers keep the size of the frame with the most label text so far (at most 220
// labels, each drawn 5 times with its halo), so a sample would depend on the busiest view seen.
// "focus" (who has the keyboard: {"mode": "globe"|"panel"|"text"|"presenter", "window",
// "item": the focused control's label, "ring": [x0, y0, x1, y1] CSS pixels or null}).
// "text-log on|off" and "text-log" (every line of text the UI drew since "on", each with where
// its words come from, and the other language's table texts found: drawn_text_log.h).
// "tour ..." (presenter mode, tours, kiosk: TourController::test_command).
// "sheet [collapsed|half|full]" (the phone's bottom sheet: its stop, height and top in CSS
// pixels, whether the touch sizes are on; an argument sets the stop first).
// The exploring panels' commands ("search", "counts", "inspector", ...) are listed in
// ExploreController::test_command.
#include "test_hook.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <malloc.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <string>

#include "app.h"
#include "core/code_points.h"
#include "platform/gl.h"
#include "ui/ui_strings.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define ATLAS_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define ATLAS_EXPORT
#endif

namespace atlas {
namespace {
App* g_app = nullptr;
bool g_imgui_gc_asked = false;  // "imgui-gc", done by compact_imgui_if_asked
}
void set_test_hook_app(App* app) { g_app = app; }

void compact_imgui_if_asked() {
  if (!g_imgui_gc_asked) return;
  g_imgui_gc_asked = false;
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g.GcCompactAll = true;
  for (ImGuiViewportP* viewport : g.Viewports)
    for (ImDrawList* list : viewport->BgFgDrawLists)
      if (list) list->_ClearFreeMemory();  // refilled by the next frame's first use
}

namespace {
// Bytes handed out by malloc and not yet freed (Emscripten's dlmalloc; glibc natively).
nlohmann::json heap_json() {
#ifdef __EMSCRIPTEN__
  const struct mallinfo info = mallinfo();
#else
  const struct mallinfo2 info = mallinfo2();
#endif
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return nlohmann::json{{"in_use", static_cast<std::uint64_t>(info.uordblks)},
                        {"arena", static_cast<std::uint64_t>(info.arena)},
                        {"imgui_allocations", g.DebugAllocInfo.TotalAllocCount - g.DebugAllocInfo.TotalFreeCount},
                        {"imgui_windows", g.Windows.Size},
                        {"imgui_tables", g.Tables.GetAliveCount()}};
}

// Code points among `cps` that the UI font atlas has no glyph for.
nlohmann::json missing_glyphs(const std::set<std::uint32_t>& cps) {
  nlohmann::json out = nlohmann::json::array();
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  ImFont* font = atlas->Fonts.empty() ? nullptr : atlas->Fonts[0];
  for (std::uint32_t cp : cps) {
    if (cp < 0x20 || cp == 0x7F) continue;  // control characters are never drawn
    if (!font || cp > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(cp))) out.push_back(cp);
  }
  return out;
}

// Globe commands; false when `cmd` is not one of them.
bool globe_command(App& app, const std::string& cmd, std::string& reply) {
  std::istringstream in(cmd);
  std::string verb, arg;
  in >> verb;
  GlobeView& globe = app.globe();
  AppState& state = app.state();
  if (verb == "globe" || verb == "frame-stats") {
    reply = globe.describe_json();
  } else if (verb == "select") {
    in >> arg;
    if (!arg.empty() && app.dataset().find_town(arg) == kNoIndex) reply = R"({"error":"no such town"})";
    else {
      state.selected_town = arg;
      reply = R"({"ok":true})";
    }
  } else if (verb == "hover" || verb == "pick") {
    float x = -1, y = -1;
    in >> x >> y;
    if (verb == "hover") globe.simulate_hover(x, y);
    GlobeView::Pick p = globe.pick(x, y);
    nlohmann::json j;
    j["town"] = p.town == kNoIndex ? std::string() : app.dataset().towns[p.town].id;
    j["arc"] = p.arc;
    reply = j.dump();
  } else if (verb == "project") {
    in >> arg;
    TownIndex t = app.dataset().find_town(arg);
    if (t == kNoIndex) {
      reply = R"({"error":"no such town"})";
      return true;
    }
    ScreenPos s = globe.screen_position(t);
    reply = nlohmann::json{{"x", s.x}, {"y", s.y}, {"visible", s.visible}}.dump();
  } else if (verb == "view") {
    in >> arg;
    if (arg == "default") globe.jump_to(state, GlobeView::default_camera());
    else if (arg == "earth") globe.jump_to(state, GlobeView::earth_camera());
    else {
      reply = R"({"error":"view default|earth"})";
      return true;
    }
    reply = R"({"ok":true})";
  } else if (verb == "fly") {
    in >> arg;
    reply = globe.fly_to_town(arg, state) ? R"({"ok":true})" : R"({"error":"no such town"})";
  } else if (verb == "world" || verb == "suggestions" || verb == "ui") {
    in >> arg;
    bool on = arg != "off";
    if (verb == "world") globe.set_world_mode(on);
    else if (verb == "suggestions") globe.set_show_suggestions(on);
    else globe.hide_panels = !on;
    reply = R"({"ok":true})";
  } else if (verb == "firsts") {
    in >> arg;
    state.first_suggestions = arg == "on";
    reply = R"({"ok":true})";
  } else if (verb == "lang") {
    in >> arg;
    ui::set_language(arg == "de" ? ui::Language::German : ui::Language::English);
    reply = R"({"ok":true})";
  } else if (verb == "gl-error") {  // [faults] glGetError: 0 when the GL calls since the last check were valid
    reply = nlohmann::json{{"error", unsigned(glGetError())}}.dump();
  } else if (verb == "layers") {  // bit mask: 1 globe, 2 borders, 4 arcs, 8 points, 16 labels
    unsigned mask = 0xFFu;
    in >> mask;
    globe.layers = mask;
    reply = R"({"ok":true})";
  } else if (verb == "spin") {  // degrees of longitude per frame; 0 stops
    float deg = 0.0f;
    in >> deg;
    globe.spin_deg_per_frame = deg;
    reply = R"({"ok":true})";
  } else if (verb == "draw-time") {  // GPU cost without vsync: N synchronous redraws of the last frame
    int draws = 10;
    in >> draws >> arg;  // "cached": show the globe's cached image as a static frame does
    reply = nlohmann::json{{"ms_per_draw", app.time_redraws(std::max(1, std::min(draws, 1000)), arg == "cached")}}.dump();
  } else if (verb == "glyphs-missing") {
    std::set<std::uint32_t> cps;
    if (in >> arg) {  // comma-separated hex code points from the caller
      std::istringstream list(arg);
      std::string item;
      while (std::getline(list, item, ','))
        if (!item.empty()) cps.insert(static_cast<std::uint32_t>(std::strtoul(item.c_str(), nullptr, 16)));
    } else {
      cps = dataset_code_points(app.dataset(), app.world_network().towns.empty() ? nullptr : &app.world_network());
      cps.insert(0x0175);  // ŵ
      cps.insert(0x0177);  // ŷ
    }
    nlohmann::json j;
    j["checked"] = cps.size();
    j["missing"] = missing_glyphs(cps);
    reply = j.dump();
  } else {
    return false;
  }
  return true;
}
}  // namespace
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
  else if (cmd == "sheet" || cmd.rfind("sheet ", 0) == 0) reply = atlas::g_app->sheet_query(cmd);
  else if (cmd == "own-data") reply = atlas::g_app->own_data_json();
  else if (cmd == "heap") reply = atlas::heap_json().dump();
  else if (cmd == "imgui-gc") {
    atlas::g_imgui_gc_asked = true;
    reply = R"({"ok":true})";
  }
  else if (cmd == "focus") reply = atlas::g_app->focus_json();
  else if (cmd == "welcome") reply = nlohmann::json{{"open", atlas::g_app->welcome_open()}}.dump();
  else if (cmd == "text-log") reply = atlas::g_app->text_log_json();
  else if (cmd == "text-log on" || cmd == "text-log off") {
    atlas::g_app->set_text_log(cmd == "text-log on");
    reply = R"({"ok":true})";
  }
  else if (std::string t = atlas::g_app->tour_query(cmd); !t.empty()) reply = t;  // tour_controller.cpp
  else if (atlas::globe_command(*atlas::g_app, cmd, reply)) {}
  else if (std::string r = atlas::g_app->explore_query(cmd); !r.empty()) reply = r;  // explore_controller.cpp
  else reply = R"({"error":"unknown command"})";
  return reply.c_str();
}
