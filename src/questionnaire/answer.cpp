#include "questionnaire/answer.h"

namespace skincare {

std::string answer_text(const AnswerValue& value) {
  if (const auto* number = std::get_if<long long>(&value)) return std::to_string(*number);
  if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "yes" : "no";
  if (const auto* choice = std::get_if<std::string>(&value)) return *choice;
  const auto& list = std::get<std::vector<std::string>>(value);
  if (list.empty()) return "none";
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace skincare
