#include <doctest/doctest.h>

#include "base/schema.h"
#include "base/yaml_reader.h"
#include "check/finding.h"
#include "content/content_schema.h"

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
  findings.schema_errors(node, topic_record().schema(), "t.yaml");
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
  findings.schema_errors(node, topic_record().schema(), "t.yaml");
  REQUIRE(findings.all().size() == 1);
  CHECK(findings.all()[0].line() == "t.yaml:7:5: error: section needs 'text' or 'items'");
}

TEST_CASE("a misspelt key comes before the missing key it was meant to be, and require_schema throws it") {
  const YAML::Node node = parse_yaml("id: x\nkind: fact\ntitel: X\nsummary: S\nreviewed: 2026-01-01\n"
                                     "sections:\n  - heading: H\n    text: T\n", "t.yaml");
  const std::vector<SchemaProblem> problems = schema_problems(node, topic_record().schema(), "t.yaml");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].message == "unknown key 'titel' in topic (did you mean 'title'?)");
  CHECK(problems[1].message == "topic is missing required key 'title'");
  try {
    require_schema(node, topic_record().schema(), "t.yaml");
    FAIL("no DataError");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) == "t.yaml:3:1: unknown key 'titel' in topic (did you mean 'title'?)");
  }
}

TEST_CASE("a whole number can have a lower bound") {
  const YAML::Node node = parse_yaml("sources:\n  - id: a\n    title: T\n    kind: study\n    design: case-report\n"
                                     "    confidence: verified\n    size: 0\n", "s.yaml");
  const std::vector<SchemaProblem> problems = schema_problems(node, bibliography_record().schema(), "s.yaml");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where.describe() == "s.yaml:7:11");
  CHECK(problems[0].message == "'size' in source must be 1 or more, not 0");
}
