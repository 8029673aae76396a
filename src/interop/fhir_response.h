// Answers as an HL7 FHIR R4 QuestionnaireResponse, both ways. Writing: one
// item per used answer, in questionnaire order (integer, boolean or Coding
// values; a multi answer with nothing chosen is its item with no answer),
// status "completed" or "in-progress". Reading: the items' linkIds and
// values become raw answers, so a response is assessed exactly as the same
// answers written in YAML.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "questionnaire/answer_fields.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

// Appends the response as one line of compact JSON (no newline). `id_json`,
// when not empty, is a batch record's id (JSON text) and becomes the
// response's identifier.
void write_questionnaire_response(std::string& out, const Questionnaire& questionnaire, const AnswerSet& answers,
                                  bool complete, std::string_view id_json = {});

// A batch record that could not be assessed, as a FHIR OperationOutcome line.
void write_operation_outcome(std::string& out, const FieldError& error, std::size_t line, std::string_view id_json);

struct ResponseOrigin {
  std::string questionnaire;  // the canonical reference it names ("" when none)
  std::string status;
  Location where;
};

// True when `root` is a FHIR resource (it has "resourceType").
bool is_fhir_resource(const YAML::Node& root);

// The answers of a QuestionnaireResponse; anything else is a DataError.
std::vector<RawField> response_fields(const YAML::Node& root, const std::string& file, ResponseOrigin& origin);

// An item with no answer means "nothing chosen" for a multi question and
// "not answered" for any other: drops the latter from `fields`.
void drop_unanswered_items(const Questionnaire& questionnaire, std::vector<RawField>& fields);

// Refuses a response for another questionnaire; returns a warning (or "")
// when it names another version of this one.
std::string check_response_origin(const Questionnaire& questionnaire, const ResponseOrigin& origin);

}  // namespace skincare
