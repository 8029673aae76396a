#include "content/review_dates.h"

#include <fmt/format.h>

#include <cstdlib>
#include <ctime>
#include <stdexcept>

#include "base/yaml_reader.h"
#include "base/errors.h"
#include "base/escape.h"

namespace skincare {

std::string next_review(const std::string& reviewed) {
  if (!is_calendar_date(reviewed)) throw std::invalid_argument("not a date: " + reviewed);
  const int year = std::stoi(reviewed.substr(0, 4)) + kReviewIntervalMonths / 12;
  const int month = std::stoi(reviewed.substr(5, 2));
  int day = std::stoi(reviewed.substr(8, 2));
  std::string next = fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
  if (!is_calendar_date(next)) next = fmt::format("{:04d}-{:02d}-{:02d}", year, month, --day);  // 29 Feb
  return next;
}

bool review_overdue(const std::string& reviewed, const std::string& today) {
  return today > next_review(reviewed);  // YYYY-MM-DD compares as text
}

std::string today() {
  if (const char* fixed = std::getenv("SKINCARE_TODAY"); fixed != nullptr && *fixed != '\0') {
    if (!is_calendar_date(fixed))
      throw UsageError(fmt::format("SKINCARE_TODAY must be a date like 2026-12-02, not '{}'", escape_controls(fixed)));
    return fixed;
  }
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04d}-{:02d}-{:02d}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

}  // namespace skincare
