// Formatting and counting for LoadReport (load_report.h).
#include "core/load_report.h"

#include <cstdio>

namespace atlas {

std::string LoadProblem::to_string() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
  if (!pointer.empty()) s += ":" + pointer;
  s += severity == Severity::Error ? ": error: " : ": warning: ";
  s += message;
  return s;
}

void LoadReport::error(const std::string& file, const std::string& pointer, const std::string& message) {
  LoadProblem p;
  p.severity = Severity::Error;
  p.file = file;
  p.pointer = pointer;
  p.message = message;
  problems.push_back(std::move(p));
}

void LoadReport::warning(const std::string& file, const std::string& pointer, const std::string& message) {
  LoadProblem p;
  p.severity = Severity::Warning;
  p.file = file;
  p.pointer = pointer;
  p.message = message;
  problems.push_back(std::move(p));
}

std::size_t LoadReport::error_count() const {
  std::size_t n = 0;
  for (const LoadProblem& p : problems) n += p.severity == Severity::Error;
  return n;
}

std::size_t LoadReport::warning_count() const { return problems.size() - error_count(); }

FileSummary* LoadReport::summary(const std::string& file) {
  for (FileSummary& f : files)
    if (f.file == file) return &f;
  return nullptr;
}

std::string LoadReport::format() const {
  std::string s;
  for (const LoadProblem& p : problems) s += p.to_string() + "\n";
  for (const FileSummary& f : files) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s: %s, %zu bytes, %zu records loaded, %zu rejected\n", f.file.c_str(),
                  f.parsed ? "parsed" : "NOT PARSED", f.bytes, f.loaded, f.rejected);
    s += buf;
  }
  char buf[160];
  std::snprintf(buf, sizeof buf, "%zu error(s), %zu warning(s); parse %.1f ms, build %.1f ms\n", error_count(),
                warning_count(), parse_ms, build_ms);
  s += buf;
  return s;
}

}  // namespace atlas
