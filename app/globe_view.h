// GlobeView: the interactive globe App owns. Turns Dataset + VisibleSet (+ the world
// network in world mode) into GPU data when they change, handles the pointer, wheel,
// pinch and keyboard, picks towns and arcs under the pointer (tooltip, click to select,
// double-click to fly), places labels, and draws the globe each frame. A frame changes
// only uniforms unless the data, the VisibleSet revision, the selection's suggestions or
// the mode change.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "core/dataset.h"
#include "core/dataset_loader.h"
#include "core/globe_camera.h"
#include "core/touch_gestures.h"
#include "core/key_map.h"
#include "core/palette.h"
#include "core/visible_set.h"
#include "render/arc_renderer.h"
#include "render/frame_cache.h"
#include "render/frame_uniforms.h"
#include "render/globe_renderer.h"
#include "render/point_renderer.h"
#include "scene/adaptive_resolution.h"
#include "scene/globe_scene.h"
#include "scene/label_layout.h"
#include "scene/screen_rect.h"
#include "ui/theme.h"

union SDL_Event;
struct ImDrawList;
struct ImFont;

namespace atlas {

class MatchEngine;

struct GlobeFrameStats {
  std::uint64_t frames = 0;
  std::uint64_t scene_builds = 0;   // NRW-UK scene rebuilt + uploaded
  std::uint64_t uploads = 0;        // buffer/texture uploads in total
  std::uint64_t rendered_frames = 0, cached_frames = 0;  // globe drawn, or its cached image shown
  double first_complete_frame_ms = -1.0;  // page time when land, towns, arcs and default suggestions first drew
  double land_build_ms = -1.0, suggestions_ms = 0.0, last_scene_build_ms = -1.0, world_build_ms = -1.0;
  std::uint64_t gpu_restores = 0;  // GL contexts restored after a loss (every GL object made again)
  double firsts_ms = -1.0;  // wall time from switching "first suggestions" on to all computed (last run)
};

class GlobeView {
 public:
  GlobeView();
  ~GlobeView();
  bool init(const char* glsl_version, std::string& error);
  // Once after loading: the map goes to the GPU. `engine` (ExploreController's) computes the
  // first suggestion of every NRW municipality when AppState::first_suggestions is on, over
  // the next frames within a time budget per frame. By default only the selection's and
  // "my town"'s suggestions are drawn; they come in the VisibleSet (for_selection).
  void set_data(const Dataset& dataset, const WorldMap& map, const MatchEngine* engine);
  void handle_event(const SDL_Event& event);
  // Between ImGui::NewFrame and ImGui::Render: input, picking, labels, tooltip, toolbar.
  void update(AppState& state, const VisibleSet& visible, const WorldNetwork& world, double now_s);
  // Draws into the default framebuffer of drawable size w x h. While the camera moves it
  // draws directly; at rest it shows the cached image when nothing it shows has changed
  // (render/frame_cache.h), else draws and caches it.
  void render(int drawable_w, int drawable_h);
  // The resolution to draw the next frame at, relative to the full drawable (adaptive).
  float render_scale() const { return resolution_.scale; }
  void invalidate_cache() { cache_.invalidate(); }  // the next render draws in full (benchmarks)
  static constexpr float kBackground[3] = {palette::kSpace.r / 255.0f, palette::kSpace.g / 255.0f,
                                           palette::kSpace.b / 255.0f};  // space behind the globe
  static constexpr float kLabelSize = ui::theme::kLabelFontSize;  // CSS pixels
  // The picture export (picture_export.h), after a frame with hide_panels set: this frame's
  // globe drawn at w x h into the bound framebuffer (no cache, no hover ring), and its placed
  // labels drawn into `dl` with `font` at kLabelSize * scale, positions scaled from CSS pixels.
  void render_picture(int w, int h);
  void draw_picture_labels(ImDrawList* dl, const ImFont* font, float scale) const;
  std::vector<std::string> placed_label_texts() const;
  const std::vector<PlacedLabel>& placed_labels() const { return layout_.placed(); }  // CSS pixels
  void destroy();
  // The GL context was lost (browser): its objects are gone; nothing is drawn until
  // restore_gpu, which makes every GL object again and uploads the map, the towns and arcs
  // and, in world mode, the world network again from the data kept on the CPU.
  void release_gpu();
  bool restore_gpu(const char* glsl_version, std::string& error);

  // World mode: entering it asks the app for the world network (see take_world_network_request).
  void set_world_mode(bool on);
  bool world_mode() const { return world_mode_; }
  bool take_world_network_request();
  // The world network's download or parse failed: the toolbar says so and offers a retry,
  // which asks for it again (take_world_network_request).
  void world_network_failed();
  void set_show_suggestions(bool on) { show_suggestions_ = on; }
  // The engine for the default suggestion arcs, when it comes after set_data: App hands it
  // over once the first frames are on screen (their hub terms take seconds in wasm).
  void set_match_engine(const MatchEngine* engine) { engine_ = engine; }
  // The side panel is open: frame the globe in the screen area it leaves free.
  void set_panel_open(bool open) { panel_open_ = open; }
  // [touch] A phone's bottom sheet is this tall (CSS pixels): the globe frames its view above it.
  void set_sheet_height(float height) { sheet_height_ = height; }

  // Camera helpers for keys, buttons and the test hook.
  static CameraState default_camera() { return CameraState{}; }
  // The default view for this screen: phones (the globe in the lower half) step back so
  // that NRW and the whole UK fit the narrower area.
  CameraState home_camera() const;
  static CameraState earth_camera();
  void fly_to(const CameraState& target, double seconds = 1.0);
  bool fly_to_town(const std::string& town_id, const AppState& state);
  bool flying() const { return flight_.active(); }
  void jump_to(AppState& state, const CameraState& camera);
  // A globe key of the key map (core/key_map.h): turn, zoom, reset the view, clear the
  // selection; false when `action` is not one of them.
  bool apply_key(KeyAction action, AppState& state);

  // Test hook: picking at a point in CSS pixels; hover simulation; readiness.
  struct Pick {
    TownIndex town = kNoIndex;
    int arc = -1;
  };
  Pick pick(float x, float y) const;
  ScreenPos screen_position(TownIndex town) const;  // CSS pixels, this frame's camera
  // Where the selected town shows: its point and, when placed, its label (CSS pixels); none
  // when nothing is selected or it is on the far side. The legend keeps clear of it.
  std::optional<ScreenRect> selection_footprint() const;
  // The toolbar as drawn last frame (none while hidden), so the legend can keep clear of it.
  std::optional<ScreenRect> toolbar_footprint() const { return toolbar_rect_; }
  void simulate_hover(float x, float y);
  bool settled() const;  // nothing pending: first suggestions done (when on), scene built, no flight
  bool hide_panels = false;  // render tests: only the globe and its labels
  // [tours] Presenter mode and kiosk: the globe fills the screen without its toolbar, its keys
  // are off (the tour's keys step instead), labels, arcs and points are sized for a projector.
  bool presentation = false;
  // [tours] More toolbar buttons (tours, presenter mode), drawn at the end of the toolbar.
  // Start-up, as soon as the world map has arrived: uploads it (land texture, borders) and
  // draws with every globe program once, into the frame cache under a one-pixel scissor, then
  // flushes. The GPU process (with software GL: shader translation, pipeline compilation, the
  // land texture's mipmaps) does that work while the main thread parses the dataset, instead
  // of in the first frame after readiness. set_data keeps this upload.
  void warm_up(const WorldMap& map, int drawable_w, int drawable_h);
  std::function<void()> toolbar_buttons;
  // Layers drawn (test hook "layers <mask>", for measuring what each costs); in world mode
  // the arcs and points layers are the world network's.
  enum Layer : unsigned { kLayerGlobe = 1, kLayerBorders = 2, kLayerArcs = 4, kLayerPoints = 8, kLayerLabels = 16 };
  unsigned layers = 0xFFu;
  // Turns the globe by this much each frame (test hook "spin": the benchmark's moving camera).
  float spin_deg_per_frame = 0.0f;
  const GlobeFrameStats& stats() const { return stats_; }
  std::string describe_json() const;
  std::size_t drawn_points() const { return scene_.points.size(); }
  std::size_t drawn_arcs() const { return scene_.arcs.size(); }
  std::size_t default_suggestion_count() const { return default_suggestions_.size(); }

 private:
  void upload_map(const WorldMap& map);  // land texture, borders and graticule
  void request_world_network();
  // The first suggestion of every NRW municipality, a slice per frame while the toggle is on;
  // restarts when the weights or the pool change.
  void step_default_suggestions(const AppState& state, double budget_s);
  bool firsts_pending() const { return firsts_on_ && !suggestions_done_; }
  void rebuild_scene(const VisibleSet& visible);
  void update_selection(const AppState& state);
  void handle_input(AppState& state);
  void handle_touch(AppState& state, bool touch_start_over_ui);  // [touch] gestures_ on the camera and selection
  void select_at(AppState& state, float x, float y);             // a click or tap
  void project_points();
  void update_hover(float x, float y);
  void draw_layers(const FrameUniforms& u);
  void draw_cached(const FrameUniforms& u, int w, int h);  // from the frame cache, drawing and caching first if stale
  void place_labels();
  void add_world_label_candidates();
  const std::string& label_text(std::uint32_t id) const;
  bool showing_world() const { return world_mode_ && world_built_ && world_; }  // world network on the globe
  int world_town_of(const std::string& town_id) const;
  std::string selectable_world_town(int world_town) const;
  void draw_labels();
  void draw_labels_into(ImDrawList* dl, const ImFont* font, float scale) const;
  FrameUniforms uniforms_for(int w, int h) const;  // this frame's uniforms for a drawable of w x h
  void draw_tooltip();
  void draw_toolbar(AppState& state, const WorldNetwork& world);
  void draw_toolbar_controls(AppState& state, bool wide);
  void draw_world_status(const WorldNetwork& world, bool wide);
  void draw_toolbar_fold_button();
  void build_tooltip_text();
  void compute_uniforms(const AppState& state);

  const Dataset* dataset_ = nullptr;
  const MatchEngine* engine_ = nullptr;  // not owned: ExploreController's
  GlobeRenderer globe_;
  ArcRenderer arcs_;
  PointRenderer points_;
  PointRenderer world_points_;
  LineRenderer world_lines_;
  FrameCache cache_;
  AdaptiveResolution resolution_;

  GlobeScene scene_;
  WorldScene world_scene_;
  std::vector<std::vector<PartnershipIndex>> town_links_;
  std::vector<SuggestedLink> default_suggestions_, drawn_suggestions_;
  std::size_t selection_suggestions_ = 0;  // drawn for the selection (from the VisibleSet)
  std::size_t next_suggestion_town_ = 0;
  bool suggestions_done_ = false;  // default_suggestions_ complete for firsts_weights_/firsts_pool_
  bool firsts_on_ = false;         // AppState::first_suggestions this frame
  bool firsts_drawn_ = false;      // the scene holds them
  MatchWeights firsts_weights_;
  PoolKind firsts_pool_ = PoolKind::Uk;
  double firsts_started_s_ = -1.0;
  std::size_t nrw_municipalities_ = 0;
  std::uint64_t built_revision_ = 0;
  bool scene_dirty_ = true;
  bool show_suggestions_ = true;
  bool panel_open_ = true;
  bool home_applied_ = false;
  bool world_mode_ = false, world_requested_ = false, world_request_pending_ = false, world_built_ = false;
  bool world_failed_ = false;  // the last request failed; the toolbar offers a retry
  const WorldMap* map_ = nullptr;  // App's; uploaded again after a lost GL context
  const WorldMap* uploaded_map_ = nullptr;  // whose land and borders are on the GPU (the dataset can change, the map not)
  double world_request_time_ = 0.0;

  std::string selected_id_;
  TownIndex selected_town_ = kNoIndex;
  TownIndex hover_town_ = kNoIndex;
  int hover_arc_ = -1;
  int hover_world_town_ = -1;
  int selected_world_town_ = -1;  // the selection's record in the world network, or -1
  const WorldNetwork* world_ = nullptr;
  std::string tooltip_;

  CameraFlight flight_;
  CameraState camera_;  // the camera of the current frame
  CameraState placed_camera_;
  double last_time_ = -1.0;
  bool dragging_ = false;
  bool moving_ = false;  // the camera moves this frame (flight, drag, spin, keys)
  float drag_distance_ = 0.0f;
  TouchGestures gestures_;           // [touch] fed by handle_event, applied by handle_touch
  bool touch_on_globe_ = false;      // [touch] the current touch began on the globe, not a panel
  float sheet_height_ = 0.0f;        // [touch] see set_sheet_height
  float simulated_x_ = -1.0f, simulated_y_ = -1.0f;
  float last_hover_x_ = -2.0f, last_hover_y_ = -2.0f;
  std::uint64_t hover_builds_ = 0;
  bool labels_dirty_ = true;
  bool presented_ = false;  // `presentation` as the labels were last sized
  float label_scale_ = 1.0f, mark_scale_ = 1.0f;  // label type and arc/point widths (presentation)

  // Screen (CSS pixels) and projections of the current frame.
  float view_w_ = 1.0f, view_h_ = 1.0f, dpi_ = 1.0f;
  glm::dmat4 view_proj_{1.0};
  std::optional<ScreenRect> toolbar_rect_;  // toolbar_footprint
  bool toolbar_open_ = false;                // [touch] a narrow touch screen's toolbar unfolded
  ScreenRect area_, shown_area_;  // where the globe shows (beside an open panel); the one labels were placed in
  glm::dvec2 view_shift_{0.0};    // NDC shift of the globe centre into the centre of area_
  glm::dvec3 eye_{0.0};
  FrameUniforms uniforms_;
  std::vector<ScreenPos> screen_;  // per drawn point
  std::vector<TownIndex> label_order_;
  std::vector<float> label_width_;  // per dataset town (text width at the label size)
  std::vector<std::uint32_t> label_text_;  // per dataset town: the first town with the same name
  std::vector<float> world_label_width_;   // per WorldScene::label_order entry
  std::vector<ScreenPos> world_screen_;    // per WorldScene::label_order entry
  std::vector<LabelCandidate> candidates_;
  LabelLayout layout_;
  GlobeFrameStats stats_;
};

}  // namespace atlas
