// A parsed condition ("age >= 18 and age < 22") over a questionnaire's
// answers: when a question is asked, and when a rule fires. Parsed and
// type-checked once at load time (condition_parser.h), evaluated many times.
#pragma once

#include <string>
#include <vector>

#include "questionnaire/answer.h"

namespace skincare {

struct Condition {
  enum class Kind { any_of, all_of, negate, is_yes, compare, in_set, contains, contains_any, is_empty };
  enum class Compare { equal, not_equal, less, less_equal, greater, greater_equal };

  Kind kind = Kind::is_yes;
  Compare compare = Compare::equal;
  std::vector<Condition> children;  // any_of, all_of, negate
  std::size_t question = 0;         // index into Questionnaire::questions
  std::vector<std::string> values;  // choice values (in_set, contains, compare on a choice)
  long long number = 0;             // compare on an integer
  std::vector<long long> numbers;   // in_set on an integer
  bool flag = false;                // compare on a boolean
};

// True when the condition holds. A test on a question that has no answer
// (because it was not asked) is false.
bool evaluate(const Condition& condition, const AnswerSet& answers);

// The same, counting the answers of questions not marked in `asked` (and of
// questions past the end of `answers`) as not given: how the answers look
// once those of unasked questions are set aside, without copying them.
bool evaluate(const Condition& condition, const AnswerSet& answers, const std::vector<bool>& asked);

// Indices of the questions the condition reads, sorted, without repeats.
std::vector<std::size_t> referenced_questions(const Condition& condition);

}  // namespace skincare
