#include "questionnaire/questionnaire_parser.h"

#include <fmt/format.h>

#include "content/suggest.h"
#include "content/yaml_reader.h"
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

Question parse_question(const YAML::Node& node, const std::string& file, const std::vector<Question>& earlier) {
  MapReader map(node, file, "question");
  map.allow_only({"id", "type", "prompt", "help", "unit", "min", "max", "choices", "min_count", "none_label",
                  "default", "enabled_when", "intro", "values"});
  Question question;
  question.line = map.location().line;
  question.column = map.location().column;
  question.id = map.string("id");
  const std::string type = map.one_of("type", {"integer", "single", "multi", "boolean"});
  question.type = type == "integer" ? QuestionType::integer : type == "single" ? QuestionType::single
                : type == "multi" ? QuestionType::multi : QuestionType::boolean;
  question.prompt = map.string("prompt");
  question.help = map.string("help");
  question.unit = map.optional_string("unit").value_or("");
  question.none_label = map.optional_string("none_label").value_or("");
  question.intro = map.optional_string("intro").value_or("");
  if (map.has("values")) question.values = map.one_of("values", {"true", "false"}) == "true";

  const bool choices = question.type == QuestionType::single || question.type == QuestionType::multi;
  if (question.type == QuestionType::integer) {
    question.min = map.integer("min");
    question.max = map.integer("max");
    if (question.min > question.max)
      throw DataError(map.location("max"), fmt::format("'max' of '{}' is below its 'min'", question.id));
  } else if (map.has("min") || map.has("max")) {
    throw DataError(map.location(map.has("min") ? "min" : "max"),
                    fmt::format("'min' and 'max' apply only to integer questions, and '{}' is {}", question.id, type));
  }
  if (choices) {
    const YAML::Node list = map.node("choices");
    if (!list || !list.IsSequence() || list.size() == 0)
      throw DataError(map.location("choices"), fmt::format("question '{}' needs a non-empty list 'choices'", question.id));
    for (const auto& item : list) {
      MapReader choice(item, file, "choice");
      choice.allow_only({"value", "label"});
      Choice parsed{choice.string("value"), choice.string("label")};
      if (question.has_value(parsed.value))
        throw DataError(choice.location("value"), fmt::format("duplicate value '{}' in question '{}'", parsed.value, question.id));
      question.choices.push_back(std::move(parsed));
    }
  } else if (map.has("choices")) {
    throw DataError(map.location("choices"), fmt::format("'choices' apply only to single and multi questions, and '{}' is {}", question.id, type));
  }
  if (question.type == QuestionType::multi) {
    const long long min_count = map.optional_integer("min_count").value_or(0);
    if (min_count < 0 || static_cast<std::size_t>(min_count) > question.choices.size())
      throw DataError(map.location("min_count"), fmt::format("'min_count' of '{}' must be between 0 and the number of choices", question.id));
    question.min_count = static_cast<std::size_t>(min_count);
  } else if (map.has("min_count") || map.has("none_label")) {
    throw DataError(map.location(map.has("min_count") ? "min_count" : "none_label"),
                    fmt::format("'min_count' and 'none_label' apply only to multi questions"));
  }
  if (map.has("default")) {
    question.default_value = scalar_text(map.node("default"), file, "'default'");
    try {
      (void)parse_answer_text(question, *question.default_value);
    } catch (const AnswerError& e) {
      throw DataError(map.location("default"), fmt::format("default of '{}': {}", question.id, e.what()));
    }
  }
  if (map.has("enabled_when")) {
    question.enabled_when_text = map.string("enabled_when");
    question.enabled_when =
        parse_condition(question.enabled_when_text, earlier, condition_location(map.node("enabled_when"), file));
  }
  return question;
}

Rule parse_rule(const YAML::Node& node, const std::string& file, const std::vector<Question>& questions) {
  MapReader map(node, file, "rule");
  map.allow_only({"id", "verdict", "when", "message", "waiting_for", "discuss", "sources"});
  Rule rule;
  rule.line = map.location().line;
  rule.column = map.location().column;
  rule.id = map.string("id");
  rule.verdict = *verdict_from_name(map.one_of("verdict", {"info", "caution", "postpone", "consult"}));
  rule.when_text = map.string("when");
  rule.when = parse_condition(rule.when_text, questions, condition_location(map.node("when"), file));
  rule.depends_on = referenced_questions(rule.when);
  for (const std::size_t q : rule.depends_on)
    if (questions[q].values)
      throw DataError(map.location("when"),
                      fmt::format("rule '{}' reads '{}', which is a values question (values: true): what matters "
                                  "to a person never changes the verdict",
                                  rule.id, questions[q].id));
  rule.message = map.string("message");
  rule.waiting_for = map.optional_string("waiting_for").value_or("");
  rule.discuss = map.optional_string("discuss").value_or("");
  if (!rule.waiting_for.empty() && rule.verdict != Verdict::postpone)
    throw DataError(map.location("waiting_for"),
                    fmt::format("'waiting_for' applies only to postpone rules, and '{}' is {}", rule.id,
                                verdict_name(rule.verdict)));
  rule.sources = map.string_list("sources");
  return rule;
}

// `changes`: one entry per version, each naming questions of this file.
void parse_changes(const YAML::Node& list, const std::string& file, Questionnaire& questionnaire) {
  if (!list.IsSequence()) throw DataError(location_of(list, file), "'changes' must be a list");
  int previous = 1;
  for (const auto& node : list) {
    MapReader map(node, file, "change");
    map.allow_only({"version", "added", "revised", "note"});
    QuestionnaireChange change;
    change.line = map.location().line;
    change.version = static_cast<int>(map.integer("version"));
    if (change.version <= previous)
      throw DataError(map.location("version"), "each change needs a version above the one before it (the first is 2)");
    previous = change.version;
    change.added = map.string_list("added");
    change.revised = map.string_list("revised");
    change.note = map.string("note");
    if (change.version > version_number(questionnaire.version))
      throw DataError(map.location("version"),
                      fmt::format("change for version {} is newer than the questionnaire's version {}", change.version,
                                  questionnaire.version));
    for (const auto* ids : {&change.added, &change.revised}) {
      for (const auto& id : *ids) {
        const auto at = questionnaire.index_of(id);
        if (!at)
          throw DataError(map.location(ids == &change.added ? "added" : "revised"),
                          fmt::format("change for version {} names unknown question '{}'{}", change.version, id,
                                      did_you_mean(closest_names(id, questionnaire.question_ids(), 1))));
        Question& question = questionnaire.questions[*at];
        if (ids == &change.added) question.added_in = change.version;
        else question.revised_in = change.version;
      }
    }
    questionnaire.changes.push_back(std::move(change));
  }
}

}  // namespace

Questionnaire parse_questionnaire(std::string_view yaml_text, const std::string& file) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  MapReader map(root, file, "questionnaire");
  map.allow_only({"id", "version", "title", "intro", "disclaimer", "concern_question", "questions", "rules",
                  "before_you_book", "provider_questions", "warning_signs", "verdicts", "changes"});
  Questionnaire questionnaire;
  questionnaire.id = map.string("id");
  questionnaire.version = map.string("version");
  questionnaire.title = map.string("title");
  questionnaire.intro = map.optional_string("intro").value_or("");
  questionnaire.disclaimer = map.string("disclaimer");

  const YAML::Node questions = map.node("questions");
  if (!questions || !questions.IsSequence() || questions.size() == 0)
    throw DataError(map.location("questions"), "questionnaire needs a non-empty list 'questions'");
  for (const auto& node : questions) {
    Question question = parse_question(node, file, questionnaire.questions);
    if (questionnaire.index_of(question.id))
      throw DataError(location_of(node, file), fmt::format("duplicate question id '{}'", question.id));
    questionnaire.questions.push_back(std::move(question));
  }

  if (map.has("concern_question")) {
    questionnaire.concern_question = map.string("concern_question");
    const auto at = questionnaire.index_of(questionnaire.concern_question);
    if (!at || questionnaire.questions[*at].type != QuestionType::multi) {
      std::vector<std::string> multi_ids;  // suggest only what would be accepted, never the name itself
      for (const auto& question : questionnaire.questions)
        if (question.type == QuestionType::multi) multi_ids.push_back(question.id);
      throw DataError(map.location("concern_question"),
                      fmt::format("'concern_question' must name a multi question, not '{}'{}", questionnaire.concern_question,
                                  did_you_mean(closest_names(questionnaire.concern_question, multi_ids, 1))));
    }
  }

  if (map.has("changes")) parse_changes(map.node("changes"), file, questionnaire);

  const YAML::Node rules = map.node("rules");
  if (!rules || !rules.IsSequence()) throw DataError(map.location("rules"), "questionnaire needs a list 'rules'");
  for (const auto& node : rules) {
    Rule rule = parse_rule(node, file, questionnaire.questions);
    for (const auto& earlier : questionnaire.rules)
      if (earlier.id == rule.id)
        throw DataError(location_of(node, file), fmt::format("duplicate rule id '{}'", rule.id));
    questionnaire.rules.push_back(std::move(rule));
  }
  questionnaire.before_you_book = map.string_list("before_you_book");
  questionnaire.provider_questions = map.string_list("provider_questions");
  questionnaire.warning_signs = map.string_list("warning_signs");
  if (map.has("verdicts")) {
    MapReader verdicts(map.node("verdicts"), file, "'verdicts'");
    verdicts.allow_only({"suitable", "caution", "postpone", "consult"});
    for (const char* name : {"suitable", "caution", "postpone", "consult"})
      questionnaire.verdict_meanings[name] = verdicts.string(name);
  }
  return questionnaire;
}

}  // namespace skincare
