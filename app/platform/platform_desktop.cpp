// Desktop implementation of platform.h (SDL2 + OpenGL 3.3 core) for offline workshops:
// files are read from the built site folder given on the command line, the "URL hash"
// lives in memory (it can be given as an argument too), and progress and readiness go to
// stdout. Exports are files written next to the site folder.
#ifndef __EMSCRIPTEN__

#include "platform.h"

#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>

#include "core/own_data.h"
#include "core/png_encoder.h"

namespace atlas::platform {

namespace {
std::deque<std::pair<std::string, std::function<void(FileResult)>>> g_requests;
std::string g_hash;
std::deque<FileResult> g_user_files;  // dropped on the window
std::string g_site_root = ".";
constexpr double kMinFrameSeconds = 1.0 / 60.0;  // the frame-rate cap where vsync does not wait
bool g_frame_stats = false;  // --frame-stats: print the frame rate since "ready" on exit
double g_ready_seconds = -1.0;
int g_window_width = 1280, g_window_height = 800;  // --size

// "WIDTHxHEIGHT" with each side 200-16384; false for anything else.
bool parse_window_size(const std::string& text, int& width, int& height) {
  char rest = 0;
  return std::sscanf(text.c_str(), "%dx%d%c", &width, &height, &rest) == 2 && width >= 200 && height >= 200 &&
         width <= 16384 && height <= 16384;
}

void print_usage(std::FILE* to) {
  std::fprintf(to,
               "usage: atlas_desktop [options] [SITE_FOLDER] [#HASH]\n"
               "Twinning Atlas for offline workshops: shows the built site folder (default: the current\n"
               "folder), e.g. atlas_desktop build/web/site '#sel=DE:05314000'.\n"
               "options:\n"
               "  --help         print this help and exit\n"
               "  --version      print the version and exit\n"
               "  --size WxH     the window's size in pixels (default 1280x800), e.g. 1920x1080 for a projector\n"
               "  --frame-stats  on exit, print how many frames were drawn since the data was ready\n");
}
std::map<std::string, std::string> g_settings;  // load_setting / save_setting: this run only
}  // namespace

StartRequest configure(int argc, char** argv) {
  bool site_given = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      print_usage(stdout);
      return {false, 0};
    }
    if (arg == "--version") {
      std::printf("atlas_desktop (Twinning Atlas) %s\n", ATLAS_VERSION);
      return {false, 0};
    }
    if (arg == "--frame-stats") {
      g_frame_stats = true;
    } else if (arg == "--size") {
      if (i + 1 >= argc || !parse_window_size(argv[i + 1], g_window_width, g_window_height)) {
        std::fprintf(stderr, "error: --size needs WIDTHxHEIGHT, each 200 to 16384 pixels (e.g. 1920x1080)%s%s\n",
                     i + 1 < argc ? ", not " : "", i + 1 < argc ? argv[i + 1] : "");
        print_usage(stderr);
        return {false, 2};
      }
      ++i;
    } else if (!arg.empty() && arg[0] == '#') {
      g_hash = arg.substr(1);
    } else if ((!arg.empty() && arg[0] == '-') || site_given) {
      std::fprintf(stderr, "error: %s '%s'\n", site_given && arg[0] != '-' ? "a second site folder" : "unknown option",
                   arg.c_str());
      print_usage(stderr);
      return {false, 2};
    } else {
      g_site_root = arg;
      site_given = true;
    }
  }
  if (!std::filesystem::is_regular_file(std::filesystem::path(g_site_root) / "manifest.json")) {
    std::fprintf(stderr,
                 "error: '%s' is not a built site folder (it has no manifest.json); build it with\n"
                 "  cmake --preset web && cmake --build build/web\n"
                 "and run atlas_desktop build/web/site\n",
                 g_site_root.c_str());
    return {false, 1};
  }
  return {};
}

bool create_window(const char* title, Window& out, std::string& error) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("SDL could not start (is there a display? DISPLAY or WAYLAND_DISPLAY): ") + SDL_GetError();
    SDL_Quit();
    return false;
  }
  // Without a display SDL falls back to its offscreen driver, which "works" but shows nothing:
  // a presenter would see no window and a process that never ends. Only on request.
  const char* driver = SDL_GetCurrentVideoDriver();
  const std::string_view name = driver ? driver : "";
  if ((name == "offscreen" || name == "dummy") && !SDL_getenv("SDL_VIDEODRIVER")) {
    error = "no display to open a window on (DISPLAY and WAYLAND_DISPLAY unset or unreachable; SDL found only its " +
            std::string(name) + " video driver)";
    SDL_Quit();
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, 1);
  SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, 4);
  out.sdl_window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, g_window_width, g_window_height,
                                    SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!out.sdl_window) {
    error = std::string("could not create the window: ") + SDL_GetError();
    SDL_Quit();
    return false;
  }
  SDL_GLContext context = SDL_GL_CreateContext(out.sdl_window);
  if (!context) {
    error = std::string("OpenGL 3.3 is not available: ") + SDL_GetError();
    destroy_window(out);
    return false;
  }
  SDL_GL_MakeCurrent(out.sdl_window, context);
  SDL_GL_SetSwapInterval(1);
  out.glsl_version = "#version 330 core";
  return true;
}

void destroy_window(Window& window) {
  if (window.sdl_window) SDL_DestroyWindow(window.sdl_window);
  window.sdl_window = nullptr;
  SDL_Quit();
}

void size_drawable(Window& window, float, int& width, int& height) {
  SDL_GL_GetDrawableSize(window.sdl_window, &width, &height);  // a desktop GPU keeps up at full size
}

void print_frame_stats(long frames) {
  const double seconds = g_ready_seconds < 0 ? 0.0 : now_seconds() - g_ready_seconds;
  std::printf("frames: %ld in %.2f s since ready (%.1f per second)\n", frames, seconds,
              seconds > 0 ? frames / seconds : 0.0);
  std::fflush(stdout);
}

void run_main_loop(const std::function<bool()>& frame) {
  // SDL turns SIGTERM, SIGINT and the window's close button into SDL_QUIT, which ends frame().
  long frames_since_ready = 0;
  for (;;) {
    const double start = now_seconds();
    if (!frame()) break;
    if (g_ready_seconds >= 0) ++frames_since_ready;
    const double left = kMinFrameSeconds - (now_seconds() - start);
    if (left > 0) SDL_Delay(static_cast<Uint32>(left * 1000.0));
  }
  if (g_frame_stats) print_frame_stats(frames_since_ready);
}

void request_file(const std::string& name, std::function<void(FileResult)> done) {
  g_requests.emplace_back(name, std::move(done));
}

void poll_files() {
  // One file per frame, so loading progress is visible as on the web.
  if (g_requests.empty()) return;
  auto [name, done] = std::move(g_requests.front());
  g_requests.pop_front();
  FileResult r;
  r.name = name;
  std::ifstream in(g_site_root + "/" + name, std::ios::binary);
  if (in) {
    std::ostringstream text;
    text << in.rdbuf();
    r.bytes = text.str();
    r.ok = true;
  } else {
    r.error = "cannot open " + g_site_root + "/" + name;
  }
  done(std::move(r));
}

std::string url_hash() { return g_hash; }
void set_url_hash(const std::string& hash, bool) { g_hash = hash; }


bool touch_screen() { return false; }  // a workshop laptop; the first finger switches (App)

std::vector<std::string> preferred_languages() {
  std::vector<std::string> tags;
  SDL_Locale* locales = SDL_GetPreferredLocales();
  for (SDL_Locale* l = locales; l && l->language; ++l)
    tags.push_back(std::string(l->language) + (l->country ? std::string("-") + l->country : std::string()));
  SDL_free(locales);
  return tags;
}
bool take_hash_change(std::string&) { return false; }

std::string load_setting(const std::string& key) {
  auto it = g_settings.find(key);
  return it == g_settings.end() ? std::string() : it->second;
}
void save_setting(const std::string& key, const std::string& value) { g_settings[key] = value; }

void report_progress(const std::string& stage, double fraction) {
  std::printf("loading %s: %3.0f%%\n", stage.c_str(), fraction * 100.0);
}
void signal_ready() {
  g_ready_seconds = now_seconds();
  std::printf("ready\n");
  std::fflush(stdout);  // a script waiting for "ready" reads a pipe, which is fully buffered
}
void show_fatal_error(const std::string& message, bool) { std::fprintf(stderr, "error: %s\n", message.c_str()); }
GraphicsEvent take_graphics_event() { return GraphicsEvent::None; }
void show_graphics_notice(const std::string&) {}

double now_seconds() {
  using clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

namespace {
// `file_name` in the folder that holds the site folder.
std::filesystem::path beside_site(const std::string& file_name) {
  std::filesystem::path site = std::filesystem::absolute(g_site_root).lexically_normal();
  if (!site.has_filename()) site = site.parent_path();  // "site/" names the folder too
  return site.parent_path() / std::filesystem::path(file_name).filename();
}

void write_beside_site(const std::string& file_name, const std::string& bytes) {
  const std::filesystem::path path = beside_site(file_name);
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (out) std::printf("wrote %s\n", path.string().c_str());
  else std::fprintf(stderr, "error: could not write %s\n", path.string().c_str());
}
}  // namespace

void pick_user_file() {}

bool take_user_file(FileResult& file) {
  if (g_user_files.empty()) return false;
  file = std::move(g_user_files.front());
  g_user_files.pop_front();
  return true;
}

void receive_dropped_file(const char* path) {
  if (!path) return;
  FileResult r;
  r.name = std::filesystem::path(path).filename().string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "error: could not read the dropped file %s\n", path);
    return;
  }
  // One byte over the core reader's limit, so that a larger file is refused with the limit.
  r.bytes.resize(OwnDataLimits{}.max_bytes + 1);
  in.read(r.bytes.data(), static_cast<std::streamsize>(r.bytes.size()));
  r.bytes.resize(static_cast<std::size_t>(in.gcount()));
  r.ok = true;
  g_user_files.push_back(std::move(r));
}

void save_file(const std::string& file_name, const std::string&, const std::string& bytes) {
  write_beside_site(file_name, bytes);
}

void save_png(const std::string& file_name, const std::vector<unsigned char>& rgba, int width, int height) {
  write_beside_site(file_name, encode_png_rgba(rgba.data(), width, height));
}

void open_town_profile(const std::string& profile_json, const std::string& file_name) {
  write_beside_site(file_name, profile_json);
}

void set_fullscreen(Window& window, bool on) {
  SDL_SetWindowFullscreen(window.sdl_window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}
bool take_fullscreen_exit() { return false; }

namespace {
constexpr const char* kKeptTourFile = "twinning-atlas-tour.json";
}
std::string kept_tour() {
  std::ifstream in(beside_site(kKeptTourFile), std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  return text.str();
}
void keep_tour(const std::string& tour_json) {
  std::ofstream out(beside_site(kKeptTourFile), std::ios::binary);
  out.write(tour_json.data(), static_cast<std::streamsize>(tour_json.size()));
  if (!out) std::fprintf(stderr, "error: could not keep the tour in %s\n", beside_site(kKeptTourFile).string().c_str());
}

}  // namespace atlas::platform

#endif  // !__EMSCRIPTEN__
