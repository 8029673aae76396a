#include "questionnaire/answer_space.h"

#include <algorithm>
#include <set>
#include <string>

#include "questionnaire/evaluation.h"

namespace skincare {

namespace {

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

}  // namespace

AnswerSpace::AnswerSpace(const Questionnaire& q) : q_(q) {
  for (std::size_t i = 0; i < q.questions.size(); ++i) domains_.push_back(domain(i));
}

std::vector<std::size_t> AnswerSpace::closure(std::vector<std::size_t> seed) const {
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

std::size_t AnswerSpace::size(const std::vector<std::size_t>& questions, std::size_t limit) const {
  std::size_t total = 1;
  for (const std::size_t i : questions) {
    const std::size_t n = std::max<std::size_t>(domains_[i].size(), 1);
    if (total > limit / n) return limit + 1;
    total *= n;
  }
  return total;
}

std::size_t AnswerSpace::enumerate(const std::vector<std::size_t>& questions,
                                   const std::function<bool(const AnswerSet&)>& visit) const {
  std::vector<std::size_t> at(questions.size(), 0);
  AnswerSet raw(q_.questions.size());
  std::size_t cases = 0;
  for (const std::size_t i : questions)
    if (domains_[i].empty()) return 0;
  for (;;) {
    for (std::size_t k = 0; k < questions.size(); ++k) raw[questions[k]] = domains_[questions[k]][at[k]];
    AnswerSet used(q_.questions.size());
    for (const std::size_t i : questions)  // sorted: questionnaire order
      if (is_enabled(q_, i, used)) used[i] = raw[i];
    ++cases;
    if (!visit(used)) return cases;
    std::size_t k = 0;
    while (k < questions.size() && ++at[k] == domains_[questions[k]].size()) at[k++] = 0;
    if (k == questions.size()) return cases;
  }
}

std::vector<AnswerValue> AnswerSpace::domain(std::size_t i) const {
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
        for (std::size_t o = 1; chosen.size() < question.min_count && o < others.size(); ++o)
          chosen.push_back(others[o]);
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

}  // namespace skincare
