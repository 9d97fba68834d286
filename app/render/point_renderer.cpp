// Town points (see point_renderer.h).
#include "point_renderer.h"

#include <cstddef>

#include <glm/gtc/type_ptr.hpp>

#include "render/shader_program.h"

namespace atlas {

bool PointRenderer::init(const char* glsl_version, const char* debug_name, std::string& error) {
  program_ = build_shader_program(glsl_version, "point.vert", "point.frag", error);
  if (!program_) return false;
  view_proj_ = glGetUniformLocation(program_, "u_view_proj");
  eye_ = glGetUniformLocation(program_, "u_eye");
  viewport_ = glGetUniformLocation(program_, "u_viewport");
  scale_ = glGetUniformLocation(program_, "u_scale");
  hover_ = glGetUniformLocation(program_, "u_hover");
  selected_ = glGetUniformLocation(program_, "u_selected");
  static const GlAttribute attributes[] = {
      {"a_pos", 3, GL_FLOAT, offsetof(PointVertex, pos)},
      {"a_corner", 2, GL_FLOAT, offsetof(PointVertex, corner)},
      {"a_radius", 1, GL_FLOAT, offsetof(PointVertex, radius)},
      {"a_id", 1, GL_FLOAT, offsetof(PointVertex, town)},
      {"a_highlight", 1, GL_FLOAT, offsetof(PointVertex, highlight)},
      {"a_color", 4, GL_UNSIGNED_BYTE, offsetof(PointVertex, color)},
  };
  mesh_.init(debug_name, program_, attributes, 6, sizeof(PointVertex), true);
  return true;
}

void PointRenderer::upload(const std::vector<PointVertex>& vertices, const std::vector<std::uint32_t>& indices) {
  mesh_.upload(vertices.data(), vertices.size() * sizeof(PointVertex), indices.data(), indices.size());
}

void PointRenderer::draw(const FrameUniforms& u, float size_scale) const {
  if (!mesh_.index_count()) return;
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glUseProgram(program_);
  glUniformMatrix4fv(view_proj_, 1, GL_FALSE, glm::value_ptr(u.view_proj));
  glUniform3fv(eye_, 1, glm::value_ptr(u.eye));
  glUniform2fv(viewport_, 1, glm::value_ptr(u.viewport));
  glUniform1f(scale_, u.scale * size_scale);
  glUniform1f(hover_, u.hover_point);
  glUniform1f(selected_, u.selected_point);
  mesh_.draw(GL_TRIANGLES, 0);
}

void PointRenderer::destroy() {
  mesh_.destroy();
  if (program_) glDeleteProgram(program_);
  program_ = 0;
}

}  // namespace atlas
