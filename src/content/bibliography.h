// The bibliography: every source the content cites, from content/sources.yaml.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/source.h"

namespace skincare {

class Bibliography {
 public:
  Bibliography() = default;
  explicit Bibliography(std::vector<Source> sources) : sources_(std::move(sources)) {}

  const std::vector<Source>& all() const { return sources_; }
  const Source* find(std::string_view id) const;
  // The source a person named by id in any case; an unknown id is a
  // UsageError that suggests the closest ids.
  const Source& named(const std::string& id) const;
  std::vector<std::string> ids() const;

 private:
  std::vector<Source> sources_;
};

// Parses sources.yaml; duplicate ids and malformed entries are DataErrors.
Bibliography parse_bibliography(std::string_view yaml_text, const std::string& file);

}  // namespace skincare
