#include "render/text_layout.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

using skincare::display_width;
using skincare::Painter;
using skincare::TerminalStyle;
using skincare::wrap;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  for (const char c : text) {
    if (c == ' ' || c == '\n') {
      if (!current.empty()) words.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

const char* const kParagraph =
    "Microneedling makes tiny channels in the skin. This starts the body's normal wound-healing process, "
    "and the skin then makes new collagen over several months of repeated sessions.";

}  // namespace

TEST_CASE("display width counts characters, not bytes") {
  CHECK(display_width("") == 0);
  CHECK(display_width("acne") == 4);
  CHECK(display_width("caf\xC3\xA9") == 4);
  CHECK(display_width("\xE6\x97\xA5\xE6\x9C\xAC") == 2);
  CHECK(display_width("\xF0\x9F\x98\x80!") == 2);
}

TEST_CASE("wrapped lines never exceed the width, and each is filled until the next word would not fit") {
  for (const int width : {20, 33, 40, 80}) {
    CAPTURE(width);
    const std::string out = wrap(kParagraph, width, "", "");
    for (const auto& line : lines_of(out)) {
      CAPTURE(line);
      CHECK(display_width(line) <= static_cast<std::size_t>(width));
    }
    CHECK(lines_of(out).size() > 1);
  }
  const int width = 30;
  const auto lines = lines_of(wrap(kParagraph, width, "", ""));
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string next_word = words_of(lines[i + 1]).front();
    CHECK(display_width(lines[i]) + 1 + display_width(next_word) > static_cast<std::size_t>(width));
  }
}

TEST_CASE("wrapping keeps every word in order, ends with a newline, and collapses runs of spaces") {
  const std::string out = wrap(kParagraph, 30, "  ", "    ");
  CHECK(words_of(out) == words_of(kParagraph));
  REQUIRE_FALSE(out.empty());
  CHECK(out.back() == '\n');
  CHECK(out.find("\n\n") == std::string::npos);
  CHECK(wrap("Keep the skin clean.", 80, "  ", "  ") == "  Keep the skin clean.\n");
  CHECK(wrap("one   two\nthree", 80, "", "") == "one two three\n");
}

TEST_CASE("the first line starts with the first indent and later lines with the rest indent") {
  const int width = 30;
  const auto lines = lines_of(wrap(kParagraph, width, "  - ", "    "));
  REQUIRE(lines.size() > 2);
  CHECK(lines[0].rfind("  - ", 0) == 0);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    CAPTURE(lines[i]);
    CHECK(lines[i].rfind("    ", 0) == 0);
    CHECK(lines[i][4] != ' ');
    CHECK(display_width(lines[i]) <= static_cast<std::size_t>(width));
  }
}

TEST_CASE("a word longer than the width gets a line of its own and is not split") {
  const std::string long_word(50, 'x');
  const std::string out = wrap("a " + long_word + " b", 30, "", "");
  CHECK(out == "a\n" + long_word + "\nb\n");
}

TEST_CASE("wrapping measures UTF-8 text by characters, not bytes") {
  // Ten 2-byte characters a word: 10 columns, 20 bytes.
  std::string word;
  for (int i = 0; i < 10; ++i) word += "\xC3\xA9";
  const std::string text = word + " " + word + " " + word;
  const auto lines = lines_of(wrap(text, 25, "", ""));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == word + " " + word);
  CHECK(lines[1] == word);
}

TEST_CASE("wrapping gives what placing one word at a time gives, on 4,000 random texts, and appends to what is there") {
  // The rule, one word at a time: a word goes on the line unless the line
  // has a word and the word would pass the width.
  const auto one_word_at_a_time = [](const std::string& text, int width, const std::string& first,
                                     const std::string& rest) {
    std::string out = first;
    std::size_t column = display_width(first);
    bool empty = true;
    for (const auto& word : words_of(text)) {
      if (!empty && column + 1 + display_width(word) > static_cast<std::size_t>(width)) {
        out += "\n" + rest;
        column = display_width(rest);
        empty = true;
      }
      if (!empty) {
        out += ' ';
        ++column;
      }
      out += word;
      column += display_width(word);
      empty = false;
    }
    return out + "\n";
  };
  std::mt19937 random(7);
  const std::vector<std::string> pieces = {"a", "word", "longerword", " ", "  ", "\n", "caf\xC3\xA9", "x", "-",
                                           std::string(30, 'w')};
  const std::vector<std::string> words = {"a", "word", "longerword", "x", "-", "sentence.", std::string(25, 'w')};
  for (int n = 0; n < 4000; ++n) {
    std::string text;
    const auto count = std::uniform_int_distribution<std::size_t>(0, 40)(random);
    if (n % 2 == 0) {  // any spacing, UTF-8
      for (std::size_t i = 0; i < count; ++i) text += pieces[std::uniform_int_distribution<std::size_t>(0, 9)(random)];
    } else {  // ASCII words one space apart, as most paragraphs are
      for (std::size_t i = 0; i < count; ++i)
        text += (i > 0 ? " " : "") + words[std::uniform_int_distribution<std::size_t>(0, 6)(random)];
    }
    const int width = std::uniform_int_distribution<int>(20, 50)(random);
    CAPTURE(text);
    CAPTURE(width);
    CHECK(wrap(text, width, "  - ", "    ") == one_word_at_a_time(text, width, "  - ", "    "));
    std::string out = "before\n";
    skincare::wrap_into(out, text, width, "", " ");
    CHECK(out == "before\n" + one_word_at_a_time(text, width, "", " "));
  }
}

TEST_CASE("a painter without colour returns text unchanged, with no escape codes") {
  const Painter p(TerminalStyle{false, 72});
  CHECK_FALSE(p.colour());
  CHECK(p.width() == 72);
  for (const std::string& out : {p.bold("Title"), p.dim("dim"), p.red("red"), p.yellow("y"), p.green("g"),
                                 p.blue("b"), p.paint("4", "u")}) {
    CHECK(out.find('\x1b') == std::string::npos);
  }
  CHECK(p.bold("Title") == "Title");
  CHECK(p.paint("1;31", "text") == "text");
}

TEST_CASE("a painter with colour wraps text in its SGR code and a reset, and leaves empty text empty") {
  const Painter p(TerminalStyle{true, 80});
  CHECK(p.colour());
  CHECK(p.bold("Title") == "\x1b[1mTitle\x1b[0m");
  CHECK(p.red("No") == "\x1b[1;31mNo\x1b[0m");
  CHECK(p.dim("x") == "\x1b[2mx\x1b[0m");
  CHECK(Painter(TerminalStyle{true, 80}).bold("") == "");
}
