// A cited source (study, review, guideline, regulation, or a secondary
// source that is only "commonly advised"), as written in content/sources.yaml.
#pragma once

#include <string>
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
  std::string confidence;  // verified | partial | secondary
  std::string note;

  // "Alam M, Han S, ... (2014)" style short label for lists.
  std::string short_label() const;
  // Links derived from the identifiers: https://doi.org/..., PubMed, url.
  std::vector<std::string> links() const;
};

}  // namespace skincare
