#include "content/review_dates.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <stdexcept>

#include "base/yaml_reader.h"
#include "base/errors.h"

using skincare::next_review;
using skincare::review_overdue;

TEST_CASE("the next review is the same day 12 months later, and 29 February becomes 28 February") {
  CHECK(next_review("2026-11-25") == "2027-11-25");
  CHECK(next_review("2026-12-31") == "2027-12-31");
  CHECK(next_review("2024-02-29") == "2025-02-28");
  CHECK_THROWS_AS(next_review("2026-02-30"), std::invalid_argument);
}

TEST_CASE("a review is overdue only after its next review date") {
  CHECK_FALSE(review_overdue("2026-11-25", "2026-12-02"));
  CHECK_FALSE(review_overdue("2026-11-25", "2027-11-25"));
  CHECK(review_overdue("2026-11-25", "2027-11-26"));
  CHECK(review_overdue("2024-02-29", "2025-03-01"));
}

TEST_CASE("today comes from SKINCARE_TODAY when set, is a real date otherwise, and a bad value is a usage error") {
  setenv("SKINCARE_TODAY", "2030-01-15", 1);
  CHECK(skincare::today() == "2030-01-15");
  setenv("SKINCARE_TODAY", "2030-13-01", 1);
  CHECK_THROWS_AS(skincare::today(), skincare::UsageError);
  setenv("SKINCARE_TODAY", "", 1);
  CHECK(skincare::is_calendar_date(skincare::today()));
  unsetenv("SKINCARE_TODAY");
  CHECK(skincare::is_calendar_date(skincare::today()));
}
