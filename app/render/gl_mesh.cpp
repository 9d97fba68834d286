// GPU mesh helper (see gl_mesh.h).
#include "gl_mesh.h"

namespace atlas {

void GlMesh::init(const char* debug_name, GLuint program, const GlAttribute* attributes, std::size_t attribute_count,
                  std::size_t stride, bool indexed) {
  name_ = debug_name;
  indexed_ = indexed;
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  if (indexed) {
    glGenBuffers(1, &ibo_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
  }
  for (std::size_t i = 0; i < attribute_count; ++i) {
    const GlAttribute& a = attributes[i];
    GLint location = glGetAttribLocation(program, a.name);
    if (location < 0) continue;  // optimised away
    glEnableVertexAttribArray(GLuint(location));
    glVertexAttribPointer(GLuint(location), a.components, a.type, a.type == GL_UNSIGNED_BYTE ? GL_TRUE : GL_FALSE,
                          GLsizei(stride), reinterpret_cast<const void*>(a.offset));
  }
  glBindVertexArray(0);
}

void GlMesh::upload(const void* vertices, std::size_t vertex_bytes, const std::uint32_t* indices,
                    std::size_t index_count) {
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vertex_bytes), vertices, GL_STATIC_DRAW);
  if (indexed_) {
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(index_count * sizeof(std::uint32_t)), indices, GL_STATIC_DRAW);
    index_count_ = index_count;
  }
  glBindVertexArray(0);
}

void GlMesh::draw(GLenum mode, std::size_t vertex_count) const {
  if (!vao_) return;
  glBindVertexArray(vao_);
  if (indexed_) {
    if (index_count_) glDrawElements(mode, GLsizei(index_count_), GL_UNSIGNED_INT, nullptr);
  } else if (vertex_count) {
    glDrawArrays(mode, 0, GLsizei(vertex_count));
  }
  glBindVertexArray(0);
}

void GlMesh::draw_ranges(GLenum mode, const std::vector<IndexRange>& ranges) const {
  if (!vao_ || !indexed_ || ranges.empty()) return;
  glBindVertexArray(vao_);
  for (const IndexRange& r : ranges)
    glDrawElements(mode, GLsizei(r.count), GL_UNSIGNED_INT,
                   reinterpret_cast<const void*>(std::uintptr_t(r.first) * sizeof(std::uint32_t)));
  glBindVertexArray(0);
}

void GlMesh::destroy() {
  if (ibo_) glDeleteBuffers(1, &ibo_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
  vao_ = vbo_ = ibo_ = 0;
  index_count_ = 0;
}

}  // namespace atlas
