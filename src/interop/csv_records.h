// Answer records from CSV, as survey tools and spreadsheets export them: a
// header row of question ids (plus an optional `id` column), then one record
// a row. An empty cell is "not answered"; a multi question's cell holds its
// values separated by ';' ("none" or "[]" for nothing chosen). Generic: the
// columns are whatever questions the questionnaire has.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "interop/csv_reader.h"
#include "questionnaire/answer_fields.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

// A header problem: the whole file is refused before any row is read.
struct CsvHeaderError {
  int line = 1, column = 1;
  std::string message;
};

struct CsvRecord {
  std::string id_json;           // the `id` cell as a JSON string, or empty
  std::vector<RawField> fields;  // one per answered cell
  std::optional<FieldError> error;
};

class CsvRecords {
 public:
  CsvRecords(const Questionnaire& questionnaire, bool ignore_unknown_columns)
      : questionnaire_(questionnaire), ignore_unknown_(ignore_unknown_columns) {}

  // Reads the header row; returns the first problem. Unknown columns are
  // refused (with the closest question id) unless ignored; then
  // `ignored_columns` names them.
  std::optional<CsvHeaderError> header(const CsvRow& row);
  const std::vector<std::string>& ignored_columns() const { return ignored_; }

  // Turns a data row into raw answers; valid until the next call.
  const CsvRecord& record(const CsvRow& row);

 private:
  static constexpr std::size_t kIgnored = static_cast<std::size_t>(-1);
  static constexpr std::size_t kId = static_cast<std::size_t>(-2);
  const Questionnaire& questionnaire_;
  bool ignore_unknown_;
  std::vector<std::size_t> columns_;  // per column: question index, kId or kIgnored
  std::vector<std::string> ignored_;
  CsvRecord record_;
};

}  // namespace skincare
