// Shader compilation with readable errors (see shader_program.h).
#include "shader_program.h"

#include <vector>

namespace atlas {

namespace {

std::string info_log(GLuint object, bool is_program) {
  GLint length = 0;
  if (is_program) glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
  else glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
  std::vector<char> log(static_cast<std::size_t>(length > 1 ? length : 1), '\0');
  if (is_program) glGetProgramInfoLog(object, length, nullptr, log.data());
  else glGetShaderInfoLog(object, length, nullptr, log.data());
  return log.data();
}

GLuint compile(GLenum type, const char* glsl_version, const char* file, std::string& error) {
  const char* body = embedded_shader(file);
  if (!body) {
    error = std::string("shader ") + file + " is not embedded";
    return 0;
  }
  const char* prelude = embedded_shader("common.glsl");
  std::string source = std::string(glsl_version) + "\n" + (prelude ? prelude : "") + "\n#line 1\n" + body;
  const char* text = source.c_str();
  GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    error = std::string("shader ") + file + " failed to compile: " + info_log(shader, false);
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

GLuint build_shader_program(const char* glsl_version, const char* vertex_file, const char* fragment_file,
                            std::string& error) {
  GLuint vs = compile(GL_VERTEX_SHADER, glsl_version, vertex_file, error);
  if (!vs) return 0;
  GLuint fs = compile(GL_FRAGMENT_SHADER, glsl_version, fragment_file, error);
  if (!fs) {
    glDeleteShader(vs);
    return 0;
  }
  GLuint program = glCreateProgram();
  glAttachShader(program, vs);
  glAttachShader(program, fs);
  glLinkProgram(program);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = GL_FALSE;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (!ok) {
    error = std::string("program ") + vertex_file + " + " + fragment_file + " failed to link: " + info_log(program, true);
    glDeleteProgram(program);
    return 0;
  }
  return program;
}

}  // namespace atlas
