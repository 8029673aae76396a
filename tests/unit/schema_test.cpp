#include <doctest/doctest.h>

#include "check/schema.h"
#include "content/yaml_reader.h"

using namespace skincare;

TEST_CASE("calendar dates must exist") {
  CHECK(is_calendar_date("2026-11-25"));
  CHECK(is_calendar_date("2024-02-29"));
  CHECK_FALSE(is_calendar_date("2026-02-29"));
  CHECK_FALSE(is_calendar_date("2026-04-31"));
  CHECK_FALSE(is_calendar_date("2026-13-01"));
  CHECK_FALSE(is_calendar_date("26-11-25"));
  CHECK_FALSE(is_calendar_date("2026/11/25"));
}

TEST_CASE("the schema walker reports every problem, not only the first") {
  const YAML::Node node = parse_yaml(
      "id: x\nkind: thing\ntitel: X\nsummary: ''\nreviewed: 2026-02-30\nsections: []\n", "t.yaml");
  Findings findings;
  check_schema(node, topic_schema(), "t.yaml", findings);
  findings.sort();
  std::vector<std::string> lines;
  for (const auto& f : findings.all()) lines.push_back(f.line());
  REQUIRE(lines.size() == 6);
  CHECK(lines[0] == "t.yaml:1:1: error: topic is missing required key 'title'");
  CHECK(lines[1] == "t.yaml:2:7: error: 'kind' in topic must be one of condition, fact, not 'thing'");
  CHECK(lines[2] == "t.yaml:3:1: error: unknown key 'titel' in topic (did you mean 'title'?)");
  CHECK(lines[3] == "t.yaml:4:10: error: 'summary' in topic must not be empty");
  CHECK(lines[4] == "t.yaml:5:11: error: 'reviewed' in topic must be a date like 2026-11-25, not '2026-02-30'");
  CHECK(lines[5] == "t.yaml:6:11: error: 'sections' in topic must not be empty");
}

TEST_CASE("a section needs text or items") {
  const YAML::Node node = parse_yaml("id: x\nkind: fact\ntitle: X\nsummary: S\nreviewed: 2026-01-01\n"
                                     "sections:\n  - heading: H\n    sources: []\n", "t.yaml");
  Findings findings;
  check_schema(node, topic_schema(), "t.yaml", findings);
  REQUIRE(findings.all().size() == 1);
  CHECK(findings.all()[0].line() == "t.yaml:7:5: error: section needs 'text' or 'items'");
}
