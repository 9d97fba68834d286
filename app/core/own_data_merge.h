// A council's own list, read (own_data.h) and resolved (name_resolver.h), taken into the
// dataset: merged with the built-in partnerships or replacing them. Imported links are marked
// `own_data`, so that the globe and the inspector can show them as such.
#pragma once

#include <cstddef>
#include <string>

#include "dataset.h"
#include "name_resolver.h"
#include "own_data.h"

namespace atlas {

enum class OwnDataMode { Merge, Replace };

struct OwnDataMergeResult {
  std::size_t added = 0;     // new partnerships
  std::size_t marked = 0;    // links the data already had, now also marked own data
  std::size_t removed = 0;   // built-in partnerships dropped (Replace)
};

// Merge: each resolved link the data already has (same pair, either order, or with the body
// above a town of the same name) is marked own data; the others are added. Replace: the built-in partnerships of the explorer's scopes go
// first (context-only links, a UK council's partnerships abroad, stay as the matcher's
// network context). Added links get the NRW side first, the file's year, kind and status,
// and one source naming `file_name`; the row's own source text is kept in their notes. A UK
// place the data holds only as a suggestion candidate becomes a UK partner town (as the data
// pipeline makes every UK town with an NRW partner), so that the link is an NRW–UK one. Names
// and ids never change, so a NameResolver built on `dataset` stays valid.
OwnDataMergeResult merge_own_data(Dataset& dataset, const OwnData& data, const ResolvedOwnData& resolved,
                                  OwnDataMode mode, const std::string& file_name);

}  // namespace atlas
