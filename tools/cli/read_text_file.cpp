// See read_text_file.h.
#include "read_text_file.h"

#include <fstream>
#include <sstream>

namespace atlas::cli {

bool read_text_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return !in.bad();
}

}  // namespace atlas::cli
