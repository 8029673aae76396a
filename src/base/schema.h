// The shape of a YAML content file, written as data: its keys, their kinds,
// which are required, the values a choice allows, nested records and the
// keys that must be unique in a list. One walker reports every way a
// document departs from a schema; the parsers stop at the first problem
// (require_schema) and `skincare check` lists them all, so both say the same
// thing in the same words. Each layer declares the schemas of its own files
// (content/content_schema.h, questionnaire/questionnaire_schema.h), bound to
// its model with schema_binding.h.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "base/errors.h"

namespace skincare {

struct RecordSchema;

enum class FieldKind {
  text,         // non-empty scalar
  date,         // YYYY-MM-DD, a real calendar date
  month,        // YYYY-MM, a real month
  integer,      // whole number (at least `at_least` when set)
  choice,       // one of `choices`
  text_list,    // list of non-empty scalars
  record,       // nested mapping (`record`)
  record_list,  // list of mappings (`record`)
  text_map,     // mapping of scalar keys to non-empty scalars
};

struct FieldSchema {
  const char* key;
  FieldKind kind;
  bool required = false;
  std::vector<const char*> choices = {};
  const RecordSchema* record = nullptr;
  bool non_empty = false;                // lists: at least one item
  std::optional<long long> at_least = {};  // integers: the smallest allowed
};

struct RecordSchema {
  const char* what;                  // "topic", "section", ... for messages
  std::vector<FieldSchema> fields;
  const char* id_key = nullptr;      // in a list of these, this key must be unique
  const char* at_least_one_of[2] = {nullptr, nullptr};  // e.g. section: text or items
};

// One way a document departs from its schema.
struct SchemaProblem {
  Location where;
  std::string message;
};

// Every departure of `node` from `schema`, in the order the walker meets
// them: a mapping's keys as written (a nested record when its key comes),
// then what the mapping lacks. So the first one is the most telling: a
// misspelt key comes before the required key it was meant to be.
std::vector<SchemaProblem> schema_problems(const YAML::Node& node, const RecordSchema& schema, const std::string& file);

// Throws the first departure of `node` from `schema` as a DataError.
void require_schema(const YAML::Node& node, const RecordSchema& schema, const std::string& file);

}  // namespace skincare
