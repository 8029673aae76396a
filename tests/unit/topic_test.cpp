#include "content/topic.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using skincare::Expectation;
using skincare::Section;
using skincare::split_paragraphs;
using skincare::Topic;

using Strings = std::vector<std::string>;

TEST_CASE("a topic's sources list each cited id once, in order of first citation, sections before microneedling") {
  Topic t;
  t.sections.push_back(Section{"A", {"p"}, {}, {"b", "a"}});
  t.sections.push_back(Section{"B", {"p"}, {}, {"a", "c", "b"}});
  CHECK(t.sources() == Strings{"b", "a", "c"});
  Expectation m;
  m.sources = {"d", "c", "e"};
  t.microneedling = m;
  CHECK(t.sources() == Strings{"b", "a", "c", "d", "e"});
}

TEST_CASE("a topic that cites nothing has no sources") {
  Topic t;
  t.sections.push_back(Section{"A", {"p"}, {"i"}, {}});
  CHECK(t.sources().empty());
  CHECK(Topic().sources().empty());
}

TEST_CASE("split paragraphs breaks prose at blank lines and joins wrapped lines with single spaces") {
  CHECK(split_paragraphs("One.\n\nTwo.\n\nThree.\n") == Strings{"One.", "Two.", "Three."});
  CHECK(split_paragraphs("  first line  \n\tsecond line\r\nthird\n") == Strings{"first line second line third"});
  CHECK(split_paragraphs("A\nB") == Strings{"A B"});
}

TEST_CASE("split paragraphs treats whitespace-only lines as blank and never yields empty paragraphs") {
  CHECK(split_paragraphs("\n\n  \nA\n \t \n\n\nB\n\n") == Strings{"A", "B"});
  CHECK(split_paragraphs("").empty());
  CHECK(split_paragraphs("   \n\n").empty());
}
