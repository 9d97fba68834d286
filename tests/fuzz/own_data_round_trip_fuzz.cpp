// Fuzz target: the partnership CSV export read back by the own-data import, which share one
// schema (app/core/own_data.h). The input is a data file; what loads from it is exported as
// the app's "Download these partnerships (CSV)" does (partnership_links, write_own_data_csv)
// and read back with read_own_data. Property: the file reads back with no problem and every
// link unchanged.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/dataset_loader.h"
#include "core/own_data.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  atlas::Dataset dataset;
  atlas::load_dataset_files({{"fuzz.json", std::string(reinterpret_cast<const char*>(data), size)}}, dataset);
  const std::vector<atlas::OwnLink> links = atlas::partnership_links(dataset, {});
  const atlas::OwnData back = atlas::read_own_data(atlas::write_own_data_csv(links));
  FUZZ_CHECK(!back.refused && back.problems.empty(), "the export reads back with problems");
  FUZZ_CHECK(back.links.size() == links.size(), "the export reads back with another number of links");
  for (std::size_t i = 0; i < links.size(); ++i) {
    const atlas::OwnLink &a = links[i], &b = back.links[i];
    FUZZ_CHECK(a.town == b.town && a.partner == b.partner && a.partner_country == b.partner_country, "names changed");
    FUZZ_CHECK(a.year == b.year && a.kind == b.kind && a.status == b.status, "year, kind or status changed");
    FUZZ_CHECK(a.source == b.source && a.town_id == b.town_id && a.partner_id == b.partner_id, "source or ids changed");
  }
  return 0;
}
