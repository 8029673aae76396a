// ContentTree::embedded(): the content compiled into the binary.
#include "content/content_tree.h"
#include "embed/embedded_data.h"

namespace skincare {

ContentTree ContentTree::embedded() {
  std::vector<std::pair<std::string_view, std::string_view>> files;
  files.reserve(embedded::kFileCount);
  for (std::size_t i = 0; i < embedded::kFileCount; ++i)
    files.emplace_back(embedded::kFiles[i].path, std::string_view(embedded::kFiles[i].text, embedded::kFiles[i].size));
  ContentTree tree = from_static("<built-in content>", std::move(files));

  std::vector<TopicEntry> entries;
  for (std::size_t i = 0; i < embedded::kTopicCount; ++i) {
    const embedded::IndexEntry& entry = embedded::kTopics[i];
    entries.push_back({entry.id, entry.kind, entry.title, entry.summary,
                       std::vector<std::string>(entry.aliases, entry.aliases + entry.alias_count)});
  }
  tree.set_index(TopicIndex(std::move(entries)));
  return tree;
}

}  // namespace skincare
