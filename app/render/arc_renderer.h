// Draws partnership and suggestion arcs as screen-space ribbons in one indexed draw.
#pragma once

#include <string>
#include <vector>

#include "render/frame_uniforms.h"
#include "render/gl_mesh.h"
#include "scene/globe_scene.h"

namespace atlas {

class ArcRenderer {
 public:
  bool init(const char* glsl_version, std::string& error);
  void upload(const std::vector<ArcVertex>& vertices, const std::vector<std::uint32_t>& indices);
  void draw(const FrameUniforms& u) const;
  void destroy();

 private:
  GLuint program_ = 0;
  GLint view_proj_ = -1, eye_ = -1, viewport_ = -1, scale_ = -1, hover_ = -1, selected_ = -1, hover_arc_ = -1,
        show_suggested_ = -1, colors_ = -1, widths_ = -1, dash_period_ = -1;
  GlMesh mesh_;
};

}  // namespace atlas
