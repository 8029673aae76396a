// Evaluating conditions built by hand: a test on an unanswered question is
// false whatever its kind, and referenced_questions() lists each question
// read once, in order.
#include "questionnaire/condition.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace skincare;

namespace {

using Kind = Condition::Kind;
using Compare = Condition::Compare;

// Questions by index: 0 integer, 1 single, 2 multi, 3 boolean.
constexpr std::size_t kAge = 0, kSkin = 1, kConcerns = 2, kSmoker = 3;

Condition leaf(Kind kind, std::size_t question) {
  Condition c;
  c.kind = kind;
  c.question = question;
  return c;
}

Condition compare(std::size_t question, Compare op) {
  Condition c = leaf(Kind::compare, question);
  c.compare = op;
  return c;
}

Condition node(Kind kind, std::vector<Condition> children) {
  Condition c;
  c.kind = kind;
  c.children = std::move(children);
  return c;
}

// One test of every kind, each of which holds on `answered()`.
std::vector<Condition> every_test() {
  std::vector<Condition> tests;
  tests.push_back(leaf(Kind::is_yes, kSmoker));
  for (const Compare op : {Compare::equal, Compare::not_equal, Compare::less, Compare::less_equal,
                           Compare::greater, Compare::greater_equal}) {
    Condition c = compare(kAge, op);
    c.number = op == Compare::equal || op == Compare::less_equal || op == Compare::greater_equal ? 30
               : op == Compare::less                                                         ? 31
                                                                                             : 29;
    tests.push_back(c);
  }
  Condition skin_equal = compare(kSkin, Compare::equal);
  skin_equal.values = {"oily"};
  tests.push_back(skin_equal);
  Condition skin_not = compare(kSkin, Compare::not_equal);
  skin_not.values = {"dry"};
  tests.push_back(skin_not);
  Condition flag_equal = compare(kSmoker, Compare::equal);
  flag_equal.flag = true;
  tests.push_back(flag_equal);
  Condition flag_not = compare(kSmoker, Compare::not_equal);
  flag_not.flag = false;
  tests.push_back(flag_not);
  Condition skin_in = leaf(Kind::in_set, kSkin);
  skin_in.values = {"dry", "oily"};
  tests.push_back(skin_in);
  Condition age_in = leaf(Kind::in_set, kAge);
  age_in.numbers = {29, 30};
  tests.push_back(age_in);
  Condition has = leaf(Kind::contains, kConcerns);
  has.values = {"melasma"};
  tests.push_back(has);
  Condition has_any = leaf(Kind::contains_any, kConcerns);
  has_any.values = {"wrinkles", "melasma"};
  tests.push_back(has_any);
  return tests;
}

AnswerSet answered() {
  return {AnswerValue(30LL), AnswerValue(std::string("oily")), AnswerValue(std::vector<std::string>{"melasma"}),
          AnswerValue(true)};
}

AnswerSet unanswered() { return AnswerSet(4); }

}  // namespace

TEST_CASE("every kind of test holds on answers that satisfy it") {
  const AnswerSet answers = answered();
  for (const auto& test : every_test()) {
    CAPTURE(static_cast<int>(test.kind));
    CAPTURE(static_cast<int>(test.compare));
    CHECK(evaluate(test, answers));
  }
  AnswerSet nothing_chosen = answered();
  nothing_chosen[kConcerns] = std::vector<std::string>{};
  CHECK(evaluate(leaf(Kind::is_empty, kConcerns), nothing_chosen));
  CHECK_FALSE(evaluate(leaf(Kind::is_empty, kConcerns), answered()));
}

TEST_CASE("every kind of test on a question that has no answer is false, even a 'not equal'") {
  const AnswerSet answers = unanswered();
  for (const auto& test : every_test()) {
    CAPTURE(static_cast<int>(test.kind));
    CAPTURE(static_cast<int>(test.compare));
    CHECK_FALSE(evaluate(test, answers));
  }
  CHECK_FALSE(evaluate(leaf(Kind::is_empty, kConcerns), answers));
}

TEST_CASE("a missing answer makes only the tests on that question false") {
  AnswerSet answers = answered();
  answers[kSkin].reset();
  Condition skin_not = compare(kSkin, Compare::not_equal);
  skin_not.values = {"dry"};
  CHECK_FALSE(evaluate(skin_not, answers));
  CHECK(evaluate(leaf(Kind::is_yes, kSmoker), answers));
  CHECK(evaluate(node(Kind::any_of, {skin_not, leaf(Kind::is_yes, kSmoker)}), answers));
  CHECK_FALSE(evaluate(node(Kind::all_of, {skin_not, leaf(Kind::is_yes, kSmoker)}), answers));
}

TEST_CASE("'not' of a test on a missing answer is true, since the test itself is false") {
  CHECK(evaluate(node(Kind::negate, {leaf(Kind::is_yes, kSmoker)}), unanswered()));
  CHECK_FALSE(evaluate(node(Kind::negate, {leaf(Kind::is_yes, kSmoker)}), answered()));
}

TEST_CASE("any_of holds when one child holds and all_of only when every child does") {
  const Condition yes = leaf(Kind::is_yes, kSmoker);
  const Condition no = node(Kind::negate, {yes});
  const AnswerSet answers = answered();
  CHECK(evaluate(node(Kind::any_of, {no, no, yes}), answers));
  CHECK_FALSE(evaluate(node(Kind::any_of, {no, no}), answers));
  CHECK(evaluate(node(Kind::all_of, {yes, yes}), answers));
  CHECK_FALSE(evaluate(node(Kind::all_of, {yes, no, yes}), answers));
}

TEST_CASE("with a set of asked questions, the answers of the others count as not given") {
  const AnswerSet answers = answered();
  const std::vector<bool> all(4, true);
  std::vector<bool> no_skin = all;
  no_skin[kSkin] = false;
  for (const auto& test : every_test()) {
    CAPTURE(static_cast<int>(test.kind));
    CHECK(evaluate(test, answers, all));
    CHECK(evaluate(test, answers, no_skin) == (test.question != kSkin));
    CHECK_FALSE(evaluate(test, answers, std::vector<bool>(4, false)));
  }
  CHECK(evaluate(node(Kind::negate, {leaf(Kind::is_yes, kSmoker)}), answers, std::vector<bool>(4, false)));
}

TEST_CASE("with a set of asked questions, questions past the end of the answers count as not given") {
  AnswerSet answers = answered();
  answers.resize(2);
  CHECK_FALSE(evaluate(leaf(Kind::is_yes, kSmoker), answers, std::vector<bool>(4, true)));
  CHECK(evaluate(node(Kind::negate, {leaf(Kind::is_yes, kSmoker)}), answers, std::vector<bool>(4, true)));
}

TEST_CASE("referenced questions are every question read, sorted and without repeats") {
  Condition age_check = compare(kAge, Compare::less);
  age_check.number = 18;
  Condition skin_check = compare(kSkin, Compare::equal);
  skin_check.values = {"oily"};
  const Condition c =
      node(Kind::any_of, {leaf(Kind::is_yes, kSmoker),
                          node(Kind::all_of, {age_check, node(Kind::negate, {leaf(Kind::is_yes, kSmoker)}),
                                              skin_check, age_check})});
  CHECK(referenced_questions(c) == std::vector<std::size_t>{kAge, kSkin, kSmoker});
}

TEST_CASE("a single test references exactly its own question") {
  CHECK(referenced_questions(leaf(Kind::is_empty, kConcerns)) == std::vector<std::size_t>{kConcerns});
  CHECK(referenced_questions(node(Kind::negate, {leaf(Kind::is_yes, kSmoker)})) ==
        std::vector<std::size_t>{kSmoker});
}
