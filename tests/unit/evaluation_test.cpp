// Evaluation on a hand-made questionnaire: how verdicts combine, how reasons
// are ordered and explained, and how disabled questions are handled.
#include "questionnaire/evaluation.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content_test_support.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

using List = std::vector<std::string>;

// Indices: 0 age, 1 smoker, 2 concerns, 3 scar_kind (asked for scars),
// 4 raised_size (asked for raised scars), 5 pregnant.
const Questionnaire& demo() {
  static const Questionnaire questionnaire = test::questionnaire_of(R"(concern_question: concerns
questions:
  - {id: age, type: integer, min: 0, max: 120, prompt: "Age?", help: Years.}
  - {id: smoker, type: boolean, prompt: "Smoker?", help: Yes or no.}
  - id: concerns
    type: multi
    prompt: Concerns?
    help: Any.
    choices: [{value: scars, label: Scars}, {value: lines, label: Lines}, {value: spots, label: Spots}]
  - id: scar_kind
    type: single
    prompt: Which scars?
    help: One.
    enabled_when: concerns contains scars
    choices: [{value: rolling, label: Rolling}, {value: raised, label: Raised}]
  - {id: raised_size, type: integer, min: 1, max: 10, prompt: "Size?", help: Mm., enabled_when: scar_kind == raised}
  - {id: pregnant, type: boolean, prompt: "Pregnant?", help: Yes or no.}
rules:
  - {id: young, verdict: info, when: age < 25, message: Young.}
  - {id: smoke, verdict: caution, when: smoker, message: Smoking slows healing.}
  - {id: raised, verdict: postpone, when: scar_kind == raised, message: Raised scars.}
  - {id: big-raised, verdict: consult, when: raised_size > 5, message: Big raised scars.}
  - {id: pregnant, verdict: postpone, when: pregnant, message: Wait until after.}
  - {id: young-smoker, verdict: caution, when: smoker and age < 25, message: Young smoker.}
  - {id: no-concern, verdict: info, when: concerns is empty, message: Nothing to treat.}
)");
  return questionnaire;
}

constexpr std::size_t kAge = 0, kSmoker = 1, kConcerns = 2, kScarKind = 3, kRaisedSize = 4, kPregnant = 5;

// Complete answers that fire no rule.
AnswerSet calm() {
  AnswerSet answers(6);
  answers[kAge] = 40LL;
  answers[kSmoker] = false;
  answers[kConcerns] = List{"lines"};
  answers[kPregnant] = false;
  return answers;
}

List fired(const Summary& summary) {
  List ids;
  for (const auto& reason : summary.reasons) ids.push_back(reason.rule->id);
  return ids;
}

}  // namespace

TEST_CASE("answers that fire no rule are suitable with no reasons") {
  const Summary summary = evaluate(demo(), calm());
  CHECK(summary.verdict == Verdict::suitable);
  CHECK(summary.reasons.empty());
  CHECK(summary.concerns == List{"lines"});
}

TEST_CASE("the worst verdict among the fired rules wins") {
  AnswerSet answers = calm();
  answers[kSmoker] = true;
  CHECK(evaluate(demo(), answers).verdict == Verdict::caution);
  answers[kPregnant] = true;
  CHECK(evaluate(demo(), answers).verdict == Verdict::postpone);
  answers[kConcerns] = List{"scars"};
  answers[kScarKind] = std::string("raised");
  answers[kRaisedSize] = 8LL;
  CHECK(evaluate(demo(), answers).verdict == Verdict::consult);
  answers[kRaisedSize] = 2LL;
  CHECK(evaluate(demo(), answers).verdict == Verdict::postpone);
}

TEST_CASE("an info rule is listed as a reason but does not change the verdict") {
  AnswerSet answers = calm();
  answers[kAge] = 20LL;
  answers[kConcerns] = List{};
  const Summary summary = evaluate(demo(), answers);
  CHECK(summary.verdict == Verdict::suitable);
  CHECK(fired(summary) == List{"young", "no-concern"});

  answers[kSmoker] = true;
  CHECK(evaluate(demo(), answers).verdict == Verdict::caution);
}

TEST_CASE("reasons are ordered most severe first, then in questionnaire order") {
  AnswerSet answers = calm();
  answers[kAge] = 20LL;
  answers[kSmoker] = true;
  answers[kConcerns] = List{"scars"};
  answers[kScarKind] = std::string("raised");
  answers[kRaisedSize] = 8LL;
  answers[kPregnant] = true;
  const Summary summary = evaluate(demo(), answers);
  CHECK(fired(summary) == List{"big-raised", "raised", "pregnant", "smoke", "young-smoker", "young"});
  CHECK(summary.verdict == Verdict::consult);
}

TEST_CASE("a reason's 'because' lists the answered questions its rule reads, in questionnaire order") {
  AnswerSet answers = calm();
  answers[kAge] = 20LL;
  answers[kSmoker] = true;
  const Summary summary = evaluate(demo(), answers);
  REQUIRE(fired(summary) == List{"smoke", "young-smoker", "young"});
  const auto& young_smoker = summary.reasons[1].because;  // "smoker and age < 25"
  REQUIRE(young_smoker.size() == 2);
  CHECK(young_smoker[0].first == "age");
  CHECK(std::get<long long>(young_smoker[0].second) == 20);
  CHECK(young_smoker[1].first == "smoker");
  CHECK(std::get<bool>(young_smoker[1].second) == true);
  REQUIRE(summary.reasons[0].because.size() == 1);
  CHECK(summary.reasons[0].because[0].first == "smoker");
}

TEST_CASE("'because' leaves out a question the rule reads that has no answer") {
  AnswerSet answers = calm();
  answers[kConcerns] = List{};  // no-concern fires; scar_kind is disabled and unanswered
  const Summary summary = evaluate(demo(), answers);
  REQUIRE(fired(summary) == List{"no-concern"});
  REQUIRE(summary.reasons[0].because.size() == 1);
  CHECK(summary.reasons[0].because[0].first == "concerns");
  CHECK(std::get<List>(summary.reasons[0].because[0].second).empty());
}

TEST_CASE("answers to disabled questions are ignored, listed, and fire nothing") {
  AnswerSet answers = calm();  // concerns: lines, so scar_kind is not asked
  answers[kScarKind] = std::string("raised");
  const Summary summary = evaluate(demo(), answers);
  CHECK(summary.verdict == Verdict::suitable);
  CHECK(summary.reasons.empty());
  CHECK(summary.ignored == List{"scar_kind"});
  CHECK_FALSE(summary.answers[kScarKind].has_value());
  CHECK(summary.answers[kConcerns].has_value());
}

TEST_CASE("skipped lists every disabled question with the condition that was false") {
  const Summary summary = evaluate(demo(), calm());
  REQUIRE(summary.skipped.size() == 2);
  CHECK(summary.skipped[0].question == "scar_kind");
  CHECK(summary.skipped[0].enabled_when == "concerns contains scars");
  CHECK(summary.skipped[1].question == "raised_size");
  CHECK(summary.skipped[1].enabled_when == "scar_kind == raised");
  CHECK(summary.ignored.empty());  // skipped but not answered
}

TEST_CASE("a question enabled by a disabled question's answer is disabled too") {
  AnswerSet answers = calm();  // scars not chosen
  answers[kScarKind] = std::string("raised");
  answers[kRaisedSize] = 9LL;
  const Summary summary = evaluate(demo(), answers);
  CHECK(summary.verdict == Verdict::suitable);
  CHECK(summary.ignored == List{"scar_kind", "raised_size"});
  CHECK_FALSE(summary.answers[kRaisedSize].has_value());
  CHECK_FALSE(is_enabled(demo(), kRaisedSize, summary.answers));
  CHECK(is_enabled(demo(), kRaisedSize, answers));  // on the raw answers it would look enabled

  answers[kConcerns] = List{"scars", "lines"};
  const Summary enabled = evaluate(demo(), answers);
  CHECK(enabled.ignored.empty());
  CHECK(enabled.skipped.empty());
  CHECK(fired(enabled) == List{"big-raised", "raised"});
}

TEST_CASE("missing answers are the enabled unanswered questions in questionnaire order") {
  AnswerSet answers(6);
  CHECK(missing_answers(demo(), answers) == List{"age", "smoker", "concerns", "pregnant"});
  answers[kPregnant] = true;
  answers[kConcerns] = List{"scars"};
  CHECK(missing_answers(demo(), answers) == List{"age", "smoker", "scar_kind"});
  answers[kScarKind] = std::string("raised");
  CHECK(missing_answers(demo(), answers) == List{"age", "smoker", "raised_size"});
  answers[kScarKind] = std::string("rolling");
  CHECK(missing_answers(demo(), answers) == List{"age", "smoker"});
  CHECK(missing_answers(demo(), calm()).empty());
}

TEST_CASE("evaluating answers taken over gives the summary of evaluating a copy") {
  AnswerSet answers = calm();  // scars not chosen: the scar answers are ignored
  answers[kSmoker] = true;
  answers[kScarKind] = std::string("raised");
  answers[kRaisedSize] = 9LL;
  const Summary copied = evaluate(demo(), answers);
  const Summary moved = evaluate(demo(), AnswerSet(answers));
  CHECK(moved.verdict == copied.verdict);
  CHECK(fired(moved) == fired(copied));
  CHECK(moved.answers == copied.answers);
  CHECK(moved.ignored == copied.ignored);
  CHECK(moved.ignored == List{"scar_kind", "raised_size"});
  REQUIRE(moved.skipped.size() == copied.skipped.size());
  CHECK_FALSE(moved.answers[kScarKind].has_value());
}

TEST_CASE("a shorter or longer answer set evaluates as if cut or padded to the questions") {
  AnswerSet longer = calm();
  longer.push_back(longer[kPregnant]);  // an answer past the last question
  CHECK(evaluate(demo(), longer).answers == calm());
  AnswerSet shorter = calm();
  shorter.resize(2);
  const Summary summary = evaluate(demo(), shorter);
  CHECK(summary.answers.size() == 6);
  CHECK_FALSE(summary.answers[kConcerns].has_value());
}

TEST_CASE("asked for missing answers, evaluation lists them and evaluates nothing when there are any") {
  AnswerSet incomplete(6);
  incomplete[kConcerns] = List{"scars"};
  std::vector<std::string> missing{"left over"};
  const Summary none = evaluate(demo(), AnswerSet(incomplete), &missing);
  CHECK(missing == missing_answers(demo(), incomplete));
  CHECK(none.reasons.empty());
  CHECK(none.answers.empty());

  AnswerSet complete = calm();
  complete[kSmoker] = true;
  const Summary summary = evaluate(demo(), AnswerSet(complete), &missing);
  CHECK(missing.empty());
  CHECK(fired(summary) == fired(evaluate(demo(), complete)));
}

TEST_CASE("missing answers treat a shorter answer set as unanswered questions") {
  AnswerSet answers = calm();
  answers.resize(2);
  CHECK(missing_answers(demo(), answers) == List{"concerns", "pregnant"});
}

TEST_CASE("the concerns are the chosen values of the concern question, in questionnaire order") {
  AnswerSet answers = calm();
  answers[kConcerns] = List{"lines", "spots"};
  CHECK(evaluate(demo(), answers).concerns == List{"lines", "spots"});
  answers[kConcerns] = List{};
  CHECK(evaluate(demo(), answers).concerns.empty());
}

TEST_CASE("the same answers always give the same summary") {
  AnswerSet answers = calm();
  answers[kAge] = 21LL;
  answers[kSmoker] = true;
  answers[kConcerns] = List{"scars"};
  answers[kScarKind] = std::string("raised");
  answers[kRaisedSize] = 3LL;
  const Summary first = evaluate(demo(), answers);
  for (int run = 0; run < 5; ++run) {
    const Summary again = evaluate(demo(), answers);
    CHECK(again.verdict == first.verdict);
    CHECK(fired(again) == fired(first));
    REQUIRE(again.reasons.size() == first.reasons.size());
    for (std::size_t i = 0; i < first.reasons.size(); ++i) {
      CHECK(again.reasons[i].rule == first.reasons[i].rule);
      CHECK(again.reasons[i].because == first.reasons[i].because);
    }
    CHECK(again.answers == first.answers);
    CHECK(again.ignored == first.ignored);
    CHECK(again.concerns == first.concerns);
  }
  CHECK(fired(first) == List{"raised", "smoke", "young-smoker", "young"});
}
