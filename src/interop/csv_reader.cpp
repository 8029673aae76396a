#include "interop/csv_reader.h"

#include <fmt/format.h>

#include "base/input_limits.h"

namespace skincare {

CsvReader::CsvReader(std::size_t max_row_bytes, Sink sink) : max_row_bytes_(max_row_bytes), sink_(std::move(sink)) {}

void CsvReader::end_cell() {
  ++cell_count_;
  if (row_.cells.size() <= cell_count_) row_.cells.emplace_back();
  row_.cells[cell_count_].clear();  // the next cell starts empty (its string keeps its capacity)
}

void CsvReader::end_row() {
  row_.cells.resize(cell_count_);  // drop the empty cell opened after the last one
  sink_(row_);
  row_.error.reset();
  cell_count_ = 0;
  row_bytes_ = 0;
  state_ = State::row_start;
}

void CsvReader::fail(std::string message) {
  if (!row_.error) {
    row_.error = std::move(message);
    row_.error_line = static_cast<int>(line_);
    row_.error_column = column_;
  }
  in_quotes_ = false;
  state_ = State::skipping;
}

std::size_t CsvReader::plain_run(std::string_view bytes) const {
  std::size_t end = 0;
  if (state_ == State::unquoted) {
    while (end < bytes.size() && bytes[end] != ',' && bytes[end] != '\n' && bytes[end] != '\r' && bytes[end] != '"')
      ++end;
  } else if (state_ == State::quoted) {
    while (end < bytes.size() && bytes[end] != '"' && bytes[end] != '\n') ++end;
  }
  return row_bytes_ + end <= max_row_bytes_ ? end : 0;  // near the limit, byte by byte
}

void CsvReader::feed(std::string_view bytes) {
  static constexpr unsigned char kBom[] = {0xEF, 0xBB, 0xBF};
  while (!bytes.empty()) {
    // Inside a cell, a run of bytes that are neither separators nor quotes
    // is taken at once: what step() would do byte by byte.
    if (const std::size_t run = at_start_ ? 0 : plain_run(bytes)) {
      row_.cells[cell_count_].append(bytes.data(), run);
      row_bytes_ += run;
      column_ += static_cast<int>(run);
      bytes.remove_prefix(run);
      continue;
    }
    const char c = bytes.front();
    bytes.remove_prefix(1);
    if (at_start_) {
      if (bom_seen_ < 3 && static_cast<unsigned char>(c) == kBom[bom_seen_]) {
        if (++bom_seen_ == 3) at_start_ = false;
        continue;
      }
      at_start_ = false;
      const std::size_t withheld = bom_seen_;
      bom_seen_ = 3;
      for (std::size_t i = 0; i < withheld; ++i) step(static_cast<char>(kBom[i]));
    }
    step(c);
  }
}

void CsvReader::step(char c) {
  ++column_;
  if (state_ != State::row_start && ++row_bytes_ > max_row_bytes_ && state_ != State::skipping) {
    const bool quoted = state_ == State::quoted;
    fail(fmt::format("the row is longer than {} (the limit for one row)", limits::describe_size(max_row_bytes_)));
    track_quotes_ = true;
    in_quotes_ = quoted;
  }
  switch (state_) {
    case State::row_start:
      if (c == '\n') return newline();  // a blank line carries no record
      if (c == '\r') return;
      row_.line = line_;
      if (row_.cells.empty()) row_.cells.emplace_back();
      row_.cells[0].clear();
      cell_count_ = 0;
      row_bytes_ = 1;
      track_quotes_ = false;
      state_ = State::cell_start;
      [[fallthrough]];
    case State::cell_start:
      if (c == '"') {
        quote_line_ = line_;
        quote_column_ = column_;
        state_ = State::quoted;
        return;
      }
      state_ = State::unquoted;
      [[fallthrough]];
    case State::unquoted:
      switch (c) {
        case ',': end_cell(); state_ = State::cell_start; return;
        case '\n': end_cell(); end_row(); return newline();
        case '\r': state_ = State::after_cr; return;
        case '"': return fail("a quote inside a cell that does not start with one (quote the whole cell and double "
                              "the quotes inside it)");
        default: row_.cells[cell_count_] += c; return;
      }
    case State::quoted:
      if (c == '"') state_ = State::quote_in_quoted;
      else row_.cells[cell_count_] += c;
      if (c == '\n') newline();
      return;
    case State::quote_in_quoted:
      switch (c) {
        case '"': row_.cells[cell_count_] += '"'; state_ = State::quoted; return;
        case ',': end_cell(); state_ = State::cell_start; return;
        case '\n': end_cell(); end_row(); return newline();
        case '\r': state_ = State::after_cr; return;
        default: return fail("text after the closing quote of a cell (a quote inside a quoted cell is written \"\")");
      }
    case State::after_cr:
      if (c == '\n') {
        end_cell();
        end_row();
        return newline();
      }
      return fail("a carriage return that does not end a line");
    case State::skipping:
      if (track_quotes_ && c == '"') in_quotes_ = !in_quotes_;
      if (c == '\n') {
        if (!in_quotes_) end_row();
        newline();
      }
      return;
  }
}

void CsvReader::newline() {
  ++line_;
  column_ = 0;
}

void CsvReader::finish() {
  if (at_start_ && bom_seen_ > 0) {  // input shorter than a byte order mark
    at_start_ = false;
    static constexpr char kBom[] = {'\xEF', '\xBB', '\xBF'};
    const std::size_t withheld = bom_seen_;
    for (std::size_t i = 0; i < withheld; ++i) step(kBom[i]);
  }
  switch (state_) {
    case State::row_start: return;
    case State::quoted:
      row_.error = "a quoted cell is not closed (a quote is missing)";
      row_.error_line = static_cast<int>(quote_line_);
      row_.error_column = quote_column_;
      end_row();
      return;
    case State::skipping:
      end_row();
      return;
    default:
      end_cell();
      end_row();
  }
}

}  // namespace skincare
