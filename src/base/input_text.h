// Text as editors and spreadsheet exports write it: a UTF-8 byte order mark
// at the very start of a file or stream is accepted and dropped before
// parsing (so columns count from the first visible character); CRLF line
// ends need nothing here, because YAML, JSON and the batch reader all treat
// a carriage return before a line feed as part of the line break.
#pragma once

#include <string_view>

namespace skincare {

inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// `text` without a leading UTF-8 byte order mark.
inline std::string_view without_byte_order_mark(std::string_view text) {
  if (text.substr(0, kUtf8ByteOrderMark.size()) == kUtf8ByteOrderMark) text.remove_prefix(kUtf8ByteOrderMark.size());
  return text;
}

}  // namespace skincare
