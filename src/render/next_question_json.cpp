#include "render/next_question_json.h"

#include "base/json_writer.h"

namespace skincare {

namespace {

void write_question(std::string& out, const Question& question) {
  JsonWriter json(out);
  json.begin_object().field("id", question.id).field("type", type_name(question.type));
  json.field("prompt", question.prompt).field("help", question.help);
  if (question.type == QuestionType::integer) {
    json.key("min").value(question.min).key("max").value(question.max);
    if (!question.unit.empty()) json.field("unit", question.unit);
  }
  if (!question.choices.empty()) {
    json.key("choices").begin_array();
    for (const auto& choice : question.choices)
      json.begin_object().field("value", choice.value).field("label", choice.label).end_object();
    json.end_array();
  }
  if (question.type == QuestionType::multi) {
    json.key("min_count").value(static_cast<long long>(question.min_count));
    if (!question.none_label.empty()) json.field("none_label", question.none_label);
  }
  json.key("may_be_empty").value(question.type == QuestionType::multi && question.min_count == 0);
  if (question.default_value) json.field("default", *question.default_value);
  json.end_object();
}

}  // namespace

void write_next_json(std::string& out, const AssessmentContext& context, const Summary& summary,
                     std::optional<std::size_t> question) {
  const Questionnaire& q = *context.questionnaire;
  std::size_t asked = 0;
  for (const auto& answer : summary.answers)
    if (answer) ++asked;
  out += "{\"schema\":\"skincare.next/1\",\"done\":";
  out += question ? "false" : "true";
  if (question) {
    out += ",\"question\":";
    write_question(out, q.questions[*question]);
  }
  out += ",\"progress\":{\"asked\":" + std::to_string(asked) +
         ",\"remaining_at_most\":" + std::to_string(summary.unanswered.size()) + "}";
  if (question) {
    out += ",\"verdict_range\":{\"at_least\":\"";
    out += verdict_name(summary.range.at_least);
    out += "\",\"at_most\":\"";
    out += verdict_name(summary.range.at_most);
    out += "\"},\"could_change\":";
    JsonWriter(out).strings(summary.could_change);
  } else {
    out += ",\"summary\":";
    AssessmentJson(context).write(out, summary);
  }
  out += "}\n";
}

}  // namespace skincare
