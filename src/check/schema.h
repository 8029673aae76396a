// The schema of each kind of content file (topic, bibliography,
// questionnaire), written as data, and a walker that reports every way a
// YAML document departs from it: missing and unknown keys, wrong types,
// values outside their set, duplicate ids, malformed dates, empty text.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "check/finding.h"

namespace skincare {

struct RecordSchema;

enum class FieldKind {
  text,         // non-empty scalar
  date,         // YYYY-MM-DD, a real calendar date
  month,        // YYYY-MM, a real month
  integer,      // whole number
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
  bool non_empty = false;  // lists: at least one item
};

struct RecordSchema {
  const char* what;                  // "topic", "section", ... for messages
  std::vector<FieldSchema> fields;
  const char* id_key = nullptr;      // in a list of these, this key must be unique
  const char* at_least_one_of[2] = {nullptr, nullptr};  // e.g. section: text or items
};

const RecordSchema& topic_schema();
const RecordSchema& bibliography_schema();
const RecordSchema& questionnaire_schema();
const RecordSchema& case_file_schema();  // content/questionnaire/cases/*.yaml

// Reports every departure of `node` from `schema` into `findings`.
void check_schema(const YAML::Node& node, const RecordSchema& schema, const std::string& file, Findings& findings);

}  // namespace skincare
