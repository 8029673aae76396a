// The answer space behind the logic check and partial answers: the
// representatives of each question, closures and enumeration.
#include "questionnaire/answer_space.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "questionnaire/evaluation.h"
#include "content_test_support.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

using List = std::vector<std::string>;

const Questionnaire& demo() {
  static const Questionnaire questionnaire = test::questionnaire_of(R"(questions:
  - {id: age, type: integer, min: 0, max: 120, prompt: "Age?", help: Years.}
  - id: concerns
    type: multi
    prompt: Concerns?
    help: Any.
    choices: [{value: scars, label: Scars}, {value: lines, label: Lines}, {value: spots, label: Spots}]
  - id: areas
    type: multi
    min_count: 1
    prompt: Areas?
    help: One or more.
    choices: [{value: face, label: Face}, {value: neck, label: Neck}, {value: body, label: Body}]
  - {id: kind, type: single, prompt: "Kind?", help: One., enabled_when: concerns contains scars,
     choices: [{value: flat, label: Flat}, {value: raised, label: Raised}]}
  - {id: smoker, type: boolean, prompt: "Smoker?", help: Now.}
rules:
  - {id: young, verdict: info, when: age < 18, message: Young.}
  - {id: adult-smoker, verdict: caution, when: "smoker and age >= 22", message: Smoking.}
  - {id: face, verdict: caution, when: areas contains face, message: Face.}
  - {id: raised, verdict: consult, when: "kind == raised or smoker", message: Raised.}
)");
  return questionnaire;
}

constexpr std::size_t kAge = 0, kConcerns = 1, kAreas = 2, kKind = 3, kSmoker = 4;

List texts(const std::vector<AnswerValue>& values) {
  List out;
  for (const auto& value : values) out.push_back(answer_text(value));
  return out;
}

}  // namespace

TEST_CASE("integers are represented at their limits and on each side of every threshold") {
  const AnswerSpace space(demo());
  CHECK(texts(space.domain_of(kAge)) == List{"0", "17", "18", "19", "21", "22", "23", "120"});
}

TEST_CASE("lists are represented by the values conditions mention, plus one that stands for the rest") {
  const AnswerSpace space(demo());
  CHECK(texts(space.domain_of(kConcerns)) == List{"none", "scars", "lines", "scars, lines"});
  // at least one area: the empty choice is filled with another unmentioned value
  CHECK(texts(space.domain_of(kAreas)) == List{"body", "face", "neck", "face, neck"});
  CHECK(texts(space.domain_of(kKind)) == List{"flat", "raised"});
  CHECK(texts(space.domain_of(kSmoker)) == List{"no", "yes"});
}

TEST_CASE("a closure adds the questions that decide whether each one is asked") {
  const AnswerSpace space(demo());
  CHECK(space.closure({kKind}) == std::vector<std::size_t>{kConcerns, kKind});
  CHECK(space.closure({kSmoker, kAge}) == std::vector<std::size_t>{kAge, kSmoker});
  CHECK(space.size({kConcerns, kKind}, 1000) == 8);
  CHECK(space.size({kAge, kConcerns, kKind}, 10) == 11);  // above the limit: limit + 1
}

TEST_CASE("enumeration clears the answers of questions that are not asked") {
  const AnswerSpace space(demo());
  int with_kind = 0, without_kind = 0;
  const std::size_t cases = space.enumerate({kConcerns, kKind}, [&](const AnswerSet& answers) {
    const bool scars = std::get<List>(*answers[kConcerns]).size() > 0 &&
                       std::get<List>(*answers[kConcerns]).front() == "scars";
    CHECK(answers[kKind].has_value() == scars);
    (answers[kKind] ? with_kind : without_kind)++;
    return true;
  });
  CHECK(cases == 8);
  CHECK(with_kind == 4);
  CHECK(without_kind == 4);
  int visited = 0;
  CHECK(space.enumerate({kConcerns, kKind}, [&](const AnswerSet&) { return ++visited < 3; }) == 3);
}
