#include "interop/answers_json.h"

#include "base/input_limits.h"
#include "base/json_reader.h"

namespace skincare {

namespace {

// Text in which YAML and JSON read every scalar alike: printable ASCII and
// line breaks, no backslash (escapes differ), no tab or carriage return.
bool plain_text(std::string_view text) {
  for (const char c : text)
    if ((c < 0x20 && c != '\n') || c > 0x7E || c == '\\') return false;
  return true;
}

// A number as written (YAML keeps 1.50 and -0 as they are).
std::string_view number_text(std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  while (end < text.size() && (std::string_view("0123456789+-.eE").find(text[end]) != std::string_view::npos)) ++end;
  return text.substr(offset, end - offset);
}

// A scalar's text as YAML reads it, or nothing when it is not a string,
// number or boolean (null, a list, a mapping) or too long for YAML.
std::optional<std::string_view> scalar(const JsonValue& value, std::string_view text) {
  switch (value.type()) {
    case JsonType::string:
      if (value.string().size() > limits::kMaxValueBytes) return std::nullopt;
      return value.string();
    case JsonType::int64:
    case JsonType::uint64:
    case JsonType::real: return number_text(text, value.offset());
    case JsonType::boolean: return value.boolean() ? "true" : "false";
    default: return std::nullopt;
  }
}

}  // namespace

std::optional<std::vector<RawField>> flat_json_answers(std::string_view text, const std::string& file) {
  if (!plain_text(text)) return std::nullopt;
  JsonReader reader(limits::kMaxNestingDepth);
  if (reader.read(text)) return std::nullopt;
  const JsonValue root = reader.root();
  if (root.type() != JsonType::object) return std::nullopt;

  std::vector<RawField> fields;
  std::vector<std::string_view> keys;
  // An answers file has a few dozen answers; a large one is left to YAML and
  // its limits (input_limits.h), and the look for repeated keys stays short.
  constexpr std::size_t kMostValues = 2000;
  std::size_t values = 1;  // the mapping, its keys and values, list items
  std::size_t line = 1;
  std::size_t line_start = 0;  // offset of the current line, for columns
  std::size_t scanned = 0;     // lines counted up to here
  for (const JsonMember member : root.members()) {
    const std::string_view key = member.key.string();
    if (key == "schema" || key == "resourceType") return std::nullopt;  // a saved run or FHIR
    // YAML wants a key of at most 1024 characters with its colon on the same line.
    if (key.size() > 1000) return std::nullopt;
    const std::size_t after_key = member.key.offset() + key.size() + 2;  // no escapes: raw length = length
    if (text.substr(after_key, text.find(':', after_key) - after_key).find('\n') != std::string_view::npos)
      return std::nullopt;
    const JsonValue& value = member.value;
    values += 2 + (value.type() == JsonType::array ? value.next().index() - value.index() - 1 : 0);
    if (values > kMostValues) return std::nullopt;
    for (const auto& earlier : keys)
      if (earlier == key) return std::nullopt;  // YAML names both places
    keys.push_back(key);
    if (value.type() == JsonType::null) continue;  // "id": null, as "id:" in YAML: not answered yet
    RawField field;
    field.id = std::string(key);
    if (value.type() == JsonType::array) {
      field.value.is_list = true;
      for (const JsonValue item : value.items()) {
        const auto item_text = scalar(item, text);
        if (!item_text) return std::nullopt;
        field.value.items.emplace_back(*item_text);
      }
    } else {
      const auto value_text = scalar(value, text);
      if (!value_text) return std::nullopt;
      field.value.text = std::string(*value_text);
    }
    const std::size_t at = member.key.offset();  // the key's opening quote, where YAML marks the key
    for (; scanned < at; ++scanned)
      if (text[scanned] == '\n') {
        ++line;
        line_start = scanned + 1;
      }
    field.where = {file, static_cast<int>(line), static_cast<int>(at - line_start + 1)};
    fields.push_back(std::move(field));
  }
  return fields;
}

}  // namespace skincare
