// Draws towns: pre-expanded quads in one plain indexed draw (SwiftShader is slow at
// instancing; on a real GPU a few thousand quads are trivial either way).
#pragma once

#include <string>
#include <vector>

#include "render/frame_uniforms.h"
#include "render/gl_mesh.h"
#include "scene/globe_scene.h"

namespace atlas {

class PointRenderer {
 public:
  bool init(const char* glsl_version, const char* debug_name, std::string& error);
  void upload(const std::vector<PointVertex>& vertices, const std::vector<std::uint32_t>& indices);
  void draw(const FrameUniforms& u, float size_scale) const;
  void destroy();

 private:
  GLuint program_ = 0;
  GLint view_proj_ = -1, eye_ = -1, viewport_ = -1, scale_ = -1, hover_ = -1, selected_ = -1;
  GlMesh mesh_;
};

}  // namespace atlas
