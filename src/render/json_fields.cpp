#include "render/json_fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "base/suggest.h"
#include "base/escape.h"

namespace skincare {

namespace {

// All helpers take compact JSON as our writer writes it: no whitespace.
std::size_t skip_string(std::string_view json, std::size_t at) {
  for (std::size_t i = at + 1; i < json.size();) {
    const void* found = std::memchr(json.data() + i, '"', json.size() - i);
    if (found == nullptr) break;
    const auto quote = static_cast<std::size_t>(static_cast<const char*>(found) - json.data());
    std::size_t backslashes = 0;  // an odd number before it escapes the quote
    while (quote - backslashes > at + 1 && json[quote - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return quote + 1;
    i = quote + 1;
  }
  return json.size();
}

std::size_t skip_value(std::string_view json, std::size_t at) {
  if (at >= json.size()) return at;
  const char c = json[at];
  if (c == '"') return skip_string(json, at);
  if (c == '{' || c == '[') {
    static constexpr auto kSyntax = [] {  // the bytes that matter inside an array or object
      std::array<bool, 256> table{};
      for (const char s : {'"', '{', '[', '}', ']'}) table[static_cast<unsigned char>(s)] = true;
      return table;
    }();
    int depth = 0;
    for (std::size_t i = at; i < json.size(); ++i) {
      while (i < json.size() && !kSyntax[static_cast<unsigned char>(json[i])]) ++i;
      if (i == json.size()) break;
      const char d = json[i];
      if (d == '"') {
        i = skip_string(json, i) - 1;
      } else if (d == '{' || d == '[') {
        ++depth;
      } else if (d == '}' || d == ']') {
        if (--depth == 0) return i + 1;
      }
    }
    return json.size();
  }
  std::size_t i = at;
  while (i < json.size() && json[i] != ',' && json[i] != '}' && json[i] != ']') ++i;
  return i;
}

// Walks a value, calling `on_key(path)` for each key reached; arrays pass through.
template <typename F>
void walk(std::string_view json, std::size_t& at, const std::string& prefix, F&& on_key) {
  if (at >= json.size()) return;
  if (json[at] == '{') {
    ++at;
    while (at < json.size() && json[at] != '}') {
      const std::size_t end = skip_string(json, at);
      const std::string key(json.substr(at + 1, end - at - 2));
      const std::string path = prefix.empty() ? key : prefix + "." + key;
      on_key(path);
      at = end + 1;  // past ':'
      walk(json, at, path, on_key);
      if (at < json.size() && json[at] == ',') ++at;
    }
    ++at;
  } else if (json[at] == '[') {
    ++at;
    while (at < json.size() && json[at] != ']') {
      walk(json, at, prefix, on_key);
      if (at < json.size() && json[at] == ',') ++at;
    }
    ++at;
  } else {
    at = skip_value(json, at);
  }
}

}  // namespace

std::vector<std::string> JsonFields::paths(std::string_view sample) {
  std::vector<std::string> found;
  std::size_t at = 0;
  walk(sample, at, "", [&](const std::string& path) {
    if (std::find(found.begin(), found.end(), path) == found.end()) found.push_back(path);
  });
  return found;
}

std::optional<std::string> JsonFields::parse(std::string_view spec, std::string_view sample,
                                             const std::vector<std::string>& always,
                                             const std::vector<std::string>& unlisted) {
  root_ = Node{};
  const std::vector<std::string> known = paths(sample);
  for (const auto& key : always) root_.child(key).all = true;
  std::size_t start = 0;
  bool any = false;
  while (start <= spec.size()) {
    std::size_t comma = spec.find(',', start);
    if (comma == std::string_view::npos) comma = spec.size();
    std::string path(spec.substr(start, comma - start));
    path.erase(0, path.find_first_not_of(' '));
    path.erase(path.find_last_not_of(' ') + 1);
    start = comma + 1;
    if (path.empty()) continue;
    any = true;
    // Known, or inside a part the sample leaves empty (an empty map of
    // answers, a null): only the writer's own keys are checked.
    bool ok = std::find(known.begin(), known.end(), path) != known.end();
    for (std::size_t dot = path.find('.'); !ok && dot != std::string::npos; dot = path.find('.', dot + 1)) {
      const std::string parent = path.substr(0, dot);
      if (std::find(known.begin(), known.end(), parent) == known.end()) break;
      const std::string below = parent + ".";
      ok = std::none_of(known.begin(), known.end(), [&](const std::string& k) { return k.rfind(below, 0) == 0; });
    }
    if (!ok) {
      // The list leaves out the keys of maps (`unlisted`, such as question ids).
      std::vector<std::string> listed;
      for (const auto& k : known) {
        const auto dot = k.rfind('.');
        if (dot == std::string::npos ||
            std::find(unlisted.begin(), unlisted.end(), k.substr(dot + 1)) == unlisted.end())
          listed.push_back(k);
      }
      return fmt::format("unknown field '{}'{}; fields are {}", escape_controls(path),
                         did_you_mean(closest_names(path, known, 1)), fmt::join(listed, ", "));
    }
    Node* node = &root_;
    std::size_t from = 0;
    for (;;) {
      const std::size_t dot = path.find('.', from);
      node = &node->child(std::string_view(path).substr(from, dot - from));
      if (dot == std::string::npos) break;
      from = dot + 1;
    }
    node->all = true;
  }
  if (!any) return std::string("--fields needs at least one field, as in --fields verdict,reasons.rule");
  return std::nullopt;
}

namespace {

// Appends the value at `at` with only the parts `node` keeps; returns the
// position after it. One pass: what is left out is skipped once.
template <typename NodeT>
std::size_t project_value(std::string_view json, std::size_t at, const NodeT& node, std::string& out) {
  if (at >= json.size()) return at;
  const char open = json[at];
  if (node.all || node.children.empty() || (open != '{' && open != '[')) {
    const std::size_t end = skip_value(json, at);
    out.append(json.substr(at, end - at));
    return end;
  }
  const char close = open == '[' ? ']' : '}';
  out += open;
  ++at;
  bool first = true;
  while (at < json.size() && json[at] != close) {
    if (open == '[') {
      if (!first) out += ',';
      first = false;
      at = project_value(json, at, node, out);
    } else {
      const std::size_t key_end = skip_string(json, at);
      const std::string_view key = json.substr(at + 1, key_end - at - 2);
      const auto* child = node.find(key);
      const std::size_t value_at = key_end + 1;
      if (child == nullptr) {
        at = skip_value(json, value_at);
      } else {
        if (!first) out += ',';
        first = false;
        out.append(json.substr(at, value_at - at));
        at = project_value(json, value_at, *child, out);
      }
    }
    if (at < json.size() && json[at] == ',') ++at;
  }
  out += close;
  return std::min(at + 1, json.size());
}

}  // namespace

void JsonFields::project(std::string_view json, std::string& out) const {
  project_value(json, 0, root_, out);
}

bool JsonFields::keeps(std::string_view key) const {
  return root_.all || root_.find(key) != nullptr;
}

std::optional<JsonFields> JsonFields::inside(std::string_view key) const {
  const Node* node = root_.find(key);
  if (root_.all || node == nullptr || node->all) return std::nullopt;
  JsonFields part;
  part.root_ = *node;
  return part;
}

std::vector<std::string> JsonFields::cut_keys() const {
  std::vector<std::string> keys;
  if (!root_.all)
    for (const auto& node : root_.children)
      if (!node.all) keys.push_back(node.key);
  return keys;
}

const JsonFields::Node* JsonFields::Node::find(std::string_view name) const {
  for (const auto& node : children)
    if (node.key == name) return &node;
  return nullptr;
}

JsonFields::Node& JsonFields::Node::child(std::string_view name) {
  for (auto& node : children)
    if (node.key == name) return node;
  children.push_back(Node{std::string(name), false, {}});
  return children.back();
}

}  // namespace skincare
