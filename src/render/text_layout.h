// Plain-text layout for terminals and pipes: word wrapping with indents, and
// bold/colour that appear only when the TerminalStyle allows them.
#pragma once

#include <string>
#include <string_view>

#include "term/terminal.h"

namespace skincare {

// Number of terminal columns `text` takes (UTF-8 code points; no escapes).
std::size_t display_width(std::string_view text);

// Wraps `text` (one paragraph) to `width` columns; the first line starts with
// `first_indent`, later lines with `rest_indent`. Ends with a newline.
std::string wrap(std::string_view text, int width, std::string_view first_indent, std::string_view rest_indent);
// The same, appended to `out` (no string to copy: views wrap much text).
void wrap_into(std::string& out, std::string_view text, int width, std::string_view first_indent,
               std::string_view rest_indent);

class Painter {
 public:
  explicit Painter(const TerminalStyle& style) : style_(style) {}
  std::string bold(std::string_view text) const { return paint("1", text); }
  std::string dim(std::string_view text) const { return paint("2", text); }
  std::string red(std::string_view text) const { return paint("1;31", text); }
  std::string yellow(std::string_view text) const { return paint("1;33", text); }
  std::string green(std::string_view text) const { return paint("1;32", text); }
  std::string blue(std::string_view text) const { return paint("1;34", text); }
  std::string paint(std::string_view sgr, std::string_view text) const;
  int width() const { return style_.width; }
  bool colour() const { return style_.colour; }

 private:
  TerminalStyle style_;
};

}  // namespace skincare
