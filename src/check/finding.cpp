#include "check/finding.h"

#include <algorithm>

namespace skincare {

std::string Finding::line() const {
  std::string out = where.describe();
  out += out.empty() ? "" : ": ";
  out += severity == Severity::error ? "error: " : "warning: ";
  out += message;
  if (!witness.empty()) {
    out += " {";
    for (std::size_t i = 0; i < witness.size(); ++i)
      out += (i ? ", " : "") + witness[i].first + ": " + witness[i].second;
    out += "}";
  }
  return out;
}

void Findings::add(Location where, Severity severity, std::string message,
                   std::vector<std::pair<std::string, std::string>> witness) {
  findings_.push_back({std::move(where), severity, std::move(message), std::move(witness)});
}

std::size_t Findings::errors() const {
  return static_cast<std::size_t>(std::count_if(findings_.begin(), findings_.end(),
                                                [](const Finding& f) { return f.severity == Severity::error; }));
}

std::size_t Findings::warnings() const { return findings_.size() - errors(); }

void Findings::sort() {
  std::stable_sort(findings_.begin(), findings_.end(), [](const Finding& a, const Finding& b) {
    if (a.where.file != b.where.file) return a.where.file < b.where.file;
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.column < b.where.column;
  });
  findings_.erase(std::unique(findings_.begin(), findings_.end(),
                              [](const Finding& a, const Finding& b) {
                                return a.line() == b.line();
                              }),
                  findings_.end());
}

void Findings::schema_errors(const YAML::Node& node, const RecordSchema& schema, const std::string& file) {
  for (auto& problem : schema_problems(node, schema, file)) error(std::move(problem.where), std::move(problem.message));
}

}  // namespace skincare
