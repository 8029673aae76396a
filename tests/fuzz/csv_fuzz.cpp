// Fuzz target: CSV batches (`assess --batch FILE.csv`, `--input csv`): the
// streaming RFC 4180 reader (interop/csv_reader.h) and the turning of its
// rows into answers (interop/csv_records.h) against the shipped
// questionnaire, then normalisation, evaluation and the CSV result row.
// Besides "no crash, no sanitizer report, no exception": the rows do not
// depend on how the input is cut into chunks (byte by byte up to 4 KiB); a good row is within the row
// limit and reads back unchanged once written with the CSV writer; messages
// and ids are terminal-safe; every result or error row reads back as one row
// of the result's six columns.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/input_limits.h"
#include "fuzz_support.h"
#include "interop/csv_reader.h"
#include "interop/csv_records.h"
#include "interop/csv_writer.h"
#include "questionnaire/answer_fields.h"
#include "questionnaire/evaluation.h"
#include "render/results.h"

namespace {

using namespace skincare;

struct Row {
  std::size_t line = 0;
  std::vector<std::string> cells;
  std::optional<std::string> error;
  int error_line = 0, error_column = 0;

  bool operator==(const Row& other) const {
    return line == other.line && cells == other.cells && error == other.error && error_line == other.error_line &&
           error_column == other.error_column;
  }
};

// Every row of `input`, fed in chunks of `chunk` bytes (0: all at once).
std::vector<Row> read_rows(std::string_view input, std::size_t limit, std::size_t chunk) {
  std::vector<Row> rows;
  CsvReader reader(limit, [&](const CsvRow& row) {
    rows.push_back({row.line, row.cells, row.error, row.error_line, row.error_column});
  });
  if (chunk == 0) {
    reader.feed(input);
  } else {
    for (std::size_t at = 0; at < input.size(); at += chunk) reader.feed(input.substr(at, chunk));
  }
  reader.finish();
  return rows;
}

void check_rows(const std::vector<Row>& rows, std::size_t limit, std::string_view input) {
  std::size_t previous = 0;
  std::string written = "\xEF\xBB\xBF";  // so that a cell starting with a byte order mark keeps it
  std::vector<std::vector<std::string>> good;
  for (const Row& row : rows) {
    if (row.line <= previous) fuzz::finding("CSV rows do not come in line order", input);
    previous = row.line;
    if (row.error) {
      fuzz::expect_terminal_safe(*row.error, "a CSV reader message");
      if (row.error_line < static_cast<int>(row.line) || row.error_column < 1)
        fuzz::finding("a CSV error points before its row", input);
      continue;
    }
    std::size_t bytes = 0;
    for (const auto& cell : row.cells) bytes += cell.size();
    if (bytes > limit) fuzz::finding("a CSV row over the limit was read", input);
    if (row.cells.empty()) fuzz::finding("a CSV row without cells", input);
    if (row.cells.size() == 1 && row.cells[0].empty()) continue;  // written, it would be a blank line
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (c > 0) written += ',';
      append_csv_cell(written, row.cells[c]);
    }
    written += '\n';
    good.push_back(row.cells);
  }
  // What the writer writes, the reader reads back as the same cells.
  const std::vector<Row> again = read_rows(written, limits::kMaxBatchLineBytes * 4, 0);
  bool same = again.size() == good.size();
  for (std::size_t i = 0; same && i < good.size(); ++i) same = !again[i].error && again[i].cells == good[i];
  if (!same) fuzz::finding("CSV rows written by the writer do not read back the same", written);
}

// A result or error row of the CSV output must read back as one row of
// kResultCsvHeader's columns.
void check_result_row(const std::string& out, std::string_view input) {
  fuzz::expect_terminal_safe(out, "a CSV result row");
  const std::vector<Row> rows = read_rows(out, limits::kMaxBatchLineBytes * 4, 0);
  if (rows.size() != 1 || rows[0].error || rows[0].cells.size() != 6)
    fuzz::finding("a CSV result is not one row of six cells", out + "\n(input) " + std::string(input));
}

void assess_rows(const std::vector<Row>& rows, bool ignore_unknown, std::string_view input) {
  const auto& setup = fuzz::shipped();
  CsvRecords records(setup.questionnaire, ignore_unknown);
  ResultWriter writer(setup.context, ResultFormat::csv);
  bool have_header = false;
  for (const Row& row : rows) {
    const CsvRow csv{row.line, row.cells, row.error, row.error_line, row.error_column};
    if (!have_header) {
      if (const auto problem = records.header(csv)) {
        fuzz::expect_terminal_safe(problem->message, "a CSV header message");
        if (problem->line < 1 || problem->column < 1) fuzz::finding("a CSV header error has no place", input);
        return;
      }
      for (const auto& name : records.ignored_columns()) (void)escape_controls(name);
      have_header = true;
      continue;
    }
    const CsvRecord& record = records.record(csv);
    if (!record.id_json.empty()) {
      fuzz::expect_terminal_safe(record.id_json, "a CSV record id");
      if (record.id_json.size() < 2 || record.id_json.front() != '"' || record.id_json.back() != '"')
        fuzz::finding("a CSV record id is not a JSON string", record.id_json);
    }
    std::string out;
    std::optional<FieldError> error = record.error;
    AnswerSet answers;
    if (!error) error = normalise_fields(setup.questionnaire, record.fields, answers);
    if (!error) error = check_complete(setup.questionnaire, answers);
    if (error) {
      fuzz::expect_terminal_safe(error->message, "a CSV record's error message");
      writer.error(out, record.id_json, row.line, *error);
    } else {
      writer.result(out, evaluate(setup.questionnaire, std::move(answers)), record.id_json);
    }
    check_result_row(out, input);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) { return skincare::fuzz::start_with_shipped_content(); }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // Half the inputs meet a small row limit, so that rows over it are common.
  const std::size_t limit = size % 2 == 0 ? skincare::limits::kMaxBatchLineBytes : 64;
  const std::vector<Row> rows = read_rows(input, limit, 0);
  const std::size_t chunk = size == 0 ? 1 : 1 + data[size - 1] % 13;
  if (read_rows(input, limit, chunk) != rows || (size <= 4096 && read_rows(input, limit, 1) != rows))
    skincare::fuzz::finding("CSV rows depend on how the input is cut into chunks", input);
  check_rows(rows, limit, input);
  assess_rows(rows, size % 3 == 0, input);
  return 0;
}
