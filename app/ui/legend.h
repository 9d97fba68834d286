// Legend: what each colour and line style on the globe (and in the node-link view) means.
// A small window in the bottom-left corner; on phones it starts closed.
#pragma once

namespace atlas::ui {
// `own_data`: a council's own list is taken in; its arcs' colour is listed too.
void draw_legend(bool& open, bool own_data);
}
