// Background renderer (see sky_renderer.h).
#include "sky_renderer.h"

#include "shader_program.h"

namespace atlas {

bool SkyRenderer::init(const char* glsl_version, std::string& error) {
  program_ = build_shader_program(glsl_version, "sky.vert", "sky.frag", error);
  if (!program_) return false;
  glGenVertexArrays(1, &vertex_array_);  // core profiles need a bound VAO even without attributes
  return true;
}

void SkyRenderer::draw() const {
  glDisable(GL_DEPTH_TEST);
  glUseProgram(program_);
  glBindVertexArray(vertex_array_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
}

void SkyRenderer::destroy() {
  if (program_) glDeleteProgram(program_);
  if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
  program_ = vertex_array_ = 0;
}

}  // namespace atlas
