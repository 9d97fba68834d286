// Strict, exception-free loading of data/*.json (schema: data/SCHEMA.md).
//
// Files are given as in-memory text (the web build fetches them; tests and the CLI read them
// from disk), so the loader never touches the file system and can be fuzzed. JSON is parsed
// with nlohmann/json's non-throwing parser and every value's type is checked before use.
//   - A file that is not well-formed JSON (truncated, invalid UTF-8, ...) is rejected whole,
//     with file, line and column; the other files still load.
//   - Inside a well-formed file each record is checked on its own: a bad record (wrong type,
//     missing field, unknown tag id, duplicate id, dangling reference, coordinates out of
//     range) is rejected with file, JSON pointer and problem; every valid record still loads.
//   - No input crashes it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/load_report.h"

namespace atlas {

struct NamedText {
  std::string name;  // file name used in messages, e.g. "towns.json"
  std::string text;  // the file's bytes
};

// The dataset's files in data/ (data/SCHEMA.md), in the order they are loaded. towns_pool.json
// holds the candidate places no partnership names and their profiles: the web app shows its
// first view without it and loads the dataset again with it right after. Its rows come after
// towns.json's, so every town keeps its index when the pool is added.
inline constexpr const char* kDatasetFileNames[] = {"sources.json",      "tags.json",         "towns.json",
                                                    "towns_pool.json",   "partnerships.json", "profiles.json"};
inline constexpr const char* kTownsPoolFileName = "towns_pool.json";

// Loads the main data files (kDatasetFileNames; a file may hold any of the sections
// "sources", "tags", "indicators", "towns", "candidates", "partnerships", "excluded",
// "profiles"). Sections are taken in dependency order whatever the file order; the towns
// and candidate rows of one kind in file order. `out` is replaced; indices are rebuilt. UK towns with a council parent
// inherit the council's tags and indicators (marked inherited) where the file does not list
// them; a town's population becomes the "population" indicator where none is given.
LoadReport load_dataset_files(const std::vector<NamedText>& files, Dataset& out);

// The worldwide twin-town network (data/world_network.json), loaded lazily by the app.
struct WorldTown {
  std::string name;
  std::uint16_t country = 0;  // index into WorldNetwork::countries
  float lat = 0.f, lon = 0.f;
  std::string ref;            // id of the same town in the Dataset ("DE:05554020"), may be empty
  bool in_nrw() const { return ref.rfind("DE:05", 0) == 0; }  // an NRW record (AGS prefix 05)
};
struct WorldNetwork {
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2
  std::vector<WorldTown> towns;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // unordered, distinct
  std::size_t source_rows = 0;         // rows of the Wikipedia lists behind it (counts.rows)
  std::size_t duplicate_rows = 0;      // rows merged as duplicates (counts.duplicateRows)
};
LoadReport load_world_network(const NamedText& file, WorldNetwork& out);

// Natural Earth land and borders (data/world_map.json), decoded to lon/lat degrees.
struct LonLat {
  float lon = 0.f, lat = 0.f;
};
using Ring = std::vector<LonLat>;  // closed implicitly: the last point joins the first
struct WorldMap {
  std::vector<std::vector<Ring>> land;  // polygons: outer ring, then holes
  std::vector<std::vector<LonLat>> borders;  // polylines
  std::size_t point_count() const;
};
LoadReport load_world_map(const NamedText& file, WorldMap& out);

// Which loader a file belongs to: by name (world_network*, world_map*), else by the keys it
// holds ("pairs" -> world network, "land" -> world map, otherwise the dataset). No parsing.
enum class DataFileKind : std::uint8_t { Dataset, WorldNetwork, WorldMap, Unknown };
DataFileKind classify_data_file(const std::string& name, const std::string& text);

}  // namespace atlas
