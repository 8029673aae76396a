// Evaluation: a pure function from a complete set of answers to a Summary.
// Same answers, same summary.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "questionnaire/answer.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

struct FiredRule {
  const Rule* rule = nullptr;
  std::vector<std::pair<std::string, AnswerValue>> because;  // question id -> answer
};

struct SkippedQuestion {
  std::string question;
  std::string enabled_when;
};

struct Summary {
  Verdict verdict = Verdict::suitable;
  std::vector<FiredRule> reasons;           // most severe first, then questionnaire order
  std::vector<std::string> concerns;        // chosen values of the concern question
  AnswerSet answers;                        // used answers only (disabled ones cleared)
  std::vector<std::string> ignored;         // answered but not enabled
  std::vector<SkippedQuestion> skipped;     // not enabled, with the false condition
};

// Whether question `index` is asked, given the answers to earlier questions.
bool is_enabled(const Questionnaire& questionnaire, std::size_t index, const AnswerSet& answers);

// Ids of enabled questions that have no answer, in questionnaire order.
std::vector<std::string> missing_answers(const Questionnaire& questionnaire, const AnswerSet& answers);

// Evaluates complete answers (check missing_answers first; a missing answer
// makes every test on it false).
Summary evaluate(const Questionnaire& questionnaire, const AnswerSet& answers);

}  // namespace skincare
