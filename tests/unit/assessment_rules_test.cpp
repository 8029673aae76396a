// Every rule of docs/assessment.md, checked against the shipped
// questionnaire: a case where it fires and a close case where it does not.
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
      {"age", "30"}, {"skin_type", "II"}, {"concerns", "wrinkles"}, {"areas", "neck"},
      {"active_acne", "no"}, {"skin_infection", "no"}, {"skin_condition_active", ""},
      {"changing_spot", "no"}, {"sunburn", "no"}, {"recent_procedure", "no"}, {"pregnant", "no"},
      {"isotretinoin", "never"}, {"bleeding_risk", "no"}, {"keloids", "no"}, {"immune", "no"},
      {"diabetes", "no"}, {"connective_tissue", "no"}, {"allergies", ""}, {"topical_actives", "no"},
      {"expectation", "several-sessions"}, {"downtime_ok", "yes"}, {"setting", "medical"}};
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

struct RuleCase {
  const char* rule;
  const char* verdict;
  Changes fires;
  Changes close_but_not;
};

const std::vector<RuleCase>& cases() {
  static const std::vector<RuleCase> all = {
      {"minor", "consult", {{"age", "17"}}, {{"age", "18"}}},
      {"under-22", "info", {{"age", "21"}}, {{"age", "22"}}},
      {"skin-type-pih", "caution", {{"skin_type", "IV"}}, {{"skin_type", "III"}}},
      {"skin-type-unsure", "caution", {{"skin_type", "unsure"}}, {{"skin_type", "I"}}},
      {"raised-scars", "caution", {{"concerns", "acne-scars"}, {"acne_scar_types", "raised"}},
       {{"concerns", "acne-scars"}, {"acne_scar_types", "rolling"}}},
      {"icepick-scars", "caution", {{"concerns", "acne-scars"}, {"acne_scar_types", "boxcar,icepick"}},
       {{"concerns", "acne-scars"}, {"acne_scar_types", "boxcar"}}},
      {"melasma", "caution", {{"concerns", "hyperpigmentation"}, {"pigment_type", "melasma"}},
       {{"concerns", "hyperpigmentation"}, {"pigment_type", "sun-spots"}}},
      {"pigment-unsure", "caution", {{"concerns", "hyperpigmentation"}, {"pigment_type", "unsure"}},
       {{"concerns", "hyperpigmentation"}, {"pigment_type", "post-acne-marks"}}},
      {"hair-loss-patchy", "consult", {{"concerns", "hair-loss"}, {"hair_loss_pattern", "patchy-or-sudden"}},
       {{"concerns", "hair-loss"}, {"hair_loss_pattern", "gradual-thinning"}}},
      {"hair-loss-unsure", "caution", {{"concerns", "hair-loss"}, {"hair_loss_pattern", "unsure"}},
       {{"concerns", "hair-loss"}, {"hair_loss_pattern", "gradual-thinning"}}},
      {"active-acne", "postpone", {{"active_acne", "yes"}}, {{"active_acne", "no"}}},
      {"skin-infection", "postpone", {{"skin_infection", "yes"}}, {{"skin_infection", "no"}}},
      {"cold-sore-history", "caution", {{"areas", "face"}, {"cold_sores", "yes"}},
       {{"areas", "face"}, {"cold_sores", "no"}}},
      {"skin-condition-flare", "postpone", {{"skin_condition_active", "rosacea"}},
       {{"skin_condition_active", "vitiligo"}}},
      {"vitiligo", "consult", {{"skin_condition_active", "vitiligo"}}, {{"skin_condition_active", "eczema"}}},
      {"changing-spot", "consult", {{"changing_spot", "yes"}}, {{"changing_spot", "no"}}},
      {"sunburn", "postpone", {{"sunburn", "yes"}}, {{"sunburn", "no"}}},
      {"recent-procedure", "postpone", {{"recent_procedure", "yes"}}, {{"recent_procedure", "no"}}},
      {"pregnancy", "postpone", {{"pregnant", "breastfeeding"}}, {{"pregnant", "no"}}},
      {"isotretinoin-current", "postpone", {{"isotretinoin", "current"}}, {{"isotretinoin", "within-6-months"}}},
      {"isotretinoin-recent", "caution", {{"isotretinoin", "within-6-months"}}, {{"isotretinoin", "over-6-months"}}},
      {"bleeding-risk", "consult", {{"bleeding_risk", "yes"}}, {{"bleeding_risk", "no"}}},
      {"keloids", "consult", {{"keloids", "yes"}}, {{"keloids", "no"}}},
      {"immune", "consult", {{"immune", "yes"}}, {{"immune", "no"}}},
      {"diabetes-controlled", "caution", {{"diabetes", "controlled"}}, {{"diabetes", "no"}}},
      {"diabetes-uncontrolled", "consult", {{"diabetes", "uncontrolled"}}, {{"diabetes", "controlled"}}},
      {"connective-tissue", "consult", {{"connective_tissue", "yes"}}, {{"connective_tissue", "no"}}},
      {"anesthetic-allergy", "caution", {{"allergies", "anesthetic"}}, {{"allergies", "metal"}}},
      {"metal-allergy", "caution", {{"allergies", "metal"}}, {{"allergies", "anesthetic"}}},
      {"topical-actives", "caution", {{"topical_actives", "yes"}}, {{"topical_actives", "no"}}},
      {"expectations", "caution", {{"expectation", "one-session"}}, {{"expectation", "several-sessions"}}},
      {"downtime", "caution", {{"downtime_ok", "no"}}, {{"downtime_ok", "yes"}}},
      {"home-device", "caution", {{"setting", "at-home"}}, {{"setting", "undecided"}}},
      {"provider-check", "caution", {{"setting", "spa"}}, {{"setting", "medical"}}},
      {"provider-undecided", "info", {{"setting", "undecided"}}, {{"setting", "spa"}}},
      {"no-concern", "info", {{"concerns", ""}}, {{"concerns", "texture"}}},
  };
  return all;
}

}  // namespace

TEST_CASE("the shipped questionnaire has every rule of the contract, with its verdict") {
  REQUIRE(shipped().rules.size() == cases().size());
  for (const auto& c : cases()) {
    const auto rule = std::find_if(shipped().rules.begin(), shipped().rules.end(),
                                   [&](const Rule& r) { return r.id == c.rule; });
    REQUIRE_MESSAGE(rule != shipped().rules.end(), c.rule);
    CHECK_MESSAGE(verdict_name(rule->verdict) == std::string(c.verdict), c.rule);
  }
}

TEST_CASE("answers that raise nothing are suitable with no reasons") {
  const Summary summary = assess({});
  CHECK(summary.verdict == Verdict::suitable);
  CHECK(summary.reasons.empty());
}

TEST_CASE("every rule fires on its case and not on a close one") {
  for (const auto& c : cases()) {
    CAPTURE(c.rule);
    const Summary when = assess(c.fires);
    CHECK(has(fired(when), c.rule));
    const std::string expected = std::string(c.verdict) == "info" ? "suitable" : c.verdict;
    CHECK(std::string(verdict_name(when.verdict)) == expected);
    CHECK_FALSE(has(fired(assess(c.close_but_not)), c.rule));
  }
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
  const auto ids = fired(assess({{"keloids", "yes"}, {"bleeding_risk", "yes"}, {"age", "15"}}));
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

TEST_CASE("age boundaries: 17 is a minor, 18 to 21 get the FDA note, 22 gets neither") {
  CHECK(has(fired(assess({{"age", "0"}})), "minor"));
  CHECK(has(fired(assess({{"age", "17"}})), "minor"));
  CHECK_FALSE(has(fired(assess({{"age", "17"}})), "under-22"));
  CHECK(has(fired(assess({{"age", "18"}})), "under-22"));
  CHECK_FALSE(has(fired(assess({{"age", "18"}})), "minor"));
  CHECK(has(fired(assess({{"age", "21"}})), "under-22"));
  CHECK(fired(assess({{"age", "22"}})).empty());
  CHECK(fired(assess({{"age", "120"}})).empty());
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
