#include "base/json_writer.h"

#include <doctest/doctest.h>
#include <simdjson.h>

#include <string>

#include "base/escape.h"

using skincare::append_json_string;
using skincare::JsonWriter;

namespace {

std::string json_string(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

// The string value a JSON parser reads back from `json` (a single string literal).
std::string parsed_string(const std::string& json) {
  simdjson::dom::parser parser;
  std::string_view value;
  const auto error = parser.parse(json).get_string().get(value);
  REQUIRE_MESSAGE(error == simdjson::SUCCESS, "not a valid JSON string: ", json);
  return std::string(value);
}

bool valid_json(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element element;
  return parser.parse(json).get(element) == simdjson::SUCCESS;
}

bool has_raw_control(const std::string& text) {
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a plain or valid UTF-8 string is appended between quotes, unchanged") {
  CHECK(json_string("acne scars") == "\"acne scars\"");
  CHECK(json_string("") == "\"\"");
  std::string out = "x:";
  append_json_string(out, "y");
  CHECK(out == "x:\"y\"");
  const std::string text = "caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80";
  CHECK(json_string(text) == "\"" + text + "\"");
  CHECK(parsed_string(json_string(text)) == text);
}

TEST_CASE("quotes, backslashes, newlines and tabs are written as JSON escapes") {
  const std::string json = json_string("say \"hi\" \\ bye");
  CHECK(json == R"("say \"hi\" \\ bye")");
  CHECK(parsed_string(json) == "say \"hi\" \\ bye");
  const std::string layout = json_string("one\ntwo\tthree");
  CHECK(layout == R"("one\ntwo\tthree")");
  CHECK(parsed_string(layout) == "one\ntwo\tthree");
}

TEST_CASE("an escape character becomes visible text, never a raw byte") {
  const std::string json = json_string("red \x1b[31m text");
  CHECK(json.find('\x1b') == std::string::npos);
  CHECK(parsed_string(json) == "red \\x1B[31m text");
}

TEST_CASE("other C0 controls, DEL, C1 and bidi controls become visible text, never raw bytes") {
  const std::string text("a\x01" "b\rc\x7F" "d\0e", 9);
  const std::string json = json_string(text);
  CHECK_FALSE(has_raw_control(json));
  CHECK(parsed_string(json) == "a\\x01b\\x0Dc\\x7Fd\\x00e");
  const std::string wide = json_string("a\xC2\x9B" "b\xE2\x80\xAE" "c");
  CHECK(parsed_string(wide) == "a\\u{009B}b\\u{202E}c");
}

TEST_CASE("invalid UTF-8 is never emitted raw") {
  const std::string json = json_string("caf\xE9 \xFF\xFE");
  CHECK(skincare::find_invalid_utf8(json) == std::string::npos);
  CHECK(parsed_string(json) == "caf\\xE9 \\xFF\\xFE");
}

TEST_CASE("object fields are separated by commas and keys are escaped like any string") {
  std::string out;
  JsonWriter(out).begin_object().field("a", "x").field("b", 2LL).field("c", true).key("d").null().end_object();
  CHECK(out == R"({"a":"x","b":2,"c":true,"d":null})");
  CHECK(valid_json(out));
  std::string odd;
  JsonWriter(odd).begin_object().field("we\"ird\n\x1b", "v").end_object();
  CHECK_FALSE(has_raw_control(odd));
  CHECK(valid_json(odd));
}

TEST_CASE("array elements are separated by commas, and empty containers have none") {
  std::string out;
  JsonWriter(out).begin_array().value("a").value(-5LL).value(false).null().end_array();
  CHECK(out == R"(["a",-5,false,null])");
  std::string empty;
  JsonWriter(empty).begin_array().begin_object().end_object().begin_array().end_array().end_array();
  CHECK(empty == "[{},[]]");
}

TEST_CASE("commas are right in nested arrays and objects") {
  std::string out;
  JsonWriter json(out);
  json.begin_object().field("schema", "s/1").key("items").begin_array();
  for (int i = 0; i < 3; ++i) {
    json.begin_object().field("n", static_cast<long long>(i)).key("tags").begin_array();
    json.begin_array().value("x").value("y").end_array().begin_object().end_object();
    json.end_array().end_object();
  }
  json.end_array().field("after", "z").end_object();
  CHECK(out == R"({"schema":"s/1","items":[)"
               R"({"n":0,"tags":[["x","y"],{}]},)"
               R"({"n":1,"tags":[["x","y"],{}]},)"
               R"({"n":2,"tags":[["x","y"],{}]}],"after":"z"})");
  CHECK(valid_json(out));
}

TEST_CASE("lists of strings and raw values are written with commas around them") {
  std::string out;
  JsonWriter(out).begin_object().field("list", std::vector<std::string>{"a", "b\"c"}).field("none", std::vector<std::string>{}).end_object();
  CHECK(out == R"({"list":["a","b\"c"],"none":[]})");
  CHECK(valid_json(out));
  std::string raw;
  JsonWriter(raw).begin_array().raw("{\"k\":1}").raw("2").end_array();
  CHECK(raw == R"([{"k":1},2])");
}
