// The command-line tool's subcommands register themselves here, one file per
// subcommand (validate_command.cpp, suggest_command.cpp, ...), so main.cpp never changes.
#pragma once

#include <string>
#include <vector>

namespace atlas::cli {

struct Command {
  const char* name;
  const char* usage;    // one line: arguments
  const char* summary;  // one line: what it does
  int (*run)(const std::vector<std::string>& args);  // args after the subcommand name; returns exit code
};

// Adds a command to the registry; used through a static `CommandRegistration` object.
void register_command(const Command& command);
const std::vector<Command>& commands();

struct CommandRegistration {
  explicit CommandRegistration(const Command& command) { register_command(command); }
};

}  // namespace atlas::cli
