#include "content/source.h"

namespace skincare {

std::string Source::short_label() const {
  std::string who = authors;
  const auto comma = who.find(',');
  if (comma != std::string::npos) who = who.substr(0, comma) + " et al.";
  if (who.empty()) who = journal.empty() ? title : journal;
  return year.empty() ? who : who + " (" + year + ")";
}

std::vector<std::string> Source::links() const {
  std::vector<std::string> out;
  if (!doi.empty()) out.push_back("https://doi.org/" + doi);
  if (!pmid.empty()) out.push_back("https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/");
  if (!url.empty()) out.push_back(url);
  return out;
}

const std::vector<const char*>& source_designs() {
  static const std::vector<const char*> values{
      "randomized-trial", "controlled-study", "uncontrolled-study", "case-report", "systematic-review",
      "narrative-review", "guideline",        "labeling",           "regulation",  "secondary"};
  return values;
}

const std::vector<const char*>& source_comparators() {
  static const std::vector<const char*> values{"no-treatment", "sham", "same-care", "active-treatment", "none"};
  return values;
}

bool is_control_comparator(std::string_view comparator) {
  return comparator == "no-treatment" || comparator == "sham" || comparator == "same-care";
}

const std::vector<const char*>& source_results() {
  static const std::vector<const char*> values{"better", "no-difference", "worse", "mixed"};
  return values;
}

}  // namespace skincare
