#include "content/topic_parser.h"

#include <doctest/doctest.h>

#include <string>

#include "content_test_support.h"
#include "errors.h"

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

TEST_CASE("a condition topic parses into every field") {
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
}

TEST_CASE("section text is split into paragraphs with wrapped lines joined") {
  const Topic t = parse_topic(skincare::test::kConditionYaml, "topics/acne-scars.yaml");
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

TEST_CASE("a misspelt key is an error that suggests the closest key") {
  const DataError e = topic_error("id: t\nkind: fact\ntitel: T\n");
  check_error(e, 3, 1, "unknown key 'titel' in topic (did you mean 'title'?)");
  CHECK(e.status() == skincare::ExitStatus::data);
}

TEST_CASE("a misspelt key inside a section names the section and its place") {
  const DataError e =
      topic_error(std::string(kFactHead) + "sections:\n  - heading: H\n    txet: words\n");
  check_error(e, 8, 5, "unknown key 'txet' in section (did you mean 'text'?)");
}

TEST_CASE("a missing required key is reported at the start of the topic") {
  const DataError e = topic_error("id: t\nkind: fact\ntitle: T\nreviewed: 2026-01-02\n");
  check_error(e, 1, 1, "topic is missing required key 'summary'");
}

TEST_CASE("an unknown kind is reported at its value with the closest kind suggested") {
  const DataError e = topic_error("id: t\nkind: conditon\n");
  check_error(e, 2, 7, "'kind' in topic must be one of condition, fact, not 'conditon' (did you mean 'condition'?)");
}

TEST_CASE("a reviewed date that is not YYYY-MM-DD is an error at its value") {
  const DataError e = topic_error("id: t\nkind: fact\ntitle: T\nsummary: S\nreviewed: 25/11/2026\n");
  check_error(e, 5, 11, "'reviewed' in topic must be a date like 2026-11-25, not '25/11/2026'");
}

TEST_CASE("a topic without sections is an error") {
  const DataError missing = topic_error(kFactHead);
  check_error(missing, 1, 1, "topic needs a non-empty list 'sections'");
  const DataError empty = topic_error(std::string(kFactHead) + "sections: []\n");
  check_error(empty, 6, 11, "topic needs a non-empty list 'sections'");
}

TEST_CASE("a section with neither text nor items is an error at the section") {
  const DataError e = topic_error(std::string(kFactHead) + "sections:\n  - heading: Empty\n    sources: [a]\n");
  check_error(e, 7, 5, "section 'Empty' needs 'text' or 'items'");
}

TEST_CASE("a condition topic without a microneedling block is an error") {
  const DataError e =
      topic_error("id: t\nkind: condition\ntitle: T\nsummary: S\nreviewed: 2026-01-02\n"
                  "sections:\n  - heading: H\n    text: words\n");
  check_error(e, 1, 1, "a condition topic needs a 'microneedling' block");
}

TEST_CASE("a condition topic without alternatives is an error") {
  const DataError e = topic_error(
      "id: t\nkind: condition\ntitle: T\nsummary: S\nreviewed: 2026-01-02\n"
      "sections:\n  - heading: H\n    text: words\n"
      "microneedling:\n  evidence: limited\n  sessions: some\n  results_time: later\n"
      "  can: [a]\n  cannot: [b]\n  sources: [s]\n");
  check_error(e, 1, 1, "a condition topic needs 'alternatives'");
}

TEST_CASE("a microneedling block with an unknown evidence level is an error") {
  const DataError e = topic_error(
      std::string(kFactHead) + "sections:\n  - heading: H\n    text: words\n"
                               "microneedling:\n  evidence: strung\n");
  check_error(e, 10, 13, "'evidence' in microneedling block must be one of strong, moderate, limited, not 'strung' "
                         "(did you mean 'strong'?)");
}

TEST_CASE("alternatives that are not a list are an error at their value") {
  const DataError e =
      topic_error(std::string(kFactHead) + "sections:\n  - heading: H\n    text: words\nalternatives: laser\n");
  check_error(e, 9, 15, "'alternatives' must be a list");
}

TEST_CASE("a YAML syntax error becomes a data error with a 1-based place in the file") {
  const DataError e = topic_error("id: t\nkind: [fact\ntitle: T\n");
  CHECK(e.where().file == "topics/t.yaml");
  CHECK(e.where().line >= 2);
  CHECK(e.where().column >= 1);
  CHECK(std::string(e.what()).rfind("topics/t.yaml:" + std::to_string(e.where().line) + ":", 0) == 0);
}

TEST_CASE("a topic file with invalid UTF-8 is an error at the bad byte") {
  const DataError e = topic_error("id: t\ntitle: caf\xC3 au lait\n");
  check_error(e, 2, 11, "invalid UTF-8 (the file must be UTF-8 text)");
}

TEST_CASE("a topic file that is not a mapping is an error") {
  const DataError e = topic_error("- just\n- a list\n");
  check_error(e, 1, 1, "topic must be a mapping of keys to values");
}
