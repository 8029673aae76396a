#include "questionnaire/answer_fields.h"

#include <fmt/format.h>

#include "base/suggest.h"
#include "questionnaire/evaluation.h"
#include "base/escape.h"

namespace skincare {

std::optional<FieldError> normalise_fields(const Questionnaire& questionnaire, const std::vector<RawField>& fields,
                                           AnswerSet& answers) {
  answers.assign(questionnaire.questions.size(), std::nullopt);
  for (const auto& field : fields) {
    const auto at = questionnaire.index_of(field.id);
    if (!at) {
      return FieldError{"unknown-question", field.id,
                        fmt::format("unknown question '{}'{}", escape_controls(field.id),
                                    did_you_mean(closest_names(field.id, questionnaire.question_ids(), 1))),
                        field.where};
    }
    try {
      answers[*at] = parse_raw_answer(questionnaire.questions[*at], field.value);
    } catch (const AnswerError& e) {
      return FieldError{"invalid-answer", field.id, e.what(), field.where};
    }
  }
  return std::nullopt;
}

std::optional<FieldError> check_complete(const Questionnaire& questionnaire, const AnswerSet& answers) {
  const auto missing = missing_answers(questionnaire, answers);
  if (missing.empty()) return std::nullopt;
  std::string message = missing.size() == 1 ? "1 question is not answered:" :
                        fmt::format("{} questions are not answered:", missing.size());
  for (const auto& id : missing) {
    const Question& question = questionnaire.questions[*questionnaire.index_of(id)];
    message += fmt::format("\n  {}: {}", id, question.allowed_values());
    if (question.added_in > 0) message += fmt::format(" (new in version {})", question.added_in);
  }
  return FieldError{"missing-answer", missing.front(), message, {}};
}

}  // namespace skincare
