// The condition language: every form of the grammar on hand-made questions
// of each type, operator precedence, and type errors at the column of the
// offending token.
#include "questionnaire/condition_parser.h"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "base/errors.h"

using namespace skincare;

namespace {

const std::string kFile = "demo.yaml";
constexpr int kLine = 5;
constexpr int kColumn = 10;  // where the condition's first character is

enum Q : std::size_t { kAge, kSkin, kConcerns, kPregnant, kSmoker };

Question question(const std::string& id, QuestionType type, std::vector<std::string> values = {}) {
  Question q;
  q.id = id;
  q.type = type;
  for (auto& value : values) q.choices.push_back({value, value + " label"});
  return q;
}

const std::vector<Question>& questions() {
  static const std::vector<Question> all = [] {
    std::vector<Question> list;
    Question age = question("age", QuestionType::integer);
    age.min = 0;
    age.max = 120;
    list.push_back(age);
    list.push_back(question("skin", QuestionType::single, {"dry", "oily", "normal", "combination"}));
    list.push_back(question("concerns", QuestionType::multi, {"acne-scars", "wrinkles", "melasma"}));
    list.push_back(question("pregnant", QuestionType::boolean));
    list.push_back(question("smoker", QuestionType::boolean));
    return list;
  }();
  return all;
}

Condition parse(const std::string& text) { return parse_condition(text, questions(), {kFile, kLine, kColumn}); }

struct Answers {
  long long age = 30;
  std::string skin = "oily";
  std::vector<std::string> concerns = {"wrinkles"};
  bool pregnant = false;
  bool smoker = false;

  AnswerSet set() const { return {AnswerValue(age), AnswerValue(skin), AnswerValue(concerns), AnswerValue(pregnant), AnswerValue(smoker)}; }
};

bool holds(const std::string& text, const Answers& answers) { return evaluate(parse(text), answers.set()); }

DataError error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const DataError& e) {
    return e;
  }
  FAIL("no DataError was thrown");
  return DataError({}, "");
}

// The error of parsing `text`: at `offset` characters into it, saying `message`.
void check_rejected(const std::string& text, std::size_t offset, const std::string& message) {
  CAPTURE(text);
  const DataError e = error_of([&] { (void)parse(text); });
  CHECK(e.where().file == kFile);
  CHECK(e.where().line == kLine);
  CHECK(e.where().column == kColumn + static_cast<int>(offset));
  CHECK(e.reason() == "in condition '" + text + "': " + message);
  CHECK(std::string(e.what()) == kFile + ":" + std::to_string(kLine) + ":" +
                                     std::to_string(kColumn + static_cast<int>(offset)) + ": " + e.reason());
}

}  // namespace

TEST_CASE("a yes/no question alone is a test that holds when the answer is yes") {
  const Condition c = parse("pregnant");
  CHECK(c.kind == Condition::Kind::is_yes);
  CHECK(c.question == kPregnant);
  Answers answers;
  CHECK_FALSE(evaluate(c, answers.set()));
  answers.pregnant = true;
  CHECK(evaluate(c, answers.set()));
}

TEST_CASE("each comparison operator compares an integer answer with the number") {
  struct Case {
    const char* text;
    Condition::Compare op;
    bool at_17, at_18, at_19;
  };
  using C = Condition::Compare;
  const std::vector<Case> cases = {
      {"age == 18", C::equal, false, true, false},        {"age != 18", C::not_equal, true, false, true},
      {"age < 18", C::less, true, false, false},          {"age <= 18", C::less_equal, true, true, false},
      {"age > 18", C::greater, false, false, true},       {"age >= 18", C::greater_equal, false, true, true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const Condition parsed = parse(c.text);
    CHECK(parsed.kind == Condition::Kind::compare);
    CHECK(parsed.compare == c.op);
    CHECK(parsed.question == kAge);
    CHECK(parsed.number == 18);
    Answers answers;
    answers.age = 17;
    CHECK(evaluate(parsed, answers.set()) == c.at_17);
    answers.age = 18;
    CHECK(evaluate(parsed, answers.set()) == c.at_18);
    answers.age = 19;
    CHECK(evaluate(parsed, answers.set()) == c.at_19);
  }
}

TEST_CASE("operators need no spaces around them and integers may be negative") {
  Answers answers;
  answers.age = 0;
  CHECK(holds("age>=0", answers));
  CHECK(holds("age>-1", answers));
  CHECK_FALSE(holds("age<-1", answers));
  CHECK(parse("age>-1").number == -1);
}

TEST_CASE("== and != on a single-choice question compare the answer with one of its values") {
  Answers answers;
  answers.skin = "oily";
  CHECK(holds("skin == oily", answers));
  CHECK_FALSE(holds("skin == dry", answers));
  CHECK(holds("skin != dry", answers));
  CHECK_FALSE(holds("skin != oily", answers));
  const Condition c = parse("skin == oily");
  CHECK(c.question == kSkin);
  CHECK(c.values == std::vector<std::string>{"oily"});
}

TEST_CASE("a value may be written in single or double quotes") {
  Answers answers;
  answers.skin = "dry";
  CHECK(holds("skin == 'dry'", answers));
  CHECK(holds("skin == \"dry\"", answers));
  CHECK_FALSE(holds("skin == 'oily'", answers));
}

TEST_CASE("== and != on a yes/no question accept yes, no, true and false") {
  Answers answers;
  answers.smoker = true;
  CHECK(holds("smoker == yes", answers));
  CHECK(holds("smoker == true", answers));
  CHECK_FALSE(holds("smoker == no", answers));
  CHECK_FALSE(holds("smoker == false", answers));
  CHECK(holds("smoker != no", answers));
  CHECK_FALSE(holds("smoker != yes", answers));
  answers.smoker = false;
  CHECK(holds("smoker == no", answers));
  CHECK(holds("smoker != true", answers));
  CHECK_FALSE(holds("smoker == yes", answers));
}

TEST_CASE("'in' holds when a single-choice answer is one of the listed values") {
  const Condition c = parse("skin in [dry, combination]");
  CHECK(c.kind == Condition::Kind::in_set);
  CHECK(c.values == std::vector<std::string>{"dry", "combination"});
  Answers answers;
  answers.skin = "combination";
  CHECK(evaluate(c, answers.set()));
  answers.skin = "dry";
  CHECK(evaluate(c, answers.set()));
  answers.skin = "oily";
  CHECK_FALSE(evaluate(c, answers.set()));
  CHECK(holds("skin in ['oily']", answers));
}

TEST_CASE("'in' holds when an integer answer is one of the listed numbers") {
  const Condition c = parse("age in [16, 17,18]");
  CHECK(c.kind == Condition::Kind::in_set);
  CHECK(c.numbers == std::vector<long long>{16, 17, 18});
  Answers answers;
  answers.age = 17;
  CHECK(evaluate(c, answers.set()));
  answers.age = 19;
  CHECK_FALSE(evaluate(c, answers.set()));
}

TEST_CASE("'contains' holds when the value was among the chosen ones of a multi question") {
  const Condition c = parse("concerns contains melasma");
  CHECK(c.kind == Condition::Kind::contains);
  CHECK(c.question == kConcerns);
  Answers answers;
  answers.concerns = {"acne-scars", "melasma"};
  CHECK(evaluate(c, answers.set()));
  answers.concerns = {"acne-scars", "wrinkles"};
  CHECK_FALSE(evaluate(c, answers.set()));
  answers.concerns = {};
  CHECK_FALSE(evaluate(c, answers.set()));
}

TEST_CASE("'contains any' holds when at least one listed value was chosen") {
  const Condition c = parse("concerns contains any [melasma, wrinkles]");
  CHECK(c.kind == Condition::Kind::contains_any);
  CHECK(c.values == std::vector<std::string>{"melasma", "wrinkles"});
  Answers answers;
  answers.concerns = {"wrinkles"};
  CHECK(evaluate(c, answers.set()));
  answers.concerns = {"acne-scars", "melasma"};
  CHECK(evaluate(c, answers.set()));
  answers.concerns = {"acne-scars"};
  CHECK_FALSE(evaluate(c, answers.set()));
}

TEST_CASE("'is empty' holds only when nothing was chosen") {
  const Condition c = parse("concerns is empty");
  CHECK(c.kind == Condition::Kind::is_empty);
  Answers answers;
  answers.concerns = {};
  CHECK(evaluate(c, answers.set()));
  answers.concerns = {"melasma"};
  CHECK_FALSE(evaluate(c, answers.set()));
}

TEST_CASE("'not' negates the test that follows it, and may be repeated") {
  Answers answers;
  answers.smoker = true;
  CHECK_FALSE(holds("not smoker", answers));
  CHECK(holds("not not smoker", answers));
  CHECK(holds("not age < 18", answers));
  const Condition c = parse("not smoker");
  CHECK(c.kind == Condition::Kind::negate);
  REQUIRE(c.children.size() == 1);
  CHECK(c.children[0].kind == Condition::Kind::is_yes);
}

TEST_CASE("a chain of the same operator becomes one node with every operand in order") {
  const Condition any = parse("pregnant or smoker or age < 18");
  CHECK(any.kind == Condition::Kind::any_of);
  REQUIRE(any.children.size() == 3);
  CHECK(any.children[0].question == kPregnant);
  CHECK(any.children[1].question == kSmoker);
  CHECK(any.children[2].question == kAge);
  const Condition all = parse("pregnant and smoker and age < 18");
  CHECK(all.kind == Condition::Kind::all_of);
  CHECK(all.children.size() == 3);
}

TEST_CASE("'not' binds tighter than 'and', and 'and' binds tighter than 'or'") {
  // not pregnant and smoker or age < 18  ==  ((not pregnant) and smoker) or (age < 18)
  const Condition c = parse("not pregnant and smoker or age < 18");
  REQUIRE(c.kind == Condition::Kind::any_of);
  REQUIRE(c.children.size() == 2);
  const Condition& all = c.children[0];
  REQUIRE(all.kind == Condition::Kind::all_of);
  REQUIRE(all.children.size() == 2);
  CHECK(all.children[0].kind == Condition::Kind::negate);
  CHECK(all.children[0].children.at(0).question == kPregnant);
  CHECK(all.children[1].question == kSmoker);
  CHECK(c.children[1].question == kAge);

  Answers answers;  // adult, not pregnant, not a smoker
  answers.smoker = true;
  CHECK(holds("pregnant or smoker and age < 18", Answers{30, "oily", {}, true, false}));  // or is looser
  CHECK_FALSE(holds("not smoker and pregnant", answers));  // (not smoker) and pregnant, not not(smoker and pregnant)
  CHECK(holds("smoker or pregnant and age < 18", answers));
}

TEST_CASE("parentheses group against precedence and may nest") {
  const Answers pregnant_adult{30, "oily", {}, true, false};
  CHECK(holds("pregnant or smoker and age < 18", pregnant_adult));
  CHECK_FALSE(holds("(pregnant or smoker) and age < 18", pregnant_adult));
  CHECK(holds("not (smoker and pregnant)", pregnant_adult));
  CHECK_FALSE(holds("not (smoker or pregnant)", pregnant_adult));
  CHECK(holds("((pregnant))", pregnant_adult));
  CHECK(holds("(age > 18 and (skin == oily or (concerns is empty)))", pregnant_adult));
  const Condition c = parse("(pregnant or smoker) and age < 18");
  CHECK(c.kind == Condition::Kind::all_of);
  CHECK(c.children.at(0).kind == Condition::Kind::any_of);
}

TEST_CASE("a question the condition may not read is an error with the closest id suggested") {
  check_rejected("ag < 18", 0, "'ag' is not a question that can be used here (did you mean 'age'?)");
  check_rejected("pregnant and agee > 3", 13, "'agee' is not a question that can be used here (did you mean 'age'?)");
  check_rejected("pregnancy_test", 0, "'pregnancy_test' is not a question that can be used here");
  check_rejected("pregnant and (smoker or 18)", 24, "'18' is not a question that can be used here");
}

TEST_CASE("a value that is not among the question's choices is an error with the closest value suggested") {
  check_rejected("skin == oilly", 8, "'oilly' is not a value of 'skin' (did you mean 'oily'?)");
  check_rejected("concerns contains wrinkle", 18, "'wrinkle' is not a value of 'concerns' (did you mean 'wrinkles'?)");
  check_rejected("skin in [dry, waxy]", 14, "'waxy' is not a value of 'skin'");
  check_rejected("concerns contains any [melasma, freckles]", 32, "'freckles' is not a value of 'concerns'");
}

TEST_CASE("a value of the wrong form for an integer or yes/no question is an error at the value") {
  check_rejected("age < 1.5", 6, "'1.5' is not a whole number");
  check_rejected("age in [1, teen]", 11, "'teen' is not a whole number");
  check_rejected("age == 99999999999999999999", 7, "'99999999999999999999' is not a whole number");
  check_rejected("pregnant == maybe", 12, "'pregnant' is a yes/no question; 'maybe' is not yes or no");
  check_rejected("skin == [", 8, "expected a value of 'skin' (one of dry, oily, normal, combination)");
}

TEST_CASE("an ordering operator on a question that is not an integer is an error at the operator") {
  check_rejected("skin < oily", 5, "'<' compares numbers, but 'skin' is a single question");
  check_rejected("pregnant and smoker >= yes", 20, "'>=' compares numbers, but 'smoker' is a boolean question");
  check_rejected("concerns > melasma", 9, "'>' compares numbers, but 'concerns' is a multi question");
}

TEST_CASE("a test that does not fit the question's type is an error at the question") {
  check_rejected("pregnant or skin contains oily", 12,
                 "'skin' is a single question; 'contains' needs a multiple-choice question");
  check_rejected("concerns in [melasma]", 0,
                 "'concerns' is a multi question; 'in [...]' needs a single-choice or integer question "
                 "(use 'contains' for lists)");
  check_rejected("smoker in [yes]", 0,
                 "'smoker' is a boolean question; 'in [...]' needs a single-choice or integer question "
                 "(use 'contains' for lists)");
  check_rejected("concerns == melasma", 0,
                 "'concerns' is a multi question; use 'contains' or 'is empty' for a multiple-choice question");
  check_rejected("skin is empty", 0, "'skin' is a single question; 'is empty' needs a multiple-choice question");
  check_rejected("concerns is full", 12, "expected 'empty' after 'is'");
}

TEST_CASE("a question alone that is not a yes/no question is an error at the question") {
  check_rejected("pregnant and skin", 13,
                 "'skin' is a single question; a question alone is only a test for yes/no questions "
                 "(compare it with a value)");
  check_rejected("concerns or smoker", 0,
                 "'concerns' is a multi question; a question alone is only a test for yes/no questions "
                 "(compare it with a value)");
}

TEST_CASE("an unclosed quote is an error at the opening quote") {
  check_rejected("skin == 'oily", 8, "a quoted value is not closed");
  check_rejected("skin == \"oily' or smoker", 8, "a quoted value is not closed");
}

TEST_CASE("tokens left over after a whole condition are an error at the first of them") {
  check_rejected("pregnant smoker", 9, "unexpected 'smoker'");
  check_rejected("age < 18 )", 9, "unexpected ')'");
  check_rejected("(pregnant or smoker", 19, "expected ')' but found 'the end'");
  check_rejected("skin in [dry oily]", 13, "expected ']' but found 'oily'");
  check_rejected("age % 2", 4, "unexpected character '%'");
  check_rejected("pregnant and", 12, "expected a question id");
}

TEST_CASE("an empty or blank condition is an error at its start") {
  check_rejected("", 0, "the condition is empty");
  check_rejected("   ", 0, "the condition is empty");
}

TEST_CASE("an error keeps an unknown column unknown rather than inventing one") {
  const DataError e = error_of([] { (void)parse_condition("pregnant smoker", questions(), {kFile, kLine, 0}); });
  CHECK(e.where().line == kLine);
  CHECK(e.where().column == 0);
}

TEST_CASE("only the questions given may be read, so a condition cannot see later questions") {
  const std::vector<Question> earlier(questions().begin(), questions().begin() + 2);  // age, skin
  CHECK_NOTHROW((void)parse_condition("skin == dry and age > 3", earlier, {kFile, kLine, kColumn}));
  const DataError e = error_of([&] { (void)parse_condition("age > 3 or smoker", earlier, {kFile, kLine, kColumn}); });
  CHECK(e.where().column == kColumn + 11);
  CHECK(e.reason() == "in condition 'age > 3 or smoker': 'smoker' is not a question that can be used here");
}
