// Reads a whole file into a string, for the CLI's subcommands (core never touches files).
#pragma once

#include <string>

namespace atlas::cli {
// False when the file cannot be opened or read.
bool read_text_file(const std::string& path, std::string& text);
}
