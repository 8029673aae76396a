// Parsing questionnaire YAML: a small valid questionnaire, errors at their
// exact FILE:LINE:COL, and the hashes that notice when questions change.
#include "questionnaire/questionnaire_parser.h"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "base/errors.h"

using namespace skincare;

namespace {

const std::string kFile = "demo.yaml";

// Lines 1-4; questions start on line 5.
const std::string kHeader = R"(id: demo
version: "2"
title: Demo questionnaire
disclaimer: Not medical advice.
)";

const std::string kValid = kHeader + R"(concern_question: concerns
intro: Some questions.
questions:
  - id: age
    type: integer
    prompt: How old are you?
    help: In whole years.
    unit: years
    min: 0
    max: 120
  - id: concerns
    type: multi
    prompt: What bothers you?
    help: Choose any.
    none_label: Nothing in particular
    choices:
      - value: scars
        label: Scars
      - value: lines
        label: Fine lines
  - id: scar_kind
    type: single
    prompt: Which scars?
    help: Choose one.
    default: rolling
    enabled_when: concerns contains scars
    choices:
      - {value: rolling, label: Rolling}
      - {value: raised, label: Raised}
  - id: pregnant
    type: boolean
    prompt: Are you pregnant?
    help: Yes or no.
rules:
  - id: minor
    verdict: consult
    when: age < 18
    message: See a doctor first.
    sources: [alam-2014]
  - id: raised
    verdict: caution
    when: scar_kind == raised or (pregnant and age > 40)
    message: Raised scars can get worse.
before_you_book: [Ask how many sessions]
provider_questions: ["Which needle depth?", "How many sessions?"]
warning_signs: [Fever]
verdicts:
  suitable: Go ahead.
  caution: Take care.
  postpone: Wait a while.
  consult: Ask a doctor.
)";

Questionnaire parse(const std::string& yaml) { return parse_questionnaire(yaml, kFile); }

DataError error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const DataError& e) {
    return e;
  }
  FAIL("no DataError was thrown");
  return DataError({}, "");
}

void check_rejected(const std::string& yaml, int line, int column, const std::string& message) {
  const DataError e = error_of([&] { (void)parse(yaml); });
  CHECK(e.where().file == kFile);
  CHECK(e.where().line == line);
  CHECK(e.where().column == column);
  CHECK(e.reason() == message);
  CHECK(std::string(e.what()) == Location{kFile, line, column}.describe() + ": " + message);
}

// kValid with the first `from` replaced by `to` (which must be there).
std::string edited(const std::string& from, const std::string& to) {
  std::string yaml = kValid;
  const auto at = yaml.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return yaml.replace(at, from.size(), to);
}

// Two questions and one rule, for errors in a short file.
std::string short_file(const std::string& questions, const std::string& rules = "rules: []\n") {
  return kHeader + "questions:\n" + questions + rules;
}

}  // namespace

TEST_CASE("a small valid questionnaire parses with every part in place") {
  const Questionnaire q = parse(kValid);
  CHECK(q.id == "demo");
  CHECK(q.version == "2");
  CHECK(q.title == "Demo questionnaire");
  CHECK(q.intro == "Some questions.");
  CHECK(q.disclaimer == "Not medical advice.");
  CHECK(q.concern_question == "concerns");
  CHECK(q.concern_values() == std::vector<std::string>{"scars", "lines"});
  CHECK(q.question_ids() == std::vector<std::string>{"age", "concerns", "scar_kind", "pregnant"});
  CHECK(q.before_you_book == std::vector<std::string>{"Ask how many sessions"});
  CHECK(q.provider_questions == std::vector<std::string>{"Which needle depth?", "How many sessions?"});
  CHECK(q.warning_signs == std::vector<std::string>{"Fever"});
  CHECK(q.verdict_meanings.at("suitable") == "Go ahead.");
  CHECK(q.verdict_meanings.at("consult") == "Ask a doctor.");
  CHECK(q.verdict_meanings.size() == 4);
}

TEST_CASE("questions keep their type, bounds, choices, default, condition and line") {
  const Questionnaire q = parse(kValid);
  REQUIRE(q.questions.size() == 4);
  const Question& age = q.questions[0];
  CHECK(age.type == QuestionType::integer);
  CHECK(age.prompt == "How old are you?");
  CHECK(age.help == "In whole years.");
  CHECK(age.unit == "years");
  CHECK(age.min == 0);
  CHECK(age.max == 120);
  CHECK(age.line == 8);
  CHECK_FALSE(age.enabled_when.has_value());

  const Question& concerns = q.questions[1];
  CHECK(concerns.type == QuestionType::multi);
  CHECK(concerns.none_label == "Nothing in particular");
  CHECK(concerns.min_count == 0);
  REQUIRE(concerns.choices.size() == 2);
  CHECK(concerns.choices[1].value == "lines");
  CHECK(concerns.choices[1].label == "Fine lines");
  CHECK(concerns.line == 15);

  const Question& scar_kind = q.questions[2];
  CHECK(scar_kind.type == QuestionType::single);
  CHECK(scar_kind.default_value == std::optional<std::string>("rolling"));
  CHECK(scar_kind.enabled_when_text == "concerns contains scars");
  REQUIRE(scar_kind.enabled_when.has_value());
  CHECK(scar_kind.enabled_when->kind == Condition::Kind::contains);
  CHECK(scar_kind.enabled_when->question == 1);

  CHECK(q.questions[3].type == QuestionType::boolean);
}

TEST_CASE("rules keep their verdict, condition text, message, sources, line and the questions they read") {
  const Questionnaire q = parse(kValid);
  REQUIRE(q.rules.size() == 2);
  CHECK(q.rules[0].id == "minor");
  CHECK(q.rules[0].verdict == Verdict::consult);
  CHECK(q.rules[0].when_text == "age < 18");
  CHECK(q.rules[0].message == "See a doctor first.");
  CHECK(q.rules[0].sources == std::vector<std::string>{"alam-2014"});
  CHECK(q.rules[0].depends_on == std::vector<std::size_t>{0});
  CHECK(q.rules[0].line == 39);
  CHECK(q.rules[1].verdict == Verdict::caution);
  CHECK(q.rules[1].sources.empty());
  CHECK(q.rules[1].depends_on == std::vector<std::size_t>{0, 2, 3});
}

TEST_CASE("an unknown key is an error at the key with the closest allowed key suggested") {
  check_rejected(edited("    help: In whole years.\n", "    promt: In whole years.\n"), 11, 5,
                 "unknown key 'promt' in question (did you mean 'prompt'?)");
  check_rejected(edited("intro: Some questions.\n", "intra: Some questions.\n"), 6, 1,
                 "unknown key 'intra' in questionnaire (did you mean 'intro'?)");
  check_rejected(edited("    message: See a doctor first.\n", "    mesage: See a doctor first.\n"), 42, 5,
                 "unknown key 'mesage' in rule (did you mean 'message'?)");
}

TEST_CASE("a second question with the same id is an error at that question") {
  check_rejected(short_file(R"(  - id: smoker
    type: boolean
    prompt: Do you smoke?
    help: Yes or no.
  - id: smoker
    type: boolean
    prompt: Do you still smoke?
    help: Yes or no.
)"),
                 10, 9, "duplicate question id 'smoker' in 'questions' (first at line 6)");
}

TEST_CASE("a second choice with the same value is an error at that value") {
  check_rejected(edited("      - {value: raised, label: Raised}", "      - {value: rolling, label: Raised}"), 33, 17,
                 "duplicate value 'rolling' in 'choices' (first at line 32)");
}

TEST_CASE("a second rule with the same id is an error at that rule") {
  check_rejected(edited("  - id: raised\n", "  - id: minor\n"), 44, 9, "duplicate rule id 'minor' in 'rules' (first at line 39)");
}

TEST_CASE("enabled_when may read only earlier questions, not the question itself or later ones") {
  check_rejected(edited("enabled_when: concerns contains scars", "enabled_when: pregnant"), 30, 19,
                 "in condition 'pregnant': 'pregnant' is not a question that can be used here");
  check_rejected(edited("enabled_when: concerns contains scars", "enabled_when: concerns contains scars and scar_kind == raised"),
                 30, 47,
                 "in condition 'concerns contains scars and scar_kind == raised': 'scar_kind' is not a question that "
                 "can be used here");
}

TEST_CASE("a rule condition is type-checked, with the column of the problem inside it") {
  check_rejected(edited("when: age < 18", "when: age < eighteen"), 41, 17,
                 "in condition 'age < eighteen': 'eighteen' is not a whole number");
  check_rejected(edited("when: age < 18", "when: agge < 18"), 41, 11,
                 "in condition 'agge < 18': 'agge' is not a question that can be used here (did you mean 'age'?)");
}

TEST_CASE("'suitable' is a verdict meaning but not a verdict a rule may give") {
  check_rejected(edited("verdict: consult", "verdict: suitable"), 40, 14,
                 "'verdict' in rule must be one of info, caution, postpone, consult, not 'suitable'");
}

TEST_CASE("an integer question whose max is below its min is an error at max") {
  check_rejected(edited("    min: 0\n    max: 120\n", "    min: 18\n    max: 17\n"), 14, 10,
                 "'max' of 'age' is below its 'min'");
  CHECK_NOTHROW((void)parse(edited("    min: 0\n    max: 120\n", "    min: 18\n    max: 18\n")));
}

TEST_CASE("a default that is not a valid answer to its question is an error at the default") {
  check_rejected(edited("    default: rolling\n", "    default: boxcar\n"), 29, 14,
                 "default of 'scar_kind': 'boxcar' is not a valid answer to 'scar_kind'; expected one of rolling, raised");
  check_rejected(edited("    unit: years\n", "    unit: years\n    default: 200\n"), 13, 14,
                 "default of 'age': '200' is not a valid answer to 'age' (out of range); expected a whole number from 0 "
                 "to 120");
}

TEST_CASE("concern_question must name a multi question") {
  check_rejected(edited("concern_question: concerns", "concern_question: age"), 5, 19,
                 "'concern_question' must name a multi question, not 'age'");
  check_rejected(edited("concern_question: concerns", "concern_question: scar_kind"), 5, 19,
                 "'concern_question' must name a multi question, not 'scar_kind'");
  check_rejected(edited("concern_question: concerns", "concern_question: concern"), 5, 19,
                 "'concern_question' must name a multi question, not 'concern' (did you mean 'concerns'?)");
}

TEST_CASE("the questions hash is stable across parses and ignores wording") {
  const std::string hash = parse(kValid).questions_hash();
  CHECK(hash.size() == 16);
  CHECK(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(parse(kValid).questions_hash() == hash);
  CHECK(parse(edited("prompt: How old are you?", "prompt: Your age?")).questions_hash() == hash);
  CHECK(parse(edited("label: Fine lines", "label: Wrinkles")).questions_hash() == hash);
  CHECK(parse(edited("message: See a doctor first.", "message: Wait.")).questions_hash() == hash);
}

TEST_CASE("the questions hash changes when a choice, a bound, a type or a condition changes") {
  const std::string hash = parse(kValid).questions_hash();
  CHECK(parse(edited("      - {value: raised, label: Raised}\n",
                     "      - {value: raised, label: Raised}\n      - {value: boxcar, label: Boxcar}\n"))
            .questions_hash() != hash);
  CHECK(parse(edited("max: 120", "max: 119")).questions_hash() != hash);
  CHECK(parse(edited("enabled_when: concerns contains scars", "enabled_when: concerns contains lines"))
            .questions_hash() != hash);
  const auto only_x = [](const std::string& type_and_bounds) {
    return parse(short_file("  - id: x\n    prompt: X?\n    help: X.\n" + type_and_bounds)).questions_hash();
  };
  CHECK(only_x("    type: boolean\n") != only_x("    type: integer\n    min: 0\n    max: 0\n"));
}

TEST_CASE("each question has its own short hash that changes only with that question") {
  const Questionnaire q = parse(kValid);
  std::vector<std::string> hashes;
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const std::string h = q.question_hash(i);
    CHECK(h.size() == 8);
    CHECK(h.find_first_not_of("0123456789abcdef") == std::string::npos);
    for (const auto& other : hashes) CHECK(other != h);
    hashes.push_back(h);
  }
  const Questionnaire more = parse(edited("      - {value: raised, label: Raised}\n",
                                          "      - {value: raised, label: Raised}\n      - {value: boxcar, label: Boxcar}\n"));
  CHECK(more.question_hash(2) != q.question_hash(2));
  CHECK(more.question_hash(0) == q.question_hash(0));
  CHECK(more.question_hash(1) == q.question_hash(1));
  CHECK(more.question_hash(3) == q.question_hash(3));
  CHECK_THROWS((void)q.question_hash(4));
}

TEST_CASE("an error in a quoted or block condition gives its line but no column, which would not point into it") {
  check_rejected(edited("when: age < 18", "when: \"age < eighteen\""), 41, 0,
                 "in condition 'age < eighteen': 'eighteen' is not a whole number");
  check_rejected(edited("when: age < 18", "when: 'age < eighteen'"), 41, 0,
                 "in condition 'age < eighteen': 'eighteen' is not a whole number");
  check_rejected(edited("when: age < 18", "when: >-\n      age < eighteen"), 41, 0,
                 "in condition 'age < eighteen': 'eighteen' is not a whole number");
}

TEST_CASE("a values question with an intro, and the changes of a later version") {
  const Questionnaire q = parse(edited("rules:\n", "  - id: wish\n    type: boolean\n    values: true\n"
                                                   "    intro: This does not change the result.\n"
                                                   "    prompt: Do you want few visits?\n    help: For the summary.\n"
                                                   "rules:\n") +
                                "changes:\n  - version: 2\n    added: [wish]\n    revised: [age]\n"
                                "    note: Two things changed.\n");
  const Question& wish = q.questions[4];
  CHECK(wish.values);
  CHECK(wish.intro == "This does not change the result.");
  CHECK(wish.added_in == 2);
  CHECK_FALSE(q.questions[3].values);
  CHECK(q.questions[0].revised_in == 2);
  REQUIRE(q.changes.size() == 1);
  CHECK(q.changes[0].note == "Two things changed.");
  CHECK(q.changes_since("1").size() == 1);
  CHECK(q.changes_since("2").empty());
}

TEST_CASE("a revised question gets a new hash; the others keep theirs") {
  const Questionnaire before = parse(kValid);
  const Questionnaire after = parse(kValid + "changes:\n  - {version: 2, revised: [age], note: Age changed.}\n");
  CHECK(before.question_hash(0) != after.question_hash(0));
  CHECK(before.question_hash(1) == after.question_hash(1));
}

TEST_CASE("no rule may read a values question") {
  const DataError e = error_of([&] {
    (void)parse(edited("  - id: pregnant\n    type: boolean\n", "  - id: pregnant\n    type: boolean\n    values: true\n"));
  });
  CHECK(e.reason() == "rule 'raised' reads 'pregnant', which is a values question (values: true): what matters to "
                      "a person never changes the verdict");
}

TEST_CASE("a change must name known questions and a version the questionnaire has reached") {
  CHECK(error_of([&] { (void)parse(kValid + "changes:\n  - {version: 2, added: [agee], note: N}\n"); }).reason() ==
        "change for version 2 names unknown question 'agee' (did you mean 'age'?)");
  CHECK(error_of([&] { (void)parse(kValid + "changes:\n  - {version: 3, note: N}\n"); }).reason() ==
        "change for version 3 is newer than the questionnaire's version 2");
}
