// Legend: what each colour and line style on the globe (and in the node-link view) means.
// A small window in the bottom-left corner; on phones it starts closed.
#pragma once

namespace atlas::ui {
void draw_legend(bool& open);
}
