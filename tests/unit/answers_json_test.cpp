// The flat JSON answers file read without yaml-cpp gives exactly the fields
// (ids, values, lists, places) that the YAML reading gives, and declines
// whatever it cannot promise that for.
#include "interop/answers_json.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "base/yaml_reader.h"
#include "interop/answers_file.h"

using namespace skincare;

namespace {

const std::string kFile = "answers.json";

// What the YAML reading gives for a plain mapping of answers (parse_answers_file without the JSON path).
std::vector<RawField> yaml_fields(const std::string& text) { return answer_fields(parse_yaml(text, kFile), kFile); }

void check_same(const std::vector<RawField>& fast, const std::vector<RawField>& yaml) {
  REQUIRE(fast.size() == yaml.size());
  for (std::size_t i = 0; i < fast.size(); ++i) {
    CAPTURE(i);
    CHECK(fast[i].id == yaml[i].id);
    CHECK(fast[i].value.is_list == yaml[i].value.is_list);
    CHECK(fast[i].value.text == yaml[i].value.text);
    CHECK(fast[i].value.items == yaml[i].value.items);
    CHECK(fast[i].where.describe() == yaml[i].where.describe());
  }
}

// Answers files as scripts write them: json.dumps in its styles, hand-written layouts.
class Generator {
 public:
  explicit Generator(std::uint64_t seed) : random_(seed) {}

  std::string file() {
    const std::size_t style = pick(4);  // compact, python's default, indented, ragged
    std::string out = pick(5) == 0 ? "\n " : "";
    out += "{";
    const std::size_t members = pick(8);
    for (std::size_t i = 0; i < members; ++i) {
      if (i > 0) out += ",";
      out += gap(style, 2);
      out += '"' + word() + std::to_string(i) + '"';  // keys differ: a repeated key is declined
      out += style == 3 && pick(3) == 0 ? " " : "";
      out += style == 0 ? ":" : ": ";
      if (style == 3 && pick(4) == 0) out += "\n   ";
      value(out, style);
    }
    out += members > 0 ? gap(style, 0) : "";
    out += "}";
    if (pick(2) == 0) out += "\n";
    return out;
  }

 private:
  std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }

  std::string gap(std::size_t style, std::size_t indent) {
    if (style == 0) return "";
    if (style == 1) return " ";
    if (style == 2) return "\n" + std::string(indent, ' ');
    return pick(2) ? " " : "\n" + std::string(pick(6), ' ');
  }

  std::string word() {
    static const char* const words[] = {"age", "skin_type", "concerns", "areas", "no", "yes", "pregnant", "", "a b",
                                        "x:y", "#hash", "- dash", "null", "true", "~", "[", "{}", "'q'", "30", "a,b"};
    return words[pick(sizeof words / sizeof *words)];
  }

  void value(std::string& out, std::size_t style) {
    static const char* const scalars[] = {"30", "-0", "1.50", "1e3", "-2.5E-2", "0", "true", "false", "null",
                                          "18446744073709551615"};
    switch (pick(4)) {
      case 0: out += scalars[pick(sizeof scalars / sizeof *scalars)]; break;
      case 1: out += '"' + word() + '"'; break;
      default: {
        out += "[";
        const std::size_t items = pick(4);
        for (std::size_t i = 0; i < items; ++i) {
          if (i > 0) out += ",";
          out += gap(style, 4);
          if (pick(2)) out += '"' + word() + '"';
          else out += scalars[pick(7)];  // no null in a list: YAML and JSON paths both refuse it
        }
        out += items > 0 ? gap(style, 2) : "";
        out += "]";
      }
    }
  }

  std::mt19937_64 random_;
};

}  // namespace

TEST_CASE("a flat JSON answers file reads as the YAML reading reads it, values as written and keys' places") {
  const std::string text = "{\n  \"age\": 34,\n  \"temp\": 1.50, \"zero\": -0,\n  \"concerns\": [\"acne-scars\", 2, true],\n"
                           "  \"skip\": null,\n  \"pregnant\": \"no\"\n}\n";
  const auto fast = flat_json_answers(text, kFile);
  REQUIRE(fast.has_value());
  check_same(*fast, yaml_fields(text));
  REQUIRE(fast->size() == 5);
  CHECK((*fast)[1].value.text == "1.50");
  CHECK((*fast)[2].value.text == "-0");
  CHECK((*fast)[3].where.describe() == "answers.json:4:3");
}

TEST_CASE("the JSON reading declines what it cannot promise to read as YAML does") {
  for (const char* text : {"age: 30\n", "", "{}x", "{\"schema\": \"skincare.answers/1\"}",
                           "{\"resourceType\": \"QuestionnaireResponse\"}", "{\"a\": \"caf\xC3\xA9\"}",
                           "{\"a\": \"tab\\t\"}", "{\"a\":\t1}", "{\"a\": 1}\r\n", "{\"a\": 1, \"a\": 2}",
                           "{\"a\": [null]}", "{\"a\": [[1]]}", "{\"a\": {\"b\": 1}}", "[1]", "\"text\"",
                           "{\"a\"\n: 1}", "\xEF\xBB\xBF{\"a\": 1}"}) {
    CAPTURE(text);
    CHECK_FALSE(flat_json_answers(text, kFile).has_value());
  }
  // A file far larger than answers are: YAML and its limits decide.
  std::string many = "{\"a\": [1";
  for (int i = 0; i < 3000; ++i) many += ", 1";
  CHECK_FALSE(flat_json_answers(many + "]}", kFile).has_value());
}

TEST_CASE("parse_answers_file gives the same fields through the JSON reading and through YAML for 5,000 files") {
  Generator generator(34);
  std::size_t fast_count = 0;
  for (int i = 0; i < 5000; ++i) {
    const std::string text = generator.file();
    CAPTURE(text);
    const auto fast = flat_json_answers(text, kFile);
    if (!fast) continue;
    ++fast_count;
    check_same(*fast, yaml_fields(text));
    check_same(parse_answers_file(text, kFile).fields, *fast);
  }
  CHECK(fast_count > 4000);  // the generated files are the kind the JSON reading is for
}
