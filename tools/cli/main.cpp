// Entry point of the `atlas` command-line tool: dispatches to registered subcommands.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli_command.h"

namespace atlas::cli {

namespace {
std::vector<Command>& registry() {
  static std::vector<Command> all;
  return all;
}
}  // namespace

void register_command(const Command& command) { registry().push_back(command); }
const std::vector<Command>& commands() { return registry(); }

}  // namespace atlas::cli

static void print_usage() {
  std::fprintf(stderr, "usage: atlas <command> [arguments]\n\ncommands:\n");
  for (const auto& c : atlas::cli::commands())
    std::fprintf(stderr, "  %-12s %s\n  %-12s   %s\n", c.name, c.usage, "", c.summary);
}

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "help")) {
    print_usage();
    return argc < 2 ? 2 : 0;
  }
  for (const auto& c : atlas::cli::commands()) {
    if (std::strcmp(c.name, argv[1]) != 0) continue;
    return c.run(std::vector<std::string>(argv + 2, argv + argc));
  }
  std::fprintf(stderr, "atlas: unknown command '%s'\n", argv[1]);
  print_usage();
  return 2;
}
