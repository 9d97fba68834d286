// Arc ribbons (see arc_renderer.h). Colours and widths per ArcKind live here.
#include "arc_renderer.h"

#include <cstddef>

#include <glm/gtc/type_ptr.hpp>

#include "render/shader_program.h"

namespace atlas {

namespace {
// Per ArcKind: existing (confirmed), unverified (dashed), suggested, the selection's
// suggestions, NRW's partnerships elsewhere (context), a council's own list (sky blue).
const float kColors[4 * kArcKindCount] = {1.00f, 0.82f, 0.50f, 0.95f,  //
                                          1.00f, 0.82f, 0.50f, 0.85f,  //
                                          0.42f, 0.95f, 0.60f, 0.10f,  //
                                          0.42f, 0.95f, 0.60f, 0.95f,  //
                                          0.80f, 0.74f, 0.95f, 0.10f,  //
                                          0.34f, 0.71f, 0.91f, 0.95f};
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
  glUniform4fv(colors_, kArcKindCount, kColors);
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
