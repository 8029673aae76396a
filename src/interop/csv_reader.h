// A streaming RFC 4180 CSV reader: feed it bytes in chunks of any size and it
// hands back one record (row) at a time, with the line it starts on. Accepts
// what spreadsheet programs write: a UTF-8 byte order mark, CRLF or LF line
// ends, quoted cells holding commas, doubled quotes and line breaks. Strict
// where RFC 4180 is: a quote inside an unquoted cell, text after a closing
// quote or a quote left open at the end is an error for that row, with its
// line and column, and reading goes on at the next row. A row larger than
// `max_row_bytes` is reported without being held in memory.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace skincare {

struct CsvRow {
  std::size_t line = 0;            // 1-based line the row starts on
  std::vector<std::string> cells;  // valid until the next row
  std::optional<std::string> error;  // the row is malformed (cells are then incomplete)
  int error_line = 0, error_column = 0;
};

class CsvReader {
 public:
  using Sink = std::function<void(const CsvRow&)>;
  CsvReader(std::size_t max_row_bytes, Sink sink);

  void feed(std::string_view bytes);
  void finish();  // end of input: hands back the last row if it lacks a line end

 private:
  enum class State { row_start, cell_start, unquoted, quoted, quote_in_quoted, after_cr, skipping };
  void end_cell();
  void end_row();
  void fail(std::string message);
  void step(char c);
  void newline();
  // How many bytes at the start of `bytes` step() would only add to the
  // current cell (0 outside a cell or near the row limit).
  std::size_t plain_run(std::string_view bytes) const;

  std::size_t max_row_bytes_;
  Sink sink_;
  State state_ = State::row_start;
  CsvRow row_;
  std::size_t cell_count_ = 0;     // cells used in row_.cells (reused between rows)
  std::size_t row_bytes_ = 0;
  std::size_t line_ = 1;
  int column_ = 0;                 // of the last byte read
  std::size_t bom_seen_ = 0;       // bytes of the byte order mark matched so far
  bool at_start_ = true;
  bool track_quotes_ = false;      // skipping a row that is too long: follow its quotes to find its end
  bool in_quotes_ = false;
  std::size_t quote_line_ = 0;     // where the open quoted cell began
  int quote_column_ = 0;
};

}  // namespace skincare
