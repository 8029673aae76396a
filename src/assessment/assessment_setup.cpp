#include "assessment/assessment_setup.h"

#include <algorithm>

#include "questionnaire/questionnaire_parser.h"
#include "questionnaire/questionnaire_snapshot.h"

namespace skincare {

Questionnaire load_questionnaire(const ContentTree& content) {
  if (const std::string_view* snapshot = content.in_memory(kQuestionnaireSnapshotPath))
    return questionnaire_from_snapshot(*snapshot);
  const std::string path = "questionnaire/assessment.yaml";
  return parse_questionnaire(content.read(path), content.display_path(path));
}

std::string questionnaire_disclaimer(const ContentTree& content) {
  if (!content.contains(kQuestionnaireSnapshotPath) && !content.contains("questionnaire/assessment.yaml")) return "";
  return load_questionnaire(content).disclaimer;
}

std::unique_ptr<AssessmentSetup> load_assessment(const ContentTree& content, bool with_grids) {
  auto setup = std::make_unique<AssessmentSetup>();
  setup->questionnaire = load_questionnaire(content);
  setup->context.questionnaire = &setup->questionnaire;
  setup->context.grid_layout = content.grid_layout();
  setup->context.bibliography = content.bibliography();
  for (const auto& concern : setup->questionnaire.concern_values()) {
    Topic topic = content.topic_outline(concern, with_grids);  // its title, microneedling block and grid
    if (topic.microneedling)
      setup->context.concerns[concern] = ConcernView{topic.id, topic.title, std::move(*topic.microneedling)};
    if (topic.grid) setup->context.grids.push_back({topic.title, std::move(*topic.grid)});
  }
  return setup;
}

void add_grids(const ContentTree& content, AssessmentSetup& setup, const std::vector<std::string>& concerns) {
  for (const auto& concern : setup.questionnaire.concern_values()) {
    if (std::find(concerns.begin(), concerns.end(), concern) == concerns.end()) continue;
    Topic topic = content.topic_outline(concern);
    if (topic.grid) setup.context.grids.push_back({topic.title, std::move(*topic.grid)});
  }
}

}  // namespace skincare
