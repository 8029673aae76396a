#include "content/content_tree.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>

#include "content/grid_parser.h"
#include "content/snapshot.h"
#include "content/topic_parser.h"
#include "base/errors.h"
#include "base/file_reader.h"

namespace skincare {

std::string topic_snapshot_path(const std::string& id) { return "snapshot/topics/" + id; }

std::string topic_id_from_path(const std::string& path) {
  std::string name = path.substr(path.rfind('/') + 1);
  const auto dot = name.rfind(".yaml");
  return dot == std::string::npos ? name : name.substr(0, dot);
}

ContentTree ContentTree::from_directory(const std::string& directory) {
  struct stat info {};
  if (stat(directory.c_str(), &info) != 0)
    throw InputError(fmt::format("cannot open content folder '{}': {}", directory, std::strerror(errno)));
  if (!S_ISDIR(info.st_mode)) throw InputError(fmt::format("content folder '{}' is not a folder", directory));
  ContentTree tree;
  tree.root_ = directory;
  while (tree.root_.size() > 1 && tree.root_.back() == '/') tree.root_.pop_back();
  tree.on_disk_ = true;
  return tree;
}

ContentTree ContentTree::from_files(std::string label, std::map<std::string, std::string> files) {
  ContentTree tree;
  tree.root_ = std::move(label);
  tree.owned_ = std::make_shared<std::map<std::string, std::string>>(std::move(files));
  for (const auto& [path, text] : *tree.owned_) tree.memory_.emplace_back(path, text);  // sorted, as the map is
  return tree;
}

ContentTree ContentTree::from_static(std::string label,
                                     std::vector<std::pair<std::string_view, std::string_view>> files) {
  ContentTree tree;
  tree.root_ = std::move(label);
  tree.memory_ = std::move(files);
  std::sort(tree.memory_.begin(), tree.memory_.end());
  return tree;
}

const std::string_view* ContentTree::in_memory(std::string_view path) const {
  const auto at = std::lower_bound(memory_.begin(), memory_.end(), path,
                                   [](const auto& file, std::string_view wanted) { return file.first < wanted; });
  return at != memory_.end() && at->first == path ? &at->second : nullptr;
}

std::string ContentTree::display_path(const std::string& path) const { return root_ + "/" + path; }

bool ContentTree::contains(const std::string& path) const {
  if (!on_disk_) return in_memory(path) != nullptr;
  struct stat info {};
  return stat(display_path(path).c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::string ContentTree::read(const std::string& path) const {
  if (!on_disk_) {
    const std::string_view* found = in_memory(path);
    if (found == nullptr) throw InputError(fmt::format("content file '{}' is missing", display_path(path)));
    return std::string(*found);
  }
  const std::string full = display_path(path);
  struct stat info {};
  if (stat(full.c_str(), &info) != 0)
    throw InputError(fmt::format("cannot open '{}': {}", full, std::strerror(errno)));
  if (!S_ISREG(info.st_mode)) throw InputError(fmt::format("'{}' is not a regular file", full));
  return read_file_within_limit(full);
}

std::vector<std::string> ContentTree::content_paths() const {
  std::vector<std::string> paths;
  for (const char* single : {"sources.yaml", kGridLayoutPath, "questionnaire/assessment.yaml"})
    if (contains(single)) paths.push_back(single);
  for (const auto& list : {topic_paths(), grid_paths(), case_paths()}) paths.insert(paths.end(), list.begin(), list.end());
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::vector<std::string> ContentTree::yaml_paths(const std::string& folder, bool required) const {
  std::vector<std::string> paths;
  const std::string prefix = folder + "/";
  const auto wanted = [](const std::string& name) {
    return name.size() > 5 && name.compare(name.size() - 5, 5, ".yaml") == 0 && name[0] != '.' &&
           name.find('/') == std::string::npos;
  };
  if (!on_disk_) {
    for (const auto& entry : memory_)
      if (entry.first.rfind(prefix, 0) == 0 && wanted(std::string(entry.first.substr(prefix.size()))))
        paths.emplace_back(entry.first);
    return paths;
  }
  const std::string full = display_path(folder);
  DIR* dir = opendir(full.c_str());
  if (dir == nullptr) {
    if (!required && errno == ENOENT) return paths;
    throw InputError(fmt::format("cannot open '{}': {}", full, std::strerror(errno)));
  }
  while (const dirent* entry = readdir(dir)) {
    const std::string name = entry->d_name;
    if (wanted(name)) paths.push_back(prefix + name);
  }
  closedir(dir);
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::vector<std::string> ContentTree::topic_paths() const { return yaml_paths("topics", true); }

std::vector<std::string> ContentTree::case_paths() const { return yaml_paths("questionnaire/cases", false); }

std::vector<std::string> ContentTree::grid_paths() const { return yaml_paths("grids", false); }

Topic ContentTree::topic(const std::string& id, bool with_grid) const {
  if (const std::string_view* snapshot = in_memory(topic_snapshot_path(id)))
    return topic_from_snapshot(*snapshot, with_grid ? TopicParts::whole : TopicParts::without_grid);
  const std::string path = "topics/" + id + ".yaml";
  Topic parsed = parse_topic(read(path), display_path(path), id);
  const std::string grid = "grids/" + id + ".yaml";
  if (contains(grid)) parsed.grid = parse_grid(read(grid), display_path(grid), grid_layout(), parsed);  // checked even when left out
  if (!with_grid) parsed.grid.reset();
  return parsed;
}

Topic ContentTree::topic_outline(const std::string& id, bool with_grid) const {
  if (const std::string_view* snapshot = in_memory(topic_snapshot_path(id)))
    return topic_from_snapshot(*snapshot, with_grid ? TopicParts::outline : TopicParts::outline_without_grid);
  Topic whole = topic(id);
  if (!with_grid) whole.grid.reset();
  return whole;
}

GridLayout ContentTree::grid_layout() const {
  if (!layout_) {
    layout_ = std::make_shared<GridLayout>();
    if (const std::string_view* snapshot = in_memory(kGridLayoutSnapshotPath))
      *layout_ = grid_layout_from_snapshot(*snapshot);
    else if (contains(kGridLayoutPath))
      *layout_ = parse_grid_layout(read(kGridLayoutPath), display_path(kGridLayoutPath));
  }
  return *layout_;
}

std::vector<Topic> ContentTree::all_topics() const {
  std::vector<Topic> topics;
  for (const auto& entry : this->topics().entries()) topics.push_back(topic(entry.id));
  return topics;
}

const TopicIndex& ContentTree::topics() const {
  if (!index_) {
    std::vector<TopicEntry> entries;
    for (const auto& path : topic_paths()) {
      Topic parsed = topic(topic_id_from_path(path));
      entries.push_back({parsed.id, parsed.kind, parsed.title, parsed.summary, parsed.aliases});
    }
    index_ = std::make_shared<TopicIndex>(std::move(entries));
  }
  return *index_;
}

Bibliography ContentTree::bibliography() const {
  if (const std::string_view* snapshot = in_memory(kBibliographySnapshotPath)) return lazy_bibliography_from_snapshot(*snapshot);
  return parse_bibliography(read("sources.yaml"), display_path("sources.yaml"));
}

}  // namespace skincare
