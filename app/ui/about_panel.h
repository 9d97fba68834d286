// "About the data": every source with its licence and the attribution text the data
// licences require the app to show.
#pragma once

#include "core/dataset.h"

namespace atlas::ui {
void draw_about_panel(const Dataset& dataset);
}
