// `--fields`: keeps only the named parts of each JSON result. A field path
// is a key of the result ("verdict") or a key inside it, dot-separated
// ("reasons.rule", "answers.age"); a path through an array applies to each
// element. Paths are checked against the keys the result writer actually
// writes (a sample result), so the list of fields is declared once: by the
// writer. The projection copies bytes from the writer's compact output
// without parsing it into a tree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace skincare {

class JsonFields {
 public:
  // Parses "verdict,reasons.rule" against `sample` (one compact JSON object
  // as the writer writes it). `always` are top-level keys kept whatever is
  // asked. Returns the problem with the first unknown path, if any; its
  // list of fields leaves out keys named in `unlisted` (keys of maps).
  std::optional<std::string> parse(std::string_view spec, std::string_view sample,
                                   const std::vector<std::string>& always, const std::vector<std::string>& unlisted);

  // Appends `json` (one compact object from the same writer) with only the
  // chosen fields.
  void project(std::string_view json, std::string& out) const;

  // Whether the top-level `key` is kept at all: a writer may leave out what
  // is not (the projection gives the same bytes either way).
  bool keeps(std::string_view key) const;

  // What is kept of the value of the top-level `key`, as fields of its own
  // (for an array, of each element), for a writer that prepares projected
  // parts; nullopt when the value is kept whole or not at all.
  std::optional<JsonFields> inside(std::string_view key) const;
  // The top-level keys whose values are kept in part (inside() gives what).
  std::vector<std::string> cut_keys() const;

  // Every path the sample has, in the writer's order ("reasons", "reasons.rule", ...).
  static std::vector<std::string> paths(std::string_view sample);

 private:
  struct Node {
    std::string key;
    bool all = false;
    std::vector<Node> children;  // few: found by looking at each
    const Node* find(std::string_view name) const;
    Node& child(std::string_view name);  // found or added
  };
  Node root_;
};

}  // namespace skincare
