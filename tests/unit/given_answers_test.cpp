// Where one assessment's answers come from: a saved run, an answers file and
// --set, each overriding the one before.
#include "interop/given_answers.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/errors.h"
#include "content_test_support.h"
#include "interop/saved_answers.h"

using namespace skincare;
using skincare::test::demo_questionnaire;
using skincare::test::TempFolder;

namespace {

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("--set overrides the answers file, which overrides the saved run") {
  const Questionnaire q = demo_questionnaire();
  const TempFolder folder;
  const AnswerSet saved{AnswerValue{20LL}, std::nullopt, std::nullopt, AnswerValue{true}};
  folder.write("saved.yaml", saved_answers_yaml(q, saved, "2026-01-01T00:00:00Z"));
  folder.write("answers.yaml", "age: 30\nconcerns: [lines]\n");
  GivenAnswers given(q);
  CHECK(given.resume(folder.file("saved.yaml")).empty());
  CHECK(given.read_file(folder.file("answers.yaml")).empty());
  given.set({"age=40"});
  const AnswerSet answers = given.answers();
  CHECK(answers[0] == AnswerValue{40LL});
  CHECK(answers[1] == AnswerValue{List{"lines"}});
  CHECK_FALSE(answers[2].has_value());
  CHECK(answers[3] == AnswerValue{true});
}

TEST_CASE("an invalid answer in a file is a data error at its place") {
  const Questionnaire q = demo_questionnaire();
  const TempFolder folder;
  folder.write("answers.yaml", "age: old\n");
  GivenAnswers given(q);
  given.read_file(folder.file("answers.yaml"));
  CHECK_THROWS_WITH_AS(given.answers(), doctest::Contains((folder.file("answers.yaml") + ":1:").c_str()), DataError);
}

TEST_CASE("a --set value without ID= is a usage error that quotes it") {
  const Questionnaire q = demo_questionnaire();
  GivenAnswers given(q);
  CHECK_THROWS_WITH_AS(given.set({"=30"}), "--set needs ID=VALUE, not '=30'", UsageError);
  CHECK_THROWS_WITH_AS(given.set({"age"}), "--set needs ID=VALUE, not 'age'", UsageError);
}

TEST_CASE("an invalid --set answer is a data error, and the later of two answers wins") {
  const Questionnaire q = demo_questionnaire();
  GivenAnswers invalid(q);
  invalid.set({"age=200"});
  CHECK_THROWS_AS(invalid.answers(), DataError);
  GivenAnswers twice(q);
  twice.set({"age=20", "age=25"});
  CHECK(twice.answers()[0] == AnswerValue{25LL});
}

TEST_CASE("a file that is not a saved run of this questionnaire is refused and said to be left as it is") {
  const Questionnaire q = demo_questionnaire();
  const TempFolder folder;
  folder.write("notes.yaml", "shopping: [milk]\n");
  GivenAnswers given(q);
  CHECK_THROWS_WITH_AS(given.resume(folder.file("notes.yaml")),
                       doctest::Contains("none of its keys is a question id; nothing was resumed and the file was left "
                                         "as it is"),
                       DataError);
}

TEST_CASE("a saved run too large to read is refused the same way") {
  const Questionnaire q = demo_questionnaire();
  const TempFolder folder;
  folder.write("big.yaml", "age: 30\n" + std::string(2 << 20, '#'));
  GivenAnswers given(q);
  CHECK_THROWS_WITH_AS(given.resume(folder.file("big.yaml")),
                       doctest::Contains("; nothing was resumed and the file was left as it is"), DataError);
}

TEST_CASE("a missing answers file is an input error") {
  const Questionnaire q = demo_questionnaire();
  const TempFolder folder;
  GivenAnswers given(q);
  CHECK_THROWS_AS(given.read_file(folder.file("nowhere.yaml")), InputError);
}

TEST_CASE("an answer the summary ignored is named with the condition that asks its question") {
  const Questionnaire q = demo_questionnaire();
  GivenAnswers given(q);
  given.set({"age=30", "concerns=lines", "scar_kind=raised", "pregnant=no"});
  const Summary summary = evaluate(q, given.answers());
  CHECK(ignored_answer_warnings(q, summary) ==
        List{"ignoring the answer to 'scar_kind': it is only asked when concerns contains scars"});
}
