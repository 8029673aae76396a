#include "cli/assessment_setup.h"

#include "questionnaire/questionnaire_parser.h"

namespace skincare::cli {

std::unique_ptr<AssessmentSetup> load_assessment(const ContentTree& content) {
  auto setup = std::make_unique<AssessmentSetup>();
  const std::string path = "questionnaire/assessment.yaml";
  setup->questionnaire = parse_questionnaire(content.read(path), content.display_path(path));
  setup->context.questionnaire = &setup->questionnaire;
  for (const auto& concern : setup->questionnaire.concern_values()) {
    const Topic topic = content.topic(concern);
    if (topic.microneedling) setup->context.concerns[concern] = ConcernView{topic.id, topic.title, *topic.microneedling};
  }
  return setup;
}

}  // namespace skincare::cli
