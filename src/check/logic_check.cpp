#include "check/logic_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <optional>

#include "questionnaire/answer_space.h"
#include "questionnaire/evaluation.h"

namespace skincare {

namespace {

constexpr std::size_t kMaxCases = 200'000;  // per search; beyond this the search is reported, not run

// Fills the unanswered `questions` of `answers` with every combination of
// their representative values; returns the first of them when `test` holds
// on some combination (the question whose answer mattered), else nullopt.
std::optional<std::size_t> any_completion(const AnswerSpace& space, const std::vector<std::size_t>& questions,
                                          const AnswerSet& answers,
                                          const std::function<bool(const AnswerSet&)>& test) {
  AnswerSet filled = answers;
  std::vector<std::size_t> at(questions.size(), 0);
  for (const std::size_t i : questions)
    if (space.domain_of(i).empty()) return std::nullopt;
  for (;;) {
    for (std::size_t k = 0; k < questions.size(); ++k) filled[questions[k]] = space.domain_of(questions[k])[at[k]];
    if (test(filled)) return questions.front();
    std::size_t k = 0;
    while (k < questions.size() && ++at[k] == space.domain_of(questions[k]).size()) at[k++] = 0;
    if (k == questions.size()) return std::nullopt;
  }
}

std::vector<std::pair<std::string, std::string>> witness_of(const Questionnaire& q, const AnswerSet& answers) {
  std::vector<std::pair<std::string, std::string>> witness;
  for (std::size_t i = 0; i < answers.size(); ++i)
    if (answers[i]) witness.emplace_back(q.questions[i].id, answer_text(*answers[i]));
  return witness;
}

}  // namespace

LogicStats check_logic(const Questionnaire& q, const std::string& file, Findings& findings) {
  const auto start = std::chrono::steady_clock::now();
  LogicStats stats;
  const AnswerSpace space(q);
  const auto too_big = [&](const std::vector<std::size_t>& questions, int line, int column, const std::string& what) {
    if (space.size(questions, kMaxCases) <= kMaxCases) return false;
    findings.warning({file, line, column}, fmt::format("{} depends on too many answers to check exhaustively "
                                                  "(more than {} combinations)", what, kMaxCases));
    return true;
  };

  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const Question& question = q.questions[i];
    if (space.domain_of(i).empty())
      findings.error({file, question.line, question.column}, fmt::format("question '{}' has no valid answer, so no verdict could be "
                                                           "given once it is asked", question.id));
    if (!question.enabled_when) continue;
    const auto questions = space.closure({i});
    if (too_big(questions, question.line, question.column, "question '" + question.id + "'")) continue;
    bool reachable = false;
    stats.cases += space.enumerate(questions, [&](const AnswerSet& answers) {
      reachable = is_enabled(q, i, answers);
      return !reachable;
    });
    if (!reachable)
      findings.error({file, question.line, question.column}, fmt::format("question '{}' can never be asked: no answers make "
                                                           "'{}' true", question.id, question.enabled_when_text));
  }

  for (const auto& rule : q.rules) {
    const auto questions = space.closure(rule.depends_on);
    if (too_big(questions, rule.line, rule.column, "rule '" + rule.id + "'")) continue;
    bool fires = false;
    bool reported_unasked = false;
    stats.cases += space.enumerate(questions, [&](const AnswerSet& answers) {
      if (!evaluate(rule.when, answers)) return true;
      fires = true;
      // A rule may fire while a question it reads is not asked only when
      // it would fire whatever that question's answer was ("A or B" with B
      // unasked); otherwise it fires on an answer nobody gave.
      std::vector<std::size_t> unasked;
      for (const std::size_t d : rule.depends_on)
        if (!answers[d]) unasked.push_back(d);
      if (unasked.empty() || reported_unasked) return !reported_unasked;
      const auto relied_on = any_completion(space, unasked, answers, [&](const AnswerSet& filled) {
        return !evaluate(rule.when, filled);
      });
      if (!relied_on) return true;
      reported_unasked = true;
      findings.add({file, rule.line, rule.column}, Severity::error,
                   fmt::format("rule '{}' can fire while question '{}' is not asked, so it would fire on an "
                               "answer nobody gave",
                               rule.id, q.questions[*relied_on].id),
                   witness_of(q, answers));
      return false;
    });
    if (!fires)
      findings.error({file, rule.line, rule.column},
                     fmt::format("rule '{}' can never fire: no valid answers make '{}' true", rule.id, rule.when_text));
  }
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace skincare
