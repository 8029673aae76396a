// A cited source (study, review, guideline, regulation, or a secondary
// source that is only "commonly advised"), as written in content/sources.yaml.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace skincare {

struct Source {
  std::string id;
  std::string authors;     // may be empty when not verified
  std::string year;        // may be empty when not known
  std::string title;
  std::string journal;     // journal, agency or publisher
  std::string details;     // volume, issue, pages (verified parts only)
  std::string doi;
  std::string pmid;
  std::string url;
  std::string kind;        // trial | study | review | guideline | regulation | report | secondary
  std::string design;      // one of source_designs(): how the evidence was produced
  std::string size;        // participants, when the evidence gives it ("" otherwise)
  std::string sponsor;     // a device-maker or industry tie the evidence names ("" if none)
  std::string seen;        // YYYY-MM a web page was seen ("" for printed sources)
  std::string comparator;  // one of source_comparators(), or "" when not recorded
  std::string result;      // one of source_results(): what a comparison found, or ""
  std::string confidence;  // verified | partial | secondary
  std::string note;

  // "Alam M, Han S, ... (2014)" style short label for lists.
  std::string short_label() const;
  // Links derived from the identifiers: https://doi.org/..., PubMed, url.
  std::vector<std::string> links() const;
};

// The values `design`, `comparator` and `result` may take. Declared once,
// read by the parser, by the schema `skincare check` walks and by the
// grading rule (check/evidence_grade.h).
const std::vector<const char*>& source_designs();      // randomized-trial, controlled-study, ...
const std::vector<const char*>& source_comparators();  // no-treatment, sham, same-care, active-treatment, none
const std::vector<const char*>& source_results();      // better, no-difference, worse, mixed

// True for the comparators that count as a control: no-treatment, sham, same-care.
bool is_control_comparator(std::string_view comparator);

}  // namespace skincare
