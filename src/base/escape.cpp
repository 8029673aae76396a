#include "base/escape.h"

#include <fmt/format.h>

#include "base/byte_scan.h"

namespace skincare {

namespace {

// Length of the valid UTF-8 sequence at `s[i]`, or 0 when invalid.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned min = 0;
  unsigned code = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; code = c & 0x1Fu; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; code = c & 0x0Fu; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; code = c & 0x07u; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3Fu);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return len;
}

unsigned decode(std::string_view s, std::size_t i, std::size_t len) {
  const auto c = static_cast<unsigned char>(s[i]);
  unsigned code = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < len; ++k) code = (code << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return code;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = utf8_sequence_length(text, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::string escape_controls(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    // Printable ASCII, most of any text, is copied a run at a time.
    const std::size_t plain = i + printable_ascii_run(text.data() + i, text.data() + text.size());
    if (plain > i) {
      out.append(text, i, plain - i);
      i = plain;
      if (i == text.size()) break;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t len = utf8_sequence_length(text, i);
    if (len == 0) {
      out += fmt::format("\\x{:02X}", c);
      ++i;
    } else if (len == 1) {
      if (keep_newlines && (c == '\n' || c == '\t')) out += static_cast<char>(c);
      else if (c < 0x20 || c == 0x7F) out += fmt::format("\\x{:02X}", c);
      else out += static_cast<char>(c);
      ++i;
    } else {
      const unsigned code = decode(text, i, len);
      const bool c1_control = code >= 0x80 && code < 0xA0;
      const bool bidi_control = (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
      if (c1_control || bidi_control) out += fmt::format("\\u{{{:04X}}}", code);
      else out.append(text.substr(i, len));
      i += len;
    }
  }
  return out;
}

}  // namespace skincare
