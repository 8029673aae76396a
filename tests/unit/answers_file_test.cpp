// Reading answers files: a plain map of question ids to answers, or a saved
// run with its header; shape and syntax problems at FILE:LINE:COL.
#include "interop/answers_file.h"

#include <doctest/doctest.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/errors.h"

using namespace skincare;

namespace {

const std::string kFile = "answers.yaml";

AnswersFile parse(const std::string& text) { return parse_answers_file(text, kFile); }

DataError error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const DataError& e) {
    return e;
  }
  FAIL("no DataError was thrown");
  return DataError({}, "");
}

void check_rejected(const std::string& text, int line, int column, const std::string& message) {
  CAPTURE(text);
  const DataError e = error_of([&] { (void)parse(text); });
  CHECK(e.where().file == kFile);
  CHECK(e.where().line == line);
  CHECK(e.where().column == column);
  CHECK(e.reason() == message);
  CHECK(e.status() == ExitStatus::data);
}

const std::string kSaved = R"(# saved
schema: skincare.answers/1
questionnaire:
  id: demo
  version: "3"
  questions_hash: 0123456789abcdef
  question_hashes: {age: 00c0ffee, concerns: deadbeef}
saved: 2026-11-25T10:00:00Z
answers:
  age: 30
  concerns: [scars, lines]
  pregnant:
)";

}  // namespace

TEST_CASE("a plain map gives one field per answered question, in file order, with its location") {
  const AnswersFile file = parse("age: 30\nsmoker: yes\n  # comment\nskin: \"II\"\n");
  CHECK_FALSE(file.header.has_value());
  REQUIRE(file.fields.size() == 3);
  CHECK(file.fields[0].id == "age");
  CHECK_FALSE(file.fields[0].value.is_list);
  CHECK(file.fields[0].value.text == "30");
  CHECK(file.fields[0].where.file == kFile);
  CHECK(file.fields[0].where.line == 1);
  CHECK(file.fields[0].where.column == 1);
  CHECK(file.fields[1].id == "smoker");
  CHECK(file.fields[1].value.text == "yes");  // text as written, not a YAML boolean
  CHECK(file.fields[1].where.line == 2);
  CHECK(file.fields[2].id == "skin");
  CHECK(file.fields[2].value.text == "II");
  CHECK(file.fields[2].where.line == 4);
}

TEST_CASE("a question with a null value is not answered and gives no field") {
  const AnswersFile file = parse("age:\nsmoker: ~\npregnant: null\nskin: dry\nnote: \"null\"\n");
  REQUIRE(file.fields.size() == 2);
  CHECK(file.fields[0].id == "skin");
  CHECK(file.fields[1].id == "note");
  CHECK(file.fields[1].value.text == "null");  // quoted: the text, not a null
}

TEST_CASE("a list answer gives the text of each item, and an empty list is still a list") {
  const AnswersFile file = parse("concerns: [scars, 'lines']\nareas:\n  - face\n  - 12\nnothing: []\n");
  REQUIRE(file.fields.size() == 3);
  CHECK(file.fields[0].value.is_list);
  CHECK(file.fields[0].value.items == std::vector<std::string>{"scars", "lines"});
  CHECK(file.fields[1].value.is_list);
  CHECK(file.fields[1].value.items == std::vector<std::string>{"face", "12"});
  CHECK(file.fields[2].value.is_list);
  CHECK(file.fields[2].value.items.empty());
}

TEST_CASE("JSON is read as the YAML it also is") {
  const AnswersFile file = parse(R"({"age": 30, "concerns": ["scars"], "pregnant": false, "skip": null})");
  REQUIRE(file.fields.size() == 3);
  CHECK(file.fields[0].value.text == "30");
  CHECK(file.fields[1].value.items == std::vector<std::string>{"scars"});
  CHECK(file.fields[2].value.text == "false");
}

TEST_CASE("a saved run gives its header and the answers under 'answers'") {
  const AnswersFile file = parse(kSaved);
  REQUIRE(file.header.has_value());
  CHECK(file.header->questionnaire_id == "demo");
  CHECK(file.header->questionnaire_version == "3");
  CHECK(file.header->questions_hash == "0123456789abcdef");
  CHECK(file.header->question_hashes == std::map<std::string, std::string>{{"age", "00c0ffee"}, {"concerns", "deadbeef"}});
  CHECK(file.header->saved_at == "2026-11-25T10:00:00Z");
  REQUIRE(file.fields.size() == 2);
  CHECK(file.fields[0].id == "age");
  CHECK(file.fields[0].value.text == "30");
  CHECK(file.fields[0].where.line == 10);
  CHECK(file.fields[0].where.column == 3);
  CHECK(file.fields[1].value.items == std::vector<std::string>{"scars", "lines"});
}

TEST_CASE("a saved run's optional parts may be left out") {
  const AnswersFile file = parse("schema: skincare.answers/1\nquestionnaire: {id: demo, version: '1'}\n");
  REQUIRE(file.header.has_value());
  CHECK(file.header->questions_hash.empty());
  CHECK(file.header->question_hashes.empty());
  CHECK(file.header->saved_at.empty());
  CHECK(file.fields.empty());
  CHECK(parse("schema: skincare.answers/1\nquestionnaire: {id: demo, version: '1'}\nanswers:\n").fields.empty());
}

TEST_CASE("a saved run with an unknown schema is an error at the schema") {
  check_rejected("schema: skincare.answers/2\nquestionnaire: {id: demo, version: '1'}\n", 1, 9,
                 "unknown schema 'skincare.answers/2'; this version of skincare reads skincare.answers/1");
}

TEST_CASE("a saved run's header is checked for unknown keys and required parts") {
  check_rejected("schema: skincare.answers/1\nquestionaire: {id: demo, version: '1'}\n", 2, 1,
                 "unknown key 'questionaire' in saved answers (did you mean 'questionnaire'?)");
  check_rejected("schema: skincare.answers/1\nquestionnaire: {id: demo}\n", 2, 16,
                 "'questionnaire' is missing required key 'version'");
  check_rejected("schema: skincare.answers/1\nquestionnaire: demo\n", 2, 16,
                 "'questionnaire' must be a mapping of keys to values");
  check_rejected("schema: skincare.answers/1\nanswers: {age: 3}\n", 1, 1,
                 "saved answers is missing required key 'questionnaire'");
  check_rejected("schema: skincare.answers/1\nquestionnaire: {id: demo, version: '1'}\nanswers: [age]\n", 3, 10,
                 "'answers' must map question ids to answers");
}

TEST_CASE("a root that is not a map is an error, and so is an empty file") {
  check_rejected("- age\n- 30\n", 1, 1, "an answers file must map question ids to answers (id: value)");
  check_rejected("just text\n", 1, 1, "an answers file must map question ids to answers (id: value)");
  check_rejected("", 1, 1, "the answers file is empty");
  check_rejected("# only a comment\n", 1, 1, "the answers file is empty");
}

TEST_CASE("an answer that is a map, or a list holding a list, is an error at it") {
  check_rejected("age: 3\nskin: {type: II}\n", 2, 7, "the answer to 'skin' must be a value or a list of values");
  check_rejected("concerns: [scars, [lines]]\n", 1, 19, "each item of 'concerns' must be a single value (text)");
  check_rejected("[a]: 3\n", 1, 1, "a question id must be a single value (text)");
}

TEST_CASE("a YAML syntax error is a data error at its line and column") {
  check_rejected("age: 30\nskin: a: b\n", 2, 8, "illegal map value");
  check_rejected("age: 30\nconcerns: [scars\n", 3, 1, "end of sequence flow not found");
}
