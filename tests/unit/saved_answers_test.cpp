// Saved runs: the YAML written for a set of answers reads back to the same
// answers, and resuming keeps only the answers still valid for the
// questionnaire as it is now.
#include "interop/saved_answers.h"

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include <fstream>
#include <sstream>

#include "content/content_tree.h"
#include "base/errors.h"
#include "interop/answers_file.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

using List = std::vector<std::string>;

const std::string kQuestions = R"(questions:
  - {id: age, type: integer, min: -5, max: 120, prompt: "Age?", help: Years.}
  - {id: smoker, type: boolean, prompt: "Smoker?", help: Yes or no.}
  - id: concerns
    type: multi
    prompt: Concerns?
    help: Any.
    choices: [{value: scars, label: Scars}, {value: lines, label: Lines}, {value: "yes", label: A tricky value}]
  - id: skin
    type: single
    prompt: Skin?
    help: One.
    choices: [{value: "II", label: Two}, {value: "no", label: A value YAML could misread}, {value: "12", label: Twelve}]
  - {id: pregnant, type: boolean, prompt: "Pregnant?", help: Yes or no.}
rules: []
)";

Questionnaire questionnaire(const std::string& questions = kQuestions, const std::string& id = "demo") {
  return parse_questionnaire("id: " + id + "\nversion: \"1.10\"\ntitle: Demo\ndisclaimer: Not advice.\n" + questions,
                             "demo.yaml");
}

// `kQuestions` with `from` replaced by `to`.
std::string changed(const std::string& from, const std::string& to) {
  std::string text = kQuestions;
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return text.replace(at, from.size(), to);
}

AnswerSet full_answers() {
  return {AnswerValue(-3LL), AnswerValue(true), AnswerValue(List{"scars", "yes"}), AnswerValue(std::string("no")),
          AnswerValue(false)};
}

ResumedAnswers round_trip(const Questionnaire& saved_from, const AnswerSet& answers, const Questionnaire& now) {
  const std::string yaml = saved_answers_yaml(saved_from, answers, "2026-11-25T10:00:00Z");
  return resume_answers(now, parse_answers_file(yaml, "saved.yaml"), "saved.yaml");
}

List dropped_ids(const ResumedAnswers& resumed) {
  List ids;
  for (const auto& [id, reason] : resumed.dropped) ids.push_back(id);
  return ids;
}

}  // namespace

TEST_CASE("saved answers read back and resume to the same answer set") {
  const Questionnaire q = questionnaire();
  const ResumedAnswers resumed = round_trip(q, full_answers(), q);
  CHECK(resumed.dropped.empty());
  CHECK(resumed.answers == full_answers());
}

TEST_CASE("unanswered questions and an empty multi answer survive the round trip") {
  const Questionnaire q = questionnaire();
  AnswerSet answers(5);
  answers[2] = List{};
  answers[3] = std::string("12");
  const ResumedAnswers resumed = round_trip(q, answers, q);
  CHECK(resumed.dropped.empty());
  CHECK(resumed.answers == answers);
}

TEST_CASE("the saved text records the schema, the questionnaire and the hashes of the answered questions") {
  const Questionnaire q = questionnaire();
  AnswerSet answers(5);
  answers[0] = 30LL;
  answers[4] = true;
  const std::string yaml = saved_answers_yaml(q, answers, "2026-11-25T10:00:00Z");
  CHECK(yaml.rfind("# ", 0) == 0);
  const AnswersFile file = parse_answers_file(yaml, "saved.yaml");
  REQUIRE(file.header.has_value());
  CHECK(file.header->questionnaire_id == "demo");
  CHECK(file.header->questionnaire_version == "1.10");
  CHECK(file.header->questions_hash == q.questions_hash());
  CHECK(file.header->question_hashes ==
        std::map<std::string, std::string>{{"age", q.question_hash(0)}, {"pregnant", q.question_hash(4)}});
  CHECK(file.header->saved_at == "2026-11-25T10:00:00Z");
  REQUIRE(file.fields.size() == 2);
  CHECK(file.fields[0].id == "age");
  CHECK(file.fields[1].id == "pregnant");
  CHECK(file.fields[1].value.text == "yes");
}

TEST_CASE("resuming drops an answer whose question changed and keeps the others") {
  const Questionnaire before = questionnaire();
  const Questionnaire after = questionnaire(
      changed("{value: scars, label: Scars}, ", "{value: scars, label: Scars}, {value: spots, label: Spots}, "));
  REQUIRE(after.questions_hash() != before.questions_hash());
  const ResumedAnswers resumed = round_trip(before, full_answers(), after);
  REQUIRE(resumed.dropped.size() == 1);
  CHECK(resumed.dropped[0].first == "concerns");
  CHECK(resumed.dropped[0].second == "the question has changed since the answers were saved");
  CHECK_FALSE(resumed.answers[2].has_value());
  AnswerSet expected = full_answers();
  expected[2].reset();
  CHECK(resumed.answers == expected);
}

TEST_CASE("resuming drops an answer whose question no longer exists") {
  const Questionnaire before = questionnaire();
  const Questionnaire after =
      questionnaire(changed("  - {id: pregnant, type: boolean, prompt: \"Pregnant?\", help: Yes or no.}\n", ""));
  const ResumedAnswers resumed = round_trip(before, full_answers(), after);
  REQUIRE(resumed.dropped.size() == 1);
  CHECK(resumed.dropped[0].first == "pregnant");
  CHECK(resumed.dropped[0].second == "this question no longer exists");
  REQUIRE(resumed.answers.size() == 4);
  const AnswerSet all = full_answers();
  CHECK(resumed.answers == AnswerSet(all.begin(), all.begin() + 4));
}

TEST_CASE("resuming drops a saved answer that is no longer valid, with the reason") {
  const Questionnaire q = questionnaire();
  const AnswersFile edited = parse_answers_file(
      "schema: skincare.answers/1\n"
      "questionnaire: {id: demo, version: '1.10', questions_hash: " + q.questions_hash() + "}\n"
      "answers: {age: 200, smoker: maybe, skin: ii}\n",
      "saved.yaml");
  const ResumedAnswers resumed = resume_answers(q, edited, "saved.yaml");
  CHECK(dropped_ids(resumed) == List{"age", "smoker"});
  CHECK(resumed.dropped[0].second ==
        "'200' is not a valid answer to 'age' (out of range); expected a whole number from -5 to 120");
  CHECK(resumed.dropped[1].second == "'maybe' is not a valid answer to 'smoker'; expected yes or no");
  CHECK_FALSE(resumed.answers[0].has_value());
  CHECK(std::get<std::string>(*resumed.answers[3]) == "II");
}

TEST_CASE("an answer is dropped when the file changed and it has no recorded question hash") {
  const Questionnaire q = questionnaire();
  const AnswersFile file = parse_answers_file(
      "schema: skincare.answers/1\n"
      "questionnaire: {id: demo, version: '1', questions_hash: 0000000000000000, question_hashes: {age: " +
          q.question_hash(0) + "}}\n"
          "answers: {age: 30, smoker: yes}\n",
      "saved.yaml");
  const ResumedAnswers resumed = resume_answers(q, file, "saved.yaml");
  CHECK(dropped_ids(resumed) == List{"smoker"});
  CHECK(std::get<long long>(*resumed.answers[0]) == 30);
}

TEST_CASE("a plain answers map resumes with every valid answer kept") {
  const Questionnaire q = questionnaire();
  const ResumedAnswers resumed =
      resume_answers(q, parse_answers_file("age: 30\nunknown: 1\nconcerns: [lines]\n", "plain.yaml"), "plain.yaml");
  CHECK(dropped_ids(resumed) == List{"unknown"});
  CHECK(std::get<long long>(*resumed.answers[0]) == 30);
  CHECK(std::get<List>(*resumed.answers[2]) == List{"lines"});
}

TEST_CASE("answers saved from another questionnaire are a data error naming both") {
  const std::string yaml = saved_answers_yaml(questionnaire(kQuestions, "other"), full_answers(), "now");
  const AnswersFile file = parse_answers_file(yaml, "saved.yaml");
  try {
    (void)resume_answers(questionnaire(), file, "saved.yaml");
    FAIL("no DataError was thrown");
  } catch (const DataError& e) {
    CHECK(e.where().file == "saved.yaml");
    CHECK(e.reason() == "these answers were saved from questionnaire 'other', not 'demo'");
    CHECK(std::string(e.what()) == "saved.yaml: these answers were saved from questionnaire 'other', not 'demo'");
  }
}

TEST_CASE("a run saved under version 1 of the shipped questionnaire resumes under version 2") {
  // tests/fixtures/saved-v1.yaml was written by the version-1 binary with --save.
  std::ifstream in(std::string(SKINCARE_FIXTURES) + "/saved-v1.yaml");
  REQUIRE(in);
  std::ostringstream read;
  read << in.rdbuf();
  const std::string text = read.str();
  const ContentTree content = ContentTree::embedded();
  const Questionnaire shipped = parse_questionnaire(content.read("questionnaire/assessment.yaml"), "assessment.yaml");
  const ResumedAnswers resumed = resume_answers(shipped, parse_answers_file(text, "saved-v1.yaml"), "saved-v1.yaml");

  CHECK(resumed.saved_version == "1");
  REQUIRE(resumed.changes.size() == 1);
  // skin_type was reworded in version 2, so it is asked again; every other answer is kept.
  REQUIRE(resumed.dropped.size() == 1);
  CHECK(resumed.dropped[0] == std::pair<std::string, std::string>{"skin_type", "the question was changed in version 2"});
  CHECK(std::get<long long>(*resumed.answers[*shipped.index_of("age")]) == 34);
  CHECK(std::get<bool>(*resumed.answers[*shipped.index_of("bleeding_risk")]));
  CHECK(resumed.added == List{"what_matters", "pigment_history", "skin_condition_history", "radiation_area",
                              "bleeding_kind", "expected_result", "add_ons", "implanted_device"});
  std::size_t kept = 0;
  for (const auto& answer : resumed.answers) kept += answer.has_value();
  CHECK(kept == 23);

  const auto notice = resume_notice(shipped, resumed);
  REQUIRE(notice.size() == 1 + 1 + 8 + 1);
  CHECK(notice[0] == "these answers were saved with version 1 of the questionnaire; this is version 2");
  CHECK(notice[1].rfind("version 2: ", 0) == 0);
  CHECK(notice[2].rfind("new question 'what_matters', asked if it applies to you: ", 0) == 0);
  CHECK(notice.back() == "'skin_type' will be asked again: the question was changed in version 2");
}
