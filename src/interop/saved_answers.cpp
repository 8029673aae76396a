#include "interop/saved_answers.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <ctime>

#include "storage/atomic_file.h"

namespace skincare {

namespace {

std::string now_utc() {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

}  // namespace

void save_answers(const Questionnaire& questionnaire, const AnswerSet& answers, const std::string& path, bool replace) {
  write_file_atomically(path, saved_answers_yaml(questionnaire, answers, now_utc()), 0600, replace);
}

std::string saved_answers_yaml(const Questionnaire& questionnaire, const AnswerSet& answers,
                               const std::string& saved_at) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "schema" << YAML::Value << "skincare.answers/1";
  out << YAML::Key << "questionnaire" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << questionnaire.id;
  out << YAML::Key << "version" << YAML::Value << questionnaire.version;
  out << YAML::Key << "questions_hash" << YAML::Value << questionnaire.questions_hash();
  out << YAML::Key << "question_hashes" << YAML::Value << YAML::Flow << YAML::BeginMap;
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i)
    if (i < answers.size() && answers[i])
      out << YAML::Key << questionnaire.questions[i].id << YAML::Value << questionnaire.question_hash(i);
  out << YAML::EndMap << YAML::EndMap;
  out << YAML::Key << "saved" << YAML::Value << saved_at;
  out << YAML::Key << "answers" << YAML::Value << YAML::BeginMap;
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
    if (i >= answers.size() || !answers[i]) continue;
    out << YAML::Key << questionnaire.questions[i].id << YAML::Value;
    const AnswerValue& value = *answers[i];
    if (const auto* number = std::get_if<long long>(&value)) out << *number;
    else if (const auto* flag = std::get_if<bool>(&value)) out << YAML::DoubleQuoted << (*flag ? "yes" : "no");
    else if (const auto* choice = std::get_if<std::string>(&value)) out << YAML::DoubleQuoted << *choice;
    else {
      out << YAML::Flow << YAML::BeginSeq;
      for (const auto& item : std::get<std::vector<std::string>>(value)) out << YAML::DoubleQuoted << item;
      out << YAML::EndSeq;
    }
  }
  out << YAML::EndMap << YAML::EndMap;
  return "# skincare saved answers: edit freely; use with --answers FILE or --resume FILE.\n" +
         std::string(out.c_str()) + "\n";
}

ResumedAnswers resume_answers(const Questionnaire& questionnaire, const AnswersFile& file, const std::string& path) {
  ResumedAnswers resumed;
  resumed.answers.assign(questionnaire.questions.size(), std::nullopt);
  if (file.header && file.header->questionnaire_id != questionnaire.id)
    throw DataError({path, 0, 0}, fmt::format("these answers were saved from questionnaire '{}', not '{}'",
                                              file.header->questionnaire_id, questionnaire.id));
  const bool same = file.header && file.header->questions_hash == questionnaire.questions_hash();
  if (file.header && file.header->questionnaire_version != questionnaire.version) {
    resumed.saved_version = file.header->questionnaire_version;
    resumed.changes = questionnaire.changes_since(resumed.saved_version);
  }
  for (const auto& field : file.fields) {
    const auto at = questionnaire.index_of(field.id);
    if (!at) {
      resumed.dropped.emplace_back(field.id, "this question no longer exists");
      continue;
    }
    if (!same && file.header) {
      const auto saved_hash = file.header->question_hashes.find(field.id);
      if (saved_hash == file.header->question_hashes.end() || saved_hash->second != questionnaire.question_hash(*at)) {
        const int revised = questionnaire.questions[*at].revised_in;
        resumed.dropped.emplace_back(
            field.id, revised > version_number(file.header->questionnaire_version) && revised > 0
                          ? fmt::format("the question was changed in version {}", revised)
                          : "the question has changed since the answers were saved");
        continue;
      }
    }
    try {
      resumed.answers[*at] = parse_raw_answer(questionnaire.questions[*at], field.value);
    } catch (const AnswerError& e) {
      resumed.dropped.emplace_back(field.id, e.what());
    }
  }
  for (const auto* change : resumed.changes)
    for (const auto& id : change->added)
      if (const auto at = questionnaire.index_of(id); at && !resumed.answers[*at]) resumed.added.push_back(id);
  std::sort(resumed.added.begin(), resumed.added.end(), [&](const std::string& a, const std::string& b) {
    return *questionnaire.index_of(a) < *questionnaire.index_of(b);
  });
  return resumed;
}

std::vector<std::string> resume_notice(const Questionnaire& questionnaire, const ResumedAnswers& resumed) {
  std::vector<std::string> lines;
  if (!resumed.saved_version.empty())
    lines.push_back(fmt::format("these answers were saved with version {} of the questionnaire; this is version {}",
                                resumed.saved_version, questionnaire.version));
  for (const auto* change : resumed.changes) lines.push_back(fmt::format("version {}: {}", change->version, change->note));
  for (const auto& id : resumed.added) {
    const Question& question = questionnaire.questions[*questionnaire.index_of(id)];
    lines.push_back(fmt::format("new question '{}', asked if it applies to you: {}", id, question.prompt));
  }
  for (const auto& [id, why] : resumed.dropped)
    lines.push_back(questionnaire.index_of(id) ? fmt::format("'{}' will be asked again: {}", id, why)
                                               : fmt::format("the saved answer to '{}' is not used: {}", id, why));
  return lines;
}

}  // namespace skincare
