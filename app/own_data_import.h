// OwnDataImport: a council's own partnership list on its way into the app. A file the user
// dropped or picked (platform.h take_user_file) is read (core own_data.h) and its names
// resolved (core name_resolver.h; the resolver is built on the first import, since most
// sessions never import); the panel (ui/own_data_panel.h) lists the problems and offers to
// merge the valid rows with the built-in data or replace it; a place the user chooses for an
// ambiguous (or unknown) name is kept for every row with that name and the file resolved again.
// App applies the choice to the dataset (core own_data_merge.h) and rebuilds what depends on it.
#pragma once

#include <memory>
#include <string>

#include "core/dataset.h"
#include "core/name_resolver.h"
#include "core/own_data.h"
#include "core/own_data_merge.h"

namespace atlas {

class OwnDataImport {
 public:
  // Reads and resolves `bytes` against `dataset` (which must outlive this object; its towns
  // never change, see own_data_merge.h).
  void take_file(const Dataset& dataset, const std::string& file_name, const std::string& bytes);
  // The panel, while a file is read or after one was taken in; true when the user chose to
  // take the valid rows in (`mode` says how).
  bool draw(OwnDataMode& mode);
  // After App merged: the figures for the panel.
  void applied(const OwnDataMergeResult& result);

  const OwnData& data() const { return data_; }
  const ResolvedOwnData& resolved() const { return resolved_; }
  const std::string& file_name() const { return file_name_; }
  // Test hook: what the panel shows, as JSON.
  std::string describe_json() const;

 private:
  void choose(std::size_t row, const std::string& column, TownIndex town);

  std::unique_ptr<NameResolver> resolver_;
  const Dataset* resolver_dataset_ = nullptr;
  NameChoices choices_;      // for this file
  std::string last_choice_;  // what the last choice did, for the panel
  std::string file_name_;
  OwnData data_;
  ResolvedOwnData resolved_;
  bool open_ = false;
  bool pending_ = false;  // read, waiting for merge / replace
  bool show_candidates_ = false;
  bool has_result_ = false;
  OwnDataMergeResult result_;
};

}  // namespace atlas
