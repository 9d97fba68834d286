// A council's own list on its way in (see own_data_import.h).
#include "own_data_import.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "ui/own_data_panel.h"
#include "ui/ui_strings.h"

namespace atlas {

void OwnDataImport::take_file(const Dataset& dataset, const std::string& file_name, const std::string& bytes) {
  if (!resolver_ || resolver_dataset_ != &dataset) {
    resolver_ = std::make_unique<NameResolver>(dataset);
    resolver_dataset_ = &dataset;
  }
  file_name_ = file_name;
  choices_.clear();
  last_choice_.clear();
  data_ = read_own_data(bytes);
  resolved_ = data_.refused ? ResolvedOwnData() : resolve_own_data(dataset, *resolver_, data_);
  pending_ = !data_.refused && !resolved_.links.empty();
  has_result_ = false;
  open_ = true;
}

bool OwnDataImport::draw(OwnDataMode& mode) {
  if (!open_) return false;
  ui::OwnDataPanelModel m{*resolver_dataset_, file_name_, data_, resolved_, pending_, show_candidates_,
                          has_result_, result_, last_choice_, open_};
  ui::draw_own_data_panel(m);
  if (m.picked) choose(m.picked_row, m.picked_column, m.picked_town);
  if (m.chosen) {
    mode = m.mode;
    pending_ = false;
  } else if (m.discard) {
    pending_ = false;
    open_ = false;
  }
  return m.chosen;
}

void OwnDataImport::choose(std::size_t row, const std::string& column, TownIndex town) {
  const auto link = std::find_if(data_.links.begin(), data_.links.end(), [&](const OwnLink& l) { return l.row == row; });
  if (link == data_.links.end() || town >= resolver_dataset_->towns.size()) return;
  choices_[name_choice_key(*link, column)] = town;
  resolved_ = resolve_own_data(*resolver_dataset_, *resolver_, data_, choices_);
  pending_ = !resolved_.links.empty();
  char text[512];
  std::snprintf(text, sizeof text, ui::tr(ui::StringId::OwnDataChosenFormat),
                (column == "town" ? link->town : link->partner).c_str(), candidate_label(*resolver_dataset_, town).c_str());
  last_choice_ = text;
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
    nlohmann::json candidates = nlohmann::json::array();
    for (std::uint32_t t : p.candidates) candidates.push_back(resolver_dataset_->towns[t].id);
    problems.push_back({{"row", p.row},
                        {"column", p.column},
                        {"message", p.message},
                        {"text", ui::own_data_problem_text(p)},  // in the UI's language
                        {"row_dropped", p.row_dropped},
                        {"candidates", candidates}});
  };
  for (const OwnDataProblem& p : data_.problems) add(p);
  for (const OwnDataProblem& p : resolved_.problems) add(p);
  j["problems"] = problems;
  j["last_choice"] = last_choice_;
  j["applied"] = has_result_;
  if (has_result_) j["result"] = {{"added", result_.added}, {"marked", result_.marked}, {"removed", result_.removed}};
  return j.dump();
}

}  // namespace atlas
