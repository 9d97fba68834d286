// The picture export's controls, drawn in the Filters tab under the CSV download: the width
// of the picture (the screen's size, 1920, 3840 or 4096 px; the height keeps the screen's
// aspect) and the download button. The picture itself is PictureExport's (picture_export.h).
#pragma once

namespace atlas::ui {

// `width_px`: the chosen width, 0 for the screen's size (a width set otherwise, e.g. by the
// test hook, is shown as it is). Returns true when the download was clicked.
bool draw_picture_export_controls(int& width_px);

}  // namespace atlas::ui
