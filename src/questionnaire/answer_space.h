// The finite answer space of a questionnaire, for exhaustive searches: the
// logic check (can every question be asked, every rule fire?) and partial
// answers (which verdicts can the missing answers still give?). Integers are
// split at the thresholds the conditions use and multiple-choice answers at
// the values they mention, so a search over these few representatives is
// exact: every real answer behaves like one of them in every condition.
#pragma once

#include <functional>
#include <vector>

#include "questionnaire/answer.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

class AnswerSpace {
 public:
  explicit AnswerSpace(const Questionnaire& questionnaire);

  const Questionnaire& questionnaire() const { return q_; }

  // The representative answers of question `i` (every one is a valid answer).
  const std::vector<AnswerValue>& domain_of(std::size_t i) const { return domains_[i]; }

  // The questions `seed` reads plus, transitively, those their conditions
  // read; sorted (questionnaire order).
  std::vector<std::size_t> closure(std::vector<std::size_t> seed) const;

  // The number of assignments to `questions`, or `limit + 1` when above `limit`.
  std::size_t size(const std::vector<std::size_t>& questions, std::size_t limit) const;

  // Calls `visit` with every assignment to `questions` (sorted; answers of
  // questions that are not enabled removed); stops early when visit returns
  // false. Returns the number of assignments visited.
  std::size_t enumerate(const std::vector<std::size_t>& questions,
                        const std::function<bool(const AnswerSet&)>& visit) const;

 private:
  std::vector<AnswerValue> domain(std::size_t i) const;

  const Questionnaire& q_;
  std::vector<std::vector<AnswerValue>> domains_;
};

}  // namespace skincare
