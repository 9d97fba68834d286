// The interactive globe (see globe_view.h).
//
// [SECTION] set-up and data
// [SECTION] per-frame update: input, camera, picking
// [SECTION] labels, tooltip, toolbar
// [SECTION] rendering
#include "globe_view.h"

#include <SDL.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include <glm/gtc/matrix_transform.hpp>

#include "core/geo.h"
#include "core/match/match_engine.h"
#include "core/match/match_explanation.h"
#include "platform/platform.h"
#include "scene/land_mask.h"
#include "ui/item_rects.h"
#include "ui/overview_panel.h"
#include "ui/theme.h"
#include "ui/ui_strings.h"

namespace atlas {

namespace {
constexpr float kLabelSize = GlobeView::kLabelSize;
constexpr float kPresentationLabelScale = 1.6f, kPresentationMarkScale = 1.5f;  // for a projector
constexpr float kToolbarMinGlobeHeight = 240.0f;  // CSS pixels of globe the toolbar needs beside it
constexpr float kCaptionBar = 64.0f, kCaptionBarPhone = 120.0f;  // CSS pixels kept for presenter mode's caption
constexpr int kSuggestionsPerTown = 1;  // "first suggestions": each NRW municipality's best match (issue 12)
constexpr int kLandWidth = 4096, kLandHeight = 2048;

// Width of a label's text at the label size, from the UI font (not GetFont(): outside a
// frame it may be stale).
float label_text_width(const std::string& text) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  ImFont* font = atlas->Fonts.empty() ? nullptr : atlas->Fonts[0];
  return font ? font->CalcTextSizeA(kLabelSize, FLT_MAX, 0.0f, text.c_str(), text.c_str() + text.size()).x : 0.0f;
}

float distance_to_segment(float px, float py, float ax, float ay, float bx, float by) {
  float dx = bx - ax, dy = by - ay;
  float len2 = dx * dx + dy * dy;
  float t = len2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0.0f, 1.0f) : 0.0f;
  float cx = ax + t * dx - px, cy = ay + t * dy - py;
  return std::sqrt(cx * cx + cy * cy);
}

// "1,234,567" (English) or "1.234.567" (German).
std::string format_population(double p) {
  if (p < 0) return ui::tr(ui::StringId::Unknown);
  return ui::number_text(std::llround(p));
}

// A table format with one argument ("Kreis: %s", "since %d"), filled in.
std::string format_text(const char* format, const std::string& value) {
  char buf[256];
  std::snprintf(buf, sizeof buf, format, value.c_str());
  return buf;
}
std::string format_text(const char* format, int value) {
  char buf[128];
  std::snprintf(buf, sizeof buf, format, value);
  return buf;
}
}  // namespace

// [SECTION] set-up and data

GlobeView::GlobeView() = default;
GlobeView::~GlobeView() = default;

bool GlobeView::init(const char* glsl_version, std::string& error) {
  return globe_.init(glsl_version, error) && arcs_.init(glsl_version, error) &&
         points_.init(glsl_version, "towns", error) && world_points_.init(glsl_version, "world towns", error) &&
         world_lines_.init(glsl_version, "world arcs", error) && cache_.init(glsl_version, error);
}

CameraState GlobeView::home_camera() const {
  CameraState c = default_camera();
  if (view_w_ < ui::kNarrowScreen) c.distance = 2.6;
  return c;
}

CameraState GlobeView::earth_camera() {
  CameraState c;
  c.lat = 30.0;
  c.lon = 10.0;
  c.distance = 6.6;
  return c;
}

void GlobeView::upload_map(const WorldMap& map) {
  double start = platform::now_seconds();
  LandMask mask = rasterize_land(map, kLandWidth, kLandHeight);
  globe_.upload_land(mask);
  RibbonLines lines;
  append_graticule_lines(lines);
  append_border_lines(map, lines);
  globe_.upload_borders(lines);
  uploaded_map_ = &map;
  stats_.uploads += 2;
  stats_.land_build_ms = (platform::now_seconds() - start) * 1000.0;
}

void GlobeView::warm_up(const WorldMap& map, int drawable_w, int drawable_h) {
  upload_map(map);
  AppState home;
  home.camera = home_camera();
  compute_uniforms(home);
  const int w = std::max(1, drawable_w), h = std::max(1, drawable_h);
  const FrameUniforms u = uniforms_for(w, h);
  // The towns and arcs are not loaded yet: one degenerate triangle each, so that their
  // programs draw too (the scene uploads the real ones on the first update).
  const std::vector<std::uint32_t> triangle{0, 1, 2};
  arcs_.upload(std::vector<ArcVertex>(3), triangle);
  points_.upload(std::vector<PointVertex>(3), triangle);
  glEnable(GL_SCISSOR_TEST);
  glScissor(0, 0, 1, 1);
  cache_.reuse_or_bind(FrameCacheKey{u, layers, stats_.uploads, w, h});  // its texture at the drawable's size
  glViewport(0, 0, w, h);
  glClearColor(kBackground[0], kBackground[1], kBackground[2], 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  draw_layers(u);
  cache_.present();
  glDisable(GL_SCISSOR_TEST);
  cache_.invalidate();
  arcs_.upload({}, {});
  points_.upload({}, {});
  glFlush();  // hands the work to the GPU process now, not at the end of this task
}

void GlobeView::release_gpu() {
  destroy();
  uploaded_map_ = nullptr;
}

bool GlobeView::restore_gpu(const char* glsl_version, std::string& error) {
  if (!init(glsl_version, error)) return false;
  if (map_) upload_map(*map_);  // the land texture and the borders
  scene_dirty_ = true;          // towns and arcs: uploaded again on the next update
  world_built_ = false;         // the world network's too, when world mode shows it
  ++stats_.gpu_restores;
  return true;
}

void GlobeView::set_data(const Dataset& dataset, const WorldMap& map, const MatchEngine* engine) {
  dataset_ = &dataset;
  map_ = &map;
  if (uploaded_map_ != &map) upload_map(map);  // not again when only the dataset changes

  town_links_.assign(dataset.towns.size(), {});
  for (PartnershipIndex p = 0; p < dataset.partnerships.size(); ++p) {
    const Partnership& ps = dataset.partnerships[p];
    if (ps.a < town_links_.size()) town_links_[ps.a].push_back(p);
    if (ps.b < town_links_.size()) town_links_[ps.b].push_back(p);
  }
  label_width_.assign(dataset.towns.size(), 0.0f);
  label_text_.assign(dataset.towns.size(), 0);
  std::unordered_map<std::string, std::uint32_t> first_with_name;
  for (TownIndex t = 0; t < dataset.towns.size(); ++t) {
    const std::string& name = dataset.towns[t].name;
    label_width_[t] = label_text_width(name);
    label_text_[t] = first_with_name.emplace(name, std::uint32_t(t)).first->second;
  }
  engine_ = engine;
  default_suggestions_.clear();
  next_suggestion_town_ = 0;
  suggestions_done_ = false;
  nrw_municipalities_ = std::size_t(std::count_if(dataset.towns.begin(), dataset.towns.end(),
                                                  [](const Town& t) { return t.role == TownRole::NrwMunicipality; }));
  scene_dirty_ = true;
}

// The "full table" (one query per NRW municipality) is computed only while the toggle is on,
// a slice per frame so that frames keep coming. The pool's hubness terms are built on the
// first query that needs them (MatchEngine::hub_terms): a one-time stall of one frame, shared
// with the first selection's suggestions.
void GlobeView::step_default_suggestions(const AppState& state, double budget_s) {
  const bool on = state.first_suggestions && engine_ && dataset_;
  if (on != firsts_on_) {
    firsts_on_ = on;
    scene_dirty_ = true;
    if (on && !suggestions_done_) firsts_started_s_ = platform::now_seconds();
  }
  if (!on) return;
  // Municipalities are matched with UK places, or with Europe when that pool is chosen.
  const PoolKind pool = state.pool == PoolKind::Europe ? PoolKind::Europe : PoolKind::Uk;
  if (!(state.weights == firsts_weights_) || pool != firsts_pool_) {  // restart for the new ranking
    firsts_weights_ = state.weights;
    firsts_pool_ = pool;
    default_suggestions_.clear();
    next_suggestion_town_ = 0;
    suggestions_done_ = false;
    firsts_started_s_ = platform::now_seconds();
    scene_dirty_ = true;
  }
  if (suggestions_done_) return;
  double start = platform::now_seconds();
  SuggestOptions options;
  options.top = kSuggestionsPerTown;
  options.max_paths = 0;
  while (next_suggestion_town_ < dataset_->towns.size()) {
    TownIndex t = static_cast<TownIndex>(next_suggestion_town_++);
    if (dataset_->towns[t].role != TownRole::NrwMunicipality) continue;
    for (const Suggestion& s : engine_->suggest_for_town(t, pool, firsts_weights_, options))
      default_suggestions_.push_back({t, s.candidate, s.total, false});
    if (platform::now_seconds() - start > budget_s) break;
  }
  stats_.suggestions_ms += (platform::now_seconds() - start) * 1000.0;
  if (next_suggestion_town_ >= dataset_->towns.size()) {
    suggestions_done_ = true;
    scene_dirty_ = true;
    stats_.firsts_ms = (platform::now_seconds() - firsts_started_s_) * 1000.0;
  }
}

void GlobeView::update_selection(const AppState& state) {
  if (state.selected_town == selected_id_) return;
  selected_id_ = state.selected_town;
  selected_town_ = dataset_ ? dataset_->find_town(selected_id_) : kNoIndex;
  selected_world_town_ = world_town_of(selected_id_);
  scene_dirty_ = true;
  labels_dirty_ = true;
}

// A click on a world town selects the dataset's record of it; a click beside every town
// clears the selection, and a town the dataset does not hold keeps the current one.
std::string GlobeView::selectable_world_town(int world_town) const {
  if (world_town < 0 || std::size_t(world_town) >= world_->towns.size()) return std::string();
  const std::string& ref = world_->towns[std::size_t(world_town)].ref;
  return !ref.empty() && dataset_->find_town(ref) != kNoIndex ? ref : selected_id_;
}

// The world network's record of a dataset town (matched by its id), or -1.
int GlobeView::world_town_of(const std::string& town_id) const {
  if (!world_ || town_id.empty()) return -1;
  for (std::size_t i = 0; i < world_->towns.size(); ++i)
    if (world_->towns[i].ref == town_id) return int(i);
  return -1;
}

void GlobeView::rebuild_scene(const VisibleSet& visible) {
  double start = platform::now_seconds();
  drawn_suggestions_.clear();
  // The first suggestions underneath (when on), then the VisibleSet's (the selection's or
  // "my town"'s, marked for_selection), which replace a first-suggestion arc between the same towns.
  selection_suggestions_ = 0;
  firsts_drawn_ = firsts_on_ && suggestions_done_;
  if (firsts_drawn_)
    for (const SuggestedLink& l : default_suggestions_) {
      bool replaced = std::any_of(visible.suggestions.begin(), visible.suggestions.end(),
                                  [&](const SuggestedLink& o) { return o.from == l.from && o.to == l.to; });
      if (!replaced) drawn_suggestions_.push_back(l);
    }
  for (const SuggestedLink& l : visible.suggestions) {
    drawn_suggestions_.push_back(l);
    selection_suggestions_ += l.for_selection ? 1 : 0;
  }
  build_network_scene(*dataset_, visible, drawn_suggestions_, scene_);
  points_.upload(scene_.point_vertices, scene_.point_indices);
  arcs_.upload(scene_.arc_vertices, scene_.arc_indices);
  stats_.uploads += 2;
  ++stats_.scene_builds;
  label_order(*dataset_, scene_, label_order_);
  screen_.resize(scene_.points.size());
  built_revision_ = visible.revision;
  scene_dirty_ = false;
  labels_dirty_ = true;
  hover_town_ = kNoIndex;
  hover_arc_ = -1;
  stats_.last_scene_build_ms = (platform::now_seconds() - start) * 1000.0;
}

void GlobeView::set_world_mode(bool on) {
  if (on == world_mode_) return;
  world_mode_ = on;
  if (on && (!world_requested_ || world_failed_)) request_world_network();  // again after a failure
  hover_town_ = kNoIndex;
  hover_arc_ = -1;
  hover_world_town_ = -1;
  labels_dirty_ = true;
}

void GlobeView::request_world_network() {
  world_requested_ = true;
  world_request_pending_ = true;
  world_failed_ = false;
  world_request_time_ = platform::now_seconds();
}

void GlobeView::world_network_failed() { world_failed_ = true; }

bool GlobeView::take_world_network_request() {
  bool r = world_request_pending_;
  world_request_pending_ = false;
  return r;
}

// [SECTION] per-frame update: input, camera, picking

void GlobeView::fly_to(const CameraState& target, double seconds) { flight_.start(camera_, target, seconds); }

void GlobeView::jump_to(AppState& state, const CameraState& camera) {
  flight_.cancel();
  state.camera = camera;
  clamp_camera(state.camera);
  camera_ = state.camera;
  labels_dirty_ = true;
}

bool GlobeView::fly_to_town(const std::string& town_id, const AppState& state) {
  if (!dataset_) return false;
  TownIndex t = dataset_->find_town(town_id);
  if (t == kNoIndex) return false;
  CameraState target = state.camera;
  target.lat = dataset_->towns[t].lat;
  target.lon = dataset_->towns[t].lon;
  target.distance = std::min(state.camera.distance, 1.6);
  clamp_camera(target);
  camera_ = state.camera;
  fly_to(target, 1.1);
  return true;
}

void GlobeView::handle_event(const SDL_Event& event) {
  // [touch] SDL gives finger positions as fractions of the canvas; gestures work in CSS pixels.
  if (event.type != SDL_FINGERDOWN && event.type != SDL_FINGERMOTION && event.type != SDL_FINGERUP) return;
  const SDL_TouchFingerEvent& f = event.tfinger;
  const float x = f.x * view_w_, y = f.y * view_h_;
  const double t = double(f.timestamp);
  if (event.type == SDL_FINGERDOWN) gestures_.finger_down(f.fingerId, x, y, t);
  else if (event.type == SDL_FINGERMOTION) gestures_.finger_move(f.fingerId, x, y, t);
  else gestures_.finger_up(f.fingerId, x, y, t);
}

void GlobeView::project_points() {
  const std::size_t n = scene_.points.size();
  if (screen_.size() != n) screen_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Town& t = dataset_->towns[scene_.points[i]];
    screen_[i] = project_to_screen(view_proj_, eye_, geo::to_unit(t.lat, t.lon), view_w_, view_h_);
  }
  if (!world_mode_ || !world_built_) return;
  const std::vector<std::uint32_t>& order = world_scene_.label_order;
  if (world_screen_.size() != order.size()) world_screen_.resize(order.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    glm::dvec3 p(world_scene_.town_positions[order[k]]);
    world_screen_[k] = glm::dot(p, eye_) < 1.0 ? ScreenPos{}  // far side
                                                : project_to_screen(view_proj_, eye_, p, view_w_, view_h_);
  }
}

GlobeView::Pick GlobeView::pick(float x, float y) const {
  Pick result;
  if (!dataset_ || world_mode_) return result;
  float best = 1e9f;
  for (std::size_t i = 0; i < screen_.size(); ++i) {
    if (!screen_[i].visible) continue;
    TownIndex t = scene_.points[i];
    float r = point_radius_for_population(dataset_->towns[t].population) + 4.0f;
    float dx = float(screen_[i].x) - x, dy = float(screen_[i].y) - y;
    float d = std::sqrt(dx * dx + dy * dy);
    // Later points draw on top: prefer them on ties.
    if (d <= r && d <= best) {
      best = d;
      result.town = t;
    }
  }
  if (result.town != kNoIndex) return result;
  float best_arc = 5.0f;
  for (std::size_t a = scene_.arcs.size(); a-- > 0;) {
    const SceneArc& arc = scene_.arcs[a];
    if (arc.kind == ArcKind::Suggested && !show_suggestions_) continue;
    ScreenPos prev;
    for (std::uint32_t k = 0; k < arc.point_count; ++k) {
      glm::dvec3 p(scene_.arc_points[arc.first_point + k]);
      ScreenPos s = project_to_screen(view_proj_, eye_, p * 1.0015, view_w_, view_h_);
      if (k > 0 && s.visible && prev.visible) {
        float d = distance_to_segment(x, y, float(prev.x), float(prev.y), float(s.x), float(s.y));
        if (d < best_arc) {
          best_arc = d;
          result.arc = int(a);
        }
      }
      prev = s;
    }
  }
  return result;
}

ScreenPos GlobeView::screen_position(TownIndex town) const {
  if (!dataset_ || town >= dataset_->towns.size()) return {};
  const Town& t = dataset_->towns[town];
  return project_to_screen(view_proj_, eye_, geo::to_unit(t.lat, t.lon), view_w_, view_h_);
}

std::optional<ScreenRect> GlobeView::selection_footprint() const {
  if (!dataset_ || world_mode_ || selected_town_ == kNoIndex) return std::nullopt;
  const ScreenPos s = screen_position(selected_town_);
  if (!s.visible) return std::nullopt;
  const float r = point_radius_for_population(dataset_->towns[selected_town_].population) + 4.0f;
  ScreenRect out{float(s.x) - r, float(s.y) - r, float(s.x) + r, float(s.y) + r};
  for (const PlacedLabel& l : layout_.placed())
    if (l.id == selected_town_) {
      out.x0 = std::min(out.x0, l.x);
      out.y0 = std::min(out.y0, l.y);
      out.x1 = std::max(out.x1, l.x + l.width);
      out.y1 = std::max(out.y1, l.y + l.height);
    }
  return out;
}

void GlobeView::update_hover(float x, float y) {
  TownIndex old_town = hover_town_;
  int old_arc = hover_arc_, old_world = hover_world_town_;
  hover_town_ = kNoIndex;
  hover_arc_ = -1;
  hover_world_town_ = -1;
  if (world_mode_) {
    if (world_built_ && world_) {
      float best = 7.0f;
      for (std::size_t i = 0; i < world_scene_.town_positions.size(); ++i) {
        glm::dvec3 p(world_scene_.town_positions[i]);
        if (glm::dot(p, eye_) < 1.0) continue;  // far side
        ScreenPos s = project_to_screen(view_proj_, eye_, p, view_w_, view_h_);
        if (!s.visible) continue;
        float d = std::hypot(float(s.x) - x, float(s.y) - y);
        if (d < best) {
          best = d;
          hover_world_town_ = int(i);
        }
      }
    }
  } else {
    Pick p = pick(x, y);
    hover_town_ = p.town;
    hover_arc_ = p.arc;
  }
  if (old_town != hover_town_ || old_arc != hover_arc_ || old_world != hover_world_town_) {
    labels_dirty_ = true;
    build_tooltip_text();
  }
}

void GlobeView::simulate_hover(float x, float y) {
  simulated_x_ = x;
  simulated_y_ = y;
  update_hover(x, y);
}

void GlobeView::select_at(AppState& state, float x, float y) {
  Pick p = pick(x, y);
  TownIndex t = p.town;
  if (t == kNoIndex && p.arc >= 0) t = scene_.arcs[std::size_t(p.arc)].a;
  if (!world_mode_) state.selected_town = t == kNoIndex ? std::string() : dataset_->towns[t].id;
  else if (showing_world()) {
    update_hover(x, y);
    state.selected_town = selectable_world_town(hover_world_town_);
  }
}

// [touch] One finger rotates, two pinch (and turn), a tap selects, a long press shows the
// tooltip where the finger is (it stays until the next touch). A touch that began on a panel
// is the panel's. SDL also turns the first finger into mouse events for the panels; the globe
// ignores those (handle_input).
void GlobeView::handle_touch(AppState& state, bool touch_start_over_ui) {
  gestures_.tick(double(SDL_GetTicks()));
  const TouchGestureOutput g = gestures_.take();
  if (g.touch_started) {
    touch_on_globe_ = !touch_start_over_ui;
    simulated_x_ = simulated_y_ = -1.0f;  // a tooltip from a long press goes
  }
  if (!touch_on_globe_) return;
  if (g.rotate_dx != 0.0f || g.rotate_dy != 0.0f) {
    flight_.cancel();
    orbit_by_pixels(state.camera, g.rotate_dx, g.rotate_dy, view_h_);
  }
  if (g.zoom != 1.0) {
    flight_.cancel();
    zoom_by(state.camera, std::clamp(g.zoom, 0.5, 2.0));
  }
  if (g.tap) select_at(state, g.x, g.y);
  if (g.long_press) simulate_hover(g.x, g.y);
}

bool GlobeView::apply_key(KeyAction action, AppState& state) {
  const double step = view_h_ * 0.05;
  const CameraState before = state.camera;
  switch (action) {
    case KeyAction::OrbitLeft: orbit_by_pixels(state.camera, step, 0, view_h_); break;
    case KeyAction::OrbitRight: orbit_by_pixels(state.camera, -step, 0, view_h_); break;
    case KeyAction::OrbitUp: orbit_by_pixels(state.camera, 0, step, view_h_); break;
    case KeyAction::OrbitDown: orbit_by_pixels(state.camera, 0, -step, view_h_); break;
    case KeyAction::ZoomIn: zoom_by(state.camera, 0.8); break;
    case KeyAction::ZoomOut: zoom_by(state.camera, 1.25); break;
    case KeyAction::ResetView: fly_to(world_mode_ ? earth_camera() : home_camera()); break;
    case KeyAction::ClearSelection: state.selected_town.clear(); break;
    default: return false;
  }
  if (!(before == state.camera)) flight_.cancel();
  return true;
}

void GlobeView::handle_input(AppState& state) {
  ImGuiIO& io = ImGui::GetIO();
  bool over_ui = io.WantCaptureMouse;
  CameraState before = state.camera;
  float mx = io.MousePos.x, my = io.MousePos.y;
  bool mouse_valid = ImGui::IsMousePosValid(&io.MousePos);
  const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
  handle_touch(state, over_ui || !(mx >= area_.x0 && mx < area_.x1 && my >= area_.y0 && my < area_.y1));
  if (touch) {  // the finger's mouse events: gestures did the work, only keys are left
    dragging_ = false;
    over_ui = true;
    mouse_valid = false;
  }

  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !over_ui) {
    dragging_ = true;
    drag_distance_ = 0.0f;
  }
  if (dragging_ && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    float dx = io.MouseDelta.x, dy = io.MouseDelta.y;
    drag_distance_ += std::abs(dx) + std::abs(dy);
    if (drag_distance_ > 3.0f && (dx != 0.0f || dy != 0.0f)) {
      flight_.cancel();
      orbit_by_pixels(state.camera, dx, dy, view_h_);
    }
  }
  if (dragging_ && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    dragging_ = false;
    if (drag_distance_ <= 3.0f && mouse_valid) select_at(state, mx, my);
  }
  if (!over_ui && mouse_valid && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    Pick p = pick(mx, my);
    if (p.town != kNoIndex) {
      fly_to_town(dataset_->towns[p.town].id, state);
    } else {
      Ray ray = camera_ray(state.camera, double(view_w_) / view_h_, mx / view_w_ * 2.0 - 1.0, 1.0 - my / view_h_ * 2.0,
                           view_shift_);
      double t = 0;
      if (ray_sphere(ray, 1.0, t)) {
        geo::LatLonDeg ll = geo::from_unit(ray.origin + ray.dir * t);
        CameraState target = state.camera;
        target.lat = ll.lat;
        target.lon = ll.lon;
        target.distance = 1.0 + (state.camera.distance - 1.0) * 0.5;
        clamp_camera(target);
        fly_to(target, 0.8);
      }
    }
  }
  if (!over_ui && io.MouseWheel != 0.0f) {
    flight_.cancel();
    zoom_by(state.camera, std::pow(0.85, double(io.MouseWheel)));
  }
  if (!(before == state.camera)) flight_.cancel();
  if (!touch && (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f)) simulated_x_ = simulated_y_ = -1.0f;  // a real pointer
}

void GlobeView::compute_uniforms(const AppState& state) {
  ImGuiIO& io = ImGui::GetIO();
  view_w_ = std::max(1.0f, io.DisplaySize.x);
  view_h_ = std::max(1.0f, io.DisplaySize.y);
  dpi_ = std::max(1.0f, io.DisplayFramebufferScale.x);
  const CameraState& c = state.camera;
  area_ = ui::globe_area(view_w_, view_h_, panel_open_ && !hide_panels && !presentation, sheet_height_);
  view_shift_ = glm::dvec2((double(area_.x0) + area_.x1) / view_w_ - 1.0, 1.0 - (double(area_.y0) + area_.y1) / view_h_);
  if (!(area_ == shown_area_)) {  // the panel opened or closed: labels move with the globe
    shown_area_ = area_;
    labels_dirty_ = true;
  }
  glm::dmat4 view = camera_view(c), proj = camera_projection(c, double(view_w_) / view_h_, view_shift_);
  view_proj_ = proj * view;
  eye_ = camera_eye(c);
  uniforms_.view_proj = glm::mat4(view_proj_);
  uniforms_.eye = glm::vec3(eye_);
  // Light from the viewer's upper left.
  glm::dvec3 forward = glm::normalize(-eye_);
  glm::dvec3 right = glm::normalize(glm::cross(forward, glm::dvec3(0, 1, 0)));
  glm::dvec3 up = glm::cross(right, forward);
  uniforms_.sun = glm::vec3(glm::normalize(-forward * 1.0 + up * 0.6 - right * 0.5));
  uniforms_.viewport = glm::vec2(view_w_ * dpi_, view_h_ * dpi_);
  uniforms_.scale = dpi_ * mark_scale_;
  if (showing_world()) {  // the points are world towns; the selection is its world record, if any
    uniforms_.hover_point = float(hover_world_town_);
    uniforms_.selected_point = float(selected_world_town_);
  } else {
    uniforms_.hover_point = hover_town_ != kNoIndex ? float(scene_.point_of_town[hover_town_]) : -1.0f;
    uniforms_.selected_point =
        selected_town_ != kNoIndex && selected_town_ < scene_.point_of_town.size() &&
                scene_.point_of_town[selected_town_] != kNoIndex
            ? float(scene_.point_of_town[selected_town_])
            : -1.0f;
  }
  uniforms_.hover_arc = float(hover_arc_);
  // Dashes about 9 CSS pixels long at the view centre.
  double rad_per_px = 2.0 * (c.distance - 1.0) * std::tan(geo::radians(kCameraFovYDeg) / 2.0) / view_h_;
  uniforms_.dash_period = float(rad_per_px * 9.0);
  uniforms_.deg_per_px = float(geo::degrees(rad_per_px) / dpi_);
  uniforms_.show_suggested = show_suggestions_;
  uniforms_.world_mode = world_mode_;
}

void GlobeView::update(AppState& state, const VisibleSet& visible, const WorldNetwork& world, double now_s) {
  if (!dataset_) return;
  world_ = &world;
  double dt = last_time_ < 0 ? 0.0 : std::min(0.1, now_s - last_time_);
  last_time_ = now_s;
  step_default_suggestions(state, 0.012);
  update_selection(state);
  if (presentation != presented_) {
    presented_ = presentation;
    label_scale_ = presentation ? kPresentationLabelScale : 1.0f;
    mark_scale_ = presentation ? kPresentationMarkScale : 1.0f;
    labels_dirty_ = true;
  }
  if (!home_applied_) {  // the first frame knows the screen size: a phone's default view steps back
    home_applied_ = true;
    ImGuiIO& io = ImGui::GetIO();
    view_w_ = std::max(1.0f, io.DisplaySize.x);
    if (state.camera == default_camera()) state.camera = home_camera();
  }
  if (scene_dirty_ || visible.revision != built_revision_) rebuild_scene(visible);
  if (world_mode_ && !world_built_ && !world.pairs.empty()) {
    double start = platform::now_seconds();
    build_world_scene(world, world_scene_);
    world_points_.upload(world_scene_.point_vertices, world_scene_.point_indices);
    world_lines_.upload(world_scene_.arc_vertices, world_scene_.arc_segments);
    stats_.uploads += 2;
    world_label_width_.clear();
    for (std::uint32_t t : world_scene_.label_order) world_label_width_.push_back(label_text_width(world.towns[t].name));
    world_built_ = true;
    selected_world_town_ = world_town_of(selected_id_);
    labels_dirty_ = true;
    stats_.world_build_ms = (platform::now_seconds() - start) * 1000.0;
  }

  compute_uniforms(state);  // input works with this frame's projection
  handle_input(state);
  moving_ = flight_.active() || dragging_ || spin_deg_per_frame != 0.0f || !(state.camera == camera_);
  resolution_.update(dt, moving_);
  if (flight_.active()) state.camera = flight_.step(dt);
  if (spin_deg_per_frame != 0.0f) {
    state.camera.lon += spin_deg_per_frame;
    if (state.camera.lon > 180.0) state.camera.lon -= 360.0;
  }
  clamp_camera(state.camera);
  bool camera_moved = !(state.camera == camera_);
  camera_ = state.camera;
  compute_uniforms(state);
  if (camera_moved || labels_dirty_ || !(placed_camera_ == camera_)) project_points();

  ImGuiIO& io = ImGui::GetIO();
  bool mouse_valid = ImGui::IsMousePosValid(&io.MousePos);
  float hx = -1.0f, hy = -1.0f;
  if (simulated_x_ >= 0.0f) hx = simulated_x_, hy = simulated_y_;
  else if (!io.WantCaptureMouse && mouse_valid && !dragging_ && io.MouseSource != ImGuiMouseSource_TouchScreen)
    hx = io.MousePos.x, hy = io.MousePos.y;  // a finger hovers only by a long press (handle_touch)
  if (hx >= 0.0f) {
    // Picking runs only when something under the pointer can have changed.
    if (camera_moved || hx != last_hover_x_ || hy != last_hover_y_ || stats_.scene_builds != hover_builds_)
      update_hover(hx, hy);
  } else if (hover_town_ != kNoIndex || hover_arc_ >= 0 || hover_world_town_ >= 0) {
    hover_town_ = kNoIndex;
    hover_arc_ = -1;
    hover_world_town_ = -1;
    labels_dirty_ = true;
  }
  last_hover_x_ = hx;
  last_hover_y_ = hy;
  hover_builds_ = stats_.scene_builds;
  compute_uniforms(state);

  if (labels_dirty_ || camera_moved || !(placed_camera_ == camera_)) place_labels();
  draw_labels();
  if (!presentation) draw_tooltip();
  // [touch] Not over the strip of globe a phone's full bottom sheet leaves.
  toolbar_rect_.reset();
  if (!hide_panels && !presentation && area_.y1 - area_.y0 >= kToolbarMinGlobeHeight) draw_toolbar(state, world);

  ++stats_.frames;
  if (stats_.first_complete_frame_ms < 0 && globe_.has_land() && !firsts_pending() && stats_.scene_builds > 0 &&
      !scene_dirty_)
    stats_.first_complete_frame_ms = now_s * 1000.0;
}

bool GlobeView::settled() const {
  return dataset_ && !firsts_pending() && !scene_dirty_ && !flight_.active() && (!world_mode_ || world_built_);
}

// [SECTION] labels, tooltip, toolbar

void GlobeView::place_labels() {
  candidates_.clear();
  if (!world_mode_) {
    auto add = [&](TownIndex t) {
      if (t == kNoIndex || t >= scene_.point_of_town.size()) return;
      std::uint32_t p = scene_.point_of_town[t];
      if (p == kNoIndex || p >= screen_.size() || !screen_[p].visible) return;
      float r = point_radius_for_population(dataset_->towns[t].population);
      candidates_.push_back({float(screen_[p].x), float(screen_[p].y), r * mark_scale_, label_width_[t] * label_scale_,
                             kLabelSize * label_scale_, t, label_text_[t]});
    };
    add(selected_town_);
    add(hover_town_);
    if (selected_town_ != kNoIndex)  // the selection's partners next
      for (PartnershipIndex p : town_links_[selected_town_]) {
        const Partnership& ps = dataset_->partnerships[p];
        add(ps.a == selected_town_ ? ps.b : ps.a);
      }
    for (const SuggestedLink& l : drawn_suggestions_)  // then its (or "my town"'s) suggested partners
      if (l.for_selection) add(l.to);
    // Partner towns outside NRW and the UK are labelled only when zoomed in.
    bool context_labels = camera_.distance < 1.6;
    for (TownIndex t : label_order_) {
      TownRole r = dataset_->towns[t].role;
      if (context_labels || (r != TownRole::OtherTown && r != TownRole::EuropeCandidate)) add(t);
    }
  } else if (showing_world()) {
    add_world_label_candidates();
  }
  std::size_t max_labels = std::size_t(std::clamp(40.0 + 90.0 / std::max(0.1, camera_.distance - 1.0), 40.0, 220.0));
  ScreenRect label_area = area_;
  if (presentation)  // the caption bar (ui/caption_bar.cpp) takes the bottom: labels stay above it
    label_area.y1 = std::max(area_.y0 + 1.0f, area_.y1 - (view_w_ < ui::kNarrowScreen ? kCaptionBarPhone : kCaptionBar));
  layout_.place(candidates_, label_area, max_labels);
  placed_camera_ = camera_;
  labels_dirty_ = false;
}

// A placed label's text: a world-network town in world mode, else a dataset town.
const std::string& GlobeView::label_text(std::uint32_t id) const {
  return showing_world() ? world_->towns[id].name : dataset_->towns[id].name;
}

// World mode: the hovered town, then the best-connected towns on the near side.
void GlobeView::add_world_label_candidates() {
  for (int focus : {selected_world_town_, hover_world_town_}) {
    if (focus < 0 || std::size_t(focus) >= world_scene_.town_positions.size()) continue;
    auto t = std::size_t(focus);
    ScreenPos s = project_to_screen(view_proj_, eye_, glm::dvec3(world_scene_.town_positions[t]), view_w_, view_h_);
    if (s.visible)
      candidates_.push_back({float(s.x), float(s.y), world_scene_.point_radii[t] * mark_scale_,
                             label_text_width(world_->towns[t].name) * label_scale_, kLabelSize * label_scale_,
                             std::uint32_t(t)});
  }
  const std::vector<std::uint32_t>& order = world_scene_.label_order;
  for (std::size_t k = 0; k < order.size() && k < world_screen_.size(); ++k) {
    if (!world_screen_[k].visible) continue;
    candidates_.push_back({float(world_screen_[k].x), float(world_screen_[k].y),
                           world_scene_.point_radii[order[k]] * mark_scale_, world_label_width_[k] * label_scale_,
                           kLabelSize * label_scale_, order[k]});
  }
}

void GlobeView::draw_labels() {
  if (layers & kLayerLabels) draw_labels_into(ImGui::GetBackgroundDrawList(), ImGui::GetFont(), 1.0f);
}

void GlobeView::draw_picture_labels(ImDrawList* dl, const ImFont* font, float scale) const {
  if (layers & kLayerLabels) draw_labels_into(dl, font, scale);
}

std::vector<std::string> GlobeView::placed_label_texts() const {
  std::vector<std::string> texts;
  for (const PlacedLabel& l : layout_.placed()) texts.push_back(label_text(l.id));
  return texts;
}

void GlobeView::draw_labels_into(ImDrawList* dl, const ImFont* font, float scale) const {
  const bool world = showing_world();
  const float size = kLabelSize * label_scale_ * scale;
  for (const PlacedLabel& l : layout_.placed()) {
    const std::string& name = label_text(l.id);
    bool focus = world ? int(l.id) == hover_world_town_ || int(l.id) == selected_world_town_
                       : l.id == selected_town_ || l.id == hover_town_;
    const bool nrw = world ? world_->towns[l.id].in_nrw() : is_nrw(dataset_->towns[l.id].role);
    ImU32 colour = focus ? ui::theme::u32(palette::kLabelFocus)
                         : ui::theme::u32(nrw ? palette::kLabelNrw : palette::kLabelOther);
    ImU32 halo = ui::theme::u32(palette::kLabelHalo, palette::kLabelHaloAlpha);
    const char* b = name.c_str();
    const char* e = b + name.size();
    const ImVec2 at(l.x * scale, l.y * scale);
    for (const ImVec2& o : {ImVec2(-1, 0), ImVec2(1, 0), ImVec2(0, -1), ImVec2(0, 1)})
      dl->AddText(font, size, ImVec2(at.x + o.x * scale, at.y + o.y * scale), halo, b, e);
    dl->AddText(font, size, at, colour, b, e);
  }
}

void GlobeView::build_tooltip_text() {
  tooltip_.clear();
  if (!dataset_) return;
  if (hover_world_town_ >= 0 && world_) {
    const WorldTown& t = world_->towns[std::size_t(hover_world_town_)];
    tooltip_ = t.name + " (" + (t.country < world_->countries.size() ? world_->countries[t.country] : "?") + ")";
    std::size_t n = 0;
    for (const auto& pr : world_->pairs) n += (pr.first == std::uint32_t(hover_world_town_)) + (pr.second == std::uint32_t(hover_world_town_));
    tooltip_ += "\n" + ui::count_text(ui::PluralId::TwinTowns, n);
    return;
  }
  if (hover_town_ != kNoIndex) {
    const Town& t = dataset_->towns[hover_town_];
    tooltip_ = t.name;
    if (!t.name_alt.empty() && t.name_alt != t.name) tooltip_ += " / " + t.name_alt;
    using ui::StringId;
    std::string area;
    if (t.role == TownRole::NrwMunicipality) area = format_text(ui::tr(StringId::TooltipKreisFormat), t.region);
    else if (t.role == TownRole::NrwKreis) area = ui::tr(t.kreisfrei ? StringId::TooltipKreisfreeCity : StringId::TooltipKreis);
    else if (t.parent != kNoIndex) area = format_text(ui::tr(StringId::TooltipCouncilFormat), dataset_->towns[t.parent].name);
    else if (t.role == TownRole::UkCouncil) area = ui::tr(StringId::RoleUkCouncil) + (t.region.empty() ? std::string() : ", " + t.region);
    else if (!t.region.empty()) area = t.region;
    if (!area.empty()) tooltip_ += "\n" + area;
    tooltip_ += "\n" + format_text(ui::tr(StringId::TooltipPopulationFormat), format_population(t.population));
    const auto& links = town_links_[hover_town_];
    if (links.empty()) {
      tooltip_ += std::string("\n") + ui::tr(StringId::TooltipNoPartners);
    } else {
      tooltip_ += std::string("\n") + ui::tr(StringId::TooltipPartners);
      std::size_t shown = 0;
      for (PartnershipIndex p : links) {
        const Partnership& ps = dataset_->partnerships[p];
        TownIndex other = ps.a == hover_town_ ? ps.b : ps.a;
        if (shown++ == 8) {
          char more[96];
          std::snprintf(more, sizeof more, ui::tr(StringId::TooltipMoreFormat), links.size() - 8);
          tooltip_ += std::string("\n  ") + more;
          break;
        }
        tooltip_ += "\n  " + dataset_->towns[other].name;
        if (ps.confidence != Confidence::TwoSources) tooltip_ += std::string(" (") + ui::tr(StringId::ConfidenceUnverified) + ")";
      }
    }
    return;
  }
  if (hover_arc_ >= 0) {
    const SceneArc& a = scene_.arcs[std::size_t(hover_arc_)];
    tooltip_ = town_with_council(*dataset_, a.a) + " - " + town_with_council(*dataset_, a.b);
    if (a.partnership != kNoIndex) {
      const Partnership& p = dataset_->partnerships[a.partnership];
      using ui::StringId;
      static const StringId kinds[] = {StringId::KindPartnership, StringId::KindFriendship, StringId::KindKreis,
                                       StringId::KindContact};
      tooltip_ += std::string("\n") + ui::tr(kinds[int(p.kind)]);
      if (p.start_year() > 0) tooltip_ += " " + format_text(ui::tr(StringId::TooltipSinceFormat), p.start_year());
      tooltip_ += std::string("\n") + ui::tr(p.confidence == Confidence::TwoSources  ? StringId::TooltipTwoSources
                                             : p.confidence == Confidence::OneSource ? StringId::TooltipOneSource
                                                                                     : StringId::TooltipUnverified);
      if (p.own_data) tooltip_ += std::string("\n") + ui::tr(ui::StringId::OwnDataMark);
    } else {
      char buf[128];
      std::snprintf(buf, sizeof buf, ui::tr(ui::StringId::TooltipSuggestedFormat), ui::decimal_number_text(a.score, 2).c_str());
      tooltip_ += std::string("\n") + buf;
      if (a.kind == ArcKind::Suggested) tooltip_ += std::string("\n") + ui::tr(ui::StringId::TooltipFirstSuggestion);
    }
  }
}

void GlobeView::draw_tooltip() {
  if (tooltip_.empty() || (hover_town_ == kNoIndex && hover_arc_ < 0 && hover_world_town_ < 0)) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(tooltip_.c_str(), tooltip_.c_str() + tooltip_.size());
  ImGui::EndTooltip();
}

void GlobeView::draw_toolbar(AppState& state, const WorldNetwork& world) {
  // The globe's lower right corner: above a phone's bottom sheet.
  ImGui::SetNextWindowPos(ImVec2(area_.x1 - 12.0f, area_.y1 - 12.0f), ImGuiCond_Always, ImVec2(1, 1));
  ImGui::SetNextWindowBgAlpha(palette::kOverlayAlpha);  // its text contrast is checked at this opacity
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;  // Ctrl+Tab reaches it
  if (ImGui::Begin("##globe_toolbar", nullptr, flags)) {
    // [touch] A narrow touch screen's toolbar (a phone, a tablet beside the side panel) would take
    // three lines of tap-sized controls over the middle of the globe's view, where the selected
    // town stands at the sheet's half stop: it folds into one button until it is opened.
    const bool wide = area_.x1 - area_.x0 >= ui::kNarrowScreen;
    const bool foldable = ui::theme::touch() && !wide;
    if (!foldable || toolbar_open_) draw_toolbar_controls(state, wide);
    draw_world_status(world, wide);
    if (foldable) draw_toolbar_fold_button();
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    toolbar_rect_ = ScreenRect{at.x, at.y, at.x + size.x, at.y + size.y};
    ui::note_window_rect("globe-toolbar");
  }
  ImGui::End();
}

void GlobeView::draw_toolbar_controls(AppState& state, bool wide) {
  if (ui::theme::radio_button(ui::tr(ui::StringId::ScopeNrwUk), !world_mode_)) {
    set_world_mode(false);
    fly_to(home_camera());
  }
  ImGui::SameLine();
  if (ui::theme::radio_button(ui::tr(ui::StringId::ToolbarWorld), world_mode_)) {
    set_world_mode(true);
    fly_to(earth_camera(), 1.2);
  }
  // A narrow globe's toolbar takes two lines: the modes, then the suggestions toggle and the zoom.
  if (!world_mode_) {
    if (wide) ImGui::SameLine();
    ui::theme::checkbox(ui::tr(ui::StringId::FirstSuggestionsShort), &state.first_suggestions);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui::tr(ui::StringId::FirstSuggestionsHelp));
  }
  if (wide || !world_mode_) ImGui::SameLine();
  if (ui::theme::small_button("+")) zoom_by(state.camera, 0.75);
  ui::note_item_rect("globe-zoom-in");  // [touch] its tap size is checked
  ImGui::SameLine();
  if (ui::theme::small_button("-")) zoom_by(state.camera, 1.33);
  ImGui::SameLine();
  if (ui::theme::small_button(ui::tr(ui::StringId::ToolbarReset))) fly_to(world_mode_ ? earth_camera() : home_camera());
  if (toolbar_buttons) {
    if (wide) ImGui::SameLine();  // a phone gives them a line of their own
    toolbar_buttons();
  }
}

// [touch] Opens and folds the toolbar; it stays where the finger is, the toolbar's lower right
// corner (the window grows upwards and to the left from there).
void GlobeView::draw_toolbar_fold_button() {
  const char* label = ui::tr(toolbar_open_ ? ui::StringId::ToolbarFold : ui::StringId::ToolbarMapOptions);
  const float width = ui::theme::small_button_width(label);
  const float right = ImGui::GetWindowContentRegionMax().x;
  if (right - width > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(right - width);
  if (ui::theme::small_button(label)) toolbar_open_ = !toolbar_open_;
  ui::note_item_rect("toolbar-fold");
}

// World mode's download, build or counts; the first suggestions' progress.
void GlobeView::draw_world_status(const WorldNetwork& world, bool wide) {
  if (world_mode_ && world_failed_) {
    ImGui::TextColored(ui::theme::warning_text(), "%s", ui::tr(ui::StringId::WorldDownloadFailed));
    if (wide) ImGui::SameLine();
    if (ui::theme::small_button(ui::tr(ui::StringId::WorldRetry))) request_world_network();
    ui::note_item_rect("world-retry");
  } else if (world_mode_ && !world_built_) {
    float t = float(platform::now_seconds() - world_request_time_);
    ImGui::TextUnformatted(ui::tr(world.pairs.empty() ? ui::StringId::WorldDownloading : ui::StringId::WorldBuilding));
    ImGui::ProgressBar(-1.0f * t, ImVec2(260, 0), "");  // indeterminate
  } else if (world_mode_) {
    ImGui::Text(ui::tr(ui::StringId::WorldCountsFormat), ui::count_text(ui::PluralId::Towns, world.towns.size()).c_str(),
                ui::count_text(ui::PluralId::TwinPairs, world.pairs.size()).c_str());
  } else if (firsts_pending()) {
    ImGui::Text(ui::tr(ui::StringId::ComputingFirstsFormat),
                int(100.0 * double(next_suggestion_town_) / double(std::max<std::size_t>(1, dataset_->towns.size()))));
  }
}

// [SECTION] rendering

FrameUniforms GlobeView::uniforms_for(int w, int h) const {
  // The uniforms assume the full drawable; the platform may have sized it down
  // (adaptive resolution), or a picture is larger, so widths in pixels and the level of
  // detail follow its size.
  FrameUniforms u = uniforms_;
  const float ratio = float(w) / std::max(1.0f, u.viewport.x);
  u.viewport = glm::vec2(float(w), float(h));
  u.scale *= ratio;
  u.deg_per_px /= ratio;
  return u;
}

void GlobeView::render(int drawable_w, int drawable_h) {
  const int w = std::max(1, drawable_w), h = std::max(1, drawable_h);
  const FrameUniforms u = uniforms_for(w, h);
  // Only the globe's area: the open panel is opaque. The cache key implies the area
  // (the uniforms' projection is shifted into it).
  const float sx = float(w) / view_w_, sy = float(h) / view_h_;
  const int x0 = int(area_.x0 * sx), x1 = int(std::ceil(area_.x1 * sx));
  const int y0 = int((view_h_ - area_.y1) * sy), y1 = int(std::ceil((view_h_ - area_.y0) * sy));
  glEnable(GL_SCISSOR_TEST);
  glScissor(x0, y0, x1 - x0, y1 - y0);
  if (moving_) {  // the next frame differs again: caching the image would only add a copy
    ++stats_.rendered_frames;
    draw_layers(u);
  } else {
    draw_cached(u, w, h);
  }
  glDisable(GL_SCISSOR_TEST);
}

void GlobeView::render_picture(int w, int h) {
  FrameUniforms u = uniforms_for(std::max(1, w), std::max(1, h));
  u.hover_point = -1.0f;  // the pointer is not part of the picture
  u.hover_arc = -1.0f;
  glViewport(0, 0, w, h);
  draw_layers(u);
}

void GlobeView::draw_cached(const FrameUniforms& u, int w, int h) {
  if (cache_.reuse_or_bind(FrameCacheKey{u, layers, stats_.uploads, w, h})) {
    ++stats_.cached_frames;
  } else {
    ++stats_.rendered_frames;
    glViewport(0, 0, w, h);
    glClearColor(kBackground[0], kBackground[1], kBackground[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    draw_layers(u);
  }
  cache_.present();
}

void GlobeView::draw_layers(const FrameUniforms& u) {
  globe_.draw(u, (layers & kLayerGlobe) != 0, (layers & kLayerBorders) != 0);
  if (world_mode_) {
    if (world_built_) {
      if (layers & kLayerArcs) world_lines_.draw(u, glm::vec4(1.0f, 1.0f, 1.0f, 0.2f), true);
      if (layers & kLayerPoints) world_points_.draw(u, 1.0f);
    }
  } else {
    if (layers & kLayerArcs) arcs_.draw(u);
    if (layers & kLayerPoints) points_.draw(u, camera_.distance < 1.5 ? 1.25f : 1.0f);
  }
  glDisable(GL_BLEND);
}

void GlobeView::destroy() {
  cache_.destroy();
  globe_.destroy();
  arcs_.destroy();
  points_.destroy();
  world_points_.destroy();
  world_lines_.destroy();
}

std::string GlobeView::describe_json() const {
  nlohmann::json j;
  j["frames"] = stats_.frames;
  j["scene_builds"] = stats_.scene_builds;
  j["rendered_frames"] = stats_.rendered_frames;
  j["cached_frames"] = stats_.cached_frames;
  j["render_scale"] = resolution_.scale;
  j["uploads"] = stats_.uploads;
  j["first_complete_frame_ms"] = stats_.first_complete_frame_ms;
  j["land_build_ms"] = stats_.land_build_ms;
  j["suggestions_ms"] = stats_.suggestions_ms;
  j["last_scene_build_ms"] = stats_.last_scene_build_ms;
  j["world_build_ms"] = stats_.world_build_ms;
  j["settled"] = settled();
  j["flying"] = flight_.active();
  j["world_mode"] = world_mode_;
  j["world_built"] = world_built_;
  j["world_failed"] = world_failed_;
  j["gpu_restores"] = stats_.gpu_restores;
  j["points"] = scene_.points.size();
  j["arcs"] = scene_.arcs.size();
  j["default_suggestions"] = default_suggestions_.size();  // first suggestions computed
  j["first_suggestions"] = firsts_on_;
  j["firsts_done"] = firsts_on_ && suggestions_done_;
  j["firsts_ms"] = stats_.firsts_ms;
  j["nrw_municipalities"] = nrw_municipalities_;
  j["selection_suggestions"] = selection_suggestions_;
  std::size_t suggestion_arcs = 0, first_arcs = 0;
  for (const SceneArc& a : scene_.arcs) {
    suggestion_arcs += a.kind == ArcKind::Suggested || a.kind == ArcKind::SelectionSuggested;
    first_arcs += a.kind == ArcKind::Suggested;
  }
  j["suggestion_arcs"] = suggestion_arcs;  // drawn now: the selection's and the first suggestions
  j["first_suggestion_arcs"] = first_arcs;
  // The first-suggestion pool's hubness terms: built by then (hub_terms() does not rebuild).
  if (engine_ && next_suggestion_town_ > 0 && firsts_weights_.hub_correction > 0.0)
    j["firsts_hub_build_ms"] = engine_->hub_terms(firsts_pool_).build_ms;
  j["labels"] = layout_.placed().size();
  nlohmann::json texts = nlohmann::json::array(), boxes = nlohmann::json::array();
  for (const PlacedLabel& l : layout_.placed()) {
    texts.push_back(label_text(l.id));
    boxes.push_back({l.x, l.y, l.width, l.height});
  }
  j["label_texts"] = texts;
  j["label_boxes"] = boxes;  // CSS pixels: x, y (top left), width, height
  j["globe_area"] = {area_.x0, area_.y0, area_.x1, area_.y1};
  j["hover"] = hover_town_ != kNoIndex ? dataset_->towns[hover_town_].id : std::string();
  j["hover_arc"] = hover_arc_;
  j["focus_points"] = {uniforms_.hover_point, uniforms_.selected_point};  // point ids the shaders ring (world towns in world mode)
  j["tooltip"] = tooltip_;
  j["touch"] = {{"fingers", gestures_.fingers()}, {"on_globe", touch_on_globe_}};
  return j.dump();
}

}  // namespace atlas
