// The bibliography: every source the content cites, from content/sources.yaml.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "content/source.h"

namespace skincare {

class Bibliography {
 public:
  // A source not decoded yet: its id, and its snapshot (content/snapshot.h).
  struct Entry {
    std::string_view id;
    std::string_view snapshot;
  };

  Bibliography() = default;
  explicit Bibliography(std::vector<Source> sources) : sources_(std::move(sources)) {}
  // The sources of the embedded snapshot, each decoded when first asked
  // for: `explain` cites a few dozen of the bibliography's hundreds. Copies
  // share what was decoded.
  static Bibliography lazy(std::vector<Entry> entries);

  const std::vector<Source>& all() const;
  const Source* find(std::string_view id) const;
  // The source a person named by id in any case; an unknown id is a
  // UsageError that suggests the closest ids.
  const Source& named(const std::string& id) const;
  std::vector<std::string> ids() const;

 private:
  struct Lazy;
  std::vector<Source> sources_;
  std::shared_ptr<Lazy> lazy_;  // set for a lazy bibliography; then sources_ stays empty
};

// Parses sources.yaml; duplicate ids and malformed entries are DataErrors.
Bibliography parse_bibliography(std::string_view yaml_text, const std::string& file);

}  // namespace skincare
