// One result per assessed record, in the format a caller chose: the full
// JSON object (or only --fields of it), a compact CSV row, or a FHIR
// QuestionnaireResponse (a record that failed becomes an OperationOutcome).
// Shared by single and batch runs, so both write the same bytes.
#pragma once

#include <string>
#include <string_view>

#include "questionnaire/answer_fields.h"
#include "render/assessment_views.h"
#include "render/json_fields.h"

namespace skincare {

enum class ResultFormat { json, csv, fhir };

// The CSV columns, in order (the header row).
inline constexpr std::string_view kResultCsvHeader = "id,verdict,rules,error_code,error_question,error_message\n";

class ResultWriter {
 public:
  ResultWriter(const AssessmentContext& context, ResultFormat format);

  // Limits JSON results to `spec` (see json_fields.h); returns the problem
  // with it, if any. `schema` and `id` are always kept.
  std::optional<std::string> set_fields(std::string_view spec);

  void header(std::string& out) const;  // the CSV header row; nothing otherwise
  void result(std::string& out, const Summary& summary, std::string_view id_json);
  void error(std::string& out, std::string_view id_json, std::size_t line, const FieldError& error) const;

 private:
  const AssessmentContext& context_;
  ResultFormat format_;
  AssessmentJson json_;
  bool projected_ = false;
  JsonFields fields_;
  std::string scratch_;
};

// A batch record that could not be assessed, as one JSON object (no
// newline): {"id": ID, "line": N, "error": {"code", "message", "question"}}.
// `id_json` is the record's id as JSON text, left out when empty;
// "question" is null when the error is not about one question.
void write_batch_error_json(std::string& out, std::string_view id_json, std::size_t line, const FieldError& error);

// A record id as JSON text ("\"a\"" or 7) as plain text for a CSV cell.
std::string id_text(std::string_view id_json);

}  // namespace skincare
