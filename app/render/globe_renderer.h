// Draws the globe as a tessellated sphere mesh (ocean, land from a coverage texture,
// light, rim), the atmosphere as a ring around the silhouette, then the graticule and
// the country borders as antialiased ribbons (shaders/ribbon.vert), only their pieces that
// can be on screen (scene/chunk_culling.h). Only the globe's own
// pixels are shaded: the background is the clear colour. Sphere and ring are built once at
// init; the land texture and border buffers are uploaded once per map load.
#pragma once

#include <string>
#include <vector>

#include "render/frame_uniforms.h"
#include "render/gl_mesh.h"
#include "scene/globe_scene.h"
#include "scene/land_mask.h"

namespace atlas {

class GlobeRenderer {
 public:
  bool init(const char* glsl_version, std::string& error);
  void upload_land(const LandMask& mask);
  void upload_borders(const RibbonLines& lines);
  void draw(const FrameUniforms& u, bool globe = true, bool borders = true);
  void destroy();
  bool has_land() const { return land_texture_ != 0; }

 private:
  GLuint globe_program_ = 0, halo_program_ = 0, land_texture_ = 0;
  int land_width_ = 1;  // texels around the equator, for the mip level
  GlMesh sphere_, halo_;
  GLint h_view_proj_ = -1, h_eye_ = -1;
  GLint u_view_proj_ = -1, u_eye_ = -1, u_sun_ = -1, u_land_ = -1, u_world_mode_ = -1, u_land_lod_ = -1;
  GLuint ribbon_program_ = 0;
  GLint r_view_proj_ = -1, r_eye_ = -1, r_viewport_ = -1, r_width_ = -1, r_tint_ = -1;
  GlMesh borders_;
  std::vector<IndexChunk> border_chunks_;
  std::vector<IndexRange> border_ranges_;  // this frame's visible chunks (capacity kept)
  static constexpr float kBorderWidth = 0.9f;  // CSS pixels
};

// The world-network arcs as lines (line.vert/.frag); the arcs of the town under the
// pointer (FrameUniforms::hover_point, a world town in world mode) stand out.
class LineRenderer {
 public:
  bool init(const char* glsl_version, const char* debug_name, std::string& error);
  // Polylines as shared vertices and GL_LINES index pairs: each vertex is shaded once.
  void upload(const std::vector<LineVertex>& vertices, const std::vector<std::uint32_t>& segments);
  void draw(const FrameUniforms& u, const glm::vec4& tint, bool additive) const;
  void destroy();

 private:
  GLuint program_ = 0;
  GLint view_proj_ = -1, eye_ = -1, tint_ = -1, focus_ = -1;
  GlMesh mesh_;
};

}  // namespace atlas
