// Help overlay: the keyboard shortcuts and a few words on how to use the atlas; '?'
// toggles it, Escape closes it.
#pragma once

namespace atlas::ui {
void draw_help_overlay(bool& open);
}
