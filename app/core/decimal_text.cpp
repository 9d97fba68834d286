// Fractional numbers with the language's decimal mark (see decimal_text.h).
#include "decimal_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "digit_grouping.h"

namespace atlas {

std::string decimal_text(double value, int decimals, char decimal_mark, char separator) {
  if (std::isnan(value)) return "-";
  decimals = std::clamp(decimals, 0, 9);
  char buffer[64];
  if (!(std::fabs(value) < 1e15)) {  // no score is this large; %g keeps it short
    std::snprintf(buffer, sizeof buffer, "%.*g", decimals, value);
    std::string text = buffer;
    std::replace(text.begin(), text.end(), '.', decimal_mark);
    return text;
  }
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  const std::string text = buffer;
  const bool negative = text[0] == '-' && text.find_first_not_of("-0.") != std::string::npos;
  const std::size_t digits_from = text[0] == '-' ? 1 : 0;
  const std::size_t point = text.find('.');
  const std::string whole = text.substr(digits_from, point == std::string::npos ? std::string::npos : point - digits_from);
  std::string out = group_digits(std::stoll(whole), separator);
  if (negative) out.insert(0, 1, '-');
  if (point != std::string::npos) out += decimal_mark + text.substr(point + 1);
  return out;
}

}  // namespace atlas
