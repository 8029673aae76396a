#include "questionnaire/evaluation.h"

#include <algorithm>

namespace skincare {

bool is_enabled(const Questionnaire& questionnaire, std::size_t index, const AnswerSet& answers) {
  const Question& question = questionnaire.questions[index];
  return !question.enabled_when || evaluate(*question.enabled_when, answers);
}

// Which questions are asked: those whose condition holds on the answers to
// the questions asked so far, so that a question enabled only by an unasked
// one is not asked either. Reads the answers in place: no copy.
static std::vector<bool> asked_questions(const Questionnaire& questionnaire, const AnswerSet& answers) {
  const std::size_t count = questionnaire.questions.size();
  std::vector<bool> asked(count, false);
  for (std::size_t i = 0; i < count; ++i) {
    const auto& when = questionnaire.questions[i].enabled_when;
    asked[i] = !when || evaluate(*when, answers, asked);
  }
  return asked;
}

static bool answered(const AnswerSet& answers, std::size_t index) {
  return index < answers.size() && answers[index].has_value();
}

std::optional<std::size_t> next_question(const Questionnaire& questionnaire, const AnswerSet& answers) {
  const std::vector<bool> asked = asked_questions(questionnaire, answers);
  for (std::size_t i = 0; i < asked.size(); ++i)
    if (asked[i] && !answered(answers, i)) return i;
  return std::nullopt;
}

std::vector<std::string> missing_answers(const Questionnaire& questionnaire, const AnswerSet& answers) {
  const std::vector<bool> asked = asked_questions(questionnaire, answers);
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < asked.size(); ++i)
    if (asked[i] && !answered(answers, i)) missing.push_back(questionnaire.questions[i].id);
  return missing;
}

Summary evaluate(const Questionnaire& questionnaire, const AnswerSet& answers) {
  return evaluate(questionnaire, AnswerSet(answers));
}

Summary evaluate(const Questionnaire& questionnaire, AnswerSet&& answers, std::vector<std::string>* missing) {
  Summary summary;
  const std::vector<bool> asked = asked_questions(questionnaire, answers);
  if (missing) {
    missing->clear();
    for (std::size_t i = 0; i < asked.size(); ++i)
      if (asked[i] && !answered(answers, i)) missing->push_back(questionnaire.questions[i].id);
    if (!missing->empty()) return summary;
  }
  answers.resize(questionnaire.questions.size());
  summary.skipped.reserve(static_cast<std::size_t>(std::count(asked.begin(), asked.end(), false)));
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
    if (asked[i]) continue;
    const Question& question = questionnaire.questions[i];
    summary.skipped.push_back({question.id, question.enabled_when_text});
    if (answers[i]) {
      summary.ignored.push_back(question.id);
      answers[i].reset();  // only the answers of asked questions are used
    }
  }
  summary.answers = std::move(answers);

  for (const auto& rule : questionnaire.rules) {
    if (!evaluate(rule.when, summary.answers)) continue;
    FiredRule fired{&rule, {}};
    for (const std::size_t q : rule.depends_on)
      if (summary.answers[q]) fired.because.emplace_back(questionnaire.questions[q].id, *summary.answers[q]);
    summary.reasons.push_back(std::move(fired));
    if (rule.verdict != Verdict::info && severity(rule.verdict) > severity(summary.verdict))
      summary.verdict = rule.verdict;
  }
  // Most severe first, keeping questionnaire order among equals. Few rules
  // fire: an insertion sort then, as std::stable_sort takes a heap buffer.
  const auto more_severe = [](const FiredRule& a, const FiredRule& b) {
    return severity(a.rule->verdict) > severity(b.rule->verdict);
  };
  auto& reasons = summary.reasons;
  if (reasons.size() > 16) {
    std::stable_sort(reasons.begin(), reasons.end(), more_severe);
  } else {
    for (std::size_t i = 1; i < reasons.size(); ++i)
      for (std::size_t j = i; j > 0 && more_severe(reasons[j], reasons[j - 1]); --j) std::swap(reasons[j - 1], reasons[j]);
  }

  if (const auto at = questionnaire.index_of(questionnaire.concern_question))
    if (const auto& answer = summary.answers[*at]) summary.concerns = std::get<std::vector<std::string>>(*answer);
  summary.range = {summary.verdict, summary.verdict};
  explain_verdict(summary);
  return summary;
}

void explain_verdict(Summary& summary) {
  summary.rests_on.clear();
  summary.after_temporary.reset();
  if (summary.verdict != Verdict::suitable)
    for (const auto& fired : summary.reasons)
      if (fired.rule->verdict == summary.verdict) summary.rests_on.push_back(fired.rule);
  if (summary.verdict != Verdict::postpone) return;
  AfterTemporary after;
  Verdict verdict = Verdict::suitable;
  for (const auto& fired : summary.reasons) {
    const Verdict v = fired.rule->verdict;
    if (v == Verdict::postpone) after.waiting_for.push_back(fired.rule);
    else if (v != Verdict::info && severity(v) > severity(verdict)) verdict = v;
  }
  after.range = {verdict, verdict};
  summary.after_temporary = std::move(after);
}

}  // namespace skincare
