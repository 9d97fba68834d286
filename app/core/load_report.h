// What loading data files found: every problem with its place (file, line/column for broken
// syntax, JSON pointer for a bad record) and per-file counts. Plain data, no exceptions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace atlas {

enum class Severity : std::uint8_t { Error, Warning };

struct LoadProblem {
  Severity severity = Severity::Error;
  std::string file;     // file name as passed to the loader
  std::string pointer;  // JSON pointer of the rejected record or field ("/towns/12/lat"); empty for syntax errors
  int line = 0;         // 1-based line and column of a syntax error; 0 otherwise
  int column = 0;
  std::string message;

  std::string to_string() const;  // "towns.json:/towns/12/lat: latitude out of range"
};

struct FileSummary {
  std::string file;
  bool parsed = false;          // false: syntax error, nothing loaded from this file
  std::size_t bytes = 0;
  std::size_t loaded = 0;       // records taken in
  std::size_t rejected = 0;     // records rejected
  double parse_ms = 0.0;        // time spent in the JSON parser
};

struct LoadReport {
  std::vector<LoadProblem> problems;
  std::vector<FileSummary> files;
  double parse_ms = 0.0;  // all files: JSON parsing
  double build_ms = 0.0;  // all files: checking and building the model

  void error(const std::string& file, const std::string& pointer, const std::string& message);
  void warning(const std::string& file, const std::string& pointer, const std::string& message);
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool ok() const { return error_count() == 0; }
  FileSummary* summary(const std::string& file);
  // Every problem on its own line, then one summary line per file and a total.
  std::string format() const;
};

}  // namespace atlas
