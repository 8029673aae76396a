#include "base/escape.h"

#include <doctest/doctest.h>

#include <string>

using skincare::escape_controls;
using skincare::find_invalid_utf8;

namespace {

constexpr auto npos = std::string_view::npos;

bool has_raw_control(const std::string& text) {
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("printable ASCII and valid multi-byte UTF-8 are left unchanged") {
  const std::string text = "Acne scars: 3-6 sessions (about 4 weeks apart) ~ 50% better!";
  CHECK(escape_controls(text) == text);
  CHECK(escape_controls("") == "");
  const std::string utf8 = "caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80 \xE2\x80\x94 \xE2\x82\xAC";
  CHECK(escape_controls(utf8) == utf8);
}

TEST_CASE("C0 control characters and DEL are shown as \\xNN") {
  CHECK(escape_controls("a\x1b[2Jb") == "a\\x1B[2Jb");
  CHECK(escape_controls("bell\x07") == "bell\\x07");
  CHECK(escape_controls(std::string_view("nul\0end", 7)) == "nul\\x00end");
  CHECK(escape_controls("\x1f") == "\\x1F");
  CHECK(escape_controls("a\x7F" "b") == "a\\x7Fb");
}

TEST_CASE("newlines and tabs are escaped unless asked to keep them; other controls always are") {
  CHECK(escape_controls("a\nb\tc") == "a\\x0Ab\\x09c");
  CHECK(escape_controls("a\nb\tc", true) == "a\nb\tc");
  CHECK(escape_controls("a\r\nb\x1b", true) == "a\\x0D\nb\\x1B");
}

TEST_CASE("C1 control characters are shown as \\u{NNNN} and the characters after them are kept") {
  CHECK(escape_controls("a\xC2\x80" "b") == "a\\u{0080}b");
  CHECK(escape_controls("csi\xC2\x9B" "31m") == "csi\\u{009B}31m");
  CHECK(escape_controls("\xC2\x9F") == "\\u{009F}");
  CHECK(escape_controls("\xC2\xA0\xC2\xA9") == "\xC2\xA0\xC2\xA9");  // no-break space, copyright sign
}

TEST_CASE("bidi embedding, override and isolate controls are shown as \\u{NNNN}") {
  CHECK(escape_controls("a\xE2\x80\xAA" "b") == "a\\u{202A}b");
  CHECK(escape_controls("a\xE2\x80\xAE" "b") == "a\\u{202E}b");
  CHECK(escape_controls("a\xE2\x81\xA6" "b") == "a\\u{2066}b");
  CHECK(escape_controls("a\xE2\x81\xA9" "b") == "a\\u{2069}b");
}

TEST_CASE("invalid UTF-8 bytes are shown as \\xNN one byte at a time") {
  CHECK(escape_controls("a\xFF" "b") == "a\\xFFb");
  CHECK(escape_controls("\x80") == "\\x80");                            // lone continuation byte
  CHECK(escape_controls("x\xE2\x82") == "x\\xE2\\x82");                // truncated sequence
  CHECK(escape_controls("\xC0\xAF") == "\\xC0\\xAF");                  // overlong encoding
  CHECK(escape_controls("\xED\xA0\x80") == "\\xED\\xA0\\x80");         // surrogate
  CHECK(escape_controls("\xF4\x90\x80\x80") == "\\xF4\\x90\\x80\\x80");  // beyond U+10FFFF
}

TEST_CASE("escaped output never contains raw controls or invalid UTF-8") {
  std::string every_byte;
  for (int b = 0; b < 256; ++b) every_byte += static_cast<char>(b);
  const std::string escaped = escape_controls(every_byte);
  CHECK_FALSE(has_raw_control(escaped));
  CHECK(find_invalid_utf8(escaped) == npos);
}

TEST_CASE("find_invalid_utf8 gives the byte offset of the first bad sequence, or npos for valid text") {
  CHECK(find_invalid_utf8("") == npos);
  CHECK(find_invalid_utf8("plain ascii") == npos);
  CHECK(find_invalid_utf8("caf\xC3\xA9 \xF0\x9F\x98\x80") == npos);
  CHECK(find_invalid_utf8("\xFF") == 0);
  CHECK(find_invalid_utf8("ab\x80") == 2);
  CHECK(find_invalid_utf8("caf\xC3\xA9!\xC3") == 6);          // truncated at the end
  CHECK(find_invalid_utf8("\xE6\x97\xA5\xE6\x97" "x") == 3);  // second character cut short
  CHECK(find_invalid_utf8("ok\xC1\xBF then \xFF") == 2);      // overlong before a later bad byte
}
