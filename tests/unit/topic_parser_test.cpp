#include "content/topic_parser.h"

#include <doctest/doctest.h>

#include <string>

#include "content_test_support.h"
#include "base/errors.h"

using skincare::DataError;
using skincare::parse_topic;
using skincare::Topic;

namespace {

// The DataError that parsing `yaml` throws (a failed check when none is thrown).
DataError topic_error(const std::string& yaml) {
  try {
    (void)parse_topic(yaml, "topics/t.yaml");
  } catch (const DataError& e) {
    return e;
  }
  FAIL("parse_topic did not throw");
  return DataError({}, "");
}

const char* const kFactHead = "id: t\nkind: fact\ntitle: T\nsummary: S\nreviewed: 2026-01-02\n";

void check_error(const DataError& e, int line, int column, const std::string& message) {
  CHECK(e.where().file == "topics/t.yaml");
  CHECK(e.where().line == line);
  CHECK(e.where().column == column);
  CHECK(e.reason() == message);
  CHECK(std::string(e.what()) ==
        "topics/t.yaml:" + std::to_string(line) + ":" + std::to_string(column) + ": " + message);
}

}  // namespace

TEST_CASE("a condition topic parses into every field, its section text split into paragraphs") {
  const Topic t = parse_topic(skincare::test::kConditionYaml, "topics/acne-scars.yaml");
  CHECK(t.id == "acne-scars");
  CHECK(t.kind == "condition");
  CHECK(t.title == "Acne scars");
  CHECK(t.aliases == std::vector<std::string>{"acne scar", "pockmarks"});
  CHECK(t.summary == "Microneedling helps sunken acne scars.");
  CHECK(t.reviewed == "2026-11-25");
  REQUIRE(t.sections.size() == 2);
  CHECK(t.sections[0].heading == "What they are");
  CHECK(t.sections[0].items.size() == 2);
  CHECK(t.sections[0].sources == std::vector<std::string>{"alam-2014", "garg-2016"});
  CHECK(t.sections[1].paragraphs.empty());
  REQUIRE(t.microneedling.has_value());
  CHECK(t.microneedling->evidence == "strong");
  CHECK(t.microneedling->sessions == "3 to 6 sessions, 4 weeks apart");
  CHECK(t.microneedling->results_time == "Months");
  CHECK(t.microneedling->can == std::vector<std::string>{"Soften rolling scars"});
  CHECK(t.microneedling->cannot == std::vector<std::string>{"Remove ice-pick scars"});
  CHECK(t.microneedling->caveats == std::vector<std::string>{"Darker skin needs care"});
  CHECK(t.microneedling->sources == std::vector<std::string>{"alam-2014", "fda-2018"});
  REQUIRE(t.alternatives.size() == 1);
  CHECK(t.alternatives[0].name == "Fractional laser");
  CHECK(t.alternatives[0].note == "Similar results, more downtime.");
  CHECK(t.risks == std::vector<std::string>{"Redness", "Post-inflammatory hyperpigmentation"});
  CHECK(t.sections[0].paragraphs ==
        std::vector<std::string>{"Acne scars are marks left after acne heals. Some are sunken.", "Others are raised."});
}

TEST_CASE("a fact topic needs no microneedling block, alternatives or risks") {
  const Topic t = parse_topic(skincare::test::kFactYaml, "topics/aftercare.yaml");
  CHECK(t.kind == "fact");
  CHECK_FALSE(t.microneedling.has_value());
  CHECK(t.alternatives.empty());
  CHECK(t.risks.empty());
  CHECK(t.aliases.empty());
}

TEST_CASE("a misspelt key in a topic or a section is an error that suggests the closest key") {
  const DataError e = topic_error("id: t\nkind: fact\ntitel: T\n");
  check_error(e, 3, 1, "unknown key 'titel' in topic (did you mean 'title'?)");
  CHECK(e.status() == skincare::ExitStatus::data);
  const DataError in_section =
      topic_error(std::string(kFactHead) + "sections:\n  - heading: H\n    txet: words\n");
  check_error(in_section, 8, 5, "unknown key 'txet' in section (did you mean 'text'?)");
}

TEST_CASE("an id that differs from the expected id is an error at the id, and a matching one passes") {
  try {
    (void)parse_topic("kind: fact\nid: other\ntitle: T\nsummary: S\nreviewed: 2026-01-02\n"
                      "sections:\n  - heading: H\n    text: T\n",
                      "topics/t.yaml", "t");
    FAIL("parse_topic did not throw");
  } catch (const DataError& e) {
    check_error(e, 2, 5, "topic id 'other' does not match its file name 't.yaml'");
  }
  CHECK(parse_topic(skincare::test::kFactYaml, "topics/aftercare.yaml", "aftercare").id == "aftercare");
}

TEST_CASE("a missing required key is reported at the start of the topic") {
  const DataError e = topic_error("id: t\nkind: fact\ntitle: T\nreviewed: 2026-01-02\n");
  check_error(e, 1, 1, "topic is missing required key 'summary'");
}

TEST_CASE("an unknown kind or evidence level is reported at its value with the closest choice suggested") {
  const DataError e = topic_error("id: t\nkind: conditon\n");
  check_error(e, 2, 7, "'kind' in topic must be one of condition, fact, not 'conditon' (did you mean 'condition'?)");
  const DataError evidence = topic_error(
      std::string(kFactHead) + "sections:\n  - heading: H\n    text: words\n"
                               "microneedling:\n  evidence: strung\n");
  check_error(evidence, 10, 13,
              "'evidence' in microneedling block must be one of strong, moderate, limited, not 'strung' "
              "(did you mean 'strong'?)");
}

TEST_CASE("a reviewed date that is not YYYY-MM-DD is an error at its value") {
  const DataError e = topic_error("id: t\nkind: fact\ntitle: T\nsummary: S\nreviewed: 25/11/2026\n");
  check_error(e, 5, 11, "'reviewed' in topic must be a date like 2026-11-25, not '25/11/2026'");
}

TEST_CASE("a topic without sections, or with a section that has neither text nor items, is an error") {
  const DataError missing = topic_error(kFactHead);
  check_error(missing, 1, 1, "topic is missing required key 'sections'");
  const DataError empty = topic_error(std::string(kFactHead) + "sections: []\n");
  check_error(empty, 6, 11, "'sections' in topic must not be empty");
  const DataError bare = topic_error(std::string(kFactHead) + "sections:\n  - heading: Empty\n    sources: [a]\n");
  check_error(bare, 7, 5, "section needs 'text' or 'items'");
}

TEST_CASE("a condition topic needs a microneedling block and alternatives") {
  const DataError e =
      topic_error("id: t\nkind: condition\ntitle: T\nsummary: S\nreviewed: 2026-01-02\n"
                  "sections:\n  - heading: H\n    text: words\n");
  check_error(e, 1, 1, "a condition topic needs a 'microneedling' block");
  const DataError no_alternatives = topic_error(
      "id: t\nkind: condition\ntitle: T\nsummary: S\nreviewed: 2026-01-02\n"
      "sections:\n  - heading: H\n    text: words\n"
      "microneedling:\n  evidence: limited\n  evidence_reason: r\n  sessions: some\n  results_time: later\n"
      "  can: [a]\n  cannot: [b]\n  sources: [s]\n");
  check_error(no_alternatives, 1, 1, "a condition topic needs 'alternatives'");
}
