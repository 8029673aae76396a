#include "questionnaire/questionnaire.h"

#include <fmt/format.h>

namespace skincare {

std::optional<std::size_t> Questionnaire::index_of(std::string_view question_id) const {
  for (std::size_t i = 0; i < questions.size(); ++i)
    if (questions[i].id == question_id) return i;
  return std::nullopt;
}

std::vector<std::string> Questionnaire::question_ids() const {
  std::vector<std::string> ids;
  for (const auto& question : questions) ids.push_back(question.id);
  return ids;
}

std::vector<std::string> Questionnaire::concern_values() const {
  std::vector<std::string> values;
  if (const auto at = index_of(concern_question))
    for (const auto& choice : questions[*at].choices) values.push_back(choice.value);
  return values;
}

std::string Questionnaire::questions_hash() const {
  // FNV-1a over a canonical description of the questions (not their wording).
  std::uint64_t hash = 0xcbf29ce484222325ull;
  const auto mix = [&](std::string_view text) {
    for (const char c : text) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 0x100000001b3ull;
    }
    hash ^= 0xff;
    hash *= 0x100000001b3ull;
  };
  for (const auto& q : questions) {
    mix(q.id);
    mix(type_name(q.type));
    mix(std::to_string(q.min) + ".." + std::to_string(q.max) + "#" + std::to_string(q.min_count));
    for (const auto& choice : q.choices) mix(choice.value);
    mix(q.enabled_when_text);
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace skincare
