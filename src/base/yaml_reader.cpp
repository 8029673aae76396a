#include "base/yaml_reader.h"

#include <fmt/format.h>
#include <yaml-cpp/anchor.h>
#include <yaml-cpp/eventhandler.h>

#include <cctype>
#include <map>
#include <sstream>

#include "base/suggest.h"
#include "base/input_limits.h"
#include "base/input_text.h"
#include "base/escape.h"

namespace skincare {

namespace {

// A first pass over the parser's events that enforces the limits of
// input_limits.h before any node is built: nesting depth, value length, and
// how many values (and how much text) the document holds once its aliases
// are expanded, so a "billion laughs" file is refused cheaply. It also
// refuses a mapping that gives the same key twice, which yaml-cpp would
// accept with one of the two values silently winning.
class LimitCheck : public YAML::EventHandler {
 public:
  explicit LimitCheck(const std::string& file) : file_(file) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    child(mark, nullptr);
    add_value(mark, anchor, 0);
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    only_one_document(mark);
    child(mark, &value);
    if (value.size() > limits::kMaxValueBytes)
      fail(mark, fmt::format("a value is longer than {} (the limit for one value)",
                             limits::describe_size(limits::kMaxValueBytes)));
    add_value(mark, anchor, value.size());
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    only_one_document(mark);
    child(mark, nullptr);
    const auto found = anchored_.find(anchor);
    if (found == anchored_.end()) fail(mark, "an alias refers to a list or mapping that contains it");
    aliased_ = true;
    values_ += found->second.values;
    bytes_ += found->second.bytes;
    check_size(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, false);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor, true);
  }
  void OnMapEnd() override { close(); }

  // Called before the parser reads on past the first document: anything but
  // an empty document after it would be silently ignored, so it is an error.
  void after_first_document() { first_done_ = true; }

 private:
  struct Size {
    std::size_t values = 0;
    std::size_t bytes = 0;
  };
  struct Open {
    YAML::anchor_t anchor;
    Size at_start;
    bool is_map;
    std::size_t children = 0;
    std::map<std::string, YAML::Mark> keys;  // a mapping's scalar keys so far, where each was given
  };

  // Every value starts with this call: in a mapping, every other one is a key.
  void child(const YAML::Mark& mark, const std::string* scalar) {
    if (open_.empty()) return;
    Open& parent = open_.back();
    const bool is_key = parent.is_map && parent.children % 2 == 0;
    ++parent.children;
    if (!is_key || scalar == nullptr) return;
    const auto [first, added] = parent.keys.emplace(*scalar, mark);
    if (!added)
      fail(mark, fmt::format("the key '{}' is given twice in the same mapping (first at line {}, column {}); "
                             "keep one, so it is clear which value counts",
                             escape_controls(*scalar), first->second.line + 1, first->second.column + 1));
  }

  void only_one_document(const YAML::Mark& mark) const {
    if (first_done_)
      fail(mark, "a second YAML document (after '---') would be ignored; keep everything in one document");
  }
  [[noreturn]] void fail(const YAML::Mark& mark, const std::string& message) const {
    throw DataError({file_, mark.line + 1, mark.column + 1}, message);
  }
  void check_size(const YAML::Mark& mark) const {
    if (values_ > limits::kMaxExpandedValues)
      fail(mark, fmt::format("{} more than {} values (the limit)",
                             aliased_ ? "aliases expand the file to" : "the file holds", limits::kMaxExpandedValues));
    if (bytes_ > limits::kMaxExpandedBytes)
      fail(mark, fmt::format("aliases expand the file to more than {} of text (the limit)",
                             limits::describe_size(limits::kMaxExpandedBytes)));
  }
  void add_value(const YAML::Mark& mark, YAML::anchor_t anchor, std::size_t bytes) {
    ++values_;
    bytes_ += bytes;
    if (anchor != YAML::NullAnchor) anchored_[anchor] = Size{1, bytes};
    check_size(mark);
  }
  void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool is_map) {
    only_one_document(mark);
    child(mark, nullptr);
    if (open_.size() >= limits::kMaxNestingDepth)
      fail(mark, fmt::format("lists and mappings nest more than {} levels deep (the limit)",
                             limits::kMaxNestingDepth));
    open_.push_back(Open{anchor, Size{values_, bytes_}, is_map, 0, {}});
    ++values_;
    check_size(mark);
  }
  void close() {
    if (open_.empty()) return;
    const Open done = open_.back();
    open_.pop_back();
    if (done.anchor != YAML::NullAnchor)
      anchored_[done.anchor] = Size{values_ - done.at_start.values, bytes_ - done.at_start.bytes};
  }

  const std::string& file_;
  std::vector<Open> open_;
  std::map<YAML::anchor_t, Size> anchored_;
  std::size_t values_ = 0;
  std::size_t bytes_ = 0;
  bool aliased_ = false;
  bool first_done_ = false;
};

}  // namespace

YAML::Node parse_yaml(std::string_view text, const std::string& file) {
  text = without_byte_order_mark(text);  // columns count from the first visible character
  if (text.size() > limits::kMaxFileBytes)
    throw DataError({file, 0, 0}, fmt::format("the file is larger than {} (the limit for one input file)",
                                              limits::describe_size(limits::kMaxFileBytes)));
  const std::size_t bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos) {
    const limits::TextPosition at = limits::position_of(text, bad);
    throw DataError({file, at.line, at.column}, "invalid UTF-8 (the file must be UTF-8 text)");
  }
  // YAML allows no raw control character but tab and line breaks (escapes in
  // double quotes are fine); yaml-cpp would misread a NUL byte.
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      const limits::TextPosition at = limits::position_of(text, i);
      throw DataError({file, at.line, at.column},
                      fmt::format("a raw control character ({}) is not allowed in a YAML file; write it as an "
                                  "escape in double quotes, like \"\\x{:02X}\"",
                                  escape_controls(text.substr(i, 1)), c));
    }
  }
  const std::string owned(text);
  try {
    {
      std::istringstream stream(owned);
      YAML::Parser parser(stream);
      LimitCheck check(file);
      if (parser.HandleNextDocument(check)) {
        check.after_first_document();
        while (parser.HandleNextDocument(check)) {
        }
      }
    }
    return YAML::Load(owned);
  } catch (const YAML::Exception& e) {
    if (e.mark.is_null()) throw DataError({file, 0, 0}, e.msg);
    throw DataError({file, e.mark.line + 1, e.mark.column + 1}, e.msg);
  }
}

Location location_of(const YAML::Node& node, const std::string& file) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {file, 0, 0};
  return {file, mark.line + 1, mark.column + 1};
}

std::string scalar_text(const YAML::Node& node, const std::string& file, std::string_view what) {
  if (!node.IsScalar())
    throw DataError(location_of(node, file), fmt::format("{} must be a single value (text)", what));
  return node.Scalar();
}

MapReader::MapReader(const YAML::Node& node, std::string file, std::string_view what)
    : map_(node), file_(std::move(file)), what_(what) {
  if (!node.IsMap()) fail(node, fmt::format("{} must be a mapping of keys to values", what_));
}

void MapReader::fail(const YAML::Node& at, const std::string& message) const {
  throw DataError(location_of(at, file_), message);
}

void MapReader::allow_only(std::initializer_list<const char*> keys) const {
  std::vector<std::string> allowed(keys.begin(), keys.end());
  for (const auto& entry : map_) {
    const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string("?");
    bool known = false;
    for (const auto& name : allowed) known = known || name == key;
    if (!known)
      fail(entry.first, fmt::format("unknown key '{}' in {}{}", escape_controls(key), what_,
                                    did_you_mean(closest_names(key, allowed, 1))));
  }
}

bool MapReader::has(const char* key) const { return static_cast<bool>(map_[key]); }

YAML::Node MapReader::node(const char* key) const { return map_[key]; }

Location MapReader::location(const char* key) const {
  const YAML::Node value = map_[key];
  return value ? location_of(value, file_) : location();
}

std::string MapReader::scalar(const YAML::Node& value, const char* key) const {
  if (!value.IsScalar()) fail(value, fmt::format("'{}' in {} must be text", key, what_));
  return value.Scalar();
}

std::string MapReader::string(const char* key) const {
  const YAML::Node value = map_[key];
  if (!value) fail(map_, fmt::format("{} is missing required key '{}'", what_, key));
  std::string text = scalar(value, key);
  bool blank = true;
  for (const char c : text) blank = blank && std::isspace(static_cast<unsigned char>(c));
  if (blank) fail(value, fmt::format("'{}' in {} must not be empty", key, what_));
  return text;
}

std::optional<std::string> MapReader::optional_string(const char* key) const {
  if (!map_[key]) return std::nullopt;
  return string(key);
}

std::vector<std::string> MapReader::string_list(const char* key, bool required) const {
  const YAML::Node value = map_[key];
  if (!value) {
    if (required) fail(map_, fmt::format("{} is missing required list '{}'", what_, key));
    return {};
  }
  if (!value.IsSequence()) fail(value, fmt::format("'{}' in {} must be a list", key, what_));
  std::vector<std::string> items;
  for (const auto& item : value) {
    std::string text = scalar(item, key);
    if (text.empty()) fail(item, fmt::format("'{}' in {} has an empty entry", key, what_));
    items.push_back(std::move(text));
  }
  if (required && items.empty()) fail(value, fmt::format("'{}' in {} must not be empty", key, what_));
  return items;
}

std::optional<long long> MapReader::optional_integer(const char* key) const {
  const YAML::Node value = map_[key];
  if (!value) return std::nullopt;
  const std::string text = scalar(value, key);
  std::size_t used = 0;
  long long number = 0;
  try {
    number = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size())
    fail(value, fmt::format("'{}' in {} must be a whole number, not '{}'", key, what_, escape_controls(text)));
  return number;
}

long long MapReader::integer(const char* key) const {
  if (!map_[key]) fail(map_, fmt::format("{} is missing required key '{}'", what_, key));
  return *optional_integer(key);
}

bool is_calendar_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  const int year = std::stoi(text.substr(0, 4));
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  if (month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= (month == 2 && leap ? 29 : kDays[month - 1]);
}

std::string MapReader::date(const char* key) const {
  const std::string text = string(key);
  if (!is_calendar_date(text))
    fail(map_[key], fmt::format("'{}' in {} must be a date like 2026-11-25, not '{}'", key, what_,
                                escape_controls(text)));
  return text;
}

bool is_year_month(const std::string& text) {
  if (text.size() != 7 || text[4] != '-') return false;
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  const int month = std::stoi(text.substr(5, 2));
  return month >= 1 && month <= 12;
}

std::optional<std::string> MapReader::optional_year_month(const char* key) const {
  if (!map_[key]) return std::nullopt;
  const std::string text = string(key);
  if (!is_year_month(text))
    fail(map_[key], fmt::format("'{}' in {} must be a month like 2026-12, not '{}'", key, what_,
                                escape_controls(text)));
  return text;
}

std::string MapReader::one_of(const char* key, std::initializer_list<const char*> allowed) const {
  return one_of(key, std::vector<const char*>(allowed.begin(), allowed.end()));
}

std::optional<std::string> MapReader::optional_one_of(const char* key,
                                                      const std::vector<const char*>& allowed) const {
  if (!map_[key]) return std::nullopt;
  return one_of(key, allowed);
}

std::string MapReader::one_of(const char* key, const std::vector<const char*>& allowed) const {
  const std::string text = string(key);
  std::vector<std::string> names(allowed.begin(), allowed.end());
  for (const auto& name : names)
    if (name == text) return text;
  std::string list;
  for (const auto& name : names) list += (list.empty() ? "" : ", ") + name;
  fail(map_[key], fmt::format("'{}' in {} must be one of {}, not '{}'{}", key, what_, list,
                              escape_controls(text), did_you_mean(closest_names(text, names, 1))));
}

}  // namespace skincare
