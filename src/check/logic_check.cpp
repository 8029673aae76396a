#include "check/logic_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <set>

#include "questionnaire/evaluation.h"

namespace skincare {

namespace {

constexpr std::size_t kMaxCases = 200'000;  // per search; beyond this the search is reported, not run

void numbers_used(const Condition& c, std::size_t question, std::set<long long>& out) {
  if (c.children.empty()) {
    if (c.question != question) return;
    if (c.kind == Condition::Kind::compare) out.insert(c.number);
    for (const long long n : c.numbers) out.insert(n);
    return;
  }
  for (const auto& child : c.children) numbers_used(child, question, out);
}

void values_used(const Condition& c, std::size_t question, std::set<std::string>& out) {
  if (c.children.empty()) {
    if (c.question == question) out.insert(c.values.begin(), c.values.end());
    return;
  }
  for (const auto& child : c.children) values_used(child, question, out);
}

class Space {
 public:
  explicit Space(const Questionnaire& q) : q_(q) {
    for (std::size_t i = 0; i < q.questions.size(); ++i) domains_.push_back(domain(i));
  }

  const std::vector<AnswerValue>& domain_of(std::size_t i) const { return domains_[i]; }

  // The questions `seed` reads plus, transitively, those their conditions read.
  std::vector<std::size_t> closure(std::vector<std::size_t> seed) const {
    std::set<std::size_t> done;
    while (!seed.empty()) {
      const std::size_t i = seed.back();
      seed.pop_back();
      if (!done.insert(i).second) continue;
      if (q_.questions[i].enabled_when)
        for (const std::size_t j : referenced_questions(*q_.questions[i].enabled_when)) seed.push_back(j);
    }
    return {done.begin(), done.end()};
  }

  std::size_t size(const std::vector<std::size_t>& questions) const {
    std::size_t total = 1;
    for (const std::size_t i : questions) {
      const std::size_t n = std::max<std::size_t>(domains_[i].size(), 1);
      if (total > kMaxCases / n) return kMaxCases + 1;
      total *= n;
    }
    return total;
  }

  // Calls `visit` with every assignment to `questions` (answers of questions
  // that are not enabled removed); stops early when visit returns false.
  std::size_t enumerate(const std::vector<std::size_t>& questions,
                        const std::function<bool(const AnswerSet&)>& visit) const {
    std::vector<std::size_t> at(questions.size(), 0);
    AnswerSet raw(q_.questions.size());
    std::size_t cases = 0;
    for (const std::size_t i : questions)
      if (domains_[i].empty()) return 0;
    for (;;) {
      for (std::size_t k = 0; k < questions.size(); ++k) raw[questions[k]] = domains_[questions[k]][at[k]];
      AnswerSet used(q_.questions.size());
      for (const std::size_t i : questions)  // closure indices are sorted: questionnaire order
        if (is_enabled(q_, i, used)) used[i] = raw[i];
      ++cases;
      if (!visit(used)) return cases;
      std::size_t k = 0;
      while (k < questions.size() && ++at[k] == domains_[questions[k]].size()) at[k++] = 0;
      if (k == questions.size()) return cases;
    }
  }

 private:
  std::vector<AnswerValue> domain(std::size_t i) const {
    const Question& question = q_.questions[i];
    std::vector<AnswerValue> out;
    switch (question.type) {
      case QuestionType::boolean:
        return {false, true};
      case QuestionType::single:
        for (const auto& choice : question.choices) out.emplace_back(choice.value);
        return out;
      case QuestionType::integer: {
        std::set<long long> points{question.min, question.max};
        std::set<long long> used;
        for (const auto& other : q_.questions)
          if (other.enabled_when) numbers_used(*other.enabled_when, i, used);
        for (const auto& rule : q_.rules) numbers_used(rule.when, i, used);
        for (const long long n : used)
          for (const long long p : {n - 1, n, n + 1})
            if (p >= question.min && p <= question.max) points.insert(p);
        for (const long long p : points) out.emplace_back(p);
        return out;
      }
      case QuestionType::multi: {
        std::set<std::string> mentioned;
        for (const auto& other : q_.questions)
          if (other.enabled_when) values_used(*other.enabled_when, i, mentioned);
        for (const auto& rule : q_.rules) values_used(rule.when, i, mentioned);
        std::vector<std::string> keys, others;
        for (const auto& choice : question.choices)
          (mentioned.count(choice.value) ? keys : others).push_back(choice.value);
        if (!others.empty()) keys.push_back(others.front());  // stands for every unmentioned value
        if (keys.size() > 16) keys.resize(16);
        for (std::size_t mask = 0; mask < (std::size_t{1} << keys.size()); ++mask) {
          std::vector<std::string> chosen;
          for (std::size_t b = 0; b < keys.size(); ++b)
            if (mask & (std::size_t{1} << b)) chosen.push_back(keys[b]);
          for (std::size_t o = 1; chosen.size() < question.min_count && o < others.size(); ++o) chosen.push_back(others[o]);
          if (chosen.size() < question.min_count) continue;
          std::vector<std::string> ordered;
          for (const auto& choice : question.choices)
            if (std::find(chosen.begin(), chosen.end(), choice.value) != chosen.end()) ordered.push_back(choice.value);
          out.emplace_back(ordered);
        }
        return out;
      }
    }
    return out;
  }

  const Questionnaire& q_;
  std::vector<std::vector<AnswerValue>> domains_;
};

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
  const Space space(q);
  const auto too_big = [&](const std::vector<std::size_t>& questions, int line, int column, const std::string& what) {
    if (space.size(questions) <= kMaxCases) return false;
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
      for (const std::size_t d : rule.depends_on) {
        if (answers[d] || reported_unasked) continue;
        reported_unasked = true;
        findings.add({file, rule.line, rule.column}, Severity::error,
                     fmt::format("rule '{}' can fire while question '{}' is not asked, so it would fire on an "
                                 "answer nobody gave",
                                 rule.id, q.questions[d].id),
                     witness_of(q, answers));
      }
      return !reported_unasked;
    });
    if (!fires)
      findings.error({file, rule.line, rule.column},
                     fmt::format("rule '{}' can never fire: no valid answers make '{}' true", rule.id, rule.when_text));
  }
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace skincare
