// A small streaming JSON writer: appends to a string, handles commas, and
// escapes strings so control characters and invalid UTF-8 can never reach a
// terminal or break a parser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace skincare {

// Appends `text` as a JSON string literal (with quotes) to `out`.
void append_json_string(std::string& out, std::string_view text);

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(long long number);
  JsonWriter& value(bool flag);
  JsonWriter& null();
  JsonWriter& raw(std::string_view json);  // an already-encoded value
  JsonWriter& strings(const std::vector<std::string>& list);

  // key + value shorthands
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) { return key(name).value(v); }
  JsonWriter& field(std::string_view name, const std::vector<std::string>& list) { return key(name).strings(list); }

 private:
  void before_value();
  std::string& out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace skincare
