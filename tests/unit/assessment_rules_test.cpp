// How the engine turns answers into a verdict, checked on the shipped
// questionnaire: worst verdict wins, ordering, info rules, ignored answers.
// The cases for each rule (one that fires, a close one that does not) are
// content: content/questionnaire/cases/, run by `skincare check`.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "questionnaire/answer_fields.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/questionnaire_parser.h"

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

// Answers that raise nothing at all; `changes` override them (as --set would).
Summary assess(const Changes& changes) {
  Changes answers = {
      {"age", "30"}, {"skin_type", "II"}, {"concerns", "wrinkles"}, {"areas", "neck"}, {"what_matters", ""},
      {"pigment_history", ""}, {"active_acne", "no"}, {"skin_infection", "no"}, {"skin_condition_active", ""},
      {"skin_condition_history", ""}, {"changing_spot", "no"}, {"sunburn", "no"}, {"recent_procedure", "no"},
      {"radiation_area", "no"}, {"pregnant", "no"}, {"isotretinoin", "never"}, {"bleeding_risk", "no"},
      {"keloids", "no"}, {"immune", "no"}, {"diabetes", "no"}, {"connective_tissue", "no"}, {"allergies", ""},
      {"topical_actives", "no"}, {"expectation", "several-sessions"}, {"expected_result", "better"},
      {"downtime_ok", "yes"}, {"setting", "medical"}, {"add_ons", ""}};
  for (const auto& [id, value] : changes) answers[id] = value;
  std::vector<RawField> fields;
  for (const auto& [id, value] : answers) {
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

std::vector<std::string> fired(const Summary& summary) {
  std::vector<std::string> ids;
  for (const auto& reason : summary.reasons) ids.push_back(reason.rule->id);
  return ids;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

TEST_CASE("the shipped questionnaire is version 2 and records what version 2 changed") {
  CHECK(shipped().version == "2");
  REQUIRE(shipped().changes.size() == 1);
  CHECK(shipped().changes[0].version == 2);
  CHECK(shipped().questions[*shipped().index_of("bleeding_kind")].added_in == 2);
  CHECK(shipped().questions[*shipped().index_of("skin_type")].revised_in == 2);
  CHECK(shipped().questions[*shipped().index_of("age")].added_in == 0);
  CHECK(shipped().questions[*shipped().index_of("what_matters")].values);
}

TEST_CASE("answers that raise nothing are suitable with no reasons") {
  const Summary summary = assess({});
  CHECK(summary.verdict == Verdict::suitable);
  CHECK(summary.reasons.empty());
}

TEST_CASE("a fired rule reports the answers that caused it") {
  const Summary summary = assess({{"pregnant", "pregnant"}});
  REQUIRE(summary.reasons.size() == 1);
  REQUIRE(summary.reasons[0].because.size() == 1);
  CHECK(summary.reasons[0].because[0].first == "pregnant");
  CHECK(std::get<std::string>(summary.reasons[0].because[0].second) == "pregnant");
}

TEST_CASE("pregnancy postpones even when everything else is fine") {
  CHECK(assess({{"pregnant", "pregnant"}}).verdict == Verdict::postpone);
}

TEST_CASE("the worst verdict wins and reasons come most severe first") {
  const Summary summary = assess({{"skin_type", "V"}, {"sunburn", "yes"}, {"keloids", "yes"}, {"age", "19"}});
  CHECK(summary.verdict == Verdict::consult);
  const auto ids = fired(summary);
  REQUIRE(ids.size() == 4);
  CHECK(ids[0] == "keloids");
  CHECK(ids[1] == "sunburn");
  CHECK(ids[2] == "skin-type-pih");
  CHECK(ids[3] == "under-22");
}

TEST_CASE("reasons of equal severity keep questionnaire order") {
  const auto ids =
      fired(assess({{"keloids", "yes"}, {"bleeding_risk", "yes"}, {"bleeding_kind", "anticoagulant"}, {"age", "15"}}));
  REQUIRE(ids.size() == 3);
  CHECK(ids[0] == "minor");
  CHECK(ids[1] == "bleeding-risk");
  CHECK(ids[2] == "keloids");
}

TEST_CASE("info rules never change the verdict") {
  const Summary summary = assess({{"age", "19"}, {"setting", "undecided"}, {"concerns", ""}});
  CHECK(summary.verdict == Verdict::suitable);
  CHECK(fired(summary).size() == 3);
}

TEST_CASE("a values answer never changes the verdict or fires a rule") {
  const Summary none = assess({{"what_matters", ""}});
  const Summary all = assess({{"what_matters", "little-downtime,few-visits,low-cost,low-risk-dark-patches,"
                                               "big-improvement,no-needles"}});
  CHECK(none.verdict == all.verdict);
  CHECK(fired(none) == fired(all));
}

TEST_CASE("a rule may fire on one branch of 'or' while the other question is not asked") {
  const Summary summary = assess({{"pigment_history", "melasma"}});  // pigment_type is not asked
  CHECK(has(fired(summary), "melasma"));
  REQUIRE(summary.reasons.size() == 1);
  REQUIRE(summary.reasons[0].because.size() == 1);
  CHECK(summary.reasons[0].because[0].first == "pigment_history");
}

TEST_CASE("an answer to a question that is not asked is ignored and fires nothing") {
  const Summary summary = assess({{"acne_scar_types", "raised"}, {"cold_sores", "yes"}});
  CHECK(fired(summary).empty());
  CHECK(summary.ignored == std::vector<std::string>{"acne_scar_types", "cold_sores"});
  bool listed = false;
  for (const auto& skipped : summary.skipped)
    if (skipped.question == "acne_scar_types") listed = skipped.enabled_when == "concerns contains acne-scars";
  CHECK(listed);
}

TEST_CASE("booleans are accepted as yes, No, TRUE and false") {
  CHECK(has(fired(assess({{"keloids", "yes"}})), "keloids"));
  CHECK(has(fired(assess({{"keloids", "TRUE"}})), "keloids"));
  CHECK_FALSE(has(fired(assess({{"keloids", "No"}})), "keloids"));
  CHECK_FALSE(has(fired(assess({{"keloids", "false"}})), "keloids"));
}

TEST_CASE("a question enabled by an answer becomes required") {
  std::vector<RawField> fields;
  AnswerSet set;
  RawField concerns;
  concerns.id = "concerns";
  concerns.value.text = "acne-scars";
  fields.push_back(concerns);
  REQUIRE_FALSE(normalise_fields(shipped(), fields, set));
  const auto missing = missing_answers(shipped(), set);
  CHECK(std::find(missing.begin(), missing.end(), "acne_scar_types") != missing.end());
  CHECK(std::find(missing.begin(), missing.end(), "cold_sores") == missing.end());  // no areas yet
}

TEST_CASE("each chosen concern is listed for the summary, in questionnaire order") {
  const Summary summary = assess({{"concerns", "hair-loss,acne-scars"}, {"acne_scar_types", "rolling"},
                                  {"hair_loss_pattern", "gradual-thinning"}});
  CHECK(summary.concerns == std::vector<std::string>{"acne-scars", "hair-loss"});
}
