// Thousands separators for counts and populations (see digit_grouping.h).
#include "digit_grouping.h"

#include <cstdlib>

namespace atlas {

std::string group_digits(long long n, char separator) {
  // The magnitude as an unsigned value, so the smallest long long has one too.
  unsigned long long magnitude = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  const std::string digits = std::to_string(magnitude);
  std::string out = n < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace atlas
