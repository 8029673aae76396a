#include "questionnaire/questionnaire_schema.h"

#include <optional>

namespace skincare {

namespace {

// The verdicts' meanings as written, before they become a map by name.
struct VerdictTexts {
  std::string suitable, caution, postpone, consult;
};

const Record<VerdictTexts>& verdicts_record() {
  static const Record<VerdictTexts> record{
      "verdicts",
      {field::text("suitable", &VerdictTexts::suitable, kRequired),
       field::text("caution", &VerdictTexts::caution, kRequired),
       field::text("postpone", &VerdictTexts::postpone, kRequired),
       field::text("consult", &VerdictTexts::consult, kRequired)}};
  return record;
}

const Record<Choice>& choice_record() {
  static const Record<Choice> record{
      "choice", {field::text("value", &Choice::value, kRequired), field::text("label", &Choice::label, kRequired)},
      "value"};
  return record;
}

QuestionType question_type(const std::string& name) {
  if (name == "integer") return QuestionType::integer;
  if (name == "single") return QuestionType::single;
  if (name == "multi") return QuestionType::multi;
  return QuestionType::boolean;
}

const Record<Question>& question_record() {
  static const Record<Question> record{
      "question",
      {field::text("id", &Question::id, kRequired),
       field::custom<Question>({"type", FieldKind::choice, true, {"integer", "single", "multi", "boolean"}},
                               [](Question& q, const YAML::Node& n, const std::string&) {
                                 q.type = question_type(n.Scalar());
                               }),
       field::text("prompt", &Question::prompt, kRequired),
       field::text("help", &Question::help, kRequired),
       field::text("unit", &Question::unit),
       field::whole_number("min", &Question::min),
       field::whole_number("max", &Question::max),
       field::records("choices", &Question::choices, choice_record(), {false, true}),
       field::whole_number("min_count", &Question::min_count, kOptional, 0),
       field::text("none_label", &Question::none_label),
       field::custom<Question>({"default", FieldKind::text},
                               [](Question& q, const YAML::Node& n, const std::string&) {
                                 q.default_value = n.Scalar();
                               }),
       field::text("enabled_when", &Question::enabled_when_text),
       field::text("intro", &Question::intro),
       field::custom<Question>({"values", FieldKind::choice, false, {"true", "false"}},
                               [](Question& q, const YAML::Node& n, const std::string&) {
                                 q.values = n.Scalar() == "true";
                               })},
      "id"};
  return record;
}

const Record<QuestionnaireChange>& change_record() {
  static const Record<QuestionnaireChange> record{
      "change",
      {field::whole_number("version", &QuestionnaireChange::version, kRequired),
       field::texts("added", &QuestionnaireChange::added),
       field::texts("revised", &QuestionnaireChange::revised),
       field::text("note", &QuestionnaireChange::note, kRequired)},
      "version"};
  return record;
}

const Record<Rule>& rule_record() {
  static const Record<Rule> record{
      "rule",
      {field::text("id", &Rule::id, kRequired),
       field::custom<Rule>({"verdict", FieldKind::choice, true, {"info", "caution", "postpone", "consult"}},
                           [](Rule& r, const YAML::Node& n, const std::string&) {
                             r.verdict = *verdict_from_name(n.Scalar());
                           }),
       field::text("when", &Rule::when_text, kRequired),
       field::text("message", &Rule::message, kRequired),
       field::text("waiting_for", &Rule::waiting_for),
       field::text("discuss", &Rule::discuss),
       field::texts("sources", &Rule::sources)},
      "id"};
  return record;
}

}  // namespace

const Record<Questionnaire>& questionnaire_record() {
  static const Record<Questionnaire> record{
      "questionnaire",
      {field::text("id", &Questionnaire::id, kRequired),
       field::text("version", &Questionnaire::version, kRequired),
       field::text("title", &Questionnaire::title, kRequired),
       field::text("intro", &Questionnaire::intro),
       field::text("disclaimer", &Questionnaire::disclaimer, kRequired),
       field::text("concern_question", &Questionnaire::concern_question),
       field::custom<Questionnaire>({"verdicts", FieldKind::record, false, {}, &verdicts_record().schema()},
                                    [](Questionnaire& q, const YAML::Node& n, const std::string& file) {
                                      const VerdictTexts texts = verdicts_record().read(n, file);
                                      q.verdict_meanings = {{"suitable", texts.suitable},
                                                            {"caution", texts.caution},
                                                            {"postpone", texts.postpone},
                                                            {"consult", texts.consult}};
                                    }),
       field::records("changes", &Questionnaire::changes, change_record()),
       field::records("questions", &Questionnaire::questions, question_record(), kRequiredNonEmpty),
       field::records("rules", &Questionnaire::rules, rule_record(), kRequired),
       field::texts("before_you_book", &Questionnaire::before_you_book),
       field::texts("provider_questions", &Questionnaire::provider_questions),
       field::texts("warning_signs", &Questionnaire::warning_signs)}};
  return record;
}

}  // namespace skincare
