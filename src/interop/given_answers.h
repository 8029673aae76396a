// The answers one `skincare assess` run starts from, gathered in the order
// they apply: a saved run (--resume), an answers file (--answers), then
// --set ID=VALUE. A later source overrides an earlier one, question by
// question. Files are read whole within the limit for one input file
// (base/file_reader.h).
#pragma once

#include <string>
#include <vector>

#include "questionnaire/answer_fields.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

class GivenAnswers {
 public:
  explicit GivenAnswers(const Questionnaire& questionnaire);  // keeps a reference to `questionnaire`
  explicit GivenAnswers(Questionnaire&&) = delete;

  // --resume FILE: keeps every saved answer still valid for the
  // questionnaire. Returns what the person is told (resume_notice). A
  // corrupt or foreign file is a DataError that adds that nothing was
  // resumed and the file was left as it is.
  std::vector<std::string> resume(const std::string& path);

  // --answers FILE ("-" = standard input, <stdin> in messages): a mapping
  // of question ids to answers (YAML or JSON), or a FHIR
  // QuestionnaireResponse. Returns a warning when the response names
  // another version of the questionnaire, else "".
  std::string read_file(const std::string& path);

  // --set ID=VALUE, in order; a value without ID= is a UsageError.
  void set(const std::vector<std::string>& assignments);

  // The answers so far: the resumed ones with the file and --set answers
  // over them. Throws DataError at the first invalid answer.
  AnswerSet answers() const;

 private:
  const Questionnaire& questionnaire_;
  AnswerSet resumed_;
  std::vector<RawField> fields_;  // file, then --set
};

// One warning for each answer the summary ignored because its question was
// not asked: "ignoring the answer to 'ID': it is only asked when CONDITION".
std::vector<std::string> ignored_answer_warnings(const Questionnaire& questionnaire, const Summary& summary);

}  // namespace skincare
