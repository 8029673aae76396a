// `skincare check`: everything that can be wrong with a content tree, found
// in one pass and reported with FILE:LINE:COL: schema, references,
// questionnaire logic, the questionnaire's test cases and readability.
#pragma once

#include <string>
#include <vector>

#include "check/case_check.h"
#include "check/finding.h"
#include "check/logic_check.h"
#include "check/readability.h"
#include "content/content_tree.h"

namespace skincare {

struct ReadabilityScore {
  Location where;
  std::string subject;  // "topic acne-scars", "question age"
  Readability readability;
};

struct CheckReport {
  Findings findings;
  LogicStats logic;
  CaseStats cases;  // the test cases of questionnaire/cases/
  std::vector<ReadabilityScore> readability;
  std::size_t files = 0;
};

inline constexpr double kMaxGrade = 9.0;  // a warning above this Flesch-Kincaid grade

CheckReport check_content(const ContentTree& tree);

}  // namespace skincare
