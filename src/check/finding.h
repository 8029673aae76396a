// What `skincare check` reports: one finding per problem, with its place,
// and for questionnaire logic a witness (answers that show the problem).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/errors.h"
#include "base/schema.h"

namespace skincare {

enum class Severity { error, warning };

struct Finding {
  Location where;
  Severity severity = Severity::error;
  std::string message;
  std::vector<std::pair<std::string, std::string>> witness;  // question id -> answer text

  // "FILE:LINE:COL: error: message" (the witness, if any, follows in braces).
  std::string line() const;
};

class Findings {
 public:
  void error(Location where, std::string message) { add(std::move(where), Severity::error, std::move(message)); }
  void warning(Location where, std::string message) { add(std::move(where), Severity::warning, std::move(message)); }
  void add(Location where, Severity severity, std::string message,
           std::vector<std::pair<std::string, std::string>> witness = {});

  // Every departure of `node` from `schema`, as errors.
  void schema_errors(const YAML::Node& node, const RecordSchema& schema, const std::string& file);

  const std::vector<Finding>& all() const { return findings_; }
  std::size_t errors() const;
  std::size_t warnings() const;
  // Sorted by file, line, column, then as reported; exact repeats removed.
  void sort();

 private:
  std::vector<Finding> findings_;
};

}  // namespace skincare
