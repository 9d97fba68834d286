// The one small interface between the app and where it runs (browser or desktop).
// platform_web.cpp and platform_desktop.cpp implement it; nothing else in the app
// includes emscripten or calls SDL_GL_* / window functions directly.
//
// Implemented features:
//  [x] window + GL context (WebGL2 / OpenGL 3.3 core), high-DPI aware
//  [x] drawing a frame at reduced resolution, shown scaled up (browser)
//  [x] main loop (browser requestAnimationFrame / desktop while-loop)
//  [x] asynchronous file requests with progress (page prefetch / disk)
//  [x] URL hash read/write with history (browser; desktop keeps it in memory)
//  [x] settings kept on the device (browser localStorage; desktop: in memory) and the
//      user's preferred languages (browser navigator.languages; desktop SDL's locales)
//  [x] loading progress, readiness signal and fatal-error message for the page
//  [x] a file from the user (browser: dropped on the page or picked; desktop: dropped on the window)
//  [x] a small setting remembered on the device (browser localStorage / desktop: this run)
//  [x] presenter mode's fullscreen (browser: Fullscreen API, its exit noticed; desktop: SDL)
//  [x] the tour kept on the device (browser: localStorage; desktop: a file beside the site)
//  [x] exports: a file for the user (browser download / file next to the site folder), a
//      picture as PNG (browser canvas encoder / core's png_encoder), and the printable town
//      profile handed to a new tab
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

struct SDL_Window;

namespace atlas::platform {

struct Window {
  SDL_Window* sdl_window = nullptr;
  const char* glsl_version = "";  // "#version 300 es" or "#version 330 core"
};

// What the start-up arguments ask for: run the app, or exit at once with `exit_code`
// (desktop: after --help or --version 0, a bad option 2, a missing site folder 1).
struct StartRequest {
  bool run = true;
  int exit_code = 0;
};
// Takes the platform's start-up arguments (desktop: options, site folder and an initial
// hash; browser: nothing to take).
StartRequest configure(int argc, char** argv);

// Creates the window and GL context; on failure returns false with a readable reason.
bool create_window(const char* title, Window& out, std::string& error);
void destroy_window(Window& window);

// Sizes the drawable for this frame and returns its size in pixels: the window's full
// resolution times `scale` (0 < scale <= 1) where the platform can show a smaller image
// scaled up at no cost (browser: the canvas's backing store, which the page stretches to
// the canvas's CSS size), otherwise the full resolution (desktop).
void size_drawable(Window& window, float scale, int& width, int& height);

// Runs `frame` until it returns false (desktop; at most about 60 frames a second, also
// without vsync, and SIGTERM/SIGINT or the window's close button end it) or forever (browser).
void run_main_loop(const std::function<bool()>& frame);

struct FileResult {
  std::string name;
  std::string bytes;
  bool ok = false;
  std::string error;  // readable reason when !ok
};
// Asks for a file of the site (e.g. "data/towns.json"); `done` runs later on the main
// thread, from within a frame.
void request_file(const std::string& name, std::function<void(FileResult)> done);
// Delivers finished requests; called once per frame by the app.
void poll_files();

std::string url_hash();                                   // without '#'
void set_url_hash(const std::string& hash, bool push);    // push: new history entry
bool take_hash_change(std::string& hash);                 // back/forward since last call

// The user's languages, most preferred first ("de-DE", "en-GB").
std::vector<std::string> preferred_languages();

// [touch] The primary pointer is a finger (a phone or tablet): larger tap targets from the start.
bool touch_screen();

// Loading feedback to the page: `fraction` in [0,1] of the parsing stage.
void report_progress(const std::string& stage, double fraction);
void signal_ready();
// The page's error box (browser; desktop: stderr). `browser_hint`: the box also suggests
// another browser or hardware acceleration (not for a data file the site lacks).
void show_fatal_error(const std::string& message, bool browser_hint = true);

// The GL context's fate. Browser: the canvas's webglcontextlost / webglcontextrestored (the
// page prevents the lost event's default, so the browser restores the context); events come
// in order, None when there is none. Desktop: never lost.
enum class GraphicsEvent { None, Lost, Restored };
GraphicsEvent take_graphics_event();
// A short notice over the page while the globe cannot be drawn; "" hides it. Desktop: none.
void show_graphics_notice(const std::string& text);

double now_seconds();

// Opens the file picker for a council's own list (browser); the file arrives through
// take_user_file. Desktop: no picker (drop the file on the window).
void pick_user_file();
// A file the user dropped on the page or picked (web/loader.js reads it with
// File.arrayBuffer(), at most 10 MB + 1 byte, so that a larger file reaches the core reader
// and is refused with its limit); false when none arrived since the last call.
bool take_user_file(FileResult& file);
// Desktop: the file at `path`, dropped on the window (SDL_DROPFILE), read as the browser reads
// a dropped file (at most 10 MB + 1 byte) and queued for take_user_file. Browser: SDL's web
// backend delivers no dropped files (loader.js does), so nothing to do.
void receive_dropped_file(const char* path);

// Gives the user `bytes` as a file named `file_name` (a plain name, no folders). Browser: a
// download through a blob URL and <a download> (web/loader.js); desktop: a file written next
// to the site folder (its path printed).
void save_file(const std::string& file_name, const std::string& mime_type, const std::string& bytes);

// Gives the user an RGBA picture (width x height pixels, top row first) as a PNG file named
// `file_name`. Browser: web/loader.js encodes it with a canvas (putImageData, toBlob) and
// downloads it as save_file does; desktop: encoded by core/png_encoder.h, written next to the
// site folder.
void save_png(const std::string& file_name, const std::vector<unsigned char>& rgba, int width, int height);

// Opens the printable town profile (web/profile.html) with `profile_json` (core's
// town_profile_json). Browser: stored in localStorage under "atlas-profile:<fresh token>",
// then profile.html#t=<token> opened in a new tab (same origin, no inline code); desktop: the
// JSON written next to the site folder as `file_name` (its path printed).
void open_town_profile(const std::string& profile_json, const std::string& file_name);

// A small setting remembered on this device across visits (e.g. that the first-visit card was
// closed). Browser: localStorage under "atlas-setting:<key>" (web/loader.js; nothing is kept
// where storage is blocked); desktop: in memory for this run. "" when none is stored.
std::string load_setting(const std::string& key);
void save_setting(const std::string& key, const std::string& value);
// [tours] Presenter mode's fullscreen. Browser: the Fullscreen API on the page (asked for
// within a key press or click, which the browser requires); desktop: the SDL window.
void set_fullscreen(Window& window, bool on);
// True once after the page left fullscreen on its own (the browser's Esc, which the page may
// never see as a key); desktop: never.
bool take_fullscreen_exit();
// The tour kept on the device as tour JSON ("" when none). Browser: localStorage; desktop: a
// file beside the site folder.
std::string kept_tour();
void keep_tour(const std::string& tour_json);

}  // namespace atlas::platform
