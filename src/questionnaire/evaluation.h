// Evaluation: a pure function from a complete set of answers to a Summary.
// Same answers, same summary. (Answers with questions left out:
// partial_evaluation.h.)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "questionnaire/answer.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

struct FiredRule {
  const Rule* rule = nullptr;
  std::vector<std::pair<std::string, AnswerValue>> because;  // question id -> answer
};

// Views into the questionnaire, which outlives its summaries (as the rule
// pointers of FiredRule do): a batch makes one summary a record.
struct SkippedQuestion {
  std::string_view question;
  std::string_view enabled_when;
};

// The lowest and the highest verdict the answers can still give; both the
// same once every question is answered.
struct VerdictRange {
  Verdict at_least = Verdict::suitable;
  Verdict at_most = Verdict::suitable;
  bool settled() const { return at_least == at_most; }
};

// What the verdict would be once every temporary (postpone) reason has
// passed: the same evaluation without the postpone rules.
struct AfterTemporary {
  VerdictRange range;                    // settled unless answers are missing
  std::vector<const Rule*> waiting_for;  // the postpone rules that fired, in reason order
};

struct Summary {
  Verdict verdict = Verdict::suitable;      // with missing answers: the lowest still possible
  std::vector<FiredRule> reasons;           // most severe first, then questionnaire order
  std::vector<std::string> concerns;        // chosen values of the concern question
  AnswerSet answers;                        // used answers only (disabled ones cleared)
  std::vector<std::string> ignored;         // answered but not enabled
  std::vector<SkippedQuestion> skipped;     // not enabled, with the false condition
  // Fired rules whose verdict is the overall verdict (none when suitable):
  // the answers to change, or to discuss, for the verdict to change.
  std::vector<const Rule*> rests_on;
  std::optional<AfterTemporary> after_temporary;  // only when the verdict is postpone

  // Partial answers (partial_evaluation.h); complete answers leave these empty.
  bool complete = true;
  VerdictRange range;                        // {verdict, verdict} when complete
  std::vector<std::string> unanswered;       // questions some completion asks, without an answer
  std::vector<std::string> could_change;     // unanswered questions whose answer can move the verdict
  // Answers to unanswered questions that give range.at_most (when asked for).
  std::vector<std::pair<std::string, AnswerValue>> at_most_witness;
};

// Fills rests_on and after_temporary from the reasons of a complete summary.
void explain_verdict(Summary& summary);

// Whether question `index` is asked, given the answers to earlier questions.
bool is_enabled(const Questionnaire& questionnaire, std::size_t index, const AnswerSet& answers);

// Ids of enabled questions that have no answer, in questionnaire order.
std::vector<std::string> missing_answers(const Questionnaire& questionnaire, const AnswerSet& answers);

// The question to ask next: the first enabled question without an answer,
// in questionnaire order (the order the interactive mode asks in), or
// nullopt when none is left.
std::optional<std::size_t> next_question(const Questionnaire& questionnaire, const AnswerSet& answers);

// Evaluates complete answers (check missing_answers first; a missing answer
// makes every test on it false).
Summary evaluate(const Questionnaire& questionnaire, const AnswerSet& answers);
// The same, taking the answers over instead of copying them (a batch's
// answers are not needed after their record). With `missing`, first fills
// it with missing_answers() and, when there are any, evaluates nothing:
// one pass over the conditions instead of two.
Summary evaluate(const Questionnaire& questionnaire, AnswerSet&& answers, std::vector<std::string>* missing = nullptr);

}  // namespace skincare
