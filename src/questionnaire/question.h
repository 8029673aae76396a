// A question of a questionnaire: its type, allowed values and when it is
// asked. Nothing here knows what the questions are about.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "questionnaire/condition.h"

namespace skincare {

enum class QuestionType { integer, single, multi, boolean };

const char* type_name(QuestionType type);

struct Choice {
  std::string value;  // public value used in files, --set and JSON
  std::string label;  // plain description shown to people
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::boolean;
  std::string prompt;
  std::string help;
  std::string unit;                    // integer only, e.g. "years"
  long long min = 0, max = 0;          // integer only
  std::vector<Choice> choices;         // single and multi
  std::size_t min_count = 0;           // multi only
  std::string none_label;              // multi only: how an empty answer is offered
  std::optional<std::string> default_value;  // raw text, as typed
  std::optional<Condition> enabled_when;
  std::string enabled_when_text;
  std::string intro;                   // shown just before the prompt ("" when none)
  bool values = false;                 // about what matters to the person: no rule may read it
  int added_in = 0;                    // questionnaire version that added it (0: the first)
  int revised_in = 0;                  // version in which its meaning last changed (0: never)
  int line = 0;                        // where it is defined
  int column = 0;

  bool has_value(const std::string& value) const;
  // "0..120", "I, II, III", "yes or no": what would be accepted.
  std::string allowed_values() const;
};

}  // namespace skincare
