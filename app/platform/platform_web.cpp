// Browser implementation of platform.h (Emscripten). The page's loader (web/loader.js)
// has already started downloading the wasm and the start-up files with progress; file
// requests here are answered from those downloads (or a new fetch), the URL hash is the
// page's location hash, and readiness/progress/errors go to window.atlasPage.
#ifdef __EMSCRIPTEN__

#include "platform.h"

#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <unordered_map>

namespace atlas::platform {

namespace {

struct PendingFile {
  std::string name;
  std::function<void(FileResult)> done;
};
std::unordered_map<int, PendingFile> g_pending;
std::deque<std::pair<int, FileResult>> g_finished;
std::deque<FileResult> g_user_files;
int g_next_request = 1;
std::function<bool()> g_frame;

void frame_trampoline() { g_frame(); }

// A string the JS side allocated with _malloc (the EM_JS functions below that return char*),
// copied and freed.
std::string take_js_string(char* p) {
  std::string text(p);
  std::free(p);
  return text;
}

}  // namespace

// JS side of the bridge. Each function is a thin call into window.atlasPage.
EM_JS(void, js_request_file, (int id, const char* name), {
  window.atlasPage.requestFile(id, UTF8ToString(name));
});
EM_JS(char*, js_url_hash, (), {
  const h = window.atlasPage.getHash();
  const n = lengthBytesUTF8(h) + 1;
  const p = _malloc(n);
  stringToUTF8(h, p, n);
  return p;
});
EM_JS(void, js_set_url_hash, (const char* hash, int push), {
  window.atlasPage.setHash(UTF8ToString(hash), !!push);
});
EM_JS(char*, js_take_hash_change, (), {
  const h = window.atlasPage.takeHashChange();
  if (h === null) return 0;
  const n = lengthBytesUTF8(h) + 1;
  const p = _malloc(n);
  stringToUTF8(h, p, n);
  return p;
});
EM_JS(char*, js_preferred_languages, (), {
  const v = window.atlasPage.languages().join(',');
  const n = lengthBytesUTF8(v) + 1;
  const p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(int, js_touch_screen, (), { return window.atlasPage.touchScreen() ? 1 : 0; });
EM_JS(void, js_report_progress, (const char* stage, double fraction), {
  window.atlasPage.progress(UTF8ToString(stage), fraction);
});
EM_JS(void, js_save_file, (const char* name, const char* mime, const char* bytes, int size), {
  window.atlasPage.saveFile(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + size));
});
EM_JS(void, js_save_png, (const char* name, const unsigned char* rgba, int width, int height), {
  window.atlasPage.savePng(UTF8ToString(name), HEAPU8.slice(rgba, rgba + width * height * 4), width, height);
});
EM_JS(void, js_open_town_profile, (const char* json), {
  window.atlasPage.openProfile(UTF8ToString(json));
});
EM_JS(void, js_set_fullscreen, (int on), { window.atlasPage.setFullscreen(!!on); });
EM_JS(int, js_take_fullscreen_exit, (), { return window.atlasPage.takeFullscreenExit() ? 1 : 0; });
EM_JS(char*, js_kept_tour, (), {
  const t = window.atlasPage.keptTour();
  const n = lengthBytesUTF8(t) + 1;
  const p = _malloc(n);
  stringToUTF8(t, p, n);
  return p;
});
EM_JS(void, js_keep_tour, (const char* json), { window.atlasPage.keepTour(UTF8ToString(json)); });
EM_JS(void, js_pick_user_file, (), { window.atlasPage.pickFile(); });
EM_JS(char*, js_load_setting, (const char* key), {
  const v = window.atlasPage.loadSetting(UTF8ToString(key));
  const n = lengthBytesUTF8(v) + 1;
  const p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, js_save_setting, (const char* key, const char* value), {
  window.atlasPage.saveSetting(UTF8ToString(key), UTF8ToString(value));
});
EM_JS(void, js_signal_ready, (), { window.atlasPage.ready(); });
EM_JS(void, js_show_fatal_error, (const char* message, int browser_hint), {
  window.atlasPage.fatal(UTF8ToString(message), !!browser_hint);
});
EM_JS(int, js_take_graphics_event, (), { return window.atlasPage.takeGraphicsEvent(); });
EM_JS(void, js_show_graphics_notice, (const char* text), {
  window.atlasPage.showGraphicsNotice(UTF8ToString(text));
});
// Extensions are objects of the context that was lost: Emscripten enables its set again.
EM_JS(void, js_enable_gl_extensions_again, (), {
  if (typeof GL === 'undefined' || !GL.currentContext) return;
  GL.currentContext.initExtensionsDone = false;
  GL.initExtensions(GL.currentContext);
});

StartRequest configure(int, char**) { return {}; }

bool create_window(const char* title, Window& out, std::string& error) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("SDL could not start: ") + SDL_GetError();
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  // No depth buffer and no MSAA: the globe draws back to front without depth tests and
  // its shaders antialias their own edges (smoothstep over the pixel footprint). A 4x
  // multisampled framebuffer cost several times the empty-canvas frame in software GL.
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, 0);
  SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, 0);
  out.sdl_window = SDL_CreateWindow(title, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                                    SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!out.sdl_window) {
    error = std::string("could not create the window: ") + SDL_GetError();
    return false;
  }
  if (!SDL_GL_CreateContext(out.sdl_window)) {
    error = "WebGL2 is not available in this browser.";
    return false;
  }
  out.glsl_version = "#version 300 es";
  return true;
}

void destroy_window(Window& window) {
  if (window.sdl_window) SDL_DestroyWindow(window.sdl_window);
  window.sdl_window = nullptr;
}

void size_drawable(Window& window, float scale, int& width, int& height) {
  // SDL sizes the canvas to the window times the device pixel ratio (on start and on
  // resize) and reports that size as the drawable, whatever the canvas holds now.
  int full_w = 0, full_h = 0;
  SDL_GL_GetDrawableSize(window.sdl_window, &full_w, &full_h);
  scale = std::min(1.0f, std::max(0.1f, scale));
  width = scale < 1.0f ? std::max(1, int(float(full_w) * scale)) : full_w;
  height = scale < 1.0f ? std::max(1, int(float(full_h) * scale)) : full_h;
  int canvas_w = 0, canvas_h = 0;
  emscripten_get_canvas_element_size("#canvas", &canvas_w, &canvas_h);
  if (canvas_w != width || canvas_h != height) emscripten_set_canvas_element_size("#canvas", width, height);
}

void run_main_loop(const std::function<bool()>& frame) {
  g_frame = frame;
  emscripten_set_main_loop(frame_trampoline, 0, true);
}

void request_file(const std::string& name, std::function<void(FileResult)> done) {
  int id = g_next_request++;
  g_pending[id] = {name, std::move(done)};
  js_request_file(id, name.c_str());
}

void poll_files() {
  // Deliver outside the JS callback so user code runs inside a frame.
  while (!g_finished.empty()) {
    auto [id, result] = std::move(g_finished.front());
    g_finished.pop_front();
    auto it = g_pending.find(id);
    if (it == g_pending.end()) continue;
    auto done = std::move(it->second.done);
    result.name = std::move(it->second.name);
    g_pending.erase(it);
    done(std::move(result));
  }
}

std::string url_hash() {
  return take_js_string(js_url_hash());
}

void set_url_hash(const std::string& hash, bool push) { js_set_url_hash(hash.c_str(), push ? 1 : 0); }

bool take_hash_change(std::string& hash) {
  char* p = js_take_hash_change();
  if (!p) return false;
  hash = p;
  std::free(p);
  return true;
}

std::vector<std::string> preferred_languages() {
  const std::string list = take_js_string(js_preferred_languages());  // comma-separated language tags
  std::vector<std::string> tags;
  for (std::size_t start = 0; start < list.size();) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) tags.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return tags;
}

bool touch_screen() { return js_touch_screen() != 0; }

void report_progress(const std::string& stage, double fraction) { js_report_progress(stage.c_str(), fraction); }
void signal_ready() { js_signal_ready(); }
void show_fatal_error(const std::string& message, bool browser_hint) {
  js_show_fatal_error(message.c_str(), browser_hint ? 1 : 0);
}

GraphicsEvent take_graphics_event() {
  switch (js_take_graphics_event()) {
    case 1:
      return GraphicsEvent::Lost;
    case 2:
      js_enable_gl_extensions_again();
      return GraphicsEvent::Restored;
    default:
      return GraphicsEvent::None;
  }
}

void show_graphics_notice(const std::string& text) { js_show_graphics_notice(text.c_str()); }
double now_seconds() { return emscripten_get_now() / 1000.0; }

void pick_user_file() { js_pick_user_file(); }

bool take_user_file(FileResult& file) {
  if (g_user_files.empty()) return false;
  file = std::move(g_user_files.front());
  g_user_files.pop_front();
  return true;
}

std::string load_setting(const std::string& key) {
  return take_js_string(js_load_setting(key.c_str()));
}

void save_setting(const std::string& key, const std::string& value) { js_save_setting(key.c_str(), value.c_str()); }
void receive_dropped_file(const char*) {}

void save_file(const std::string& file_name, const std::string& mime_type, const std::string& bytes) {
  js_save_file(file_name.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void save_png(const std::string& file_name, const std::vector<unsigned char>& rgba, int width, int height) {
  if (rgba.size() < std::size_t(width) * std::size_t(height) * 4) return;
  js_save_png(file_name.c_str(), rgba.data(), width, height);
}

void open_town_profile(const std::string& profile_json, const std::string&) {
  js_open_town_profile(profile_json.c_str());
}

void set_fullscreen(Window&, bool on) { js_set_fullscreen(on ? 1 : 0); }
bool take_fullscreen_exit() { return js_take_fullscreen_exit() != 0; }

std::string kept_tour() {
  return take_js_string(js_kept_tour());
}
void keep_tour(const std::string& tour_json) { js_keep_tour(tour_json.c_str()); }

}  // namespace atlas::platform

// Called by web/loader.js when a requested file has arrived (or failed). `data` is
// malloc'ed by the page and owned here.
extern "C" EMSCRIPTEN_KEEPALIVE void atlas_file_arrived(int id, char* data, int size, const char* error) {
  atlas::platform::FileResult r;
  r.ok = error == nullptr || error[0] == '\0';
  if (r.ok) r.bytes.assign(data, static_cast<std::size_t>(size));
  else r.error = error;
  std::free(data);
  atlas::platform::g_finished.emplace_back(id, std::move(r));
}

// Called by web/loader.js with a file the user dropped or picked. `data` is malloc'ed by the
// page and owned here.
extern "C" EMSCRIPTEN_KEEPALIVE void atlas_user_file_arrived(const char* name, char* data, int size) {
  atlas::platform::FileResult r;
  r.name = name ? name : "";
  r.ok = true;
  if (data && size > 0) r.bytes.assign(data, static_cast<std::size_t>(size));
  std::free(data);
  atlas::platform::g_user_files.push_back(std::move(r));
}

#endif  // __EMSCRIPTEN__
