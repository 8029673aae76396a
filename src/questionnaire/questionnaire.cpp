#include "questionnaire/questionnaire.h"

#include <fmt/format.h>

#include <cstdint>

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

int version_number(const std::string& version) {
  if (version.empty() || version.size() > 6 || version.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoi(version);
}

std::vector<const QuestionnaireChange*> Questionnaire::changes_since(const std::string& saved_version) const {
  std::vector<const QuestionnaireChange*> out;
  const int saved = version_number(saved_version);  // 0 when unknown: every recorded change may apply
  for (const auto& change : changes)
    if (change.version > saved) out.push_back(&change);
  return out;
}

namespace {

// FNV-1a over a canonical description of questions (not their wording).
class Fingerprint {
 public:
  void mix(std::string_view text) {
    for (const char c : text) add(static_cast<unsigned char>(c));
    add(0xff);
  }
  void mix(const Question& q) {
    mix(q.id);
    mix(type_name(q.type));
    mix(std::to_string(q.min) + ".." + std::to_string(q.max) + "#" + std::to_string(q.min_count));
    for (const auto& choice : q.choices) mix(choice.value);
    mix(q.enabled_when_text);
    if (q.revised_in > 0) mix("revised " + std::to_string(q.revised_in));  // only then, so older hashes still match
  }
  std::string hex() const { return fmt::format("{:016x}", hash_); }

 private:
  void add(unsigned value) {
    hash_ ^= value;
    hash_ *= 0x100000001b3ull;
  }
  std::uint64_t hash_ = 0xcbf29ce484222325ull;
};

}  // namespace

std::string Questionnaire::questions_hash() const {
  Fingerprint fingerprint;
  for (const auto& question : questions) fingerprint.mix(question);
  return fingerprint.hex();
}

std::string Questionnaire::question_hash(std::size_t index) const {
  Fingerprint fingerprint;
  fingerprint.mix(questions.at(index));
  return fingerprint.hex().substr(0, 8);
}

}  // namespace skincare
