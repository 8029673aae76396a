// Verifies a questionnaire's logic as a whole by exhaustive search over its
// finite answer space: every question can be asked, every rule can fire, no
// rule reads a question that may be unasked when it fires, and every
// question has a valid answer (so a verdict exists for every set of
// answers). Integers are split at the thresholds the conditions use and
// multiple-choice answers at the values they mention, so the search is
// exact but small. Each problem comes with a witness where one exists.
#pragma once

#include <string>

#include "check/finding.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

struct LogicStats {
  std::size_t cases = 0;  // assignments evaluated
  double seconds = 0;
};

LogicStats check_logic(const Questionnaire& questionnaire, const std::string& file, Findings& findings);

}  // namespace skincare
