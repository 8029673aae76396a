#include "questionnaire/answer_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>

#include "base/suggest.h"
#include "base/input_limits.h"
#include "base/escape.h"

namespace skincare {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// std::tolower in the "C" locale, which the program never changes.
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = ascii_lower(c);
  return out;
}

// `text` equals `word` (lower case) in any case.
bool is_word(std::string_view text, std::string_view word) {
  if (text.size() != word.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (ascii_lower(text[i]) != word[i]) return false;
  return true;
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

// The index of the choice `given` names.
std::size_t choice_index(const Question& question, std::string_view given) {
  for (std::size_t i = 0; i < question.choices.size(); ++i)  // the usual case: written exactly
    if (question.choices[i].value == given) return i;
  const std::string_view wanted = trim(given);
  for (std::size_t i = 0; i < question.choices.size(); ++i) {
    const std::string& value = question.choices[i].value;
    if (value.size() == wanted.size() && lower(value) == lower(wanted)) return i;
  }
  std::vector<std::string> values;
  for (const auto& choice : question.choices) values.push_back(choice.value);
  const auto close = closest_names(lower(wanted), values, 1);
  reject(question, given, close.empty() ? std::string() : "did you mean '" + close.front() + "'?");
}

bool is_ascii(std::string_view text) {
  for (const char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Answers beyond the limits of input_limits.h, or not UTF-8, are refused
// before anything else looks at them.
void check_limits(const Question& question, std::string_view given) {
  if (given.size() > limits::kMaxAnswerBytes)
    throw AnswerError(question.id, fmt::format("the answer to '{}' is longer than {} (the limit for one answer)",
                                               question.id, limits::describe_size(limits::kMaxAnswerBytes)));
  if (is_ascii(given)) return;
  const std::size_t bad = find_invalid_utf8(given);
  if (bad != std::string_view::npos)
    throw AnswerError(question.id, fmt::format("the answer to '{}' is not valid UTF-8 (at byte {}: '{}')",
                                               question.id, bad + 1, shown(given)));
}

AnswerValue parse_scalar(const Question& question, std::string_view given) {
  const std::string_view text = trim(given);
  switch (question.type) {
    case QuestionType::integer: {
      const std::size_t sign = !text.empty() && text[0] == '-' ? 1 : 0;
      const bool digits = text.size() > sign &&
                          std::all_of(text.begin() + static_cast<std::ptrdiff_t>(sign), text.end(),
                                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
      // More digits than input_limits.h allows would not fit in 64 bits: not a valid answer.
      if (!digits || text.size() - sign > limits::kMaxNumberDigits) reject(question, given);
      long long number = 0;
      std::from_chars(text.data(), text.data() + text.size(), number);
      if (number < question.min || number > question.max) reject(question, given, "out of range");
      return number;
    }
    case QuestionType::boolean: {
      if (is_word(text, "yes") || is_word(text, "true") || is_word(text, "y")) return true;
      if (is_word(text, "no") || is_word(text, "false") || is_word(text, "n")) return false;
      reject(question, given);
    }
    case QuestionType::single:
      return question.choices[choice_index(question, text)].value;
    case QuestionType::multi:
      break;
  }
  reject(question, given);
}

// `shown_as()` gives the whole answer as an error message quotes it; only
// called for an error.
template <typename Items, typename Shown>
AnswerValue parse_list(const Question& question, const Items& items, const Shown& shown_as) {
  // Which choices are picked: in a word of bits when they fit (as they do in practice).
  const std::size_t choices = question.choices.size();
  std::uint64_t picked_bits = 0;
  std::vector<bool> picked_many(choices > 64 ? choices : 0, false);
  auto picked = [&](std::size_t i) { return choices > 64 ? bool(picked_many[i]) : (picked_bits >> i & 1) != 0; };
  std::size_t count = 0;
  for (const auto& item : items) {
    const std::size_t at = choice_index(question, item);
    if (picked(at)) continue;
    ++count;
    if (choices > 64) picked_many[at] = true;
    else picked_bits |= std::uint64_t{1} << at;
  }
  if (count < question.min_count) reject(question, shown_as(), "choose at least " + std::to_string(question.min_count));
  // Questionnaire order, so the same choices always normalise the same way.
  std::vector<std::string> ordered;
  ordered.reserve(count);
  for (std::size_t i = 0; i < choices && ordered.size() < count; ++i)
    if (picked(i)) ordered.push_back(question.choices[i].value);
  return ordered;
}

}  // namespace

AnswerValue parse_answer_text(const Question& question, std::string_view text) {
  check_limits(question, text);
  if (question.type != QuestionType::multi) return parse_scalar(question, text);
  std::vector<std::string_view> items;
  const std::string_view all = trim(text);
  if (!(all.empty() || is_word(all, "none") || all == "[]")) {
    std::size_t start = 0;
    while (start <= all.size()) {
      std::size_t comma = all.find(',', start);
      if (comma == std::string_view::npos) comma = all.size();
      const std::string_view item = trim(all.substr(start, comma - start));
      if (item.empty()) reject(question, text, "empty item in the list");
      items.push_back(item);
      start = comma + 1;
    }
  }
  return parse_list(question, items, [&] { return text; });
}

AnswerValue parse_raw_answer(const Question& question, const RawAnswer& raw) {
  if (!raw.is_list) return parse_answer_text(question, raw.text);
  for (const auto& item : raw.items) check_limits(question, item);
  if (question.type != QuestionType::multi)
    throw AnswerError(question.id, fmt::format("'{}' takes one value, not a list; expected {}", question.id,
                                               question.allowed_values()));
  return parse_list(question, raw.items, [&] {
    std::string given;
    for (const auto& item : raw.items) given += (given.empty() ? "" : ", ") + item;
    return "[" + given + "]";
  });
}

}  // namespace skincare
