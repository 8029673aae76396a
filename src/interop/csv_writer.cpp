#include "interop/csv_writer.h"

namespace skincare {

namespace {

bool needs_quotes(std::string_view cell) {
  if (!cell.empty() && (cell.front() == ' ' || cell.back() == ' ')) return true;
  for (const char c : cell)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
  return false;
}

}  // namespace

void append_csv_cell(std::string& out, std::string_view cell) {
  const bool quote = needs_quotes(cell);
  if (!quote) {
    out.append(cell);
    return;
  }
  out += '"';
  for (const char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace skincare
