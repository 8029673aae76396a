#include "render/text_layout.h"

namespace skincare {

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (const char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  return width;
}

std::string wrap(std::string_view text, int width, std::string_view first_indent, std::string_view rest_indent) {
  const std::size_t limit = static_cast<std::size_t>(width < 20 ? 20 : width);
  std::string out;
  out.reserve(first_indent.size() + text.size() + (text.size() / 16 + 1) * (rest_indent.size() + 1) + 1);
  out.append(first_indent);
  std::size_t column = display_width(first_indent);
  bool line_empty = true;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    if (i >= text.size()) break;
    std::size_t end = i;
    std::size_t word_width = 0;  // what display_width() counts, counted while finding the word's end
    for (; end < text.size() && text[end] != ' ' && text[end] != '\n'; ++end)
      if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80) ++word_width;
    const std::string_view word = text.substr(i, end - i);
    if (!line_empty && column + 1 + word_width > limit) {
      out += '\n';
      out.append(rest_indent);
      column = display_width(rest_indent);
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out.append(word);
    column += word_width;
    line_empty = false;
    i = end;
  }
  out += '\n';
  return out;
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
