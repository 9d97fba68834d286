// Label placement with collision avoidance: candidates come in priority order (selected,
// hovered, partnered, larger); each tries a few anchor positions around its point (right,
// left, above, below) and takes the first that overlaps no label placed before it and no
// higher-priority point. A name already shown close by is not repeated (a town and the
// council or Kreis of the same name sit on top of each other: Köln, Wrexham). A uniform
// grid keeps it linear. Pure: screen positions and text
// sizes in, rectangles out; buffers are reused between frames (no steady-state allocation).
// The grid's cells are chains through one array of entries, not a vector per cell: a vector
// per cell kept the largest count each cell ever held, so the buffers grew with every view
// that crowded points into other cells (the soak test saw this); one array holds at most
// the entries of the largest frame.
#pragma once

#include <cstdint>
#include <vector>

#include "scene/screen_rect.h"

namespace atlas {

struct LabelCandidate {
  float x = 0, y = 0;         // the point's screen position (pixels)
  float point_radius = 0;     // pixels
  float width = 0, height = 0;  // text size (pixels)
  std::uint32_t id = 0;       // caller's handle (town)
  std::uint32_t text = kUniqueText;  // equal for equal label texts; kUniqueText: never a repeat
  static constexpr std::uint32_t kUniqueText = 0xFFFFFFFFu;
};

struct PlacedLabel {
  float x = 0, y = 0;  // top-left of the text
  float width = 0, height = 0;
  std::uint32_t id = 0;
  std::uint32_t rank = 0;  // position in the candidate list (0 = highest priority)
  float anchor_x = 0, anchor_y = 0;  // the point it labels
  std::uint32_t text = LabelCandidate::kUniqueText;
};

class LabelLayout {
 public:
  // Places labels within `bounds` (the part of the screen the globe shows through); at
  // most `max_labels`.
  void place(const std::vector<LabelCandidate>& candidates, const ScreenRect& bounds, std::size_t max_labels);
  const std::vector<PlacedLabel>& placed() const { return placed_; }
  // Bytes the reused buffers have reserved (the unit test checks that they stay bounded).
  std::size_t reserved_bytes() const;

 private:
  struct Rect {
    float x0, y0, x1, y1;
  };
  bool free(const Rect& r) const;
  bool shown_nearby(const LabelCandidate& c) const;
  static constexpr float kRepeatDistance = 160.0f;  // pixels between points with the same label
  void insert(const Rect& r);
  static constexpr float kCell = 48.0f;
  int cols_ = 0, rows_ = 0;
  struct CellEntry {
    std::uint32_t rect;  // index into rects_
    std::uint32_t next;  // the cell's next entry in entries_, kEnd at the chain's end
  };
  static constexpr std::uint32_t kEnd = 0xFFFFFFFFu;
  std::vector<std::uint32_t> cell_first_;  // per cell: its first entry in entries_, or kEnd
  std::vector<CellEntry> entries_;
  std::vector<Rect> rects_;
  std::vector<PlacedLabel> placed_;
};

}  // namespace atlas
