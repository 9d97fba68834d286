// Arc ribbons (see arc_renderer.h). Opacities and widths per ArcKind live here, colours in core/palette.h.
#include "arc_renderer.h"

#include <array>
#include <cstddef>

#include <glm/gtc/type_ptr.hpp>

#include "core/palette.h"
#include "render/shader_program.h"

namespace atlas {

namespace {
// Per ArcKind: existing (confirmed), unverified (dashed), suggested, the selection's
// suggestions, NRW's partnerships elsewhere (context), a council's own list; the colours
// are core/palette.h's, the opacities are how strongly each kind draws.
struct KindColour {
  palette::Rgb8 rgb;
  float alpha;
};
const KindColour kKindColours[kArcKindCount] = {{palette::kLinkExisting, 0.95f},  {palette::kLinkUnverified, 0.85f},
                                                {palette::kLinkSuggested, 0.10f}, {palette::kLinkSuggested, 0.95f},
                                                {palette::kLinkContext, 0.10f},   {palette::kLinkOwnData, 0.95f}};
std::array<float, 4 * kArcKindCount> kind_colours() {
  std::array<float, 4 * kArcKindCount> out{};
  for (int k = 0; k < kArcKindCount; ++k) {
    const KindColour& c = kKindColours[k];
    out[std::size_t(4 * k)] = c.rgb.r / 255.0f;
    out[std::size_t(4 * k + 1)] = c.rgb.g / 255.0f;
    out[std::size_t(4 * k + 2)] = c.rgb.b / 255.0f;
    out[std::size_t(4 * k + 3)] = c.alpha;
  }
  return out;
}
const std::array<float, 4 * kArcKindCount> kColors = kind_colours();
const float kWidths[kArcKindCount] = {2.4f, 2.0f, 1.0f, 2.2f, 1.0f, 2.4f};
}  // namespace

bool ArcRenderer::init(const char* glsl_version, std::string& error) {
  program_ = build_shader_program(glsl_version, "arc.vert", "arc.frag", error);
  if (!program_) return false;
  view_proj_ = glGetUniformLocation(program_, "u_view_proj");
  eye_ = glGetUniformLocation(program_, "u_eye");
  viewport_ = glGetUniformLocation(program_, "u_viewport");
  scale_ = glGetUniformLocation(program_, "u_scale");
  hover_ = glGetUniformLocation(program_, "u_hover");
  selected_ = glGetUniformLocation(program_, "u_selected");
  hover_arc_ = glGetUniformLocation(program_, "u_hover_arc");
  show_suggested_ = glGetUniformLocation(program_, "u_show_suggested");
  colors_ = glGetUniformLocation(program_, "u_colors");
  widths_ = glGetUniformLocation(program_, "u_widths");
  dash_period_ = glGetUniformLocation(program_, "u_dash_period");
  static const GlAttribute attributes[] = {
      {"a_pos", 3, GL_FLOAT, offsetof(ArcVertex, pos)},
      {"a_tangent", 3, GL_FLOAT, offsetof(ArcVertex, tangent)},
      {"a_side", 1, GL_FLOAT, offsetof(ArcVertex, side)},
      {"a_along", 1, GL_FLOAT, offsetof(ArcVertex, along)},
      {"a_kind", 1, GL_FLOAT, offsetof(ArcVertex, kind)},
      {"a_town_a", 1, GL_FLOAT, offsetof(ArcVertex, town_a)},
      {"a_town_b", 1, GL_FLOAT, offsetof(ArcVertex, town_b)},
      {"a_arc", 1, GL_FLOAT, offsetof(ArcVertex, arc)},
  };
  mesh_.init("arcs", program_, attributes, 8, sizeof(ArcVertex), true);
  return true;
}

void ArcRenderer::upload(const std::vector<ArcVertex>& vertices, const std::vector<std::uint32_t>& indices) {
  mesh_.upload(vertices.data(), vertices.size() * sizeof(ArcVertex), indices.data(), indices.size());
}

void ArcRenderer::draw(const FrameUniforms& u) const {
  if (!mesh_.index_count()) return;
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(program_);
  glUniformMatrix4fv(view_proj_, 1, GL_FALSE, glm::value_ptr(u.view_proj));
  glUniform3fv(eye_, 1, glm::value_ptr(u.eye));
  glUniform2fv(viewport_, 1, glm::value_ptr(u.viewport));
  glUniform1f(scale_, u.scale);
  glUniform1f(hover_, u.hover_point);
  glUniform1f(selected_, u.selected_point);
  glUniform1f(hover_arc_, u.hover_arc);
  glUniform1f(show_suggested_, u.show_suggested ? 1.0f : 0.0f);
  glUniform4fv(colors_, kArcKindCount, kColors.data());
  glUniform1fv(widths_, kArcKindCount, kWidths);
  glUniform1f(dash_period_, u.dash_period);
  mesh_.draw(GL_TRIANGLES, 0);
}

void ArcRenderer::destroy() {
  mesh_.destroy();
  if (program_) glDeleteProgram(program_);
  program_ = 0;
}

}  // namespace atlas
