// The grading rule for a condition's evidence (strong / moderate / limited),
// computed from the designs, comparators and results recorded for the
// sources a condition's microneedling block cites. `skincare check` reports
// a topic that claims more than this allows; docs/evidence.md states the rule.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/source.h"

namespace skincare {

struct GradeLimit {
  std::string grade;  // the highest grade allowed: strong | moderate | limited
  std::string why;    // what the cited sources hold, in a few words
};

// The highest grade that `cited` (the sources a microneedling block cites) allows:
//  strong   - at least two randomized trials, or one systematic review of
//             randomized trials, comparing microneedling with no treatment,
//             a sham or the same care without it, every such comparison
//             finding microneedling better;
//  moderate - at least one such randomized trial, no such comparison that
//             disagrees, and at least one other supporting study;
//  limited  - anything less.
GradeLimit highest_grade(const std::vector<const Source*>& cited);

// 0 limited, 1 moderate, 2 strong; -1 for anything else.
int grade_rank(std::string_view grade);

}  // namespace skincare
