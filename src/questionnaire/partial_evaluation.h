// Evaluation of answers with questions left out: the exact range of verdicts
// that the missing answers can still give, the rules that fire whatever they
// are, the unanswered questions, and which of them can still move the
// verdict.
//
// How: questions are grouped into clusters that no condition crosses (a
// question with the questions its `enabled_when` reads; a rule's questions
// together). A verdict is the worst over the rules, and rules in different
// clusters read different answers, so each cluster with a missing answer is
// searched on its own, over every assignment of its missing answers
// (AnswerSpace's representatives, so the search is exact), and the results
// combine by taking the worst. Results are cached by the cluster's answers,
// so a batch in which the same answers are missing costs little more than
// complete answers.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "questionnaire/answer_space.h"
#include "questionnaire/evaluation.h"

namespace skincare {

class PartialEvaluator {
 public:
  explicit PartialEvaluator(const Questionnaire& questionnaire);
  ~PartialEvaluator();
  PartialEvaluator(const PartialEvaluator&) = delete;
  PartialEvaluator& operator=(const PartialEvaluator&) = delete;

  // Evaluates `answers`. Complete answers give the same Summary as
  // evaluate(); otherwise `complete` is false, `range` is exact, `verdict`
  // is range.at_least, `reasons` holds the rules that fire in every
  // completion, and `at_most_witness` is filled when `witness` is true.
  // Throws DataError when a cluster has too many combinations to search.
  Summary evaluate(const AnswerSet& answers, bool witness = false);

  // Limit on the assignments searched for one cluster.
  static constexpr std::size_t kMaxLeaves = 1 << 20;

 private:
  struct Cluster {
    std::vector<std::size_t> questions;  // sorted
    std::vector<std::size_t> rules;      // indices into Questionnaire::rules, in order
  };
  struct Outcome;

  const Outcome& analyse(std::size_t cluster, const AnswerSet& answers, bool without_postpone);

  const Questionnaire& q_;
  AnswerSpace space_;
  std::vector<Cluster> clusters_;
  std::vector<std::size_t> cluster_of_;  // per question
  std::vector<std::unordered_map<std::string, std::unique_ptr<Outcome>>> cache_;  // per cluster
  AnswerSet scratch_;
};

}  // namespace skincare
