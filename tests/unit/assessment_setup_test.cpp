#include "assessment/assessment_setup.h"

#include <doctest/doctest.h>

#include "content_test_support.h"

using namespace skincare;

TEST_CASE("the disclaimer comes from the tree's questionnaire, and is empty without one") {
  const auto with = ContentTree::from_files("mem", {{"questionnaire/assessment.yaml", test::kQuestionnaireYaml}});
  CHECK(questionnaire_disclaimer(with) == "Not medical advice.");
  const auto without = ContentTree::from_files("mem", {{"topics/aftercare.yaml", test::kFactYaml}});
  CHECK(questionnaire_disclaimer(without).empty());
}

TEST_CASE("the built-in questionnaire is read from its snapshot and is the one on disk") {
  const Questionnaire embedded = load_questionnaire(ContentTree::embedded());
  const Questionnaire on_disk = load_questionnaire(ContentTree::from_directory(std::string(SKINCARE_SOURCE_DIR) + "/content"));
  CHECK(embedded.id == on_disk.id);
  CHECK(embedded.version == on_disk.version);
  CHECK(embedded.disclaimer == on_disk.disclaimer);
  CHECK(embedded.question_ids() == on_disk.question_ids());
}

TEST_CASE("the built-in assessment knows what to expect for each concern, from the concern's topic") {
  const auto built_in = load_assessment(ContentTree::embedded());
  CHECK(built_in->context.questionnaire == &built_in->questionnaire);
  CHECK_FALSE(built_in->context.concerns.empty());
  for (const auto& [concern, view] : built_in->context.concerns) CHECK(view.id == concern);
}
