#include "interop/csv_records.h"

#include <fmt/format.h>

#include <algorithm>

#include "base/suggest.h"
#include "base/json_writer.h"
#include "base/escape.h"

namespace skincare {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// 1-based column (in bytes) where cell `index` of a header row starts, for messages.
int column_of(const CsvRow& row, std::size_t index) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < index && i < row.cells.size(); ++i) column += row.cells[i].size() + 1;
  return static_cast<int>(column);
}

}  // namespace

std::optional<CsvHeaderError> CsvRecords::header(const CsvRow& row) {
  if (row.error) return CsvHeaderError{row.error_line, row.error_column, "the header row: " + *row.error};
  columns_.clear();
  ignored_.clear();
  std::vector<bool> seen(questionnaire_.questions.size(), false);
  bool id_seen = false;
  const int line = static_cast<int>(row.line);
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const std::string name(trimmed(row.cells[c]));
    if (name == "id") {
      if (id_seen) return CsvHeaderError{line, column_of(row, c), "the header names the column 'id' twice"};
      id_seen = true;
      columns_.push_back(kId);
      continue;
    }
    const auto at = questionnaire_.index_of(name);
    if (!at) {
      if (ignore_unknown_) {
        columns_.push_back(kIgnored);
        ignored_.push_back(name);
        continue;
      }
      return CsvHeaderError{
          line, column_of(row, c),
          fmt::format("unknown column '{}'{}; the header must name question ids (or 'id'); "
                      "--ignore-unknown-columns skips such columns",
                      escape_controls(name), did_you_mean(closest_names(name, questionnaire_.question_ids(), 1)))};
    }
    if (seen[*at])
      return CsvHeaderError{line, column_of(row, c),
                            fmt::format("the header names the column '{}' twice", escape_controls(name))};
    seen[*at] = true;
    columns_.push_back(*at);
  }
  return std::nullopt;
}

const CsvRecord& CsvRecords::record(const CsvRow& row) {
  CsvRecord& record = record_;
  record.id_json.clear();
  record.error.reset();
  const Location where{"", static_cast<int>(row.line), 0};
  if (row.error) {
    record.fields.clear();
    record.error = FieldError{"invalid-input", {},
                              fmt::format("line {}, column {}: {}", row.error_line, row.error_column, *row.error),
                              where};
    return record;
  }
  if (row.cells.size() != columns_.size()) {
    record.fields.clear();
    record.error = FieldError{"invalid-input", {},
                              fmt::format("the row has {} cell(s) but the header has {} column(s)", row.cells.size(),
                                          columns_.size()),
                              where};
    // The id is still worth giving back when it can be found.
    for (std::size_t c = 0; c < std::min(columns_.size(), row.cells.size()); ++c)
      if (columns_[c] == kId && !trimmed(row.cells[c]).empty()) append_json_string(record.id_json, trimmed(row.cells[c]));
    return record;
  }
  // The fields of the last row are reused, their strings keeping their room.
  std::size_t used = 0;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const std::size_t column = columns_[c];
    if (column == kIgnored) continue;
    const std::string_view cell = trimmed(row.cells[c]);
    if (column == kId) {
      if (!cell.empty()) append_json_string(record.id_json, cell);
      continue;
    }
    if (cell.empty()) continue;  // not answered
    const Question& question = questionnaire_.questions[column];
    if (used == record.fields.size()) record.fields.emplace_back();
    RawField& field = record.fields[used++];
    field.id.assign(question.id);
    field.where.line = where.line;
    field.where.column = where.column;
    field.value.is_list = question.type == QuestionType::multi;
    field.value.text.clear();
    field.value.items.clear();
    if (field.value.is_list) {
      if (cell != "none" && cell != "[]") {
        std::size_t start = 0;
        for (;;) {
          const std::size_t semicolon = cell.find(';', start);
          const std::string_view item = trimmed(cell.substr(start, semicolon - start));
          if (!item.empty()) field.value.items.emplace_back(item);
          if (semicolon == std::string_view::npos) break;
          start = semicolon + 1;
        }
      }
    } else {
      field.value.text.assign(cell);
    }
  }
  record.fields.resize(used);
  return record;
}

}  // namespace skincare
