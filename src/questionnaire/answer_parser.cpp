#include "questionnaire/answer_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "base/suggest.h"
#include "base/input_limits.h"
#include "base/escape.h"

namespace skincare {

namespace {

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string shown(std::string_view text) {
  constexpr std::size_t limit = 60;
  std::string escaped = escape_controls(text);
  if (escaped.size() > limit) {
    std::size_t cut = limit;  // never inside a UTF-8 sequence (fuzz regression answers/cut-utf8)
    while (cut > 0 && (static_cast<unsigned char>(escaped[cut]) & 0xC0) == 0x80) --cut;
    escaped = escaped.substr(0, cut) + "...";
  }
  return escaped;
}

[[noreturn]] void reject(const Question& question, std::string_view given, const std::string& why = {}) {
  throw AnswerError(question.id, fmt::format("'{}' is not a valid answer to '{}'{}; expected {}", shown(given),
                                             question.id, why.empty() ? "" : " (" + why + ")",
                                             question.allowed_values()));
}

std::string choice_value(const Question& question, std::string_view given) {
  for (const auto& choice : question.choices)  // the usual case: written exactly
    if (choice.value == given) return choice.value;
  const std::string wanted = lower(trim(given));
  for (const auto& choice : question.choices)
    if (lower(choice.value) == wanted) return choice.value;
  std::vector<std::string> values;
  for (const auto& choice : question.choices) values.push_back(choice.value);
  const auto close = closest_names(wanted, values, 1);
  reject(question, given, close.empty() ? std::string() : "did you mean '" + close.front() + "'?");
}

// Answers beyond the limits of input_limits.h, or not UTF-8, are refused
// before anything else looks at them.
void check_limits(const Question& question, std::string_view given) {
  if (given.size() > limits::kMaxAnswerBytes)
    throw AnswerError(question.id, fmt::format("the answer to '{}' is longer than {} (the limit for one answer)",
                                               question.id, limits::describe_size(limits::kMaxAnswerBytes)));
  const std::size_t bad = find_invalid_utf8(given);
  if (bad != std::string_view::npos)
    throw AnswerError(question.id, fmt::format("the answer to '{}' is not valid UTF-8 (at byte {}: '{}')",
                                               question.id, bad + 1, shown(given)));
}

AnswerValue parse_scalar(const Question& question, std::string_view given) {
  const std::string text = trim(given);
  switch (question.type) {
    case QuestionType::integer: {
      const std::size_t sign = !text.empty() && text[0] == '-' ? 1 : 0;
      const bool digits = text.size() > sign &&
                          std::all_of(text.begin() + static_cast<std::ptrdiff_t>(sign), text.end(),
                                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      // More digits than input_limits.h allows would not fit in 64 bits: not a valid answer.
      if (!digits || text.size() - sign > limits::kMaxNumberDigits) reject(question, given);
      const long long number = std::stoll(text);
      if (number < question.min || number > question.max) reject(question, given, "out of range");
      return number;
    }
    case QuestionType::boolean: {
      const std::string word = lower(text);
      if (word == "yes" || word == "true" || word == "y") return true;
      if (word == "no" || word == "false" || word == "n") return false;
      reject(question, given);
    }
    case QuestionType::single:
      return choice_value(question, text);
    case QuestionType::multi:
      break;
  }
  reject(question, given);
}

AnswerValue parse_list(const Question& question, const std::vector<std::string>& items, std::string_view given) {
  std::vector<std::string> chosen;
  for (const auto& item : items) {
    const std::string value = choice_value(question, item);
    if (std::find(chosen.begin(), chosen.end(), value) == chosen.end()) chosen.push_back(value);
  }
  if (chosen.size() < question.min_count) reject(question, given, "choose at least " + std::to_string(question.min_count));
  // Keep questionnaire order, so the same choices always normalise the same way.
  std::vector<std::string> ordered;
  for (const auto& choice : question.choices)
    if (std::find(chosen.begin(), chosen.end(), choice.value) != chosen.end()) ordered.push_back(choice.value);
  return ordered;
}

}  // namespace

AnswerValue parse_answer_text(const Question& question, std::string_view text) {
  check_limits(question, text);
  if (question.type != QuestionType::multi) return parse_scalar(question, text);
  std::vector<std::string> items;
  const std::string all = trim(text);
  const std::string word = lower(all);
  if (!(all.empty() || word == "none" || word == "[]")) {
    std::size_t start = 0;
    while (start <= all.size()) {
      std::size_t comma = all.find(',', start);
      if (comma == std::string::npos) comma = all.size();
      const std::string item = trim(std::string_view(all).substr(start, comma - start));
      if (item.empty()) reject(question, text, "empty item in the list");
      items.push_back(item);
      start = comma + 1;
    }
  }
  return parse_list(question, items, text);
}

AnswerValue parse_raw_answer(const Question& question, const RawAnswer& raw) {
  if (!raw.is_list) return parse_answer_text(question, raw.text);
  for (const auto& item : raw.items) check_limits(question, item);
  if (question.type != QuestionType::multi)
    throw AnswerError(question.id, fmt::format("'{}' takes one value, not a list; expected {}", question.id,
                                               question.allowed_values()));
  std::string given;
  for (const auto& item : raw.items) given += (given.empty() ? "" : ", ") + item;
  return parse_list(question, raw.items, "[" + given + "]");
}

}  // namespace skincare
