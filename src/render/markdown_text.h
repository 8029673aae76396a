// Text from content, answers or file names made safe inside one line of
// Markdown: a list item or a table cell.
#pragma once

#include <string>
#include <string_view>

namespace skincare {

// Control characters, line breaks included, shown escaped (\x1B, \x0A)
// and Markdown's markup characters (* _ ` [ ] < > # | and the backslash)
// backslash-escaped, so the text renders as written and never ends a list
// item or splits a table cell.
std::string markdown_inline(std::string_view text);

}  // namespace skincare
