#include "questionnaire/questionnaire_parser.h"

#include <fmt/format.h>

#include "base/suggest.h"
#include "base/yaml_reader.h"
#include "questionnaire/questionnaire_schema.h"
#include "questionnaire/answer_parser.h"
#include "questionnaire/condition_parser.h"

namespace skincare {

namespace {

// Where a condition's text starts, so column numbers point into it. Only a
// plain scalar's mark is its text's first character; for a quoted, block or
// tagged one ("!" or an explicit tag, not "?") the column would be wrong, so
// it is left unknown and errors give FILE:LINE.
Location condition_location(const YAML::Node& node, const std::string& file) {
  Location at = location_of(node, file);
  if (node.Tag() != "?") at.column = 0;
  return at;
}

// What the schema cannot say about one question: which keys apply to its
// type, its default, and its condition (which may read earlier questions only).
void finish_question(Question& question, const YAML::Node& node, const std::string& file,
                     const std::vector<Question>& earlier) {
  const auto at = [&](const char* key) { return location_of(node[key], file); };
  const Location where = location_of(node, file);
  question.line = where.line;
  question.column = where.column;
  const char* type = type_name(question.type);
  if (question.type == QuestionType::integer) {
    for (const char* key : {"min", "max"})
      if (!node[key])
        throw DataError(where, fmt::format("integer question '{}' is missing required key '{}'", question.id, key));
    if (question.min > question.max)
      throw DataError(at("max"), fmt::format("'max' of '{}' is below its 'min'", question.id));
  } else if (node["min"] || node["max"]) {
    throw DataError(at(node["min"] ? "min" : "max"),
                    fmt::format("'min' and 'max' apply only to integer questions, and '{}' is {}", question.id, type));
  }
  const bool choices = question.type == QuestionType::single || question.type == QuestionType::multi;
  if (choices && question.choices.empty())
    throw DataError(where, fmt::format("question '{}' needs a non-empty list 'choices'", question.id));
  if (!choices && node["choices"])
    throw DataError(at("choices"), fmt::format("'choices' apply only to single and multi questions, and '{}' is {}",
                                               question.id, type));
  if (question.type == QuestionType::multi) {
    if (question.min_count > question.choices.size())
      throw DataError(at("min_count"),
                      fmt::format("'min_count' of '{}' must be between 0 and the number of choices", question.id));
  } else if (node["min_count"] || node["none_label"]) {
    throw DataError(at(node["min_count"] ? "min_count" : "none_label"),
                    "'min_count' and 'none_label' apply only to multi questions");
  }
  if (question.default_value) {
    try {
      (void)parse_answer_text(question, *question.default_value);
    } catch (const AnswerError& e) {
      throw DataError(at("default"), fmt::format("default of '{}': {}", question.id, e.what()));
    }
  }
  if (node["enabled_when"])
    question.enabled_when =
        parse_condition(question.enabled_when_text, earlier, condition_location(node["enabled_when"], file));
}

void finish_rule(Rule& rule, const YAML::Node& node, const std::string& file, const std::vector<Question>& questions) {
  const Location where = location_of(node, file);
  rule.line = where.line;
  rule.column = where.column;
  rule.when = parse_condition(rule.when_text, questions, condition_location(node["when"], file));
  rule.depends_on = referenced_questions(rule.when);
  for (const std::size_t q : rule.depends_on)
    if (questions[q].values)
      throw DataError(location_of(node["when"], file),
                      fmt::format("rule '{}' reads '{}', which is a values question (values: true): what matters "
                                  "to a person never changes the verdict",
                                  rule.id, questions[q].id));
  if (!rule.waiting_for.empty() && rule.verdict != Verdict::postpone)
    throw DataError(location_of(node["waiting_for"], file),
                    fmt::format("'waiting_for' applies only to postpone rules, and '{}' is {}", rule.id,
                                verdict_name(rule.verdict)));
}

// `changes`: one entry per version, newer each time, each naming questions of this file.
void finish_changes(Questionnaire& questionnaire, const YAML::Node& list, const std::string& file) {
  int previous = 1;
  for (std::size_t i = 0; i < questionnaire.changes.size(); ++i) {
    QuestionnaireChange& change = questionnaire.changes[i];
    const YAML::Node node = list[i];
    change.line = location_of(node, file).line;
    if (change.version <= previous)
      throw DataError(location_of(node["version"], file),
                      "each change needs a version above the one before it (the first is 2)");
    previous = change.version;
    if (change.version > version_number(questionnaire.version))
      throw DataError(location_of(node["version"], file),
                      fmt::format("change for version {} is newer than the questionnaire's version {}", change.version,
                                  questionnaire.version));
    for (const auto* ids : {&change.added, &change.revised}) {
      const char* key = ids == &change.added ? "added" : "revised";
      for (const auto& id : *ids) {
        const auto at = questionnaire.index_of(id);
        if (!at)
          throw DataError(location_of(node[key], file),
                          fmt::format("change for version {} names unknown question '{}'{}", change.version, id,
                                      did_you_mean(closest_names(id, questionnaire.question_ids(), 1))));
        Question& question = questionnaire.questions[*at];
        if (ids == &change.added) question.added_in = change.version;
        else question.revised_in = change.version;
      }
    }
  }
}

}  // namespace

Questionnaire parse_questionnaire(std::string_view yaml_text, const std::string& file) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  require_schema(root, questionnaire_record().schema(), file);
  Questionnaire questionnaire = questionnaire_record().read(root, file);

  const YAML::Node questions = root["questions"];
  std::vector<Question> earlier;
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
    finish_question(questionnaire.questions[i], questions[i], file, earlier);
    earlier.push_back(questionnaire.questions[i]);
  }

  if (!questionnaire.concern_question.empty()) {
    const auto at = questionnaire.index_of(questionnaire.concern_question);
    if (!at || questionnaire.questions[*at].type != QuestionType::multi) {
      std::vector<std::string> multi_ids;  // suggest only what would be accepted, never the name itself
      for (const auto& question : questionnaire.questions)
        if (question.type == QuestionType::multi) multi_ids.push_back(question.id);
      throw DataError(location_of(root["concern_question"], file),
                      fmt::format("'concern_question' must name a multi question, not '{}'{}",
                                  questionnaire.concern_question,
                                  did_you_mean(closest_names(questionnaire.concern_question, multi_ids, 1))));
    }
  }

  finish_changes(questionnaire, root["changes"], file);

  const YAML::Node rules = root["rules"];
  for (std::size_t i = 0; i < questionnaire.rules.size(); ++i)
    finish_rule(questionnaire.rules[i], rules[i], file, questionnaire.questions);
  return questionnaire;
}

}  // namespace skincare
