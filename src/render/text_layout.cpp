#include "render/text_layout.h"

#include "base/byte_scan.h"

namespace skincare {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  return width;
}

std::string wrap(std::string_view text, int width, std::string_view first_indent, std::string_view rest_indent) {
  std::string out;
  wrap_into(out, text, width, first_indent, rest_indent);
  return out;
}

namespace {

// Text in which every byte is one column and words are one space apart,
// with no space at either end: most paragraphs.
bool simple_text(std::string_view text) {
  return printable_ascii_run(text.data(), text.data() + text.size()) == text.size() &&
         text.find("  ") == std::string_view::npos && (text.empty() || (text.front() != ' ' && text.back() != ' '));
}

// wrap_into() for simple_text(): each line is the longest run of words
// that fits, found by looking back from the width for a space.
void wrap_simple(std::string& out, std::string_view text, std::size_t limit, std::size_t column,
                 std::string_view rest_indent) {
  std::size_t at = 0;
  while (text.size() - at > limit - column) {
    std::size_t cut = text.rfind(' ', at + (limit - column));
    if (cut == std::string_view::npos || cut < at) cut = text.find(' ', at);  // a word wider than the line
    if (cut == std::string_view::npos) break;
    out.append(text, at, cut - at);
    out += '\n';
    out.append(rest_indent);
    column = display_width(rest_indent);
    at = cut + 1;
  }
  out.append(text, at, text.size() - at);
  out += '\n';
}

}  // namespace

void wrap_into(std::string& out, std::string_view text, int width, std::string_view first_indent,
               std::string_view rest_indent) {
  const std::size_t limit = static_cast<std::size_t>(width < 20 ? 20 : width);
  if (out.empty()) out.reserve(first_indent.size() + text.size() + (text.size() / 16 + 1) * (rest_indent.size() + 1) + 1);
  out.append(first_indent);
  std::size_t column = display_width(first_indent);
  if (column < limit && display_width(rest_indent) < limit && simple_text(text)) {
    wrap_simple(out, text, limit, column, rest_indent);
    return;
  }
  bool line_empty = true;
  // Words already placed on the line but not yet copied: text[run, run_end)
  // holds them with the single spaces between them, copied in one go.
  std::size_t run = 0;
  std::size_t run_end = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    if (i >= text.size()) break;
    std::size_t end = i;
    std::size_t word_width = 0;  // what display_width() counts, counted while finding the word's end
    for (; end < text.size() && text[end] != ' ' && text[end] != '\n'; ++end)
      if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80) ++word_width;
    if (!line_empty && column + 1 + word_width > limit) {
      out.append(text, run, run_end - run);
      out += '\n';
      out.append(rest_indent);
      column = display_width(rest_indent);
      line_empty = true;
    }
    if (line_empty) {
      run = i;
    } else {
      ++column;
      if (!(run_end + 1 == i && text[run_end] == ' ')) {  // not one space apart in the text
        out.append(text, run, run_end - run);
        out += ' ';
        run = i;
      }
    }
    run_end = end;
    column += word_width;
    line_empty = false;
    i = end;
  }
  if (!line_empty) out.append(text, run, run_end - run);
  out += '\n';
}

std::string Painter::paint(std::string_view sgr, std::string_view text) const {
  if (!style_.colour || text.empty()) return std::string(text);
  std::string out = "\x1b[";
  out.append(sgr);
  out += 'm';
  out.append(text);
  out += "\x1b[0m";
  return out;
}

}  // namespace skincare
