#include "questionnaire/question.h"

namespace skincare {

const char* type_name(QuestionType type) {
  switch (type) {
    case QuestionType::integer: return "integer";
    case QuestionType::single: return "single";
    case QuestionType::multi: return "multi";
    case QuestionType::boolean: return "boolean";
  }
  return "?";
}

bool Question::has_value(const std::string& value) const {
  for (const auto& choice : choices)
    if (choice.value == value) return true;
  return false;
}

std::string Question::allowed_values() const {
  switch (type) {
    case QuestionType::integer:
      return "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    case QuestionType::boolean:
      return "yes or no";
    case QuestionType::single:
    case QuestionType::multi: {
      std::string out = type == QuestionType::multi ? (min_count == 0 ? "none or any of " : "one or more of ")
                                                    : "one of ";
      for (std::size_t i = 0; i < choices.size(); ++i) out += (i ? ", " : "") + choices[i].value;
      return out;
    }
  }
  return {};
}

}  // namespace skincare
