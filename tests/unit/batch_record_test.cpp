// Batch lines (JSON Lines): the id kept as JSON text, every other member a
// raw field, and an invalid-input error for what is not an object of answers.
#include "questionnaire/batch_record.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace skincare;

namespace {

using List = std::vector<std::string>;

void check_invalid(BatchRecordParser& parser, const std::string& line, const std::string& message,
                   const std::string& question = {}) {
  CAPTURE(line);
  const BatchRecord& record = parser.parse(line);
  REQUIRE(record.error.has_value());
  CHECK(record.error->code == "invalid-input");
  CHECK(record.error->message == message);
  CHECK(record.error->question == question);
}

}  // namespace

TEST_CASE("a string id is kept as JSON text, quotes and escapes included") {
  BatchRecordParser parser;
  CHECK(parser.parse(R"({"id": "row-1", "age": "30"})").id_json == R"("row-1")");
  CHECK(parser.parse(R"({"id": "say \"hi\"\n"})").id_json == R"("say \"hi\"\n")");
  CHECK(parser.parse(R"({"id": ""})").id_json == R"("")");
}

TEST_CASE("a numeric id is kept as the number's JSON text") {
  BatchRecordParser parser;
  CHECK(parser.parse(R"({"id": 42})").id_json == "42");
  CHECK(parser.parse(R"({"id": -7})").id_json == "-7");
  CHECK(parser.parse(R"({"id": 18446744073709551615})").id_json == "18446744073709551615");
  CHECK(parser.parse(R"({"id": 2.5})").id_json == "2.5");
}

TEST_CASE("a line without an id has empty id text, and the id is not a field") {
  BatchRecordParser parser;
  const BatchRecord& record = parser.parse(R"({"age": 30})");
  CHECK(record.id_json.empty());
  CHECK_FALSE(record.error.has_value());
  REQUIRE(record.fields.size() == 1);
  CHECK(parser.parse(R"({"id": 1, "age": 30})").fields.size() == 1);
}

TEST_CASE("an id that is not a string or a number is invalid input") {
  BatchRecordParser parser;
  check_invalid(parser, R"({"id": true, "age": 30})", "'id' must be a string or a number");
  check_invalid(parser, R"({"id": null})", "'id' must be a string or a number");
  check_invalid(parser, R"({"id": [1]})", "'id' must be a string or a number");
}

TEST_CASE("members become fields in line order: strings, numbers and booleans as text, arrays as lists") {
  BatchRecordParser parser;
  const BatchRecord& record =
      parser.parse(R"({"skin":"II","age":30,"pregnant":false,"smoker":true,"temp":-1.5,"concerns":["scars","lines"],"areas":[]})");
  REQUIRE_FALSE(record.error.has_value());
  REQUIRE(record.fields.size() == 7);
  const std::vector<std::string> ids = {"skin", "age", "pregnant", "smoker", "temp", "concerns", "areas"};
  for (std::size_t i = 0; i < ids.size(); ++i) CHECK(record.fields[i].id == ids[i]);
  CHECK(record.fields[0].value.text == "II");
  CHECK(record.fields[1].value.text == "30");
  CHECK(record.fields[2].value.text == "false");
  CHECK(record.fields[3].value.text == "true");
  CHECK(record.fields[4].value.text == "-1.5");
  for (std::size_t i = 0; i < 5; ++i) CHECK_FALSE(record.fields[i].value.is_list);
  CHECK(record.fields[5].value.is_list);
  CHECK(record.fields[5].value.items == List{"scars", "lines"});
  CHECK(record.fields[6].value.is_list);
  CHECK(record.fields[6].value.items.empty());
}

TEST_CASE("list items may be numbers or booleans, kept as their text") {
  BatchRecordParser parser;
  const BatchRecord& record = parser.parse(R"({"mixed": [1, true, "x"]})");
  REQUIRE(record.fields.size() == 1);
  CHECK(record.fields[0].value.items == List{"1", "true", "x"});
}

TEST_CASE("a null member is not answered and gives no field") {
  BatchRecordParser parser;
  const BatchRecord& record = parser.parse(R"({"age": null, "smoker": "no", "skin": null})");
  REQUIRE_FALSE(record.error.has_value());
  REQUIRE(record.fields.size() == 1);
  CHECK(record.fields[0].id == "smoker");
}

TEST_CASE("a line that is not JSON is invalid input") {
  BatchRecordParser parser;
  check_invalid(parser, R"({"age": 30)", "the line is not valid JSON");
  check_invalid(parser, "age: 30", "the line is not valid JSON");
  check_invalid(parser, "", "the line is not valid JSON");
  check_invalid(parser, R"({'age': 30})", "the line is not valid JSON");
}

TEST_CASE("JSON followed by anything else on the line is invalid input") {
  BatchRecordParser parser;
  check_invalid(parser, R"({"age": 30} x)", "the line is not valid JSON");
  check_invalid(parser, R"({"age": 30}{"age": 31})", "the line is not valid JSON");
  CHECK_FALSE(parser.parse("  {\"age\": 30}  \r").error.has_value());
}

TEST_CASE("JSON that is not an object is invalid input") {
  BatchRecordParser parser;
  check_invalid(parser, R"([{"age": 30}])", "each line must be a JSON object of answers");
  check_invalid(parser, R"("age")", "each line must be a JSON object of answers");
  check_invalid(parser, "42", "each line must be a JSON object of answers");
  check_invalid(parser, "null", "each line must be a JSON object of answers");
}

TEST_CASE("an answer that is an object, or a list holding a list or object, is invalid input naming it") {
  BatchRecordParser parser;
  check_invalid(parser, R"({"age": 30, "skin": {"type": "II"}})", "the answer to 'skin' must be a value or a list of values",
                "skin");
  check_invalid(parser, R"({"concerns": ["scars", ["lines"]]})",
                "the answer to 'concerns' must be a value or a list of values", "concerns");
  check_invalid(parser, R"({"concerns": [{"a": 1}]})", "the answer to 'concerns' must be a value or a list of values",
                "concerns");
  check_invalid(parser, R"({"concerns": [null]})", "the answer to 'concerns' must be a value or a list of values",
                "concerns");
}

TEST_CASE("one parser reads many lines, each result replacing the last") {
  BatchRecordParser parser;
  for (int i = 0; i < 2000; ++i) {
    CAPTURE(i);
    if (i % 7 == 3) {
      const BatchRecord& bad = parser.parse("{\"age\": ");
      CHECK(bad.error.has_value());
      CHECK(bad.fields.empty());
      CHECK(bad.id_json.empty());
      continue;
    }
    // Lines of varying length, so buffers grow and shrink between calls.
    const std::string padding(static_cast<std::size_t>(i % 50), 'x');
    const std::string line = "{\"id\": " + std::to_string(i) + ", \"note\": \"" + padding + "\", \"age\": " +
                             std::to_string(i % 100) + (i % 2 ? ", \"smoker\": \"yes\"" : "") + "}";
    const BatchRecord& record = parser.parse(line);
    REQUIRE_FALSE(record.error.has_value());
    CHECK(record.id_json == std::to_string(i));
    REQUIRE(record.fields.size() == (i % 2 ? 3u : 2u));
    CHECK(record.fields[0].value.text == padding);
    CHECK(record.fields[1].value.text == std::to_string(i % 100));
  }
}

TEST_CASE("a line is read only up to its length, whatever the bytes after it") {
  BatchRecordParser parser;
  const std::string text = R"({"age": 30}{"age": 31})";
  const BatchRecord& record = parser.parse(std::string_view(text).substr(0, 11));
  REQUIRE_FALSE(record.error.has_value());
  REQUIRE(record.fields.size() == 1);
  CHECK(record.fields[0].value.text == "30");
}

TEST_CASE("a key given twice on a line is invalid input naming the key and both byte offsets") {
  BatchRecordParser parser;
  check_invalid(parser, R"({"age": 30, "sunburn": false, "age": 31})",
                "the key 'age' is given twice (at bytes 2 and 31); keep one, so it is clear which value counts", "age");
  // Offsets skip over strings (with braces and escaped quotes in them) and nested arrays; keys compare as unescaped text.
  check_invalid(parser, R"({"x": "a\",b", "l": ["age", "}{,"], "ag\u0065": 1, "age": 2})",
                "the key 'age' is given twice (at bytes 37 and 52); keep one, so it is clear which value counts",
                "age");
  // A repeated id names no question, and the record keeps no id.
  check_invalid(parser, R"({"id": "a", "id": "b"})",
                "the key 'id' is given twice (at bytes 2 and 13); keep one, so it is clear which value counts");
  CHECK(parser.parse(R"({"id": "a", "id": "b"})").id_json.empty());
  // The same key in an object nested as a value is not a repeat of the outer key.
  CHECK_FALSE(parser.parse(R"({"age": 30, "l": [1, 2]})").error.has_value());
  CHECK_FALSE(parser.parse(R"({"a": 1, "b": 1})").error.has_value());
}

TEST_CASE("a repeat is found among many keys, however alike, and only a true repeat") {
  BatchRecordParser parser;
  // Keys that share their length and their first and last eight bytes, so
  // they fall together in the parser's table of keys and must be told apart
  // by their text; 300 of them, so the table grows on the way.
  std::vector<std::string> keys;
  for (int i = 0; i < 300; ++i) keys.push_back("question_" + std::to_string(1000 + i) + "_answered_");
  std::string line = "{";
  for (const auto& key : keys) line += (line.size() > 1 ? ", \"" : "\"") + key + "\": 1";
  const BatchRecord& distinct = parser.parse(line + "}");
  REQUIRE_FALSE(distinct.error.has_value());
  REQUIRE(distinct.fields.size() == keys.size());
  CHECK(distinct.fields.back().id == keys.back());
  for (const std::size_t repeated : {std::size_t{0}, std::size_t{150}, std::size_t{299}}) {
    CAPTURE(repeated);
    const BatchRecord& twice = parser.parse(line + ", \"" + keys[repeated] + "\": 2}");
    REQUIRE(twice.error.has_value());
    CHECK(twice.error->question == keys[repeated]);
  }
  // Short keys too, and a line after a long one starts afresh.
  check_invalid(parser, R"({"a": 1, "b": 2, "ab": 3, "ba": 4, "b": 5})",
                "the key 'b' is given twice (at bytes 10 and 36); keep one, so it is clear which value counts", "b");
  CHECK_FALSE(parser.parse(R"({"a": 1, "b": 2, "ab": 3, "ba": 4})").error.has_value());
}

TEST_CASE("a field reused from an earlier line keeps nothing of it") {
  BatchRecordParser parser;
  REQUIRE_FALSE(parser.parse(R"({"areas": ["face", "neck", "hands"], "age": 30, "x": "y"})").error.has_value());
  const BatchRecord& record = parser.parse(R"({"age": ["face"], "areas": "neck"})");
  REQUIRE_FALSE(record.error.has_value());
  REQUIRE(record.fields.size() == 2);
  CHECK(record.fields[0].id == "age");
  CHECK(record.fields[0].value.is_list);
  CHECK(record.fields[0].value.items == List{"face"});
  CHECK(record.fields[1].id == "areas");
  CHECK_FALSE(record.fields[1].value.is_list);
  CHECK(record.fields[1].value.text == "neck");
  CHECK(record.fields[1].value.items.empty());
  const BatchRecord& more = parser.parse(R"({"a": 1, "b": [], "c": 3, "d": 4})");
  REQUIRE(more.fields.size() == 4);
  CHECK(more.fields[1].value.is_list);
  CHECK(more.fields[1].value.items.empty());
  CHECK(more.fields[3].value.text == "4");
}
