// Globe, land texture and borders (see globe_renderer.h).
#include "globe_renderer.h"

#include <cmath>
#include <cstddef>
#include <vector>

#include <glm/gtc/type_ptr.hpp>

#include "render/shader_program.h"

namespace atlas {

namespace {
const GlAttribute kLineAttributes[] = {
    {"a_pos", 3, GL_FLOAT, offsetof(LineVertex, pos)},
    {"a_color", 4, GL_UNSIGNED_BYTE, offsetof(LineVertex, color)},
    {"a_towns", 2, GL_FLOAT, offsetof(LineVertex, town_a)},
};

// Sphere tessellation: 2.25 x 2.25 degree cells. Facets at the limb stay well under a
// pixel at whole-Earth size; the seam column is duplicated so u runs 0..1 without a wrap.
constexpr int kSphereLon = 160, kSphereLat = 80;
constexpr int kHaloSegments = 256;

struct SphereVertex {
  float pos[3];
  float uv[2];
};

void build_sphere(std::vector<SphereVertex>& v, std::vector<std::uint32_t>& idx) {
  const double pi = 3.14159265358979323846;
  for (int j = 0; j <= kSphereLat; ++j) {
    double lat = pi / 2 - pi * j / kSphereLat;
    for (int i = 0; i <= kSphereLon; ++i) {
      double lon = -pi + 2 * pi * i / kSphereLon;  // y north, lon 0 at +z, 90 E at +x (core/geo.h)
      v.push_back({{float(std::cos(lat) * std::sin(lon)), float(std::sin(lat)), float(std::cos(lat) * std::cos(lon))},
                   {float(i) / kSphereLon, float(j) / kSphereLat}});
    }
  }
  const std::uint32_t row = kSphereLon + 1;
  for (std::uint32_t j = 0; j < std::uint32_t(kSphereLat); ++j)
    for (std::uint32_t i = 0; i < std::uint32_t(kSphereLon); ++i) {
      std::uint32_t a = j * row + i, b = a + 1, c = a + row, d = c + 1;  // counter-clockwise seen from outside
      for (std::uint32_t k : {a, c, b, b, c, d}) idx.push_back(k);
    }
}

void build_halo(std::vector<float>& v, std::vector<std::uint32_t>& idx) {
  const double pi = 3.14159265358979323846;
  for (int i = 0; i <= kHaloSegments; ++i)
    for (float t : {0.0f, 1.0f}) {
      v.push_back(float(2 * pi * i / kHaloSegments));
      v.push_back(t);
    }
  for (std::uint32_t i = 0; i < std::uint32_t(kHaloSegments); ++i) {
    std::uint32_t k = i * 2;
    for (std::uint32_t j : {k, k + 1, k + 2, k + 1, k + 3, k + 2}) idx.push_back(j);
  }
}
}  // namespace

bool GlobeRenderer::init(const char* glsl_version, std::string& error) {
  globe_program_ = build_shader_program(glsl_version, "globe.vert", "globe.frag", error);
  if (!globe_program_) return false;
  u_view_proj_ = glGetUniformLocation(globe_program_, "u_view_proj");
  u_eye_ = glGetUniformLocation(globe_program_, "u_eye");
  u_sun_ = glGetUniformLocation(globe_program_, "u_sun");
  u_land_ = glGetUniformLocation(globe_program_, "u_land");
  u_world_mode_ = glGetUniformLocation(globe_program_, "u_world_mode");
  u_land_lod_ = glGetUniformLocation(globe_program_, "u_land_lod");
  {
    static const GlAttribute attributes[] = {{"a_pos", 3, GL_FLOAT, offsetof(SphereVertex, pos)},
                                             {"a_uv", 2, GL_FLOAT, offsetof(SphereVertex, uv)}};
    std::vector<SphereVertex> v;
    std::vector<std::uint32_t> idx;
    build_sphere(v, idx);
    sphere_.init("globe sphere", globe_program_, attributes, 2, sizeof(SphereVertex), true);
    sphere_.upload(v.data(), v.size() * sizeof(SphereVertex), idx.data(), idx.size());
  }
  halo_program_ = build_shader_program(glsl_version, "halo.vert", "halo.frag", error);
  if (!halo_program_) return false;
  h_view_proj_ = glGetUniformLocation(halo_program_, "u_view_proj");
  h_eye_ = glGetUniformLocation(halo_program_, "u_eye");
  {
    static const GlAttribute attributes[] = {{"a_ring", 2, GL_FLOAT, 0}};
    std::vector<float> v;
    std::vector<std::uint32_t> idx;
    build_halo(v, idx);
    halo_.init("atmosphere halo", halo_program_, attributes, 1, 2 * sizeof(float), true);
    halo_.upload(v.data(), v.size() * sizeof(float), idx.data(), idx.size());
  }
  ribbon_program_ = build_shader_program(glsl_version, "ribbon.vert", "ribbon.frag", error);
  if (!ribbon_program_) return false;
  r_view_proj_ = glGetUniformLocation(ribbon_program_, "u_view_proj");
  r_eye_ = glGetUniformLocation(ribbon_program_, "u_eye");
  r_viewport_ = glGetUniformLocation(ribbon_program_, "u_viewport");
  r_width_ = glGetUniformLocation(ribbon_program_, "u_width");
  r_tint_ = glGetUniformLocation(ribbon_program_, "u_tint");
  {
    static const GlAttribute attributes[] = {{"a_pos", 3, GL_FLOAT, offsetof(RibbonVertex, pos)},
                                             {"a_tangent", 3, GL_FLOAT, offsetof(RibbonVertex, tangent)},
                                             {"a_side", 1, GL_FLOAT, offsetof(RibbonVertex, side)},
                                             {"a_color", 4, GL_UNSIGNED_BYTE, offsetof(RibbonVertex, color)}};
    borders_.init("borders and graticule", ribbon_program_, attributes, 4, sizeof(RibbonVertex), true);
  }
  // A 1x1 sea texture until the map arrives.
  glGenTextures(1, &land_texture_);
  glBindTexture(GL_TEXTURE_2D, land_texture_);
  const unsigned char sea = 0;
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, 1, 1, 0, GL_RED, GL_UNSIGNED_BYTE, &sea);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glBindTexture(GL_TEXTURE_2D, 0);
  return true;
}

void GlobeRenderer::upload_land(const LandMask& mask) {
  if (mask.width <= 0) return;
  glBindTexture(GL_TEXTURE_2D, land_texture_);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, mask.width, mask.height, 0, GL_RED, GL_UNSIGNED_BYTE, mask.coverage.data());
  glGenerateMipmap(GL_TEXTURE_2D);
  land_width_ = mask.width;
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
}

void GlobeRenderer::upload_borders(const RibbonLines& lines) {
  borders_.upload(lines.vertices.data(), lines.vertices.size() * sizeof(RibbonVertex), lines.indices.data(),
                  lines.indices.size());
  border_chunks_ = lines.chunks;
}

void GlobeRenderer::draw(const FrameUniforms& u, bool globe, bool borders) {
  glDisable(GL_DEPTH_TEST);
  if (globe) {
  glDisable(GL_BLEND);
  glUseProgram(globe_program_);
  glUniformMatrix4fv(u_view_proj_, 1, GL_FALSE, glm::value_ptr(u.view_proj));
  glUniform3fv(u_eye_, 1, glm::value_ptr(u.eye));
  glUniform3fv(u_sun_, 1, glm::value_ptr(u.sun));
  glUniform1f(u_world_mode_, u.world_mode ? 1.0f : 0.0f);
  // texels of the mask per screen pixel at the view centre; magnified (level 0) when zoomed in
  float texels_per_px = float(land_width_) / 360.0f * u.deg_per_px;
  glUniform1f(u_land_lod_, texels_per_px > 1.0f ? std::log2(texels_per_px) : 0.0f);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, land_texture_);
  glUniform1i(u_land_, 0);
  glEnable(GL_CULL_FACE);
  glCullFace(GL_BACK);
  glFrontFace(GL_CCW);
  sphere_.draw(GL_TRIANGLES, 0);
  glDisable(GL_CULL_FACE);
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(halo_program_);
  glUniformMatrix4fv(h_view_proj_, 1, GL_FALSE, glm::value_ptr(u.view_proj));
  glUniform3fv(h_eye_, 1, glm::value_ptr(u.eye));
  halo_.draw(GL_TRIANGLES, 0);
  }

  if (borders && borders_.index_count()) {
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glUseProgram(ribbon_program_);
    glUniformMatrix4fv(r_view_proj_, 1, GL_FALSE, glm::value_ptr(u.view_proj));
    glUniform3fv(r_eye_, 1, glm::value_ptr(u.eye));
    glUniform2fv(r_viewport_, 1, glm::value_ptr(u.viewport));
    glUniform1f(r_width_, kBorderWidth * u.scale);
    glUniform4f(r_tint_, 0.62f, 0.70f, 0.80f, 0.38f);
    visible_ranges(border_chunks_, u.view_proj, u.eye, border_ranges_);
    borders_.draw_ranges(GL_TRIANGLES, border_ranges_);
  }
}

void GlobeRenderer::destroy() {
  borders_.destroy();
  sphere_.destroy();
  halo_.destroy();
  if (land_texture_) glDeleteTextures(1, &land_texture_);
  if (globe_program_) glDeleteProgram(globe_program_);
  if (halo_program_) glDeleteProgram(halo_program_);
  if (ribbon_program_) glDeleteProgram(ribbon_program_);
  land_texture_ = globe_program_ = halo_program_ = ribbon_program_ = 0;
}

bool LineRenderer::init(const char* glsl_version, const char* debug_name, std::string& error) {
  program_ = build_shader_program(glsl_version, "line.vert", "line.frag", error);
  if (!program_) return false;
  view_proj_ = glGetUniformLocation(program_, "u_view_proj");
  eye_ = glGetUniformLocation(program_, "u_eye");
  tint_ = glGetUniformLocation(program_, "u_tint");
  focus_ = glGetUniformLocation(program_, "u_focus");
  mesh_.init(debug_name, program_, kLineAttributes, 3, sizeof(LineVertex), true);
  return true;
}

void LineRenderer::upload(const std::vector<LineVertex>& vertices, const std::vector<std::uint32_t>& segments) {
  mesh_.upload(vertices.data(), vertices.size() * sizeof(LineVertex), segments.data(), segments.size());
}

void LineRenderer::draw(const FrameUniforms& u, const glm::vec4& tint, bool additive) const {
  if (!mesh_.index_count()) return;
  glEnable(GL_BLEND);
  if (additive) glBlendFunc(GL_SRC_ALPHA, GL_ONE);
  else glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(program_);
  glUniformMatrix4fv(view_proj_, 1, GL_FALSE, glm::value_ptr(u.view_proj));
  glUniform3fv(eye_, 1, glm::value_ptr(u.eye));
  glUniform4fv(tint_, 1, glm::value_ptr(tint));
  glUniform1f(focus_, u.hover_point);
  mesh_.draw(GL_LINES, 0);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
}

void LineRenderer::destroy() {
  mesh_.destroy();
  if (program_) glDeleteProgram(program_);
  program_ = 0;
}

}  // namespace atlas
