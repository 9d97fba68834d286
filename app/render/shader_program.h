// Compiles and links a GL program from embedded shader files (shaders/*.vert/.frag),
// prefixing the platform's GLSL version line and the shared prelude common.glsl.
#pragma once

#include <string>

#include "platform/gl.h"

namespace atlas {

// Looks a shader file up by name among those embedded at build time (nullptr if absent).
const char* embedded_shader(const char* name);

// Returns 0 and sets `error` (with the file name and the driver's log) on failure.
GLuint build_shader_program(const char* glsl_version, const char* vertex_file, const char* fragment_file,
                            std::string& error);

}  // namespace atlas
