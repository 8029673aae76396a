// The limits of src/input_limits.h at their edges: the last accepted input
// and the first refused one, with the message and place of the refusal.
#include "base/input_limits.h"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "base/yaml_reader.h"
#include "base/errors.h"
#include "questionnaire/answer_parser.h"
#include "questionnaire/batch_record.h"
#include "questionnaire/condition_parser.h"

using namespace skincare;

namespace {

const std::string kFile = "limits.yaml";

std::string error_of(const std::function<void()>& action, Location* where = nullptr) {
  try {
    action();
  } catch (const DataError& e) {
    if (where != nullptr) *where = e.where();
    return e.reason();
  } catch (const AnswerError& e) {
    return e.what();
  }
  return "";
}

std::string repeat(const std::string& text, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

std::string nested(std::size_t depth) { return "a: " + repeat("[", depth - 1) + repeat("]", depth - 1) + "\n"; }

Question question(QuestionType type) {
  Question q;
  q.id = "q";
  q.type = type;
  q.min = 0;
  q.max = 1000;
  q.choices = {{"yes-please", "Yes"}, {"no-thanks", "No"}};
  return q;
}

}  // namespace

TEST_CASE("sizes are named in the units a person reads") {
  CHECK(limits::describe_size(1 << 20) == "1 MiB");
  CHECK(limits::describe_size(4 << 20) == "4 MiB");
  CHECK(limits::describe_size(64 << 10) == "64 KiB");
  CHECK(limits::describe_size(1024) == "1 KiB");
  CHECK(limits::describe_size(100) == "100 bytes");
}

TEST_CASE("a YAML file of exactly the size limit is read, one byte more is refused") {
  const std::string at_limit = "a: 1\n" + std::string(limits::kMaxFileBytes - 5, '#');
  CHECK(error_of([&] { parse_yaml(at_limit, kFile); }).empty());
  Location where;
  CHECK(error_of([&] { parse_yaml(at_limit + "#", kFile); }, &where) ==
        "the file is larger than 1 MiB (the limit for one input file)");
  CHECK(where.describe() == kFile);
}

TEST_CASE("YAML may nest 32 levels (the mapping counts), not 33") {
  CHECK(error_of([] { parse_yaml(nested(limits::kMaxNestingDepth), kFile); }).empty());
  Location where;
  CHECK(error_of([] { parse_yaml(nested(limits::kMaxNestingDepth + 1), kFile); }, &where) ==
        "lists and mappings nest more than 32 levels deep (the limit)");
  CHECK(where.line == 1);
  CHECK(where.column == 4 + 31);  // at the 33rd level: the 32nd bracket, which starts at column 4
}

TEST_CASE("block nesting counts as flow nesting does") {
  std::string text = "a:\n";
  for (std::size_t i = 0; i < 40; ++i) text += std::string(2 * i, ' ') + "-\n";
  CHECK(error_of([&] { parse_yaml(text, kFile); }) == "lists and mappings nest more than 32 levels deep (the limit)");
}

TEST_CASE("aliases are counted as what they expand to") {
  // 3 + 1 values for a, then each alias repeats them: 4 + 1 + 4 * n values.
  const auto document = [](std::size_t aliases) {
    return "a: &a [x, y, z]\nb: [" + repeat("*a, ", aliases) + "x]\n";
  };
  CHECK(error_of([&] { parse_yaml(document(1000), kFile); }).empty());
  Location where;
  CHECK(error_of([&] { parse_yaml(document(limits::kMaxExpandedValues / 4), kFile); }, &where) ==
        "aliases expand the file to more than 100000 values (the limit)");
  CHECK(where.line == 2);
}

TEST_CASE("a billion laughs is refused at the alias that crosses the limit") {
  std::string text = "l0: &l0 lol\n";
  for (int level = 1; level <= 9; ++level)
    text += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [" +
            repeat("*l" + std::to_string(level - 1) + ", ", 9) + "*l" + std::to_string(level - 1) + "]\n";
  Location where;
  CHECK(error_of([&] { parse_yaml(text, kFile); }, &where) ==
        "aliases expand the file to more than 100000 values (the limit)");
  CHECK(where.line == 6);  // level 5 is the first to expand past 100,000 values
}

TEST_CASE("long text repeated by aliases is refused by its expanded size") {
  const std::string text = "a: &a " + std::string(60000, 'x') + "\nb: [" + repeat("*a, ", 80) + "*a]\n";
  CHECK(error_of([&] { parse_yaml(text, kFile); }) ==
        "aliases expand the file to more than 4 MiB of text (the limit)");
}

TEST_CASE("an alias to the list that holds it is refused") {
  CHECK(error_of([] { parse_yaml("a: &a [1, *a]\n", kFile); }) ==
        "an alias refers to a list or mapping that contains it");
}

TEST_CASE("one YAML value may be 64 KiB, not more") {
  CHECK(error_of([] { parse_yaml("a: " + std::string(limits::kMaxValueBytes, 'x') + "\n", kFile); }).empty());
  Location where;
  CHECK(error_of([] { parse_yaml("a: " + std::string(limits::kMaxValueBytes + 1, 'x') + "\n", kFile); }, &where) ==
        "a value is longer than 64 KiB (the limit for one value)");
  CHECK(where.column == 4);
}

TEST_CASE("a raw control character is refused at its place, tab and line breaks are not") {
  CHECK(error_of([] { parse_yaml("a: b\tc\r\nc: d\n", kFile); }).empty());
  Location where;
  CHECK(error_of([] { parse_yaml(std::string("a: 1\nb: x\0y\n", 11), kFile); }, &where) ==
        "a raw control character (\\x00) is not allowed in a YAML file; write it as an escape in double quotes, "
        "like \"\\x00\"");
  CHECK(where.describe() == "limits.yaml:2:5");
  CHECK(error_of([] { parse_yaml("a: \"\\e[2J\"\n", kFile); }).empty());  // an escape is fine
}

TEST_CASE("a second YAML document is refused rather than ignored; an empty one is harmless") {
  Location where;
  CHECK(error_of([] { parse_yaml("a: 1\n---\nb: 2\n", kFile); }, &where) ==
        "a second YAML document (after '---') would be ignored; keep everything in one document");
  CHECK(where.describe() == "limits.yaml:3:1");
  CHECK(error_of([] { parse_yaml("---\na: 1\n...\n---\n", kFile); }).empty());
}

TEST_CASE("invalid UTF-8 is reported at its line and column") {
  Location where;
  CHECK(error_of([] { parse_yaml("a: 1\nbb: \xe2\x82\n", kFile); }, &where) ==
        "invalid UTF-8 (the file must be UTF-8 text)");
  CHECK(where.describe() == "limits.yaml:2:5");
}

TEST_CASE("an answer may be 1 KiB, not more, and must be UTF-8") {
  const Question multi = question(QuestionType::multi);
  const std::string at_limit = "yes-please" + std::string(limits::kMaxAnswerBytes - 10, ' ');
  CHECK(error_of([&] { parse_answer_text(multi, at_limit); }).empty());
  CHECK(error_of([&] { parse_answer_text(multi, at_limit + " "); }) ==
        "the answer to 'q' is longer than 1 KiB (the limit for one answer)");
  RawAnswer list;
  list.is_list = true;
  list.items = {"yes-please", std::string(2000, 'x')};
  CHECK(error_of([&] { parse_raw_answer(multi, list); }) ==
        "the answer to 'q' is longer than 1 KiB (the limit for one answer)");
  CHECK(error_of([&] { parse_answer_text(multi, "yes-please,\xff"); }) ==
        "the answer to 'q' is not valid UTF-8 (at byte 12: 'yes-please,\\xFF')");
}

TEST_CASE("a whole number may have 18 digits, not 19") {
  Question wide = question(QuestionType::integer);
  wide.min = -999999999999999999;
  wide.max = 999999999999999999;
  CHECK(std::get<long long>(parse_answer_text(wide, std::string(18, '9'))) == 999999999999999999);
  CHECK(std::get<long long>(parse_answer_text(wide, "-" + std::string(18, '9'))) == -999999999999999999);
  CHECK(error_of([&] { parse_answer_text(wide, std::string(19, '9')); }).find("is not a valid answer") !=
        std::string::npos);
}

TEST_CASE("a long answer is shortened in messages at a character boundary") {
  std::string answer;
  for (int i = 0; i < 30; ++i) answer += "\xe4\xb8\xad";  // 90 bytes of U+4E2D
  const std::string message = error_of([&] { parse_answer_text(question(QuestionType::single), "x" + answer); });
  CHECK(message.find("'x" + answer.substr(0, 57) + "...'") != std::string::npos);
  CHECK(message.find("\\x") == std::string::npos);
}

TEST_CASE("a condition may nest not and parentheses 32 levels deep, not 33") {
  std::vector<Question> questions{question(QuestionType::boolean)};
  questions[0].choices.clear();
  const Location where{kFile, 4, 10};
  CHECK(error_of([&] { parse_condition(repeat("not ", 31) + "q", questions, where); }).empty());
  CHECK(error_of([&] { parse_condition(repeat("(", 31) + "q" + repeat(")", 31), questions, where); }).empty());
  Location at;
  const std::string deep = repeat("not ", 32) + "q";
  CHECK(error_of([&] { parse_condition(deep, questions, where); }, &at) ==
        "in condition '" + deep + "': 'not' and parentheses nest more than 32 levels deep (the limit)");
  CHECK(at.column == 10 + 32 * 4);
  CHECK_FALSE(error_of([&] { parse_condition(repeat("(", 100000), questions, where); }).empty());
}

TEST_CASE("a batch line may nest 32 levels, and its problems are named") {
  BatchRecordParser parser;
  const auto message = [&](const std::string& line) {
    const BatchRecord& record = parser.parse(line);
    return record.error ? record.error->message : std::string();
  };
  // 32 levels parse; the answer is then only of the wrong shape.
  CHECK(message("{\"a\": " + repeat("[", 31) + repeat("]", 31) + "}") ==
        "the answer to 'a' must be a value or a list of values");
  CHECK(message("{\"a\": " + repeat("[", 32) + repeat("]", 32) + "}") ==
        "the line nests arrays and objects more than 32 levels deep (the limit)");
  CHECK(message("{\"a\": 1e400}") == "the line has a number that is malformed or too large");
  CHECK(message("{\"a\": \"\xc3\"}") == "the line is not valid UTF-8 (at byte 8)");
  CHECK(message("{\"a\": ") == "the line is not valid JSON");
  // A longer line later grows the parser, which keeps its depth limit.
  CHECK(message("{\"a\": \"" + std::string(100000, 'x') + "\", \"b\": " + repeat("[", 40) + repeat("]", 40) + "}") ==
        "the line nests arrays and objects more than 32 levels deep (the limit)");
}

TEST_CASE("a repeated batch id is refused, and the record keeps neither") {
  BatchRecordParser parser;
  const BatchRecord& record = parser.parse(R"({"id": "first", "id": "second"})");
  CHECK(record.error.has_value());
  CHECK(record.id_json.empty());
}
