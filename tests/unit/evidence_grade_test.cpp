#include "check/evidence_grade.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using skincare::highest_grade;
using skincare::Source;

namespace {

Source study(const std::string& id, const std::string& design, const std::string& comparator = "",
             const std::string& result = "") {
  Source s;
  s.id = id;
  s.design = design;
  s.comparator = comparator;
  s.result = result;
  return s;
}

std::string grade_of(const std::vector<Source>& sources) {
  std::vector<const Source*> cited;
  for (const auto& s : sources) cited.push_back(&s);
  return highest_grade(cited).grade;
}

}  // namespace

TEST_CASE("two randomized trials against a control that agree allow strong") {
  CHECK(grade_of({study("a", "randomized-trial", "same-care", "better"),
                  study("b", "randomized-trial", "no-treatment", "better")}) == "strong");
  CHECK(grade_of({study("a", "randomized-trial", "sham", "better"), study("b", "randomized-trial", "sham", "better"),
                  study("c", "uncontrolled-study")}) == "strong");
}

TEST_CASE("a systematic review of randomized trials against a control allows strong on its own") {
  CHECK(grade_of({study("r", "systematic-review", "same-care", "better")}) == "strong");
}

TEST_CASE("one controlled randomized trial plus a supporting study allows moderate, and says why not strong") {
  const Source trial = study("alam", "randomized-trial", "no-treatment", "better");
  const Source series = study("dogra", "uncontrolled-study", "none");
  const auto limit = highest_grade({&trial, &series});
  CHECK(limit.grade == "moderate");
  CHECK(limit.why.find("alam") != std::string::npos);
  CHECK(limit.why.find("strong needs two") != std::string::npos);
}

TEST_CASE("one controlled trial alone is limited: moderate needs a supporting study") {
  CHECK(grade_of({study("a", "randomized-trial", "no-treatment", "better")}) == "limited");
  CHECK(grade_of({study("a", "randomized-trial", "no-treatment", "better"), study("l", "labeling"),
                  study("c", "case-report"), study("n", "narrative-review")}) == "limited");
}

TEST_CASE("comparisons only with another active treatment are limited however many") {
  CHECK(grade_of({study("a", "randomized-trial", "active-treatment", "no-difference"),
                  study("b", "randomized-trial", "active-treatment", "better"),
                  study("c", "uncontrolled-study")}) == "limited");
}

TEST_CASE("a controlled study that is not randomized does not count as a controlled trial") {
  CHECK(grade_of({study("a", "controlled-study", "no-treatment", "better"),
                  study("b", "controlled-study", "no-treatment", "better")}) == "limited");
}

TEST_CASE("a controlled comparison that disagrees makes the evidence inconsistent, so limited") {
  const Source one = study("a", "randomized-trial", "no-treatment", "better");
  const Source two = study("b", "randomized-trial", "no-treatment", "better");
  const Source null_result = study("c", "randomized-trial", "sham", "no-difference");
  const auto limit = highest_grade({&one, &two, &null_result});
  CHECK(limit.grade == "limited");
  CHECK(limit.why.find("(c)") != std::string::npos);
}

TEST_CASE("uncontrolled series, reviews and clinic material alone are limited, and missing sources are skipped") {
  const Source a = study("a", "uncontrolled-study", "none");
  const Source b = study("b", "systematic-review", "none");
  const Source c = study("c", "secondary");
  CHECK(highest_grade({&a, &b, &c, nullptr}).grade == "limited");
  CHECK(highest_grade({}).grade == "limited");
}

TEST_CASE("grades rank limited < moderate < strong") {
  CHECK(skincare::grade_rank("limited") < skincare::grade_rank("moderate"));
  CHECK(skincare::grade_rank("moderate") < skincare::grade_rank("strong"));
  CHECK(skincare::grade_rank("excellent") == -1);
}
