// A schema bound to a model type: each field of a RecordSchema says also
// where its value goes in a `T`. One declaration then serves the schema
// walker (which `skincare check` and the parsers share) and the reading of
// a document that passed it, so adding a field to a file means adding it
// here and to the model, and nowhere else.
//
//   const Record<Alternative> kAlternative{"alternative",
//       {field::text("name", &Alternative::name, kRequired), field::text("note", &Alternative::note, kRequired)},
//       "name"};
//   require_schema(node, kAlternative.schema(), file);
//   Alternative alternative = kAlternative.read(node, file);
#pragma once

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/schema.h"

namespace skincare {

// Whether a field must be there, and for lists whether it may be empty.
struct Need {
  bool required = false;
  bool non_empty = false;
};
inline constexpr Need kOptional{false, false};
inline constexpr Need kRequired{true, false};
inline constexpr Need kRequiredNonEmpty{true, true};

template <class T>
struct BoundField {
  FieldSchema schema;
  // Stores the value of a document the schema accepted into the model.
  std::function<void(T&, const YAML::Node&, const std::string& file)> read;
};

template <class T>
class Record {
 public:
  Record(const char* what, std::vector<BoundField<T>> fields, const char* id_key = nullptr,
         std::pair<const char*, const char*> at_least_one_of = {nullptr, nullptr})
      : fields_(std::move(fields)) {
    schema_.what = what;
    schema_.id_key = id_key;
    schema_.at_least_one_of[0] = at_least_one_of.first;
    schema_.at_least_one_of[1] = at_least_one_of.second;
    for (const auto& field : fields_) schema_.fields.push_back(field.schema);
  }
  Record(const Record&) = delete;  // nested schemas point at this one's RecordSchema
  Record& operator=(const Record&) = delete;

  const RecordSchema& schema() const { return schema_; }

  // Fills `out` from `node`, a mapping the schema has accepted: every field
  // present is stored, absent ones keep the value `out` had.
  void read(const YAML::Node& node, const std::string& file, T& out) const {
    for (const auto& field : fields_)
      if (const YAML::Node value = node[field.schema.key]) field.read(out, value, file);
  }
  T read(const YAML::Node& node, const std::string& file) const {
    T out{};
    read(node, file, out);
    return out;
  }

 private:
  std::vector<BoundField<T>> fields_;
  RecordSchema schema_;
};

// The field kinds, each bound to a member of the model.
namespace field {

template <class T>
BoundField<T> text(const char* key, std::string T::*member, Need need = kOptional) {
  return {{key, FieldKind::text, need.required}, [member](T& out, const YAML::Node& n, const std::string&) {
            out.*member = n.Scalar();
          }};
}

template <class T>
BoundField<T> date(const char* key, std::string T::*member, Need need = kOptional) {
  return {{key, FieldKind::date, need.required}, [member](T& out, const YAML::Node& n, const std::string&) {
            out.*member = n.Scalar();
          }};
}

template <class T>
BoundField<T> month(const char* key, std::string T::*member, Need need = kOptional) {
  return {{key, FieldKind::month, need.required}, [member](T& out, const YAML::Node& n, const std::string&) {
            out.*member = n.Scalar();
          }};
}

// A whole number kept as the text it was written as (shown, never computed with).
template <class T>
BoundField<T> whole_number_text(const char* key, std::string T::*member, Need need = kOptional,
                                std::optional<long long> at_least = {}) {
  return {{key, FieldKind::integer, need.required, {}, nullptr, false, at_least},
          [member](T& out, const YAML::Node& n, const std::string&) { out.*member = n.Scalar(); }};
}

template <class T, class Number>
BoundField<T> whole_number(const char* key, Number T::*member, Need need = kOptional,
                           std::optional<long long> at_least = {}) {
  return {{key, FieldKind::integer, need.required, {}, nullptr, false, at_least},
          [member](T& out, const YAML::Node& n, const std::string&) {
            out.*member = static_cast<Number>(std::stoll(n.Scalar()));
          }};
}

template <class T>
BoundField<T> choice(const char* key, std::string T::*member, std::vector<const char*> choices, Need need = kOptional) {
  return {{key, FieldKind::choice, need.required, std::move(choices)},
          [member](T& out, const YAML::Node& n, const std::string&) { out.*member = n.Scalar(); }};
}

template <class T>
BoundField<T> texts(const char* key, std::vector<std::string> T::*member, Need need = kOptional) {
  return {{key, FieldKind::text_list, need.required, {}, nullptr, need.non_empty},
          [member](T& out, const YAML::Node& n, const std::string&) {
            auto& list = out.*member;
            list.clear();
            for (const auto& item : n) list.push_back(item.Scalar());
          }};
}

template <class T, class U>
BoundField<T> record(const char* key, std::optional<U> T::*member, const Record<U>& record, Need need = kOptional) {
  return {{key, FieldKind::record, need.required, {}, &record.schema()},
          [member, &record](T& out, const YAML::Node& n, const std::string& file) { out.*member = record.read(n, file); }};
}

template <class T, class U>
BoundField<T> records(const char* key, std::vector<U> T::*member, const Record<U>& record, Need need = kOptional) {
  return {{key, FieldKind::record_list, need.required, {}, &record.schema(), need.non_empty},
          [member, &record](T& out, const YAML::Node& n, const std::string& file) {
            auto& list = out.*member;
            list.clear();
            for (const auto& item : n) list.push_back(record.read(item, file));
          }};
}

// Any other field: its schema as written, and how to store its value.
template <class T>
BoundField<T> custom(FieldSchema schema, std::function<void(T&, const YAML::Node&, const std::string&)> read) {
  return {std::move(schema), std::move(read)};
}

}  // namespace field

}  // namespace skincare
