#include <doctest/doctest.h>

#include "check/logic_check.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

Findings check(const std::string& rules, const std::string& extra_questions = "") {
  const std::string yaml =
      "id: q\nversion: 1\ntitle: T\ndisclaimer: D\nquestions:\n"
      "  - {id: age, type: integer, min: 0, max: 120, prompt: P, help: H}\n"
      "  - id: areas\n    type: multi\n    min_count: 1\n    prompt: P\n    help: H\n"
      "    choices: [{value: face, label: F}, {value: neck, label: N}, {value: body, label: B}]\n"
      "  - {id: sores, type: boolean, enabled_when: areas contains face, prompt: P, help: H}\n" +
      extra_questions + "rules:\n" + rules;
  const Questionnaire q = parse_questionnaire(yaml, "q.yaml");
  Findings findings;
  check_logic(q, "q.yaml", findings);
  return findings;
}

}  // namespace

TEST_CASE("a sound questionnaire has no logic findings") {
  const Findings f = check("  - {id: r1, verdict: consult, when: age < 18, message: M}\n"
                           "  - {id: r2, verdict: caution, when: sores, message: M}\n");
  CHECK(f.all().empty());
}

TEST_CASE("a rule that only one integer makes true is found to fire") {
  CHECK(check("  - {id: r, verdict: info, when: age > 41 and age < 43, message: M}\n").all().empty());
  CHECK(check("  - {id: r, verdict: info, when: age == 120, message: M}\n").all().empty());
}

TEST_CASE("a rule that can never fire is an error at the rule") {
  const Findings f = check("  - {id: r, verdict: info, when: age < 10 and age > 20, message: M}\n");
  REQUIRE(f.all().size() == 1);
  CHECK(f.all()[0].line() == "q.yaml:15:5: error: rule 'r' can never fire: no valid answers make "
                             "'age < 10 and age > 20' true");
}

TEST_CASE("a rule that fires while a question it reads is unasked has a witness") {
  const Findings f = check("  - {id: r, verdict: caution, when: not sores, message: M}\n");
  REQUIRE(f.all().size() == 1);
  CHECK(f.all()[0].witness == std::vector<std::pair<std::string, std::string>>{{"areas", "body"}});
}

TEST_CASE("an unmentioned value stands for all the others, and min_count is kept") {
  // 'body' and 'neck' are never mentioned: one of them represents both.
  CHECK(check("  - {id: r, verdict: info, when: not areas contains face, message: M}\n").all().empty());
}

TEST_CASE("a question whose condition is never true can never be asked") {
  const Findings f = check("  - {id: r, verdict: info, when: age < 5, message: M}\n",
                           "  - {id: x, type: boolean, enabled_when: areas is empty, prompt: P, help: H}\n");
  REQUIRE(f.all().size() == 1);
  CHECK(f.all()[0].message == "question 'x' can never be asked: no answers make 'areas is empty' true");
}

TEST_CASE("a rule may fire while a question it reads is unasked when that answer could not matter") {
  // 'sores' is not asked for the neck, but "age < 18 or sores" fires on age alone.
  CHECK(check("  - {id: r, verdict: consult, when: age < 18 or sores, message: M}\n").all().empty());
}

TEST_CASE("a rule that relies on an unasked answer inside 'or' is still found") {
  const Findings f = check("  - {id: r, verdict: caution, when: age < 18 or not sores, message: M}\n");
  REQUIRE(f.all().size() == 1);
  CHECK(f.all()[0].message.find("rule 'r' can fire while question 'sores' is not asked") == 0);
}
