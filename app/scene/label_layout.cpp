// Greedy label placement on a grid (see label_layout.h).
#include "label_layout.h"

#include <algorithm>
#include <cmath>

namespace atlas {

bool LabelLayout::free(const Rect& r) const {
  int c0 = std::max(0, int(r.x0 / kCell)), c1 = std::min(cols_ - 1, int(r.x1 / kCell));
  int r0 = std::max(0, int(r.y0 / kCell)), r1 = std::min(rows_ - 1, int(r.y1 / kCell));
  for (int y = r0; y <= r1; ++y)
    for (int x = c0; x <= c1; ++x)
      for (std::uint32_t e = cell_first_[std::size_t(y) * std::size_t(cols_) + std::size_t(x)]; e != kEnd;
           e = entries_[e].next) {
        const Rect& o = rects_[entries_[e].rect];
        if (r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1) return false;
      }
  return true;
}

bool LabelLayout::shown_nearby(const LabelCandidate& c) const {
  if (c.text == LabelCandidate::kUniqueText) return false;
  for (const PlacedLabel& l : placed_) {
    if (l.text != c.text) continue;
    float dx = l.anchor_x - c.x, dy = l.anchor_y - c.y;
    if (dx * dx + dy * dy < kRepeatDistance * kRepeatDistance) return true;
  }
  return false;
}

void LabelLayout::insert(const Rect& r) {
  auto index = static_cast<std::uint32_t>(rects_.size());
  rects_.push_back(r);
  int c0 = std::max(0, int(r.x0 / kCell)), c1 = std::min(cols_ - 1, int(r.x1 / kCell));
  int r0 = std::max(0, int(r.y0 / kCell)), r1 = std::min(rows_ - 1, int(r.y1 / kCell));
  for (int y = r0; y <= r1; ++y)
    for (int x = c0; x <= c1; ++x) {
      std::uint32_t& first = cell_first_[std::size_t(y) * std::size_t(cols_) + std::size_t(x)];
      entries_.push_back({index, first});
      first = static_cast<std::uint32_t>(entries_.size() - 1);
    }
}

std::size_t LabelLayout::reserved_bytes() const {
  return cell_first_.capacity() * sizeof(std::uint32_t) + entries_.capacity() * sizeof(CellEntry) +
         rects_.capacity() * sizeof(Rect) + placed_.capacity() * sizeof(PlacedLabel);
}

void LabelLayout::place(const std::vector<LabelCandidate>& candidates, const ScreenRect& bounds,
                        std::size_t max_labels) {
  placed_.clear();
  rects_.clear();
  cols_ = std::max(1, int(std::ceil(bounds.x1 / kCell)));
  rows_ = std::max(1, int(std::ceil(bounds.y1 / kCell)));
  std::size_t cells = std::size_t(cols_) * std::size_t(rows_);
  cell_first_.assign(cells, kEnd);
  entries_.clear();
  const float gap = 3.0f;
  for (std::size_t k = 0; k < candidates.size() && placed_.size() < max_labels; ++k) {
    const LabelCandidate& c = candidates[k];
    float w = c.width, h = c.height, r = c.point_radius + gap;
    const float options[4][2] = {
        {c.x + r, c.y - h * 0.5f},          // right
        {c.x - r - w, c.y - h * 0.5f},      // left
        {c.x - w * 0.5f, c.y - r - h},      // above
        {c.x - w * 0.5f, c.y + r},          // below
    };
    const bool repeat = shown_nearby(c);  // its name is already shown close by: no label
    for (const auto& o : options) {
      if (repeat) break;
      Rect rect{o[0] - 1.0f, o[1], o[0] + w + 1.0f, o[1] + h};
      if (rect.x0 < bounds.x0 || rect.y0 < bounds.y0 || rect.x1 > bounds.x1 || rect.y1 > bounds.y1) continue;
      if (!free(rect)) continue;
      insert(rect);
      placed_.push_back({o[0], o[1], w, h, c.id, static_cast<std::uint32_t>(k), c.x, c.y, c.text});
      break;
    }
    // The point itself blocks lower-priority labels, placed or not.
    insert({c.x - c.point_radius, c.y - c.point_radius, c.x + c.point_radius, c.y + c.point_radius});
  }
}

}  // namespace atlas
