#include "questionnaire/batch_record.h"

#include <fmt/format.h>

#include "base/escape.h"
#include "base/input_limits.h"
#include "base/json_reader.h"
#include "base/json_writer.h"

namespace skincare {

struct BatchRecordParser::State {
  JsonReader reader{limits::kMaxNestingDepth};  // reuses its memory from line to line
  std::vector<JsonMember> members;              // the line's members so far, to refuse a key given twice
  BatchRecord record;
};

BatchRecordParser::BatchRecordParser() : state_(std::make_unique<State>()) {}
BatchRecordParser::~BatchRecordParser() = default;

namespace {

// What is wrong with a line the reader refused, in words, with the place when it helps.
std::string parse_problem(const JsonProblem& problem) {
  switch (problem.kind) {
    case JsonProblem::Kind::too_deep:
      return fmt::format("the line nests arrays and objects more than {} levels deep (the limit)",
                         limits::kMaxNestingDepth);
    case JsonProblem::Kind::invalid_utf8:
      return fmt::format("the line is not valid UTF-8 (at byte {})", problem.offset + 1);
    case JsonProblem::Kind::bad_number:
      return "the line has a number that is malformed or too large";
    default:
      return "the line is not valid JSON";
  }
}

FieldError invalid(const std::string& message, const std::string& question = {}) {
  return FieldError{"invalid-input", question, message, {}};
}

// A number's text as written would be: integers exactly, others shortest.
std::string number_text(const JsonValue& value) {
  switch (value.type()) {
    case JsonType::int64: return std::to_string(value.int64());
    case JsonType::uint64: return std::to_string(value.uint64());
    default: return fmt::format("{}", value.real());
  }
}

// A scalar's text as an answer; false with `problem` set otherwise.
bool scalar_text(const JsonValue& value, std::string& out, std::string& problem, std::string_view key) {
  switch (value.type()) {
    case JsonType::string:
      out.assign(value.string());
      return true;
    case JsonType::int64:
    case JsonType::uint64:
    case JsonType::real:
      out = number_text(value);
      return true;
    case JsonType::boolean:
      out = value.boolean() ? "true" : "false";
      return true;
    default:
      problem = fmt::format("the answer to '{}' must be a value or a list of values", key);
      return false;
  }
}

// Byte offsets are 1-based in messages, and a key's is that of its opening quote.
FieldError repeated_key(std::string_view key, const JsonMember& first, const JsonMember& second) {
  return invalid(fmt::format("the key '{}' is given twice (at bytes {} and {}); keep one, so it is clear which "
                             "value counts",
                             escape_controls(key), first.key.offset() + 1, second.key.offset() + 1),
                 key == "id" ? std::string() : std::string(key));
}

}  // namespace

const BatchRecord& BatchRecordParser::parse(std::string_view line) {
  BatchRecord& record = state_->record;
  record.id_json.clear();
  record.fields.clear();
  record.error.reset();
  state_->members.clear();

  if (const auto problem = state_->reader.read(line)) {
    record.error = invalid(parse_problem(*problem));
    return record;
  }
  const JsonValue document = state_->reader.root();
  if (document.type() != JsonType::object) {
    record.error = invalid("each line must be a JSON object of answers");
    return record;
  }
  for (const JsonMember member : document.members()) {
    const std::string_view key = member.key.string();
    for (const JsonMember& earlier : state_->members)
      if (earlier.key.string() == key) {  // refused, not "the last one wins" (fuzz regression batch/repeated-id)
        record.error = repeated_key(key, earlier, member);
        if (key == "id") record.id_json.clear();
        return record;
      }
    state_->members.push_back(member);
    const JsonValue& value = member.value;
    if (key == "id") {
      if (value.type() == JsonType::string) {
        append_json_string(record.id_json, value.string());
      } else if (value.is_number()) {
        record.id_json = number_text(value);
      } else {
        record.error = invalid("'id' must be a string or a number");
        return record;
      }
      continue;
    }
    if (value.type() == JsonType::null) continue;  // null: not answered
    RawField field;
    field.id = std::string(key);
    std::string problem;
    if (value.type() == JsonType::array) {
      field.value.is_list = true;
      for (const JsonValue item : value.items()) {
        std::string text;
        if (!scalar_text(item, text, problem, key)) {
          record.error = invalid(problem, std::string(key));
          return record;
        }
        field.value.items.push_back(std::move(text));
      }
    } else if (!scalar_text(value, field.value.text, problem, key)) {
      record.error = invalid(problem, std::string(key));
      return record;
    }
    record.fields.push_back(std::move(field));
  }
  return record;
}

}  // namespace skincare
