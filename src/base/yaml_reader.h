// Reading YAML with errors that say FILE:LINE:COL: what is wrong. Every
// content parser goes through these helpers so messages look alike.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/errors.h"

namespace skincare {

// Parses one YAML document; a syntax error becomes a DataError at its place.
YAML::Node parse_yaml(std::string_view text, const std::string& file);

// The 1-based location of `node` in `file`.
Location location_of(const YAML::Node& node, const std::string& file);

// True when `text` is a real calendar date written YYYY-MM-DD.
bool is_calendar_date(const std::string& text);

// True when `text` is a real month written YYYY-MM.
bool is_year_month(const std::string& text);

// A YAML mapping with the file it came from, read field by field.
class MapReader {
 public:
  // Throws unless `node` is a mapping; `what` names it in messages ("topic").
  MapReader(const YAML::Node& node, std::string file, std::string_view what);

  // Unknown keys are errors, with the closest allowed key suggested.
  void allow_only(std::initializer_list<const char*> keys) const;

  bool has(const char* key) const;
  YAML::Node node(const char* key) const;  // undefined node when absent

  std::string string(const char* key) const;                    // required, non-empty
  std::optional<std::string> optional_string(const char* key) const;
  std::vector<std::string> string_list(const char* key, bool required = false) const;
  std::optional<long long> optional_integer(const char* key) const;
  long long integer(const char* key) const;
  std::string date(const char* key) const;                      // YYYY-MM-DD
  std::string one_of(const char* key, std::initializer_list<const char*> allowed) const;
  std::string one_of(const char* key, const std::vector<const char*>& allowed) const;
  std::optional<std::string> optional_one_of(const char* key, const std::vector<const char*>& allowed) const;
  std::optional<std::string> optional_year_month(const char* key) const;  // YYYY-MM

  Location location() const { return location_of(map_, file_); }
  Location location(const char* key) const;
  const std::string& file() const { return file_; }
  const YAML::Node& yaml() const { return map_; }

 private:
  [[noreturn]] void fail(const YAML::Node& at, const std::string& message) const;
  std::string scalar(const YAML::Node& value, const char* key) const;

  YAML::Node map_;
  std::string file_;
  std::string what_;
};

// The text of a scalar node, or a DataError naming `what` when it is not one.
std::string scalar_text(const YAML::Node& node, const std::string& file, std::string_view what);

}  // namespace skincare
