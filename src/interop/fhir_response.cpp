#include "interop/fhir_response.h"

#include <fmt/format.h>

#include "base/yaml_reader.h"
#include "interop/fhir_names.h"
#include "base/json_writer.h"
#include "base/escape.h"

namespace skincare {

namespace {

void append_coding(std::string& out, const Question& question, const std::string& value) {
  out += "{\"valueCoding\":{\"code\":";
  append_json_string(out, value);
  for (const auto& choice : question.choices) {
    if (choice.value != value) continue;
    out += ",\"display\":";
    append_json_string(out, choice.label);
  }
  out += "}}";
}

}  // namespace

void write_questionnaire_response(std::string& out, const Questionnaire& q, const AnswerSet& answers, bool complete,
                                  std::string_view id_json) {
  out += "{\"resourceType\":\"QuestionnaireResponse\",";
  if (!id_json.empty()) {
    out += "\"identifier\":{\"value\":";
    if (id_json.front() == '"') out.append(id_json);
    else append_json_string(out, id_json);  // a number: FHIR identifiers are strings
    out += "},";
  }
  out += "\"questionnaire\":";
  append_json_string(out, fhir::canonical_reference(q));
  out += complete ? ",\"status\":\"completed\",\"item\":[" : ",\"status\":\"in-progress\",\"item\":[";
  bool first = true;
  for (std::size_t i = 0; i < q.questions.size() && i < answers.size(); ++i) {
    if (!answers[i]) continue;
    const Question& question = q.questions[i];
    if (!first) out += ',';
    first = false;
    out += "{\"linkId\":";
    append_json_string(out, question.id);
    const AnswerValue& value = *answers[i];
    if (const auto* number = std::get_if<long long>(&value)) {
      out += ",\"answer\":[{\"valueInteger\":" + std::to_string(*number) + "}]";
    } else if (const auto* flag = std::get_if<bool>(&value)) {
      out += *flag ? ",\"answer\":[{\"valueBoolean\":true}]" : ",\"answer\":[{\"valueBoolean\":false}]";
    } else if (const auto* choice = std::get_if<std::string>(&value)) {
      out += ",\"answer\":[";
      append_coding(out, question, *choice);
      out += ']';
    } else if (const auto& list = std::get<std::vector<std::string>>(value); !list.empty()) {
      out += ",\"answer\":[";
      for (std::size_t k = 0; k < list.size(); ++k) {
        if (k > 0) out += ',';
        append_coding(out, question, list[k]);
      }
      out += ']';
    }
    out += '}';
  }
  out += "]}";
}

void write_operation_outcome(std::string& out, const FieldError& error, std::size_t line, std::string_view id_json) {
  out += "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":";
  out += error.code == "invalid-input" ? "\"structure\"" : error.code == "missing-answer" ? "\"required\""
                                                                                            : "\"value\"";
  out += ",\"details\":{\"coding\":[{\"system\":\"urn:skincare:error\",\"code\":";
  append_json_string(out, error.code);
  out += "}]},\"diagnostics\":";
  std::string where = fmt::format("line {}", line);
  if (!id_json.empty()) where += ", record " + std::string(id_json);
  append_json_string(out, where + ": " + error.message);
  if (!error.question.empty()) {
    out += ",\"expression\":[";
    append_json_string(out, "QuestionnaireResponse.item.where(linkId='" + error.question + "')");
    out += ']';
  }
  out += "}]}";
}

bool is_fhir_resource(const YAML::Node& root) { return root.IsMap() && root["resourceType"]; }

namespace {

void collect_items(const YAML::Node& items, const std::string& file, std::vector<RawField>& fields, std::size_t depth) {
  if (!items) return;
  if (!items.IsSequence()) throw DataError(location_of(items, file), "'item' must be a list of items");
  if (depth > 16) throw DataError(location_of(items, file), "items nest more than 16 levels deep");
  for (const auto& item : items) {
    MapReader map(item, file, "an item");
    const std::string link = map.string("linkId");
    const YAML::Node answers = map.node("answer");
    RawField field;
    field.id = link;
    field.where = map.location("linkId");
    std::vector<std::string> values;
    if (answers) {
      if (!answers.IsSequence()) throw DataError(location_of(answers, file), "'answer' must be a list");
      for (const auto& answer : answers) {
        MapReader a(answer, file, "an answer");
        bool found = false;
        for (const auto& entry : answer) {
          const std::string key = scalar_text(entry.first, file, "a key");
          if (key == "item") {
            collect_items(entry.second, file, fields, depth + 1);
            continue;
          }
          if (key.rfind("value", 0) != 0) continue;
          if (found) throw DataError(location_of(entry.first, file), "an answer has more than one value[x]");
          found = true;
          if (key == "valueCoding") {
            MapReader coding(entry.second, file, "'valueCoding'");
            values.push_back(coding.string("code"));
          } else if (key == "valueInteger" || key == "valueBoolean" || key == "valueString" || key == "valueDecimal") {
            values.push_back(scalar_text(entry.second, file, "'" + key + "'"));
          } else {
            throw DataError(location_of(entry.first, file),
                            fmt::format("'{}' answers are not used by this questionnaire (it takes valueInteger, "
                                        "valueBoolean or valueCoding)", escape_controls(key)));
          }
        }
        if (!found) throw DataError(a.location(), "an answer has no value[x]");
      }
    }
    if (values.size() == 1 && answers.size() == 1) {
      field.value.text = values.front();
    } else {
      field.value.is_list = true;  // none (answered with nothing chosen) or several
      field.value.items = std::move(values);
    }
    fields.push_back(std::move(field));
    collect_items(map.node("item"), file, fields, depth + 1);
  }
}

}  // namespace

std::vector<RawField> response_fields(const YAML::Node& root, const std::string& file, ResponseOrigin& origin) {
  MapReader map(root, file, "the FHIR resource");
  const std::string type = map.string("resourceType");
  if (type != "QuestionnaireResponse")
    throw DataError(map.location("resourceType"),
                    fmt::format("a FHIR {} holds no answers; skincare reads a QuestionnaireResponse",
                                escape_controls(type)));
  origin.questionnaire = map.optional_string("questionnaire").value_or("");
  origin.status = map.optional_string("status").value_or("");
  origin.where = map.has("questionnaire") ? map.location("questionnaire") : map.location();
  if (origin.status == "entered-in-error")
    throw DataError(map.location("status"), "this QuestionnaireResponse is marked entered-in-error");
  std::vector<RawField> fields;
  collect_items(map.node("item"), file, fields, 0);
  return fields;
}

void drop_unanswered_items(const Questionnaire& q, std::vector<RawField>& fields) {
  std::vector<RawField> kept;
  for (auto& field : fields) {
    const auto at = q.index_of(field.id);
    const bool unanswered = field.value.is_list && field.value.items.empty();
    if (unanswered && at && q.questions[*at].type != QuestionType::multi) continue;
    kept.push_back(std::move(field));
  }
  fields = std::move(kept);
}

std::string check_response_origin(const Questionnaire& q, const ResponseOrigin& origin) {
  if (origin.questionnaire.empty()) return {};
  const std::string url = fhir::canonical_url(q);
  const auto bar = origin.questionnaire.find('|');
  const std::string named = origin.questionnaire.substr(0, bar);
  if (named != url)
    throw DataError(origin.where, fmt::format("this QuestionnaireResponse answers '{}', not '{}'",
                                              escape_controls(named), url));
  if (bar != std::string::npos && origin.questionnaire.substr(bar + 1) != q.version)
    return fmt::format("the response was written for version {} of the questionnaire; this is version {}",
                       escape_controls(origin.questionnaire.substr(bar + 1)), q.version);
  return {};
}

}  // namespace skincare
