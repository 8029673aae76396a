// Loading what `assess` needs: the questionnaire and, for each concern it
// offers, what to expect from its topic.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "content/content_tree.h"
#include "questionnaire/questionnaire.h"
#include "assessment/assessment_context.h"

namespace skincare {

struct AssessmentSetup {
  Questionnaire questionnaire;
  AssessmentContext context;  // points into `questionnaire`: keep this object where it is
};

// Loads the questionnaire and what a summary shows of each concern. Without
// `with_grids` the concerns' option grids are left out: one summary shows
// only the grids of its own concerns (add_grids), and decoding all of them
// costs more than the rest of the summary.
std::unique_ptr<AssessmentSetup> load_assessment(const ContentTree& content, bool with_grids = true);

// Adds the option grids of `concerns` (in the questionnaire's order) to a
// setup loaded without grids.
void add_grids(const ContentTree& content, AssessmentSetup& setup, const std::vector<std::string>& concerns);

// The questionnaire of `content`: its embedded snapshot when there is one
// (the built-in content), else parsed from questionnaire/assessment.yaml.
Questionnaire load_questionnaire(const ContentTree& content);

// The questionnaire's disclaimer, printed at the foot of every HTML page;
// "" when the tree has no questionnaire.
std::string questionnaire_disclaimer(const ContentTree& content);

}  // namespace skincare
