// Normalises and validates raw answers (typed text, --set values, fields of
// YAML or JSON files) against a question: booleans in any case, choice
// values in any case, lists as lists or comma-separated text.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/answer.h"
#include "questionnaire/question.h"

namespace skincare {

// An answer that does not fit its question; the message says what would.
class AnswerError : public std::runtime_error {
 public:
  AnswerError(std::string question, const std::string& message)
      : std::runtime_error(message), question_(std::move(question)) {}
  const std::string& question() const { return question_; }

 private:
  std::string question_;
};

// A raw answer: one scalar's text, or a list of scalars' texts.
struct RawAnswer {
  bool is_list = false;
  std::string text;                // when !is_list
  std::vector<std::string> items;  // when is_list
};

// Parses text as typed or given to --set: multi answers are comma-separated.
AnswerValue parse_answer_text(const Question& question, std::string_view text);

// Parses a field of an answers file.
AnswerValue parse_raw_answer(const Question& question, const RawAnswer& raw);

}  // namespace skincare
