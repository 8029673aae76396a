#include "questionnaire/evaluation.h"

#include <algorithm>

namespace skincare {

bool is_enabled(const Questionnaire& questionnaire, std::size_t index, const AnswerSet& answers) {
  const Question& question = questionnaire.questions[index];
  return !question.enabled_when || evaluate(*question.enabled_when, answers);
}

// Answers with those of disabled questions removed, in order, so that a
// question enabled by a disabled one is disabled too.
static AnswerSet used_answers(const Questionnaire& questionnaire, const AnswerSet& answers,
                              std::vector<bool>& enabled) {
  AnswerSet used(questionnaire.questions.size());
  enabled.assign(questionnaire.questions.size(), false);
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
    enabled[i] = is_enabled(questionnaire, i, used);
    if (enabled[i] && i < answers.size()) used[i] = answers[i];
  }
  return used;
}

std::optional<std::size_t> next_question(const Questionnaire& questionnaire, const AnswerSet& answers) {
  std::vector<bool> enabled;
  const AnswerSet used = used_answers(questionnaire, answers, enabled);
  for (std::size_t i = 0; i < used.size(); ++i)
    if (enabled[i] && !used[i]) return i;
  return std::nullopt;
}

std::vector<std::string> missing_answers(const Questionnaire& questionnaire, const AnswerSet& answers) {
  std::vector<bool> enabled;
  const AnswerSet used = used_answers(questionnaire, answers, enabled);
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < used.size(); ++i)
    if (enabled[i] && !used[i]) missing.push_back(questionnaire.questions[i].id);
  return missing;
}

Summary evaluate(const Questionnaire& questionnaire, const AnswerSet& answers) {
  Summary summary;
  std::vector<bool> enabled;
  summary.answers = used_answers(questionnaire, answers, enabled);
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
    const Question& question = questionnaire.questions[i];
    if (enabled[i]) continue;
    summary.skipped.push_back({question.id, question.enabled_when_text});
    if (i < answers.size() && answers[i]) summary.ignored.push_back(question.id);
  }

  for (const auto& rule : questionnaire.rules) {
    if (!evaluate(rule.when, summary.answers)) continue;
    FiredRule fired{&rule, {}};
    for (const std::size_t q : rule.depends_on)
      if (summary.answers[q]) fired.because.emplace_back(questionnaire.questions[q].id, *summary.answers[q]);
    summary.reasons.push_back(std::move(fired));
    if (rule.verdict != Verdict::info && severity(rule.verdict) > severity(summary.verdict))
      summary.verdict = rule.verdict;
  }
  std::stable_sort(summary.reasons.begin(), summary.reasons.end(), [](const FiredRule& a, const FiredRule& b) {
    return severity(a.rule->verdict) > severity(b.rule->verdict);
  });

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
