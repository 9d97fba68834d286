// Draws the background behind the globe: a deep-space gradient with a soft glow, as one
// full-screen triangle (no vertex buffer: positions come from gl_VertexID).
#pragma once

#include <string>

#include "platform/gl.h"

namespace atlas {

class SkyRenderer {
 public:
  bool init(const char* glsl_version, std::string& error);
  void draw() const;
  void destroy();

 private:
  GLuint program_ = 0;
  GLuint vertex_array_ = 0;
};

}  // namespace atlas
