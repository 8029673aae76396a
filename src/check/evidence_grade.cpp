#include "check/evidence_grade.h"

#include <fmt/format.h>

namespace skincare {

namespace {

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

bool is_study(std::string_view design) {
  return design == "randomized-trial" || design == "controlled-study" || design == "uncontrolled-study" ||
         design == "systematic-review";
}

}  // namespace

int grade_rank(std::string_view grade) {
  if (grade == "limited") return 0;
  if (grade == "moderate") return 1;
  if (grade == "strong") return 2;
  return -1;
}

GradeLimit highest_grade(const std::vector<const Source*>& cited) {
  std::vector<std::string> trials;      // randomized trials against a control, finding it better
  std::vector<std::string> reviews;     // systematic reviews of such trials, finding it better
  std::vector<std::string> disagree;    // controlled comparisons that did not find it better
  std::vector<std::string> supporting;  // other studies that do not find it worse
  for (const Source* s : cited) {
    if (s == nullptr) continue;
    const bool controlled =
        (s->design == "randomized-trial" || s->design == "systematic-review") && is_control_comparator(s->comparator);
    if (controlled && s->result != "better") {
      disagree.push_back(s->id);
    } else if (controlled && s->design == "randomized-trial") {
      trials.push_back(s->id);
    } else if (controlled) {
      reviews.push_back(s->id);
    } else if (is_study(s->design) && s->result != "worse" && s->result != "mixed") {
      supporting.push_back(s->id);
    }
  }
  if (!disagree.empty())
    return {"limited", fmt::format("controlled comparisons that did not find it better ({})", joined(disagree))};
  if (trials.size() >= 2 || !reviews.empty()) {
    std::vector<std::string> all = trials;
    all.insert(all.end(), reviews.begin(), reviews.end());
    return {"strong", fmt::format("randomized evidence against a control ({})", joined(all))};
  }
  if (trials.size() == 1 && !supporting.empty())
    return {"moderate", fmt::format("one randomized trial against no treatment, a sham or the same care ({}) "
                                    "and supporting studies; strong needs two such trials or a systematic review "
                                    "of them",
                                    trials.front())};
  if (trials.size() == 1)
    return {"limited", fmt::format("one randomized trial against a control ({}) and no supporting study",
                                   trials.front())};
  return {"limited", "no randomized trial against no treatment, a sham or the same care"};
}

}  // namespace skincare
