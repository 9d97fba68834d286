// Names of the match components (see match_weights.h).
#include "match_weights.h"

#include <cstring>

namespace atlas {

namespace {
struct ComponentNames {
  const char* key;
  const char* en;
  const char* de;
};
constexpr ComponentNames kNames[kMatchComponentCount] = {
    {"goals", "Shared goals", "Gemeinsame Ziele"},
    {"challenges", "Shared challenges", "Gemeinsame Herausforderungen"},
    {"size", "Similar size", "Ähnliche Größe"},
    {"complement", "Complementarity", "Ergänzung"},
    {"network", "Network proximity", "Netzwerknähe"},
    {"distance", "Distance", "Entfernung"},
};
}  // namespace

const char* component_key(MatchComponent c) { return kNames[static_cast<std::size_t>(c)].key; }
const char* component_label_en(MatchComponent c) { return kNames[static_cast<std::size_t>(c)].en; }
const char* component_label_de(MatchComponent c) { return kNames[static_cast<std::size_t>(c)].de; }

bool parse_component_key(const char* key, MatchComponent& out) {
  if (!key) return false;
  for (MatchComponent c : kMatchComponents) {
    if (std::strcmp(component_key(c), key) == 0) {
      out = c;
      return true;
    }
  }
  return false;
}

}  // namespace atlas
