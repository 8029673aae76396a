// Makes text from content or answers safe to print: control characters,
// escape sequences and invalid UTF-8 become visible escapes, so nothing read
// from a file can move the cursor or change the terminal.
#pragma once

#include <string>
#include <string_view>

namespace skincare {

// Returns `text` with C0/C1 control characters (except newline and tab when
// `keep_newlines`), DEL and invalid UTF-8 bytes shown as \xNN or \u{NNNN}.
std::string escape_controls(std::string_view text, bool keep_newlines = false);

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace skincare
