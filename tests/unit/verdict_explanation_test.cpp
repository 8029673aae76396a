// What a verdict rests on and what it would be once the temporary reasons
// have passed, on the shipped questionnaire's rules, and how the summary
// says it in plain words.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "questionnaire/answer_fields.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/questionnaire_parser.h"
#include "render/verdict_notes.h"

using namespace skincare;

namespace {

const Questionnaire& shipped() {
  static const Questionnaire questionnaire = [] {
    const ContentTree content = ContentTree::embedded();
    return parse_questionnaire(content.read("questionnaire/assessment.yaml"), "assessment.yaml");
  }();
  return questionnaire;
}

using Changes = std::map<std::string, std::string>;

// Answers that raise nothing (those the questionnaire asks), then `changes`.
Summary assess(const Changes& changes) {
  Changes answers = {
      {"age", "30"}, {"skin_type", "II"}, {"concerns", "wrinkles"}, {"areas", "neck"},
      {"active_acne", "no"}, {"skin_infection", "no"}, {"skin_condition_active", ""},
      {"changing_spot", "no"}, {"sunburn", "no"}, {"recent_procedure", "no"}, {"pregnant", "no"},
      {"isotretinoin", "never"}, {"bleeding_risk", "no"}, {"keloids", "no"}, {"immune", "no"},
      {"diabetes", "no"}, {"connective_tissue", "no"}, {"allergies", ""}, {"topical_actives", "no"},
      {"expectation", "several-sessions"}, {"downtime_ok", "yes"}, {"setting", "medical"},
      {"pigment_history", ""}, {"skin_condition_history", ""}, {"radiation_area", "no"},
      {"expected_result", "better"}, {"add_ons", ""}, {"what_matters", ""}};
  for (const auto& [id, value] : changes) answers[id] = value;
  std::vector<RawField> fields;
  for (const auto& [id, value] : answers) {
    if (!shipped().index_of(id)) continue;  // a question this version does not have
    RawField field;
    field.id = id;
    field.value.text = value;
    fields.push_back(field);
  }
  AnswerSet set;
  const auto error = normalise_fields(shipped(), fields, set);
  REQUIRE_MESSAGE(!error, (error ? error->message : ""));
  const auto missing = check_complete(shipped(), set);
  REQUIRE_MESSAGE(!missing, (missing ? missing->message : ""));
  return evaluate(shipped(), set);
}

std::vector<std::string> ids(const std::vector<const Rule*>& rules) {
  std::vector<std::string> out;
  for (const Rule* rule : rules) out.push_back(rule->id);
  return out;
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("sunburn and darker skin: postpone now, caution after") {
  const Summary s = assess({{"sunburn", "yes"}, {"skin_type", "V"}});
  CHECK(s.verdict == Verdict::postpone);
  CHECK(ids(s.rests_on) == List{"sunburn"});
  REQUIRE(s.after_temporary);
  CHECK(s.after_temporary->range.settled());
  CHECK(s.after_temporary->range.at_least == Verdict::caution);
  CHECK(ids(s.after_temporary->waiting_for) == List{"sunburn"});

  const auto note = after_temporary_note(s);
  REQUIRE(note);
  CHECK(note->lead.find("the result would be CAUTION, because:") != std::string::npos);
  CHECK(note->lead.rfind("Once ", 0) == 0);
  REQUIRE(note->items.size() == 1);
  CHECK(note->items[0].answers == "skin_type = V");
  CHECK_FALSE(rests_on_note(s));  // a postponed verdict is explained by what it waits for
}

TEST_CASE("sunburn and pregnancy with nothing else: suitable once both have passed") {
  const Summary s = assess({{"sunburn", "yes"}, {"pregnant", "pregnant"}});
  CHECK(s.verdict == Verdict::postpone);
  CHECK(ids(s.rests_on) == List{"sunburn", "pregnancy"});
  REQUIRE(s.after_temporary);
  CHECK(s.after_temporary->range.at_least == Verdict::suitable);
  CHECK(ids(s.after_temporary->waiting_for) == List{"sunburn", "pregnancy"});
  const auto note = after_temporary_note(s);
  REQUIRE(note);
  CHECK(note->lead.find(" and ") != std::string::npos);
  CHECK(note->lead.find("the result would be SUITABLE.") != std::string::npos);
  CHECK(note->items.empty());
}

TEST_CASE("a postponed verdict with a reason to see a doctor stays consult") {
  const Summary s = assess({{"sunburn", "yes"}, {"keloids", "yes"}});
  CHECK(s.verdict == Verdict::consult);
  CHECK_FALSE(s.after_temporary);  // only a postponed verdict waits for anything
  CHECK(ids(s.rests_on) == List{"keloids"});
}

TEST_CASE("a caution rests on the caution rules, each with what to discuss") {
  const Summary s = assess({{"skin_type", "IV"}, {"topical_actives", "yes"}, {"setting", "undecided"}});
  CHECK(s.verdict == Verdict::caution);
  CHECK(ids(s.rests_on) == List{"skin-type-pih", "topical-actives"});
  CHECK_FALSE(s.after_temporary);
  const auto note = rests_on_note(s);
  REQUIRE(note);
  REQUIRE(note->items.size() == 2);
  CHECK(note->items[0].answers == "skin_type = IV");
  CHECK(note->items[0].text == s.rests_on[0]->discuss);  // the rule's own wording, when it has one
  CHECK(note->items[1].answers == "topical_actives = yes");
}

TEST_CASE("a consult rests on every consult rule and nothing milder") {
  const Summary s = assess({{"age", "16"}, {"immune", "yes"}, {"topical_actives", "yes"}});
  CHECK(s.verdict == Verdict::consult);
  CHECK(ids(s.rests_on) == List{"minor", "immune"});
  const auto note = rests_on_note(s);
  REQUIRE(note);
  CHECK(note->lead.find("CONSULT") != std::string::npos);
}

TEST_CASE("a suitable verdict rests on nothing") {
  const Summary s = assess({});
  CHECK(s.verdict == Verdict::suitable);
  CHECK(s.rests_on.empty());
  CHECK_FALSE(s.after_temporary);
  CHECK_FALSE(rests_on_note(s));
  CHECK_FALSE(after_temporary_note(s));
}
