#include "interop/answers_file.h"

#include <fmt/format.h>

#include "base/yaml_reader.h"
#include "interop/answers_json.h"

namespace skincare {

namespace {

RawAnswer raw_answer(const YAML::Node& node, const std::string& file, const std::string& id) {
  RawAnswer raw;
  if (node.IsScalar()) {
    raw.text = node.Scalar();
    return raw;
  }
  if (node.IsSequence()) {
    raw.is_list = true;
    for (const auto& item : node) raw.items.push_back(scalar_text(item, file, "each item of '" + id + "'"));
    return raw;
  }
  throw DataError(location_of(node, file), fmt::format("the answer to '{}' must be a value or a list of values", id));
}

}  // namespace

std::vector<RawField> answer_fields(const YAML::Node& map, const std::string& file) {
  std::vector<RawField> fields;
  for (const auto& entry : map) {
    const std::string id = scalar_text(entry.first, file, "a question id");
    if (entry.second.IsNull()) continue;  // "id:" with nothing after it: not answered yet
    fields.push_back({id, raw_answer(entry.second, file, id), location_of(entry.first, file)});
  }
  return fields;
}

AnswersFile parse_answers_file(std::string_view text, const std::string& file) {
  if (auto fields = flat_json_answers(text, file)) {  // the common case, without yaml-cpp
    AnswersFile result;
    result.fields = std::move(*fields);
    return result;
  }
  const YAML::Node root = parse_yaml(text, file);
  if (!root || root.IsNull()) throw DataError({file, 1, 1}, "the answers file is empty");
  if (!root.IsMap())
    throw DataError(location_of(root, file), "an answers file must map question ids to answers (id: value)");

  AnswersFile result;
  if (is_fhir_resource(root)) {
    ResponseOrigin origin;
    result.fields = response_fields(root, file, origin);
    result.fhir = origin;
    return result;
  }
  if (!root["schema"]) {
    result.fields = answer_fields(root, file);
    return result;
  }
  MapReader map(root, file, "saved answers");
  map.allow_only({"schema", "questionnaire", "saved", "answers"});
  const std::string schema = map.string("schema");
  if (schema != "skincare.answers/1")
    throw DataError(map.location("schema"),
                    fmt::format("unknown schema '{}'; this version of skincare reads skincare.answers/1", schema));
  // Checked first: a missing key is an undefined node, which MapReader cannot inspect.
  if (!map.has("questionnaire"))
    throw DataError(map.location(), "saved answers is missing required key 'questionnaire'");
  MapReader about(map.node("questionnaire"), file, "'questionnaire'");
  about.allow_only({"id", "version", "questions_hash", "question_hashes"});
  SavedHeader header;
  header.questionnaire_id = about.string("id");
  header.questionnaire_version = about.string("version");
  header.questions_hash = about.optional_string("questions_hash").value_or("");
  if (about.has("question_hashes")) {
    MapReader hashes(about.node("question_hashes"), file, "'question_hashes'");
    for (const auto& entry : hashes.yaml())
      header.question_hashes[scalar_text(entry.first, file, "a question id")] =
          scalar_text(entry.second, file, "a question hash");
  }
  header.saved_at = map.optional_string("saved").value_or("");
  result.header = header;
  const YAML::Node answers = map.node("answers");
  if (answers && !answers.IsNull()) {
    if (!answers.IsMap()) throw DataError(location_of(answers, file), "'answers' must map question ids to answers");
    result.fields = answer_fields(answers, file);
  }
  return result;
}

}  // namespace skincare
