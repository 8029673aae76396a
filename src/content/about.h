// `skincare about`: who stands behind the content (an IPDAS-style
// disclosure): who writes and checks it, funding and ties, the grading rule,
// the update policy, how to report an error, and each topic's review dates.
#pragma once

#include <string>
#include <vector>

#include "content/topic.h"

namespace skincare {

struct AboutPart {
  std::string key;      // "authors", "checking", ... (the JSON field name)
  std::string heading;  // "Who writes the content"
  std::vector<std::string> paragraphs;
};

struct TopicReview {
  std::string id;
  std::string title;
  std::string reviewed;     // YYYY-MM-DD
  std::string next_review;  // 12 months later
  bool overdue = false;     // today is after next_review
};

struct About {
  std::vector<AboutPart> parts;  // the statement, in reading order
  std::vector<TopicReview> topics;
  std::string today;  // the date the review status was judged on
};

// The statement with the review dates of `topics`, judged on `today`.
About make_about(const std::vector<Topic>& topics, const std::string& today);

}  // namespace skincare
