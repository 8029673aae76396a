#include "content/yaml_reader.h"

#include <fmt/format.h>

#include <cctype>

#include "content/suggest.h"
#include "term/escape.h"

namespace skincare {

YAML::Node parse_yaml(std::string_view text, const std::string& file) {
  const std::size_t bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < bad; ++i) {
      if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
    }
    throw DataError({file, line, column}, "invalid UTF-8 (the file must be UTF-8 text)");
  }
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::ParserException& e) {
    throw DataError({file, e.mark.line + 1, e.mark.column + 1}, e.msg);
  } catch (const YAML::Exception& e) {
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

std::string MapReader::one_of(const char* key, std::initializer_list<const char*> allowed) const {
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
