// Test cases kept in the content (questionnaire/cases/*.yaml): answer sets
// with the verdict they must give, the rules that must fire and the rules
// that must not. `skincare check` runs every case, reports a failing one at
// its FILE:LINE, and reports each rule that no case makes fire (or that no
// close case shows not firing), so authors add a rule and its cases
// without touching C++.
#pragma once

#include <string>
#include <vector>

#include "check/finding.h"
#include "content/content_tree.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

struct CaseStats {
  std::size_t files = 0;
  std::size_t cases = 0;                // cases run
  std::size_t failed = 0;               // cases with at least one finding
  std::vector<std::string> not_fired;   // rules no case makes fire, in questionnaire order
  std::vector<std::string> no_close;    // rules no case lists under not_fires
};

// Runs the cases of `tree` against `questionnaire` (read from
// `questionnaire_file`); findings go to `findings`. Schema problems in a
// case file are reported and that file's cases are not run.
CaseStats check_cases(const ContentTree& tree, const Questionnaire& questionnaire,
                      const std::string& questionnaire_file, Findings& findings);

}  // namespace skincare
