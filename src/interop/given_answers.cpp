#include "interop/given_answers.h"

#include <fmt/format.h>

#include "base/errors.h"
#include "base/file_reader.h"
#include "interop/fhir_response.h"
#include "interop/answers_file.h"
#include "interop/saved_answers.h"
#include "base/escape.h"

namespace skincare {

GivenAnswers::GivenAnswers(const Questionnaire& questionnaire)
    : questionnaire_(questionnaire), resumed_(questionnaire.questions.size()) {}

std::vector<std::string> GivenAnswers::resume(const std::string& path) {
  ResumedAnswers resumed;
  try {  // a corrupt or foreign file is explained, and never changed or removed
    const AnswersFile file = parse_answers_file(read_file_within_limit(path, "the answers file"), path);
    bool known = file.header.has_value() || file.fields.empty();
    for (const auto& field : file.fields) known = known || questionnaire_.index_of(field.id).has_value();
    if (!known)
      throw DataError({path, 0, 0}, "this is not a file of saved skincare answers: none of its keys is a question id");
    resumed = resume_answers(questionnaire_, file, path);
  } catch (const DataError& e) {
    throw DataError(e.where(), e.reason() + "; nothing was resumed and the file was left as it is");
  }
  resumed_ = std::move(resumed.answers);
  return resume_notice(questionnaire_, resumed);
}

std::string GivenAnswers::read_file(const std::string& path) {
  AnswersFile file = parse_answers_file(read_file_within_limit(path, "the answers file"), path == "-" ? "<stdin>" : path);
  std::string warning;
  if (file.fhir) {
    warning = check_response_origin(questionnaire_, *file.fhir);
    drop_unanswered_items(questionnaire_, file.fields);
  }
  for (auto& field : file.fields) fields_.push_back(std::move(field));
  return warning;
}

void GivenAnswers::set(const std::vector<std::string>& assignments) {
  for (const auto& assignment : assignments) {
    const auto equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
      throw UsageError(fmt::format("--set needs ID=VALUE, not '{}'", escape_controls(assignment)));
    RawField field;
    field.id = assignment.substr(0, equals);
    field.value.text = assignment.substr(equals + 1);
    field.where = {"--set", 0, 0};
    fields_.push_back(std::move(field));
  }
}

AnswerSet GivenAnswers::answers() const {
  AnswerSet given;
  if (const auto error = normalise_fields(questionnaire_, fields_, given)) throw DataError(error->where, error->message);
  AnswerSet answers = resumed_;
  for (std::size_t i = 0; i < given.size(); ++i)
    if (given[i]) answers[i] = given[i];
  return answers;
}

std::vector<std::string> ignored_answer_warnings(const Questionnaire& questionnaire, const Summary& summary) {
  std::vector<std::string> warnings;
  for (const auto& id : summary.ignored) {
    const auto& question = questionnaire.questions[*questionnaire.index_of(id)];
    warnings.push_back(fmt::format("ignoring the answer to '{}': it is only asked when {}", escape_controls(id),
                                   escape_controls(question.enabled_when_text)));
  }
  return warnings;
}

}  // namespace skincare
