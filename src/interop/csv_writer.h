// Writing CSV cells with RFC 4180 quoting: a cell holding a comma, a quote,
// a line break or surrounding spaces is quoted, with its quotes doubled.
#pragma once

#include <string>
#include <string_view>

namespace skincare {

void append_csv_cell(std::string& out, std::string_view cell);

}  // namespace skincare
