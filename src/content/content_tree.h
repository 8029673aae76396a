// Where content comes from: the tree compiled into the binary, or a
// directory on disk (--content DIR, SKINCARE_CONTENT). Files are parsed only
// when a command asks for them.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/bibliography.h"
#include "content/grid.h"
#include "content/topic.h"
#include "content/topic_index.h"

namespace skincare {

class ContentTree {
 public:
  // The shipped content, embedded at build time (see src/embed/).
  static ContentTree embedded();
  // A tree on disk; throws InputError when `directory` is not a readable folder.
  static ContentTree from_directory(const std::string& directory);
  // Built from files in memory: for tests and for the embedder.
  static ContentTree from_files(std::string label, std::map<std::string, std::string> files);
  // Built from text with static storage (the embedded tree): path and text
  // pairs in any order; nothing is copied.
  static ContentTree from_static(std::string label, std::vector<std::pair<std::string_view, std::string_view>> files);

  // Paths are relative to the tree: "topics/acne-scars.yaml", "sources.yaml".
  std::string read(const std::string& path) const;  // InputError when missing
  // An in-memory file's text without a copy (the embedded snapshots), or
  // null when the tree is on disk or has no such file.
  const std::string_view* in_memory(std::string_view path) const;
  bool contains(const std::string& path) const;
  std::string display_path(const std::string& path) const;  // for messages
  std::vector<std::string> topic_paths() const;             // topics/*.yaml, sorted
  std::vector<std::string> case_paths() const;              // questionnaire/cases/*.yaml, sorted (may be none)
  std::vector<std::string> grid_paths() const;              // grids/*.yaml, sorted
  // Every content file of the tree that exists: the bibliography, the
  // topics, the grid rows and grids, the questionnaire and its test cases.
  std::vector<std::string> content_paths() const;

  const TopicIndex& topics() const;  // prebuilt when embedded, else built on first use
  // The whole topic; without its grid (left empty) unless `with_grid`,
  // which from the embedded snapshot is faster.
  Topic topic(const std::string& id, bool with_grid = true) const;
  // The topic without its prose (summary, review date, aliases, sections,
  // alternatives, risks: left empty), which is all an assessment shows of a
  // concern, and without its grid unless `with_grid`; faster from the
  // embedded snapshot. From disk it is read whole.
  Topic topic_outline(const std::string& id, bool with_grid = true) const;
  std::vector<Topic> all_topics() const;
  Bibliography bibliography() const;
  // The rows every grid has (grid-rows.yaml); empty when the tree has none.
  GridLayout grid_layout() const;

  // Used by the embedder to install a prebuilt index.
  void set_index(TopicIndex index) const { index_ = std::make_shared<TopicIndex>(std::move(index)); }

 private:
  // FOLDER/*.yaml (not hidden, not in subfolders), sorted; a missing folder
  // is an InputError when `required`, else no paths.
  std::vector<std::string> yaml_paths(const std::string& folder, bool required) const;

  std::string root_;                                  // folder, or a label for in-memory trees
  bool on_disk_ = false;
  std::vector<std::pair<std::string_view, std::string_view>> memory_;  // in-memory files by path, sorted
  std::shared_ptr<std::map<std::string, std::string>> owned_;
  mutable std::shared_ptr<TopicIndex> index_;
  mutable std::shared_ptr<GridLayout> layout_;
};

// Where the build stores parsed snapshots among the embedded files.
std::string topic_snapshot_path(const std::string& id);
inline constexpr const char* kBibliographySnapshotPath = "snapshot/sources";
inline constexpr const char* kQuestionnaireSnapshotPath = "snapshot/questionnaire";  // of questionnaire/assessment.yaml
inline constexpr const char* kGridLayoutSnapshotPath = "snapshot/grid-rows";          // of grid-rows.yaml

// Topic id from a path like "topics/acne-scars.yaml".
std::string topic_id_from_path(const std::string& path);

}  // namespace skincare
