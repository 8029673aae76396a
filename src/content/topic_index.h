// The list of topics with just enough to find and list them (id, kind,
// title, summary, aliases), without parsing whole topic files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace skincare {

struct TopicEntry {
  std::string id;
  std::string kind;
  std::string title;
  std::string summary;
  std::vector<std::string> aliases;
};

// Lower case, with spaces, underscores and dots turned into single dashes:
// "Acne_Scars" and "acne  scars" both become "acne-scars".
std::string normalize_topic_name(std::string_view name);

class TopicIndex {
 public:
  TopicIndex() = default;
  // Entries are kept conditions first, then facts, each sorted by id.
  explicit TopicIndex(std::vector<TopicEntry> entries);

  const std::vector<TopicEntry>& entries() const { return entries_; }

  // The topic a person meant: by id, alias, any spelling of either, or a
  // singular/plural variant; nullptr when nothing matches.
  const TopicEntry* resolve(std::string_view name) const;

  // The closest ids for a name that did not resolve.
  std::vector<std::string> suggestions(std::string_view name) const;

  // The id of the topic a person meant (as resolve), or a UsageError that
  // suggests the closest ids and where to list them.
  std::string id_of(std::string_view name) const;

 private:
  std::vector<TopicEntry> entries_;
};

}  // namespace skincare
