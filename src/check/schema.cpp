#include "check/schema.h"

#include <fmt/format.h>

#include <cctype>
#include <map>

#include "content/source.h"
#include "content/suggest.h"
#include "content/yaml_reader.h"
#include "term/escape.h"

namespace skincare {

namespace {

const RecordSchema kSection{"section",
                            {{"heading", FieldKind::text, true},
                             {"text", FieldKind::text},
                             {"items", FieldKind::text_list},
                             {"sources", FieldKind::text_list}},
                            nullptr,
                            {"text", "items"}};

const RecordSchema kExpectation{"microneedling block",
                                {{"evidence", FieldKind::choice, true, {"strong", "moderate", "limited"}},
                                 {"evidence_reason", FieldKind::text, true},
                                 {"sessions", FieldKind::text, true},
                                 {"results_time", FieldKind::text, true},
                                 {"can", FieldKind::text_list, true, {}, nullptr, true},
                                 {"cannot", FieldKind::text_list, true, {}, nullptr, true},
                                 {"caveats", FieldKind::text_list},
                                 {"sources", FieldKind::text_list, true, {}, nullptr, true}}};

const RecordSchema kAlternative{"alternative", {{"name", FieldKind::text, true}, {"note", FieldKind::text, true}},
                                "name"};

const RecordSchema kTopic{"topic",
                          {{"id", FieldKind::text, true},
                           {"kind", FieldKind::choice, true, {"condition", "fact"}},
                           {"title", FieldKind::text, true},
                           {"aliases", FieldKind::text_list},
                           {"summary", FieldKind::text, true},
                           {"reviewed", FieldKind::date, true},
                           {"sections", FieldKind::record_list, true, {}, &kSection, true},
                           {"microneedling", FieldKind::record, false, {}, &kExpectation},
                           {"alternatives", FieldKind::record_list, false, {}, &kAlternative},
                           {"risks", FieldKind::text_list}}};

const RecordSchema kSource{"source",
                           {{"id", FieldKind::text, true},
                            {"authors", FieldKind::text},
                            {"year", FieldKind::integer},
                            {"title", FieldKind::text, true},
                            {"journal", FieldKind::text},
                            {"details", FieldKind::text},
                            {"doi", FieldKind::text},
                            {"pmid", FieldKind::integer},
                            {"url", FieldKind::text},
                            {"kind", FieldKind::choice, true,
                             {"trial", "study", "review", "guideline", "regulation", "report", "secondary"}},
                            {"design", FieldKind::choice, true, source_designs()},
                            {"size", FieldKind::integer},
                            {"sponsor", FieldKind::text},
                            {"seen", FieldKind::month},
                            {"comparator", FieldKind::choice, false, source_comparators()},
                            {"result", FieldKind::choice, false, source_results()},
                            {"confidence", FieldKind::choice, true, {"verified", "partial", "secondary"}},
                            {"note", FieldKind::text}},
                           "id"};

const RecordSchema kBibliography{"bibliography", {{"sources", FieldKind::record_list, true, {}, &kSource, true}}};

const RecordSchema kChoice{"choice", {{"value", FieldKind::text, true}, {"label", FieldKind::text, true}}, "value"};

const RecordSchema kQuestion{"question",
                             {{"id", FieldKind::text, true},
                              {"type", FieldKind::choice, true, {"integer", "single", "multi", "boolean"}},
                              {"prompt", FieldKind::text, true},
                              {"help", FieldKind::text, true},
                              {"unit", FieldKind::text},
                              {"min", FieldKind::integer},
                              {"max", FieldKind::integer},
                              {"choices", FieldKind::record_list, false, {}, &kChoice, true},
                              {"min_count", FieldKind::integer},
                              {"none_label", FieldKind::text},
                              {"default", FieldKind::text},
                              {"enabled_when", FieldKind::text},
                              {"intro", FieldKind::text},
                              {"values", FieldKind::choice, false, {"true", "false"}}},
                             "id"};

const RecordSchema kChange{"change",
                           {{"version", FieldKind::integer, true},
                            {"added", FieldKind::text_list},
                            {"revised", FieldKind::text_list},
                            {"note", FieldKind::text, true}},
                           "version"};

const RecordSchema kRule{"rule",
                         {{"id", FieldKind::text, true},
                          {"verdict", FieldKind::choice, true, {"info", "caution", "postpone", "consult"}},
                          {"when", FieldKind::text, true},
                          {"message", FieldKind::text, true},
                          {"waiting_for", FieldKind::text},
                          {"discuss", FieldKind::text},
                          {"sources", FieldKind::text_list}},
                         "id"};

const RecordSchema kVerdicts{"verdicts",
                             {{"suitable", FieldKind::text, true},
                              {"caution", FieldKind::text, true},
                              {"postpone", FieldKind::text, true},
                              {"consult", FieldKind::text, true}}};

const RecordSchema kQuestionnaire{"questionnaire",
                                  {{"id", FieldKind::text, true},
                                   {"version", FieldKind::text, true},
                                   {"title", FieldKind::text, true},
                                   {"intro", FieldKind::text},
                                   {"disclaimer", FieldKind::text, true},
                                   {"concern_question", FieldKind::text},
                                   {"verdicts", FieldKind::record, false, {}, &kVerdicts},
                                   {"changes", FieldKind::record_list, false, {}, &kChange},
                                   {"questions", FieldKind::record_list, true, {}, &kQuestion, true},
                                   {"rules", FieldKind::record_list, true, {}, &kRule},
                                   {"before_you_book", FieldKind::text_list},
                                   {"provider_questions", FieldKind::text_list},
                                   {"warning_signs", FieldKind::text_list}}};

const RecordSchema kCase{"case",
                         {{"name", FieldKind::text, true},
                          {"answers", FieldKind::text_map},
                          {"verdict", FieldKind::choice, true, {"suitable", "caution", "postpone", "consult"}},
                          {"fires", FieldKind::text_list},
                          {"not_fires", FieldKind::text_list}},
                         "name"};

const RecordSchema kCaseFile{"case file",
                             {{"base", FieldKind::text_map},
                              {"cases", FieldKind::record_list, true, {}, &kCase, true}}};

bool blank(const std::string& text) {
  for (const char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

class Walker {
 public:
  Walker(const std::string& file, Findings& findings) : file_(file), findings_(findings) {}

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
  void error(const YAML::Node& at, const std::string& message) { findings_.error(location_of(at, file_), message); }

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
  Findings& findings_;
};

}  // namespace

const RecordSchema& topic_schema() { return kTopic; }
const RecordSchema& bibliography_schema() { return kBibliography; }
const RecordSchema& questionnaire_schema() { return kQuestionnaire; }
const RecordSchema& case_file_schema() { return kCaseFile; }

void check_schema(const YAML::Node& node, const RecordSchema& schema, const std::string& file, Findings& findings) {
  Walker(file, findings).record(node, schema);
}

}  // namespace skincare
