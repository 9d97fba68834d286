# Turns every file in SHADER_DIR into a string in OUTPUT, looked up by file name through
# atlas::embedded_shader() (render/shader_library.h). Run at build time by app/CMakeLists.txt.
file(GLOB shaders ${SHADER_DIR}/*.vert ${SHADER_DIR}/*.frag ${SHADER_DIR}/*.glsl)
list(SORT shaders)
set(body "// Generated from shaders/ by cmake/EmbedShaders.cmake - do not edit.\n#include <cstring>\n\nnamespace atlas {\n\nconst char* embedded_shader(const char* name) {\n")
foreach(shader ${shaders})
  get_filename_component(name ${shader} NAME)
  file(READ ${shader} text)
  string(APPEND body "  if (!std::strcmp(name, \"${name}\")) return R\"atlas_shader(${text})atlas_shader\";\n")
endforeach()
string(APPEND body "  return nullptr;\n}\n\n}  // namespace atlas\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
