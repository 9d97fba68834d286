// Desktop implementation of platform.h (SDL2 + OpenGL 3.3 core) for offline workshops:
// files are read from the built site folder next to the executable, the "URL hash"
// lives in memory (it can be given as the first command-line argument), and progress
// and readiness go to stdout. Exports are files written next to the site folder.
#ifndef __EMSCRIPTEN__

#include "platform.h"

#include <SDL.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/own_data.h"
#include "core/png_encoder.h"

namespace atlas::platform {

namespace {
std::deque<std::pair<std::string, std::function<void(FileResult)>>> g_requests;
std::string g_hash;
std::deque<FileResult> g_user_files;  // dropped on the window
std::string g_site_root = ".";
}  // namespace

void configure(int argc, char** argv) {
  // usage: atlas_desktop [site folder] [#hash]
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (!arg.empty() && arg[0] == '#') g_hash = arg.substr(1);
    else g_site_root = arg;
  }
}

bool create_window(const char* title, Window& out, std::string& error) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    error = std::string("SDL could not start: ") + SDL_GetError();
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_MULTISAMPLEBUFFERS, 1);
  SDL_GL_SetAttribute(SDL_GL_MULTISAMPLESAMPLES, 4);
  out.sdl_window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                                    SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!out.sdl_window) {
    error = std::string("could not create the window: ") + SDL_GetError();
    return false;
  }
  SDL_GLContext context = SDL_GL_CreateContext(out.sdl_window);
  if (!context) {
    error = std::string("OpenGL 3.3 is not available: ") + SDL_GetError();
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

void run_main_loop(const std::function<bool()>& frame) {
  while (frame()) {
  }
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
bool take_hash_change(std::string&) { return false; }

void report_progress(const std::string& stage, double fraction) {
  std::printf("loading %s: %3.0f%%\n", stage.c_str(), fraction * 100.0);
}
void signal_ready() { std::printf("ready\n"); }
void show_fatal_error(const std::string& message) { std::fprintf(stderr, "error: %s\n", message.c_str()); }

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

}  // namespace atlas::platform

#endif  // !__EMSCRIPTEN__
