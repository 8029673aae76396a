// What a summary shows that does not depend on the answers: the
// questionnaire, and for each concern it offers what to expect from its
// topic and its option grid. Built once per run (assessment_setup.h) and
// read by every view of a summary.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "content/bibliography.h"
#include "content/grid.h"
#include "content/topic.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

// What to expect for one concern, from its topic.
struct ConcernView {
  std::string id;
  std::string title;
  Expectation expectation;
};

// Everything a summary shows that does not depend on the answers.
struct AssessmentContext {
  const Questionnaire* questionnaire = nullptr;
  std::map<std::string, ConcernView> concerns;  // by concern value (topic id)
  GridLayout grid_layout;                       // rows and the values question that picks them
  std::vector<GridView> grids;                  // the concerns' option grids
  Bibliography bibliography;                    // html: the sources written out
};

}  // namespace skincare
