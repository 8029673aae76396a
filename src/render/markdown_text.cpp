#include "render/markdown_text.h"

#include "base/escape.h"

namespace skincare {

std::string markdown_inline(std::string_view text) {
  std::string out;
  for (const char c : escape_controls(text)) {
    if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' || c == '|' ||
        c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

}  // namespace skincare
