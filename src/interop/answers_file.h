// Reading an answers file (YAML or JSON): a plain mapping of question ids to
// answers, a saved run (schema skincare.answers/1) whose header records the
// questionnaire it was saved from, or a FHIR QuestionnaireResponse (JSON).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "interop/fhir_response.h"
#include "questionnaire/answer_fields.h"

namespace skincare {

struct SavedHeader {
  std::string questionnaire_id;
  std::string questionnaire_version;
  std::string questions_hash;
  std::map<std::string, std::string> question_hashes;  // per question, to spot changed meanings
  std::string saved_at;
};

struct AnswersFile {
  std::vector<RawField> fields;
  std::optional<SavedHeader> header;  // present for saved runs
  std::optional<ResponseOrigin> fhir;  // present for a FHIR QuestionnaireResponse
};

// The fields of a YAML mapping of question ids to answers ("id:" with no
// value is left out: not answered yet).
std::vector<RawField> answer_fields(const YAML::Node& map, const std::string& file);

// Parses the text of an answers file; syntax and shape problems are
// DataErrors with FILE:LINE:COL.
AnswersFile parse_answers_file(std::string_view text, const std::string& file);

}  // namespace skincare
