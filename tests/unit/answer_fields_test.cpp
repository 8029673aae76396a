// Turning raw fields (from files, --set, batch lines) into an AnswerSet, and
// the FieldErrors that say which field is wrong or which answers are missing.
#include "questionnaire/answer_fields.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "questionnaire/evaluation.h"
#include "content_test_support.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

using List = std::vector<std::string>;

// 0 age, 1 smoker, 2 concerns, 3 scar_kind (asked when scars are chosen).
const Questionnaire& demo() {
  static const Questionnaire questionnaire = test::questionnaire_of(R"(questions:
  - {id: age, type: integer, min: 0, max: 120, prompt: "Age?", help: Years.}
  - {id: smoker, type: boolean, prompt: "Smoker?", help: Yes or no.}
  - id: concerns
    type: multi
    min_count: 1
    prompt: Concerns?
    help: Any.
    choices: [{value: scars, label: Scars}, {value: lines, label: Lines}]
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

RawField text_field(const std::string& id, const std::string& text, int line = 0) {
  RawField field;
  field.id = id;
  field.value.text = text;
  field.where = {"answers.yaml", line, line > 0 ? 3 : 0};
  return field;
}

RawField list_field(const std::string& id, const List& items) {
  RawField field;
  field.id = id;
  field.value.is_list = true;
  field.value.items = items;
  return field;
}

}  // namespace

TEST_CASE("valid fields fill the answer set at their questions' places, normalised") {
  AnswerSet answers;
  const auto error = normalise_fields(
      demo(), {text_field("smoker", "No"), list_field("concerns", {"Lines", "scars"}), text_field("age", " 33 ")},
      answers);
  REQUIRE_FALSE(error.has_value());
  REQUIRE(answers.size() == 4);
  CHECK(std::get<long long>(*answers[0]) == 33);
  CHECK(std::get<bool>(*answers[1]) == false);
  CHECK(std::get<List>(*answers[2]) == List{"scars", "lines"});
  CHECK_FALSE(answers[3].has_value());
}

TEST_CASE("a later field overrides an earlier one for the same question") {
  AnswerSet answers;
  REQUIRE_FALSE(normalise_fields(demo(), {text_field("age", "30"), text_field("smoker", "yes"), text_field("age", "40")},
                                 answers));
  CHECK(std::get<long long>(*answers[0]) == 40);
  REQUIRE_FALSE(normalise_fields(demo(), {list_field("concerns", {"scars"}), text_field("concerns", "lines")}, answers));
  CHECK(std::get<List>(*answers[2]) == List{"lines"});
}

TEST_CASE("normalising starts from no answers, whatever the answer set held before") {
  AnswerSet answers(7, AnswerValue(true));
  REQUIRE_FALSE(normalise_fields(demo(), {text_field("age", "30")}, answers));
  REQUIRE(answers.size() == 4);
  CHECK(answers[0].has_value());
  CHECK_FALSE(answers[1].has_value());
  CHECK_FALSE(answers[2].has_value());
}

TEST_CASE("a field for an unknown question is an unknown-question error with the closest id suggested") {
  AnswerSet answers;
  const auto error = normalise_fields(demo(), {text_field("age", "30"), text_field("smokr", "yes", 4)}, answers);
  REQUIRE(error.has_value());
  CHECK(error->code == "unknown-question");
  CHECK(error->question == "smokr");
  CHECK(error->message == "unknown question 'smokr' (did you mean 'smoker'?)");
  CHECK(error->where.file == "answers.yaml");
  CHECK(error->where.line == 4);
  CHECK(error->where.column == 3);

  const auto far = normalise_fields(demo(), {text_field("favourite_colour", "blue")}, answers);
  REQUIRE(far.has_value());
  CHECK(far->message == "unknown question 'favourite_colour'");
}

TEST_CASE("an unknown question id is escaped in the message") {
  AnswerSet answers;
  const auto error = normalise_fields(demo(), {text_field("a\x1b[2Jb", "1")}, answers);
  REQUIRE(error.has_value());
  CHECK(error->message.find('\x1b') == std::string::npos);
  CHECK(error->question == "a\x1b[2Jb");  // the id itself is kept for scripts
}

TEST_CASE("an answer that does not fit its question is an invalid-answer error with the parser's message") {
  AnswerSet answers;
  const auto error = normalise_fields(demo(), {text_field("smoker", "yes"), text_field("age", "200", 2)}, answers);
  REQUIRE(error.has_value());
  CHECK(error->code == "invalid-answer");
  CHECK(error->question == "age");
  CHECK(error->message == "'200' is not a valid answer to 'age' (out of range); expected a whole number from 0 to 120");
  CHECK(error->where.line == 2);

  const auto list = normalise_fields(demo(), {list_field("smoker", {"yes"})}, answers);
  REQUIRE(list.has_value());
  CHECK(list->code == "invalid-answer");
  CHECK(list->message == "'smoker' takes one value, not a list; expected yes or no");
}

TEST_CASE("complete answers have nothing missing") {
  AnswerSet answers;
  REQUIRE_FALSE(normalise_fields(demo(), {text_field("age", "30"), text_field("smoker", "no"),
                                          text_field("concerns", "lines")},
                                 answers));
  CHECK_FALSE(check_complete(demo(), answers).has_value());
}

TEST_CASE("one missing answer is reported with what it accepts") {
  AnswerSet answers;
  REQUIRE_FALSE(normalise_fields(demo(), {text_field("age", "30"), text_field("smoker", "no"),
                                          text_field("concerns", "scars, lines")},
                                 answers));
  const auto missing = check_complete(demo(), answers);
  REQUIRE(missing.has_value());
  CHECK(missing->code == "missing-answer");
  CHECK(missing->question == "scar_kind");
  CHECK(missing->message == "1 question is not answered:\n  scar_kind: one of rolling, raised");
}

TEST_CASE("every missing enabled answer is listed in questionnaire order with what it accepts") {
  AnswerSet answers;
  REQUIRE_FALSE(normalise_fields(demo(), {text_field("smoker", "no")}, answers));
  const auto missing = check_complete(demo(), answers);
  REQUIRE(missing.has_value());
  CHECK(missing->code == "missing-answer");
  CHECK(missing->question == "age");
  CHECK(missing->message ==
        "2 questions are not answered:\n"
        "  age: a whole number from 0 to 120\n"
        "  concerns: one or more of scars, lines");
  CHECK(missing->where.describe().empty());
}

TEST_CASE("normalising record after record gives what normalise_fields gives, whatever the order of fields") {
  const std::vector<std::vector<RawField>> records = {
      {text_field("age", "30"), text_field("smoker", "no"), list_field("concerns", {"scars"}),
       text_field("scar_kind", "Raised")},
      {text_field("age", "31"), text_field("smoker", "yes"), list_field("concerns", {"lines"})},
      {text_field("smoker", "no"), text_field("age", "32"), text_field("concerns", "lines, scars")},
      {text_field("age", "33"), text_field("smokr", "no", 3)},
      {text_field("age", "34"), text_field("smoker", "maybe", 2)},
      {text_field("age", "35"), text_field("smoker", "no"), text_field("age", "36")},
      {},
  };
  FieldNormaliser normaliser(demo());
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& fields : records) {
      AnswerSet expected, got(9, AnswerValue(true));
      const auto expected_error = normalise_fields(demo(), fields, expected);
      const auto error = normaliser.normalise(fields, got);
      REQUIRE(error.has_value() == expected_error.has_value());
      if (error) {
        CHECK(error->code == expected_error->code);
        CHECK(error->message == expected_error->message);
        CHECK(error->where.line == expected_error->where.line);
      } else {
        CHECK(got == expected);
      }
    }
  }
}

TEST_CASE("the error for a list of missing questions is check_complete's error") {
  AnswerSet answers;
  REQUIRE_FALSE(normalise_fields(demo(), {text_field("smoker", "no"), text_field("concerns", "scars")}, answers));
  const auto checked = check_complete(demo(), answers);
  REQUIRE(checked.has_value());
  const FieldError listed = missing_answers_error(demo(), missing_answers(demo(), answers));
  CHECK(listed.code == checked->code);
  CHECK(listed.question == checked->question);
  CHECK(listed.message == checked->message);
}
