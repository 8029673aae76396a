// Partial answers: PartialEvaluator against brute force over every
// completion of the missing answers (every value of every question, not the
// search's representatives), on small questionnaires built to be awkward,
// and on the shipped questionnaire with up to 3 answers left out.
#include "questionnaire/partial_evaluation.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "questionnaire/answer_space.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

using List = std::vector<std::string>;

// Rounds of the shipped-questionnaire test. The brute force behind each costs
// 10 to 20 times as much under the sanitizers, where this one test was most
// of the sanitizer pass (151 s of 166 s in CI); they run the same code on a
// tenth of the rounds, and the release build runs them all.
#if defined(__has_feature)  // clang
#if __has_feature(address_sanitizer)
#define SKINCARE_TEST_UNDER_ASAN
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(SKINCARE_TEST_UNDER_ASAN)  // gcc || clang
constexpr int kShippedRounds = 30;
#else
constexpr int kShippedRounds = 300;
#endif

// Rules across enabledness, a rule on a negated test of a conditional
// question, two rules that cannot both be avoided, integer thresholds and a
// multi question with a minimum count.
const Questionnaire& awkward() {
  static const Questionnaire questionnaire = parse_questionnaire(R"(id: awkward
version: "1"
title: Awkward
disclaimer: Not advice.
concern_question: concerns
questions:
  - {id: age, type: integer, min: 10, max: 30, prompt: "Age?", help: Years.}
  - id: concerns
    type: multi
    prompt: Concerns?
    help: Any.
    choices: [{value: scars, label: Scars}, {value: lines, label: Lines}, {value: spots, label: Spots}]
  - id: kind
    type: single
    prompt: Which?
    help: One.
    enabled_when: concerns contains scars
    choices: [{value: flat, label: Flat}, {value: raised, label: Raised}, {value: deep, label: Deep}]
  - {id: size, type: integer, min: 1, max: 6, prompt: "Size?", help: Mm., enabled_when: kind == raised or age > 25}
  - {id: smoker, type: boolean, prompt: "Smoker?", help: Yes or no., enabled_when: not concerns is empty}
  - id: areas
    type: multi
    min_count: 1
    prompt: Areas?
    help: At least one.
    choices: [{value: face, label: Face}, {value: neck, label: Neck}, {value: body, label: Body}]
  - {id: burn, type: boolean, prompt: "Burn?", help: Now.}
  - {id: sick, type: single, prompt: "Sick?", help: Now., choices: [{value: a, label: A}, {value: b, label: B}]}
rules:
  - {id: young, verdict: info, when: age < 16, message: Young.}
  - {id: old-smoker, verdict: caution, when: smoker and age >= 20, message: Smoking.}
  - {id: not-smoker, verdict: caution, when: not smoker, message: Odd but allowed.}
  - {id: raised, verdict: postpone, when: kind == raised, message: Raised.}
  - {id: big, verdict: consult, when: size > 4 and areas contains face, message: Big.}
  - {id: face-only, verdict: caution, when: "areas contains face and not areas contains any [neck, body]", message: Face.}
  - {id: burn, verdict: postpone, when: burn, message: Burn., waiting_for: the burn has healed}
  - {id: sick-a, verdict: postpone, when: sick == a, message: A.}
  - {id: sick-b, verdict: caution, when: sick == b, message: B.}
  - {id: none, verdict: info, when: concerns is empty, message: None.}
)",
                                                                 "awkward.yaml");
  return questionnaire;
}

const Questionnaire& shipped() {
  static const Questionnaire questionnaire = [] {
    const ContentTree content = ContentTree::embedded();
    return parse_questionnaire(content.read("questionnaire/assessment.yaml"), "assessment.yaml");
  }();
  return questionnaire;
}

// Every valid answer of a question (all integers, all subsets), or the
// search's representatives when `small` is false.
std::vector<AnswerValue> all_values(const Questionnaire& q, std::size_t i, bool every) {
  const Question& question = q.questions[i];
  if (!every) return AnswerSpace(q).domain_of(i);
  std::vector<AnswerValue> out;
  switch (question.type) {
    case QuestionType::boolean: return {false, true};
    case QuestionType::integer:
      for (long long n = question.min; n <= question.max; ++n) out.emplace_back(n);
      return out;
    case QuestionType::single:
      for (const auto& choice : question.choices) out.emplace_back(choice.value);
      return out;
    case QuestionType::multi:
      for (std::size_t mask = 0; mask < (std::size_t{1} << question.choices.size()); ++mask) {
        List chosen;
        for (std::size_t c = 0; c < question.choices.size(); ++c)
          if (mask & (std::size_t{1} << c)) chosen.push_back(question.choices[c].value);
        if (chosen.size() >= question.min_count) out.emplace_back(chosen);
      }
      return out;
  }
  return out;
}

struct Oracle {
  Verdict at_least = Verdict::consult, at_most = Verdict::suitable;
  List unanswered, could_change, certain;
};

// Brute force: every raw assignment of the unanswered questions, evaluated
// with evaluate(). A question could change the verdict when two assignments
// that differ only in its answer give different verdicts.
Oracle brute_force(const Questionnaire& q, const AnswerSet& given, bool every) {
  std::vector<std::size_t> free;
  std::vector<std::vector<AnswerValue>> domains;
  for (std::size_t i = 0; i < q.questions.size(); ++i)
    if (!given[i]) {
      free.push_back(i);
      domains.push_back(all_values(q, i, every));
    }
  std::vector<std::size_t> radix;
  std::size_t total = 1;
  for (const auto& d : domains) {
    radix.push_back(d.size());
    total *= d.size();
  }
  std::vector<int> verdicts(total);
  std::vector<std::set<std::string>> fired_sets(total);
  std::set<std::string> enabled_unanswered;
  Oracle oracle;
  std::set<std::string> certain;
  for (std::size_t leaf = 0; leaf < total; ++leaf) {
    AnswerSet answers = given;
    std::size_t rest = leaf;
    for (std::size_t k = 0; k < free.size(); ++k) {
      answers[free[k]] = domains[k][rest % radix[k]];
      rest /= radix[k];
    }
    const Summary s = evaluate(q, answers);
    verdicts[leaf] = severity(s.verdict);
    if (severity(s.verdict) < severity(oracle.at_least)) oracle.at_least = s.verdict;
    if (severity(s.verdict) > severity(oracle.at_most)) oracle.at_most = s.verdict;
    std::set<std::string> fired;
    for (const auto& r : s.reasons) fired.insert(r.rule->id);
    if (leaf == 0) certain = fired;
    else {
      std::set<std::string> both;
      std::set_intersection(certain.begin(), certain.end(), fired.begin(), fired.end(), std::inserter(both, both.end()));
      certain = both;
    }
    for (const std::size_t i : free)
      if (s.answers[i]) enabled_unanswered.insert(q.questions[i].id);
  }
  std::size_t stride = 1;
  for (std::size_t k = 0; k < free.size(); ++k) {
    bool moves = false;
    for (std::size_t leaf = 0; leaf < total && !moves; ++leaf) {
      if ((leaf / stride) % radix[k] != 0) continue;
      for (std::size_t j = 1; j < radix[k] && !moves; ++j) moves = verdicts[leaf + j * stride] != verdicts[leaf];
    }
    if (moves) oracle.could_change.push_back(q.questions[free[k]].id);
    stride *= radix[k];
  }
  for (std::size_t i = 0; i < q.questions.size(); ++i)
    if (enabled_unanswered.count(q.questions[i].id)) oracle.unanswered.push_back(q.questions[i].id);
  for (const auto& rule : q.rules)
    if (certain.count(rule.id)) oracle.certain.push_back(rule.id);
  return oracle;
}

List rule_ids(const std::vector<FiredRule>& reasons) {
  List ids;
  for (const auto& rule_order : reasons) ids.push_back(rule_order.rule->id);
  return ids;
}

// Compares the evaluator with brute force on `given`; the witness must give at_most.
void check_exact(const Questionnaire& q, PartialEvaluator& evaluator, const AnswerSet& given, bool every) {
  const Summary s = evaluator.evaluate(given, true);
  const Oracle o = brute_force(q, given, every);
  INFO("missing: " << [&] {
    std::string ids;
    for (std::size_t i = 0; i < given.size(); ++i)
      if (!given[i]) ids += q.questions[i].id + " ";
    return ids;
  }());
  CHECK(verdict_name(s.range.at_least) == std::string(verdict_name(o.at_least)));
  CHECK(verdict_name(s.range.at_most) == std::string(verdict_name(o.at_most)));
  CHECK(s.verdict == s.range.at_least);
  CHECK(s.unanswered == o.unanswered);
  CHECK(s.complete == o.unanswered.empty());
  if (s.complete) return;
  CHECK(s.could_change == o.could_change);
  List certain = rule_ids(s.reasons);
  std::sort(certain.begin(), certain.end());
  List expected = o.certain;
  std::sort(expected.begin(), expected.end());
  CHECK(certain == expected);
  AnswerSet completed = given;
  for (const auto& [id, value] : s.at_most_witness) {
    const auto at = q.index_of(id);
    REQUIRE(at);
    CHECK_FALSE(given[*at]);
    completed[*at] = value;
  }
  CHECK(missing_answers(q, completed).empty());
  CHECK(evaluate(q, completed).verdict == s.range.at_most);
}

// A complete assignment drawn from every question's values.
AnswerSet random_answers(const Questionnaire& q, std::mt19937& rng, bool every) {
  AnswerSet answers(q.questions.size());
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const auto values = all_values(q, i, every);
    answers[i] = values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(rng)];
  }
  return answers;
}

}  // namespace

TEST_CASE("partial answers: the range, unanswered, could_change and certain reasons match brute force") {
  const Questionnaire& q = awkward();
  PartialEvaluator evaluator(q);
  std::mt19937 rng(11);
  const std::size_t n = q.questions.size();
  for (int round = 0; round < 20; ++round) {
    const AnswerSet full = random_answers(q, rng, true);
    for (std::size_t mask = 1; mask < (std::size_t{1} << n); ++mask) {
      if (__builtin_popcountll(mask) > 3) continue;
      AnswerSet given = full;
      for (std::size_t i = 0; i < n; ++i)
        if (mask & (std::size_t{1} << i)) given[i].reset();
      check_exact(q, evaluator, given, true);
    }
  }
}

TEST_CASE("partial answers: nothing answered at all") {
  PartialEvaluator evaluator(awkward());
  check_exact(awkward(), evaluator, AnswerSet(awkward().questions.size()), false);
  const Summary s = evaluator.evaluate(AnswerSet(awkward().questions.size()));
  CHECK(s.range.at_least == Verdict::caution);  // sick is a or b: caution at the least
  CHECK(s.range.at_most == Verdict::consult);
  CHECK(s.unanswered == List{"age", "concerns", "kind", "size", "smoker", "areas", "burn", "sick"});
}

TEST_CASE("complete answers give the same summary as evaluate, with no range") {
  const Questionnaire& q = awkward();
  PartialEvaluator evaluator(q);
  std::mt19937 rng(5);
  for (int round = 0; round < 200; ++round) {
    const AnswerSet full = random_answers(q, rng, true);
    const Summary partial = evaluator.evaluate(full);
    const Summary complete = evaluate(q, full);
    CHECK(partial.complete);
    CHECK(partial.verdict == complete.verdict);
    CHECK(rule_ids(partial.reasons) == rule_ids(complete.reasons));
    CHECK(partial.unanswered.empty());
    CHECK(partial.could_change.empty());
  }
}

TEST_CASE("an answer to a question that may not be asked is kept until it is known not to be") {
  const Questionnaire& q = awkward();
  PartialEvaluator evaluator(q);
  AnswerSet given(q.questions.size());
  given[*q.index_of("kind")] = std::string("raised");  // asked only when concerns has scars: unknown yet
  Summary s = evaluator.evaluate(given);
  CHECK(s.ignored.empty());
  CHECK(s.answers[*q.index_of("kind")].has_value());
  CHECK(s.range.at_most == Verdict::consult);
  CHECK(s.range.at_least == Verdict::caution);   // concerns may leave out scars; sick is a or b
  given[*q.index_of("concerns")] = List{"lines"};
  s = evaluator.evaluate(given);
  CHECK(s.ignored == List{"kind"});
}

TEST_CASE("a postponed partial result says what it would be after, and what it rests on") {
  const Questionnaire& q = awkward();
  PartialEvaluator evaluator(q);
  AnswerSet given(q.questions.size());
  given[*q.index_of("age")] = 12LL;
  given[*q.index_of("concerns")] = List{};
  given[*q.index_of("areas")] = List{"neck"};
  given[*q.index_of("burn")] = true;
  given[*q.index_of("sick")] = std::string("b");
  const Summary s = evaluator.evaluate(given);  // size is asked only when age > 25: all answered
  CHECK(s.complete);
  CHECK(s.verdict == Verdict::postpone);
  REQUIRE(s.after_temporary);
  CHECK(s.after_temporary->range.at_least == Verdict::caution);
  REQUIRE(s.after_temporary->waiting_for.size() == 1);
  CHECK(s.after_temporary->waiting_for[0]->id == "burn");
  CHECK(s.after_temporary->waiting_for[0]->waiting_for == "the burn has healed");
  REQUIRE(s.rests_on.size() == 1);
  CHECK(s.rests_on[0]->id == "burn");

  given[*q.index_of("sick")].reset();  // sick-a would postpone too, sick-b caution: after is caution either way
  const Summary open = evaluator.evaluate(given);
  CHECK_FALSE(open.complete);
  CHECK(open.range.settled());
  CHECK(open.verdict == Verdict::postpone);
  CHECK(open.could_change.empty());
  REQUIRE(open.after_temporary);
  CHECK(open.after_temporary->range.at_least == Verdict::caution);
  CHECK(open.after_temporary->range.at_most == Verdict::caution);
}

TEST_CASE("the shipped questionnaire: exact with up to 3 answers left out") {
  const Questionnaire& q = shipped();
  PartialEvaluator evaluator(q);
  std::mt19937 rng(2026);
  const std::size_t n = q.questions.size();
  std::uniform_int_distribution<std::size_t> pick(0, n - 1);
  for (int round = 0; round < kShippedRounds; ++round) {
    const AnswerSet full = random_answers(q, rng, false);
    AnswerSet given = full;
    const int drop = 1 + round % 3;
    for (int d = 0; d < drop; ++d) given[pick(rng)].reset();
    // Also leave out what the full answers would not ask, as a real record would.
    const Summary used = evaluate(q, full);
    for (std::size_t i = 0; i < n; ++i)
      if (!used.answers[i]) given[i].reset();
    check_exact(q, evaluator, given, false);
  }
}
