// When content is due for review: each topic is reviewed again 12 months
// after its `reviewed` date. "Today" comes from SKINCARE_TODAY when set, so
// tests and reproducible builds can fix it.
#pragma once

#include <string>

namespace skincare {

inline constexpr int kReviewIntervalMonths = 12;

// The date of the next review: `reviewed` (YYYY-MM-DD) plus 12 months; a
// 29 February becomes 28 February. Throws std::invalid_argument for a bad date.
std::string next_review(const std::string& reviewed);

// True when `today` is after the next review of `reviewed` (both YYYY-MM-DD).
bool review_overdue(const std::string& reviewed, const std::string& today);

// Today's date (YYYY-MM-DD): SKINCARE_TODAY if set, else the UTC date.
// A SKINCARE_TODAY that is not a calendar date is a UsageError.
std::string today();

}  // namespace skincare
