// A vertex array with its vertex and index buffers, filled in one upload per data change
// (glBufferData, reusing the buffers), and the attribute layout helper the renderers share.
// Each mesh carries a debug name (WebGL2 has no object labels; the name shows in errors).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "platform/gl.h"
#include "scene/chunk_culling.h"

namespace atlas {

struct GlAttribute {
  const char* name;
  GLint components;
  GLenum type;          // GL_FLOAT or GL_UNSIGNED_BYTE (normalised)
  std::size_t offset;
};

class GlMesh {
 public:
  void init(const char* debug_name, GLuint program, const GlAttribute* attributes, std::size_t attribute_count,
            std::size_t stride, bool indexed);
  void upload(const void* vertices, std::size_t vertex_bytes, const std::uint32_t* indices, std::size_t index_count);
  void draw(GLenum mode, std::size_t vertex_count) const;  // vertex_count ignored when indexed
  void draw_ranges(GLenum mode, const std::vector<IndexRange>& ranges) const;  // indexed: these ranges only
  void destroy();
  std::size_t index_count() const { return index_count_; }
  const char* name() const { return name_; }

 private:
  const char* name_ = "";
  GLuint vao_ = 0, vbo_ = 0, ibo_ = 0;
  std::size_t index_count_ = 0;
  bool indexed_ = false;
};

}  // namespace atlas
