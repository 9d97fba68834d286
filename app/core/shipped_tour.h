// The tour that ships with the app, built at start-up from the data the app holds (no fixed
// town list): NRW–UK twinning from its first links (1947: Bonn–Oxford, Düsseldorf–Reading) through
// the decades to today, the network's best-connected town and its neighbourhood, and suggested
// partners for the two largest towns whose UK link has gone quiet.
#pragma once

#include "dataset.h"
#include "tour.h"

namespace atlas {

Tour shipped_tour(const Dataset& dataset);

}  // namespace atlas
