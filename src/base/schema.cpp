#include "base/schema.h"

#include <fmt/format.h>

#include <cctype>
#include <map>

#include "base/suggest.h"
#include "base/yaml_reader.h"
#include "base/escape.h"

namespace skincare {

namespace {

bool blank(const std::string& text) {
  for (const char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

class Walker {
 public:
  Walker(const std::string& file, std::vector<SchemaProblem>& problems) : file_(file), problems_(problems) {}

  void record(const YAML::Node& node, const RecordSchema& schema) {
    if (!node.IsMap()) {
      error(node, fmt::format("{} must be a mapping of keys to values", schema.what));
      return;
    }
    std::vector<std::string> known;
    for (const auto& field : schema.fields) known.push_back(field.key);
    for (const auto& entry : node) {
      if (!entry.first.IsScalar()) {
        error(entry.first, fmt::format("a key in {} must be text", schema.what));
        continue;
      }
      const std::string key = entry.first.Scalar();
      const FieldSchema* field = nullptr;
      for (const auto& candidate : schema.fields)
        if (key == candidate.key) field = &candidate;
      if (field == nullptr) {
        error(entry.first, fmt::format("unknown key '{}' in {}{}", escape_controls(key), schema.what,
                                       did_you_mean(closest_names(key, known, 1))));
        continue;
      }
      value(entry.second, *field, schema.what);
    }
    for (const auto& field : schema.fields)
      if (field.required && !node[field.key])
        error(node, fmt::format("{} is missing required key '{}'", schema.what, field.key));
    if (schema.at_least_one_of[0] != nullptr && !node[schema.at_least_one_of[0]] && !node[schema.at_least_one_of[1]])
      error(node, fmt::format("{} needs '{}' or '{}'", schema.what, schema.at_least_one_of[0], schema.at_least_one_of[1]));
  }

 private:
  void error(const YAML::Node& at, const std::string& message) { problems_.push_back({location_of(at, file_), message}); }

  bool scalar(const YAML::Node& node, const FieldSchema& field, const char* what) {
    if (node.IsScalar()) return true;
    error(node, fmt::format("'{}' in {} must be {}", field.key, what,
                            field.kind == FieldKind::integer ? "a whole number" : "text"));
    return false;
  }

  void value(const YAML::Node& node, const FieldSchema& field, const char* what) {
    switch (field.kind) {
      case FieldKind::text:
        if (scalar(node, field, what) && blank(node.Scalar()))
          error(node, fmt::format("'{}' in {} must not be empty", field.key, what));
        return;
      case FieldKind::date:
        if (scalar(node, field, what) && !is_calendar_date(node.Scalar()))
          error(node, fmt::format("'{}' in {} must be a date like 2026-11-25, not '{}'", field.key, what,
                                  escape_controls(node.Scalar())));
        return;
      case FieldKind::month:
        if (scalar(node, field, what) && !is_year_month(node.Scalar()))
          error(node, fmt::format("'{}' in {} must be a month like 2026-12, not '{}'", field.key, what,
                                  escape_controls(node.Scalar())));
        return;
      case FieldKind::integer: {
        if (!scalar(node, field, what)) return;
        const std::string& text = node.Scalar();
        const bool digits = !text.empty() && text.size() < 19 &&
                            text.find_first_not_of("0123456789", text[0] == '-' ? 1 : 0) == std::string::npos &&
                            text != "-";
        if (!digits)
          error(node, fmt::format("'{}' in {} must be a whole number, not '{}'", field.key, what, escape_controls(text)));
        else if (field.at_least && std::stoll(text) < *field.at_least)
          error(node, fmt::format("'{}' in {} must be {} or more, not {}", field.key, what, *field.at_least, text));
        return;
      }
      case FieldKind::choice: {
        if (!scalar(node, field, what)) return;
        std::vector<std::string> allowed(field.choices.begin(), field.choices.end());
        for (const auto& choice : allowed)
          if (choice == node.Scalar()) return;
        std::string list;
        for (const auto& choice : allowed) list += (list.empty() ? "" : ", ") + choice;
        error(node, fmt::format("'{}' in {} must be one of {}, not '{}'{}", field.key, what, list,
                                escape_controls(node.Scalar()),
                                did_you_mean(closest_names(node.Scalar(), allowed, 1))));
        return;
      }
      case FieldKind::text_list:
        if (!node.IsSequence()) {
          error(node, fmt::format("'{}' in {} must be a list", field.key, what));
          return;
        }
        if (field.non_empty && node.size() == 0) error(node, fmt::format("'{}' in {} must not be empty", field.key, what));
        for (const auto& item : node) {
          if (!item.IsScalar()) error(item, fmt::format("each item of '{}' in {} must be text", field.key, what));
          else if (blank(item.Scalar())) error(item, fmt::format("'{}' in {} has an empty item", field.key, what));
        }
        return;
      case FieldKind::text_map:
        if (!node.IsMap()) error(node, fmt::format("'{}' in {} must be a mapping", field.key, what));
        return;
      case FieldKind::record:
        record(node, *field.record);
        return;
      case FieldKind::record_list: {
        if (!node.IsSequence()) {
          error(node, fmt::format("'{}' in {} must be a list", field.key, what));
          return;
        }
        if (field.non_empty && node.size() == 0) error(node, fmt::format("'{}' in {} must not be empty", field.key, what));
        std::map<std::string, YAML::Mark> seen;
        for (const auto& item : node) {
          record(item, *field.record);
          const char* id_key = field.record->id_key;
          if (id_key == nullptr || !item.IsMap() || !item[id_key] || !item[id_key].IsScalar()) continue;
          const std::string id = item[id_key].Scalar();
          const auto [at, fresh] = seen.emplace(id, item[id_key].Mark());
          if (!fresh)
            error(item[id_key], fmt::format("duplicate {} '{}' in '{}' (first at line {})",
                                            std::string(id_key) == "id" ? std::string(field.record->what) + " id"
                                                                        : std::string(id_key),
                                            escape_controls(id), field.key, at->second.line + 1));
        }
        return;
      }
    }
  }

  const std::string& file_;
  std::vector<SchemaProblem>& problems_;
};

}  // namespace

std::vector<SchemaProblem> schema_problems(const YAML::Node& node, const RecordSchema& schema, const std::string& file) {
  std::vector<SchemaProblem> problems;
  Walker(file, problems).record(node, schema);
  return problems;
}

void require_schema(const YAML::Node& node, const RecordSchema& schema, const std::string& file) {
  const std::vector<SchemaProblem> problems = schema_problems(node, schema, file);
  if (!problems.empty()) throw DataError(problems.front().where, problems.front().message);
}

}  // namespace skincare
