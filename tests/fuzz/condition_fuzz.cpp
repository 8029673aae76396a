// Fuzz target: the condition language of questionnaire files (enabled_when,
// when), parsed and type-checked against the shipped questions, then
// evaluated against a few answer sets. A condition that parses must only
// read questions that exist, and evaluating it must never throw.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/errors.h"
#include "fuzz_support.h"
#include "questionnaire/condition.h"
#include "questionnaire/condition_parser.h"

namespace {

using namespace skincare;

// Answer sets to evaluate against: nothing answered, the lowest or first
// value of every question, the highest or last.
const std::vector<AnswerSet>& answer_sets() {
  static const std::vector<AnswerSet> sets = [] {
    const Questionnaire& q = fuzz::shipped().questionnaire;
    std::vector<AnswerSet> out(3, AnswerSet(q.questions.size()));
    for (std::size_t i = 0; i < q.questions.size(); ++i) {
      const Question& question = q.questions[i];
      switch (question.type) {
        case QuestionType::integer:
          out[1][i] = question.min;
          out[2][i] = question.max;
          break;
        case QuestionType::boolean:
          out[1][i] = false;
          out[2][i] = true;
          break;
        case QuestionType::single:
          out[1][i] = question.choices.front().value;
          out[2][i] = question.choices.back().value;
          break;
        case QuestionType::multi: {
          out[1][i] = std::vector<std::string>{};
          std::vector<std::string> all;
          for (const auto& choice : question.choices) all.push_back(choice.value);
          out[2][i] = all;
          break;
        }
      }
    }
    return out;
  }();
  return sets;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::keep_reports_visible();
  (void)answer_sets();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<Question>& questions = fuzz::shipped().questionnaire.questions;
  Condition condition;
  try {
    condition = parse_condition(text, questions, {"questionnaire/assessment.yaml", 7, 15});
  } catch (const DataError& e) {
    if (e.where().line != 7 || e.where().column < 15) fuzz::finding("a condition error points outside it", e.what());
    return 0;
  }
  for (const std::size_t index : referenced_questions(condition))
    if (index >= questions.size()) fuzz::finding("a condition reads a question that does not exist", text);
  for (const AnswerSet& answers : answer_sets()) (void)evaluate(condition, answers);
  return 0;
}
