// Answers as JSON from parts encoded once: the same bytes as encoding each
// answer on the spot, also for answers the questionnaire does not list.
#include "render/answer_json.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content_test_support.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

using List = std::vector<std::string>;

// 0 age, 1 smoker, 2 concerns, 3 scar_kind (asked for scars).
const Questionnaire& demo() {
  static const Questionnaire questionnaire = test::questionnaire_of(R"(questions:
  - {id: age, type: integer, min: -5, max: 120, prompt: "Age?", help: Years.}
  - {id: smoker, type: boolean, prompt: "Smoker?", help: Yes or no.}
  - id: concerns
    type: multi
    prompt: Concerns?
    help: Any.
    choices: [{value: scars, label: Scars}, {value: "say \"hi\"", label: Quote}, {value: lines, label: Lines}]
  - id: scar_kind
    type: single
    prompt: Which scars?
    help: One.
    enabled_when: concerns contains scars
    choices: [{value: rolling, label: Rolling}, {value: raised, label: Raised}]
rules: []
)");
  return questionnaire;
}

std::string answers(const AnswerSet& set) {
  std::string out;
  AnswerJson(demo()).answers(out, set);
  return out;
}

}  // namespace

TEST_CASE("answers are an object in questionnaire order, without the unanswered") {
  AnswerSet set(4);
  set[0] = -3LL;
  set[2] = List{"scars", "say \"hi\"", "lines"};
  set[3] = std::string("raised");
  CHECK(answers(set) == R"({"age":-3,"concerns":["scars","say \"hi\"","lines"],"scar_kind":"raised"})");
  set[1] = false;
  set[2] = List{};
  CHECK(answers(set) == R"({"age":-3,"smoker":false,"concerns":[],"scar_kind":"raised"})");
  CHECK(answers(AnswerSet(2)) == "{}");
}

TEST_CASE("values the questionnaire does not list, or lists out of order, are encoded on the spot") {
  AnswerSet set(4);
  set[2] = List{"lines", "other\x1b", "scars", "lines"};
  set[3] = std::string("sample");
  CHECK(answers(set) == R"({"concerns":["lines","other\\x1B","scars","lines"],"scar_kind":"sample"})");
}

TEST_CASE("pairs keep their order, known question or not") {
  std::string out;
  AnswerJson(demo()).pairs(out, {{"scar_kind", std::string("rolling")}, {"age", 7LL}, {"unknown", true},
                                 {"concerns", List{"lines"}}});
  CHECK(out == R"({"scar_kind":"rolling","age":7,"unknown":true,"concerns":["lines"]})");
}

TEST_CASE("skipped questions carry their condition, whatever it says") {
  std::string out;
  AnswerJson(demo()).skipped(out, {{"scar_kind", "concerns contains scars"}, {"age", "sample"}, {"x", "y"}});
  CHECK(out == R"([{"question":"scar_kind","enabled_when":"concerns contains scars"},)"
               R"({"question":"age","enabled_when":"sample"},{"question":"x","enabled_when":"y"}])");
}
