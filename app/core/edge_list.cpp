// CSV edge-list reader (see edge_list.h).
#include "edge_list.h"

#include <array>
#include <functional>
#include <unordered_map>

namespace atlas {

namespace {

// One CSV record and what went wrong reading it.
struct Record {
  std::vector<std::string> fields;
  std::size_t line = 0;
  std::string problem;  // empty when well-formed
};

// RFC 4180 record reader over the whole text; tolerant: never fails, only reports.
class CsvCursor {
 public:
  explicit CsvCursor(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // UTF-8 byte order mark
  }
  bool done() const { return pos_ >= text_.size(); }

  Record next() {
    Record r;
    r.line = line_;
    r.fields.emplace_back();
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == ',') {
        ++pos_;
        r.fields.emplace_back();
      } else if (c == '\r' || c == '\n') {
        end_line();
        return r;
      } else if (c == '"' && r.fields.back().empty()) {
        read_quoted(r);
      } else {
        r.fields.back() += c;  // a quote inside an unquoted field is kept as written
        ++pos_;
      }
    }
    return r;
  }

 private:
  void end_line() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  void read_quoted(Record& r) {
    const std::size_t opened = line_;
    ++pos_;
    std::string& field = r.fields.back();
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '"') {
        if (pos_ < text_.size() && text_[pos_] == '"') {
          field += '"';
          ++pos_;
          continue;
        }
        skip_after_closing_quote(r);
        return;
      }
      if (c == '\n' || (c == '\r' && (pos_ >= text_.size() || text_[pos_] != '\n'))) ++line_;
      field += c;
    }
    if (r.problem.empty())
      r.problem = "quoted field opened on line " + std::to_string(opened) + " is never closed";
  }

  // After a closing quote only a comma or line end may follow; anything else is kept but
  // makes the record malformed.
  void skip_after_closing_quote(Record& r) {
    bool stray = false;
    while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\r' &&
           text_[pos_] != '\n') {
      r.fields.back() += text_[pos_++];
      stray = true;
    }
    if (stray && r.problem.empty()) r.problem = "text after a closing quote";
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

bool is_blank(const Record& r) {
  return r.fields.empty() || (r.fields.size() == 1 && r.fields[0].empty());
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

constexpr std::array<const char*, 4> kColumns = {"city1", "country1", "city2", "country2"};
constexpr std::size_t kMissing = static_cast<std::size_t>(-1);

struct NodeKeyHash {
  std::size_t operator()(const std::pair<std::string, std::string>& k) const {
    const std::size_t a = std::hash<std::string>()(k.first);
    return a ^ (std::hash<std::string>()(k.second) + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2));
  }
};

class EdgeListBuilder {
 public:
  explicit EdgeListBuilder(EdgeList& out) : out_(out) {}

  void report(std::size_t line, std::string problem) {
    if (out_.problems.size() < EdgeList::kMaxProblems)
      out_.problems.push_back({line, std::move(problem)});
    ++out_.problem_count;
  }

  // Finds the four columns; reports each one missing.
  bool read_header(const Record& header) {
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      for (std::size_t i = 0; i < header.fields.size() && column_[c] == kMissing; ++i)
        if (trim(header.fields[i]) == kColumns[c]) column_[c] = i;
      if (column_[c] == kMissing)
        report(header.line, std::string("header has no column ") + kColumns[c]);
    }
    return column_[0] != kMissing && column_[1] != kMissing && column_[2] != kMissing &&
           column_[3] != kMissing;
  }

  void read_row(Record& r) {
    if (!r.problem.empty()) return report(r.line, r.problem + "; row skipped");
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      if (column_[c] >= r.fields.size())
        return report(r.line, "row has " + std::to_string(r.fields.size()) + " fields, no " +
                                  kColumns[c] + "; row skipped");
    }
    // An empty country is kept as written (the world file has "Falkland Islands,"); a
    // town without a name is no node.
    for (std::size_t c : {std::size_t{0}, std::size_t{2}})
      if (r.fields[column_[c]].empty())
        return report(r.line, std::string("empty ") + kColumns[c] + "; row skipped");
    const NodeId a = intern(std::move(r.fields[column_[0]]), std::move(r.fields[column_[1]]));
    const NodeId b = intern(std::move(r.fields[column_[2]]), std::move(r.fields[column_[3]]));
    out_.edges.push_back({a, b});
  }

 private:
  NodeId intern(std::string city, std::string country) {
    auto key = std::make_pair(std::move(city), std::move(country));
    auto it = ids_.find(key);
    if (it != ids_.end()) return it->second;
    const auto id = static_cast<NodeId>(out_.nodes.size());
    out_.nodes.push_back({key.first, key.second});
    ids_.emplace(std::move(key), id);
    return id;
  }

  EdgeList& out_;
  std::array<std::size_t, 4> column_ = {kMissing, kMissing, kMissing, kMissing};
  std::unordered_map<std::pair<std::string, std::string>, NodeId, NodeKeyHash> ids_;
};

}  // namespace

EdgeList parse_edge_list(std::string_view csv) {
  EdgeList out;
  EdgeListBuilder builder(out);
  CsvCursor cursor(csv);
  Record header;
  while (!cursor.done() && is_blank(header = cursor.next())) {
  }
  if (is_blank(header)) {
    builder.report(0, "no header: the input is empty");
    return out;
  }
  if (!header.problem.empty()) builder.report(header.line, "header: " + header.problem);
  out.has_header = builder.read_header(header);
  if (!out.has_header) return out;
  while (!cursor.done()) {
    Record r = cursor.next();
    if (!is_blank(r)) builder.read_row(r);
  }
  return out;
}

std::string node_label(const EdgeListNode& node) { return node.city + ", " + node.country; }

}  // namespace atlas
