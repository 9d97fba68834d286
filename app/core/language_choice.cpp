// The UI language's order of precedence (see language_choice.h).
#include "language_choice.h"

namespace atlas {

namespace {
bool is_language(std::string_view code) { return code == "de" || code == "en"; }

// "de", "de-DE", "DE-at" (tags are case-insensitive): German; "dee" is not.
bool is_german_tag(std::string_view tag) {
  if (tag.size() < 2 || (tag[0] != 'd' && tag[0] != 'D') || (tag[1] != 'e' && tag[1] != 'E')) return false;
  return tag.size() == 2 || tag[2] == '-' || tag[2] == '_';
}
}  // namespace

std::string choose_language(std::string_view from_link, std::string_view stored,
                            const std::vector<std::string>& preferred) {
  if (is_language(from_link)) return std::string(from_link);
  if (is_language(stored)) return std::string(stored);
  for (const std::string& tag : preferred)
    if (is_german_tag(tag)) return "de";
  return "en";
}

}  // namespace atlas
