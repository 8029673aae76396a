#include "questionnaire/batch_record.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <new>


#include "base/input_limits.h"
#include "base/json_writer.h"
#include "base/escape.h"

namespace skincare {

struct BatchRecordParser::State {
  simdjson::dom::parser parser;  // DOM API: picks the fastest kernel for this CPU at run time
  std::string buffer;            // the line plus simdjson's padding
  std::vector<std::string_view> keys;  // the line's keys so far, to refuse one given twice
  BatchRecord record;
};

BatchRecordParser::BatchRecordParser() : state_(std::make_unique<State>()) {
  // The parser grows to fit longer lines but keeps this depth (see input_limits.h).
  if (state_->parser.allocate(4096, limits::kMaxNestingDepth)) throw std::bad_alloc();
}
BatchRecordParser::~BatchRecordParser() = default;

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// What is wrong with a line simdjson refused, in words, with the place when known.
std::string parse_problem(simdjson::error_code error, std::string_view line) {
  switch (error) {
    case simdjson::DEPTH_ERROR:
      return fmt::format("the line nests arrays and objects more than {} levels deep (the limit)",
                         limits::kMaxNestingDepth);
    case simdjson::UTF8_ERROR: {
      const std::size_t bad = find_invalid_utf8(line);
      if (bad == std::string_view::npos) return "the line is not valid UTF-8";
      return fmt::format("the line is not valid UTF-8 (at byte {})", bad + 1);
    }
    case simdjson::NUMBER_ERROR:
      return "the line has a number that is malformed or too large";
    default:
      return "the line is not valid JSON";
  }
}

FieldError invalid(const std::string& message, const std::string& question = {}) {
  return FieldError{"invalid-input", question, message, {}};
}

// A number's text as written would be: integers exactly, others shortest.
std::string number_text(const element& value) {
  switch (value.type()) {
    case element_type::INT64: return std::to_string(int64_t(value));
    case element_type::UINT64: return std::to_string(uint64_t(value));
    default: return fmt::format("{}", double(value));
  }
}

// A scalar's text as an answer; false with `problem` set otherwise.
bool scalar_text(const element& value, std::string& out, std::string& problem, std::string_view key) {
  switch (value.type()) {
    case element_type::STRING:
      out.assign(std::string_view(value));
      return true;
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
      out = number_text(value);
      return true;
    case element_type::BOOL:
      out = bool(value) ? "true" : "false";
      return true;
    default:
      problem = fmt::format("the answer to '{}' must be a value or a list of values", key);
      return false;
  }
}

// The 1-based byte offset of each key of the outer object of `line`, in
// order; called only for a line simdjson has accepted, so it is valid JSON.
std::vector<std::size_t> outer_key_offsets(std::string_view line) {
  std::vector<std::size_t> offsets;
  int depth = 0;
  bool expect_key = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"') {
      if (depth == 1 && expect_key) {
        offsets.push_back(i + 1);
        expect_key = false;
      }
      for (++i; i < line.size() && line[i] != '"'; ++i)
        if (line[i] == '\\') ++i;
    } else if (c == '{' || c == '[') {
      ++depth;
      expect_key = c == '{' && depth == 1;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == ',' && depth == 1) {
      expect_key = true;
    }
  }
  return offsets;
}

FieldError repeated_key(std::string_view line, std::string_view key, std::size_t first, std::size_t second) {
  const std::vector<std::size_t> offsets = outer_key_offsets(line);
  const std::string where = second < offsets.size()
                                ? fmt::format(" (at bytes {} and {})", offsets[first], offsets[second])
                                : std::string();
  return invalid(fmt::format("the key '{}' is given twice{}; keep one, so it is clear which value counts",
                             escape_controls(key), where),
                 key == "id" ? std::string() : std::string(key));
}

}  // namespace

const BatchRecord& BatchRecordParser::parse(std::string_view line) {
  BatchRecord& record = state_->record;
  record.id_json.clear();
  record.fields.clear();
  record.error.reset();

  std::string& buffer = state_->buffer;
  state_->keys.clear();
  buffer.assign(line);
  buffer.append(simdjson::SIMDJSON_PADDING, '\0');

  element document;
  if (const auto error = state_->parser.parse(buffer.data(), line.size(), false).get(document)) {
    record.error = invalid(parse_problem(error, line));
    return record;
  }
  simdjson::dom::object object;
  if (document.get_object().get(object)) {
    record.error = invalid("each line must be a JSON object of answers");
    return record;
  }
  for (const auto member : object) {
    const std::string_view key = member.key;
    for (std::size_t i = 0; i < state_->keys.size(); ++i)
      if (state_->keys[i] == key) {  // refused, not "the last one wins" (fuzz regression batch/repeated-id)
        record.error = repeated_key(line, key, i, state_->keys.size());
        if (key == "id") record.id_json.clear();
        return record;
      }
    state_->keys.push_back(key);
    const element& value = member.value;
    if (key == "id") {
      if (value.type() == element_type::STRING) {
        append_json_string(record.id_json, std::string_view(value));
      } else if (value.is_number()) {
        record.id_json = number_text(value);
      } else {
        record.error = invalid("'id' must be a string or a number");
        return record;
      }
      continue;
    }
    if (value.is_null()) continue;  // null: not answered
    RawField field;
    field.id = std::string(key);
    std::string problem;
    if (value.type() == element_type::ARRAY) {
      field.value.is_list = true;
      for (const element item : simdjson::dom::array(value)) {
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
