// One normalised answer to one question, and the answers to a questionnaire.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace skincare {

// integer | boolean | single choice | multiple choice (in questionnaire order)
using AnswerValue = std::variant<long long, bool, std::string, std::vector<std::string>>;

// Answers indexed like Questionnaire::questions; nullopt = not answered.
using AnswerSet = std::vector<std::optional<AnswerValue>>;

// "42", "yes", "IV", "[rolling, boxcar]" style display text (no escaping).
std::string answer_text(const AnswerValue& value);

}  // namespace skincare
