#include "questionnaire/condition.h"

#include <algorithm>

namespace skincare {

namespace {

bool compare_numbers(Condition::Compare op, long long left, long long right) {
  switch (op) {
    case Condition::Compare::equal: return left == right;
    case Condition::Compare::not_equal: return left != right;
    case Condition::Compare::less: return left < right;
    case Condition::Compare::less_equal: return left <= right;
    case Condition::Compare::greater: return left > right;
    case Condition::Compare::greater_equal: return left >= right;
  }
  return false;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool test(const Condition& c, const AnswerValue& answer) {
  using Kind = Condition::Kind;
  switch (c.kind) {
    case Kind::is_yes:
      return std::get<bool>(answer);
    case Kind::compare:
      if (const auto* number = std::get_if<long long>(&answer)) return compare_numbers(c.compare, *number, c.number);
      if (const auto* flag = std::get_if<bool>(&answer))
        return (*flag == c.flag) == (c.compare == Condition::Compare::equal);
      return (std::get<std::string>(answer) == c.values.front()) == (c.compare == Condition::Compare::equal);
    case Kind::in_set:
      if (const auto* number = std::get_if<long long>(&answer))
        return std::find(c.numbers.begin(), c.numbers.end(), *number) != c.numbers.end();
      return contains(c.values, std::get<std::string>(answer));
    case Kind::contains:
      return contains(std::get<std::vector<std::string>>(answer), c.values.front());
    case Kind::contains_any:
      for (const auto& value : c.values)
        if (contains(std::get<std::vector<std::string>>(answer), value)) return true;
      return false;
    case Kind::is_empty:
      return std::get<std::vector<std::string>>(answer).empty();
    default:
      return false;
  }
}

void collect(const Condition& condition, std::vector<std::size_t>& out) {
  if (condition.children.empty()) out.push_back(condition.question);
  for (const auto& child : condition.children) collect(child, out);
}

// `Answer(index)` gives a question's answer or null.
template <typename Answer>
bool holds(const Condition& condition, const Answer& answer) {
  using Kind = Condition::Kind;
  switch (condition.kind) {
    case Kind::any_of:
      for (const auto& child : condition.children)
        if (holds(child, answer)) return true;
      return false;
    case Kind::all_of:
      for (const auto& child : condition.children)
        if (!holds(child, answer)) return false;
      return true;
    case Kind::negate:
      return !holds(condition.children.front(), answer);
    default: {
      const AnswerValue* value = answer(condition.question);
      return value != nullptr && test(condition, *value);
    }
  }
}

}  // namespace

bool evaluate(const Condition& condition, const AnswerSet& answers) {
  return holds(condition, [&](std::size_t question) -> const AnswerValue* {
    const auto& answer = answers.at(question);
    return answer ? &*answer : nullptr;
  });
}

bool evaluate(const Condition& condition, const AnswerSet& answers, const std::vector<bool>& asked) {
  return holds(condition, [&](std::size_t question) -> const AnswerValue* {
    if (question >= answers.size() || !asked.at(question) || !answers[question]) return nullptr;
    return &*answers[question];
  });
}

std::vector<std::size_t> referenced_questions(const Condition& condition) {
  std::vector<std::size_t> out;
  collect(condition, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace skincare
