// The globe's last rendered image, kept in an offscreen colour buffer. A frame at rest
// whose camera, focus, layers and data are unchanged (FrameUniforms and the upload count)
// is presented with one full-screen textured triangle (a framebuffer blit cost more in
// software GL) instead of drawing the globe, borders, arcs and points again: in software
// GL that drawing is most of a frame, and on a phone an idle globe should not keep the GPU
// busy. Labels and panels are ImGui and drawn every frame.
#pragma once

#include <cstdint>
#include <string>

#include "platform/gl.h"
#include "render/frame_uniforms.h"

namespace atlas {

// What the cached image was drawn from.
struct FrameCacheKey {
  FrameUniforms uniforms;
  unsigned layers = 0;
  std::uint64_t uploads = 0;
  int width = 0, height = 0;
  bool operator==(const FrameCacheKey& o) const {
    return uniforms == o.uniforms && layers == o.layers && uploads == o.uploads && width == o.width &&
           height == o.height;
  }
};

class FrameCache {
 public:
  bool init(const char* glsl_version, std::string& error);
  // True when the image for `key` is cached; otherwise binds the offscreen buffer (sized
  // to the key) for drawing it, and remembers the key.
  bool reuse_or_bind(const FrameCacheKey& key);
  // Draws the image, one texel per pixel, into the default framebuffer (and binds that
  // again), whose size it has.
  void present() const;
  void invalidate() { valid_ = false; }
  void destroy();

 private:
  GLuint program_ = 0, vertex_array_ = 0, framebuffer_ = 0, colour_ = 0;
  int width_ = 0, height_ = 0;
  bool valid_ = false;
  FrameCacheKey key_;
};

}  // namespace atlas
