// Help overlay: a few words on how to use the atlas and the key map of each mode (globe,
// panel, typing, presenter mode) from core/key_map.h; '?' toggles it, Esc closes it.
#pragma once

namespace atlas::ui {
void draw_help_overlay(bool& open);
}
