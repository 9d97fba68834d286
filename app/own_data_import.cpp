// A council's own list on its way in (see own_data_import.h).
#include "own_data_import.h"

#include <nlohmann/json.hpp>

#include "ui/own_data_panel.h"

namespace atlas {

void OwnDataImport::take_file(const Dataset& dataset, const std::string& file_name, const std::string& bytes) {
  if (!resolver_ || resolver_dataset_ != &dataset) {
    resolver_ = std::make_unique<NameResolver>(dataset);
    resolver_dataset_ = &dataset;
  }
  file_name_ = file_name;
  data_ = read_own_data(bytes);
  resolved_ = data_.refused ? ResolvedOwnData() : resolve_own_data(dataset, *resolver_, data_);
  pending_ = !data_.refused && !resolved_.links.empty();
  has_result_ = false;
  open_ = true;
}

bool OwnDataImport::draw(OwnDataMode& mode) {
  if (!open_) return false;
  ui::OwnDataPanelModel m{file_name_, data_, resolved_, pending_, show_candidates_, has_result_, result_, open_};
  ui::draw_own_data_panel(m);
  if (m.chosen) {
    mode = m.mode;
    pending_ = false;
  } else if (m.discard) {
    pending_ = false;
    open_ = false;
  }
  return m.chosen;
}

void OwnDataImport::applied(const OwnDataMergeResult& result) {
  result_ = result;
  has_result_ = true;
}

std::string OwnDataImport::describe_json() const {
  nlohmann::json j;
  j["file"] = file_name_;
  j["open"] = open_;
  j["pending"] = pending_;
  j["refused"] = data_.refused;
  j["links_read"] = data_.links.size();
  j["links_kept"] = resolved_.links.size();
  j["distinct_names"] = resolved_.distinct_names;
  nlohmann::json problems = nlohmann::json::array();
  auto add = [&](const OwnDataProblem& p) {
    problems.push_back({{"row", p.row}, {"column", p.column}, {"message", p.message}, {"row_dropped", p.row_dropped}});
  };
  for (const OwnDataProblem& p : data_.problems) add(p);
  for (const OwnDataProblem& p : resolved_.problems) add(p);
  j["problems"] = problems;
  j["applied"] = has_result_;
  if (has_result_) j["result"] = {{"added", result_.added}, {"marked", result_.marked}, {"removed", result_.removed}};
  return j.dump();
}

}  // namespace atlas
