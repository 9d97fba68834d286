// Fractional numbers as people read them: "2,146.90" in English, "2.146,90" in German. Scores,
// modularity, betweenness and timings in the panels go through this, so a German page never
// shows a decimal point. Exports (CSV, JSON) keep the point: they are data, not text.
#pragma once

#include <string>

namespace atlas {

// `value` rounded to `decimals` places (0-9), with `decimal_mark` in place of the point and
// `separator` between each group of three whole digits (digit_grouping.h).
// A value that rounds to zero has no minus sign: decimal_text(-0.0001, 3, ',', '.') is "0,000".
// Not a number reads "-", so a missing figure never shows as "nan".
std::string decimal_text(double value, int decimals, char decimal_mark, char separator);

}  // namespace atlas
