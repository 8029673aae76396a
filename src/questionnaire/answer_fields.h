// Raw answers as they arrive from outside (an answers file, a saved run,
// --set, a batch line), and their normalisation into an AnswerSet.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/errors.h"
#include "questionnaire/answer.h"
#include "questionnaire/answer_parser.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

struct RawField {
  std::string id;
  RawAnswer value;
  Location where;  // file:line:col when known
};

// A problem with one field; `code` is stable for scripts:
// unknown-question | invalid-answer | missing-answer | invalid-input.
struct FieldError {
  std::string code;
  std::string question;
  std::string message;
  Location where;
};

// Validates and normalises `fields` against the questions. Later fields
// override earlier ones with the same id (so --set overrides a file).
// Returns the first problem, or nullopt with `answers` filled.
std::optional<FieldError> normalise_fields(const Questionnaire& questionnaire, const std::vector<RawField>& fields,
                                           AnswerSet& answers);

// normalise_fields for record after record against one questionnaire (a
// batch), with the same results. Exports give their fields in the same
// order on every line, so each field's question is looked for first where
// the field at the same place in the previous record was.
class FieldNormaliser {
 public:
  explicit FieldNormaliser(const Questionnaire& questionnaire) : questionnaire_(questionnaire) {}
  std::optional<FieldError> normalise(const std::vector<RawField>& fields, AnswerSet& answers);

 private:
  std::optional<std::size_t> index_of(std::size_t position, const std::string& id);
  const Questionnaire& questionnaire_;
  std::vector<std::size_t> previous_;  // per field position: the question it named last time
};

// A FieldError naming every missing enabled question and what it accepts,
// or nullopt when nothing is missing.
std::optional<FieldError> check_complete(const Questionnaire& questionnaire, const AnswerSet& answers);
// The same error for the ids of missing questions (missing_answers()), not empty.
FieldError missing_answers_error(const Questionnaire& questionnaire, const std::vector<std::string>& missing);

}  // namespace skincare
