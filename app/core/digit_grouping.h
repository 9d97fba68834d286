// Whole numbers as people read them: "1,084,831" in English, "1.084.831" in German. Counts
// and populations in the panels go through this, so a German page never shows "1084831".
#pragma once

#include <string>

namespace atlas {

// `n` with `separator` between each group of three digits, counted from the right.
// A minus sign stays in front: group_digits(-12345, ',') is "-12,345".
std::string group_digits(long long n, char separator);

}  // namespace atlas
