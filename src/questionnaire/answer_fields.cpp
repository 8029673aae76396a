#include "questionnaire/answer_fields.h"

#include <fmt/format.h>

#include "base/suggest.h"
#include "questionnaire/evaluation.h"
#include "base/escape.h"

namespace skincare {

namespace {

// Normalises one field, known to answer question `index`.
std::optional<FieldError> normalise_field(const Questionnaire& questionnaire, std::size_t index,
                                          const RawField& field, AnswerSet& answers) {
  try {
    answers[index] = parse_raw_answer(questionnaire.questions[index], field.value);
  } catch (const AnswerError& e) {
    return FieldError{"invalid-answer", field.id, e.what(), field.where};
  }
  return std::nullopt;
}

FieldError unknown_question(const Questionnaire& questionnaire, const RawField& field) {
  return FieldError{"unknown-question", field.id,
                    fmt::format("unknown question '{}'{}", escape_controls(field.id),
                                did_you_mean(closest_names(field.id, questionnaire.question_ids(), 1))),
                    field.where};
}

}  // namespace

std::optional<FieldError> normalise_fields(const Questionnaire& questionnaire, const std::vector<RawField>& fields,
                                           AnswerSet& answers) {
  answers.assign(questionnaire.questions.size(), std::nullopt);
  for (const auto& field : fields) {
    const auto at = questionnaire.index_of(field.id);
    if (!at) return unknown_question(questionnaire, field);
    if (auto error = normalise_field(questionnaire, *at, field, answers)) return error;
  }
  return std::nullopt;
}

std::optional<std::size_t> FieldNormaliser::index_of(std::size_t position, const std::string& id) {
  const auto& questions = questionnaire_.questions;
  if (position < previous_.size() && previous_[position] < questions.size() &&
      questions[previous_[position]].id == id)
    return previous_[position];
  const auto at = questionnaire_.index_of(id);
  if (at && position < questions.size()) {  // a valid record answers each question once at most
    if (previous_.size() <= position) previous_.resize(position + 1, questions.size());
    previous_[position] = *at;
  }
  return at;
}

std::optional<FieldError> FieldNormaliser::normalise(const std::vector<RawField>& fields, AnswerSet& answers) {
  answers.assign(questionnaire_.questions.size(), std::nullopt);
  for (std::size_t position = 0; position < fields.size(); ++position) {
    const RawField& field = fields[position];
    const auto at = index_of(position, field.id);
    if (!at) return unknown_question(questionnaire_, field);
    if (auto error = normalise_field(questionnaire_, *at, field, answers)) return error;
  }
  return std::nullopt;
}

std::optional<FieldError> check_complete(const Questionnaire& questionnaire, const AnswerSet& answers) {
  const auto missing = missing_answers(questionnaire, answers);
  if (missing.empty()) return std::nullopt;
  return missing_answers_error(questionnaire, missing);
}

FieldError missing_answers_error(const Questionnaire& questionnaire, const std::vector<std::string>& missing) {
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
