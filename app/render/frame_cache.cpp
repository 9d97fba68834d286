// Offscreen copy of the globe image (see frame_cache.h).
#include "frame_cache.h"

#include "render/shader_program.h"

namespace atlas {

bool FrameCache::init(const char* glsl_version, std::string& error) {
  program_ = build_shader_program(glsl_version, "sky.vert", "present.frag", error);  // sky.vert: full-screen triangle
  if (!program_) return false;
  glUseProgram(program_);
  glUniform1i(glGetUniformLocation(program_, "u_image"), 0);
  glUseProgram(0);
  glGenVertexArrays(1, &vertex_array_);
  return true;
}

bool FrameCache::reuse_or_bind(const FrameCacheKey& key) {
  if (valid_ && key == key_) return true;
  if (!framebuffer_) {
    glGenFramebuffers(1, &framebuffer_);
    glGenTextures(1, &colour_);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
  if (width_ != key.width || height_ != key.height) {
    width_ = key.width;
    height_ = key.height;
    glBindTexture(GL_TEXTURE_2D, colour_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width_, height_, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_, 0);
  }
  key_ = key;
  valid_ = true;
  return false;
}

void FrameCache::present() const {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDisable(GL_BLEND);
  glUseProgram(program_);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, colour_);
  glBindVertexArray(vertex_array_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
}

void FrameCache::destroy() {
  if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
  if (colour_) glDeleteTextures(1, &colour_);
  if (vertex_array_) glDeleteVertexArrays(1, &vertex_array_);
  if (program_) glDeleteProgram(program_);
  program_ = vertex_array_ = framebuffer_ = colour_ = 0;
  width_ = height_ = 0;
  valid_ = false;
}

}  // namespace atlas
