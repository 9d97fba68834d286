// A rectangle on the screen in CSS pixels, origin top-left. The globe view uses it for
// the part of the screen the globe shows through beside an open side panel: labels are
// placed within it and the globe is drawn only there.
#pragma once

namespace atlas {

struct ScreenRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool operator==(const ScreenRect& o) const { return x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1; }
};

}  // namespace atlas
