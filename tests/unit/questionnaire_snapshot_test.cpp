// The questionnaire snapshot the build embeds: read back, it equals the
// questionnaire parsed from YAML in every field, for the shipped content and
// for the built-in content as `assess` loads it.
#include "questionnaire/questionnaire_snapshot.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "content/content_tree.h"
#include "questionnaire/questionnaire_parser.h"

using namespace skincare;

namespace {

Questionnaire shipped() {
  const std::string path = std::string(SKINCARE_SOURCE_DIR) + "/content/questionnaire/assessment.yaml";
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return parse_questionnaire(text.str(), path);
}

void check_same(const Condition& a, const Condition& b) {
  CHECK(a.kind == b.kind);
  CHECK(a.compare == b.compare);
  CHECK(a.question == b.question);
  CHECK(a.values == b.values);
  CHECK(a.number == b.number);
  CHECK(a.numbers == b.numbers);
  CHECK(a.flag == b.flag);
  REQUIRE(a.children.size() == b.children.size());
  for (std::size_t i = 0; i < a.children.size(); ++i) check_same(a.children[i], b.children[i]);
}

// Field by field, written independently of the snapshot's own list.
void check_same(const Questionnaire& a, const Questionnaire& b) {
  CHECK(a.id == b.id);
  CHECK(a.version == b.version);
  CHECK(a.title == b.title);
  CHECK(a.intro == b.intro);
  CHECK(a.disclaimer == b.disclaimer);
  CHECK(a.concern_question == b.concern_question);
  CHECK(a.before_you_book == b.before_you_book);
  CHECK(a.provider_questions == b.provider_questions);
  CHECK(a.warning_signs == b.warning_signs);
  CHECK(a.verdict_meanings == b.verdict_meanings);
  REQUIRE(a.changes.size() == b.changes.size());
  for (std::size_t i = 0; i < a.changes.size(); ++i) {
    CHECK(a.changes[i].version == b.changes[i].version);
    CHECK(a.changes[i].added == b.changes[i].added);
    CHECK(a.changes[i].revised == b.changes[i].revised);
    CHECK(a.changes[i].note == b.changes[i].note);
    CHECK(a.changes[i].line == b.changes[i].line);
  }
  REQUIRE(a.questions.size() == b.questions.size());
  for (std::size_t i = 0; i < a.questions.size(); ++i) {
    const Question& x = a.questions[i];
    const Question& y = b.questions[i];
    CAPTURE(x.id);
    CHECK(x.id == y.id);
    CHECK(x.type == y.type);
    CHECK(x.prompt == y.prompt);
    CHECK(x.help == y.help);
    CHECK(x.unit == y.unit);
    CHECK(x.min == y.min);
    CHECK(x.max == y.max);
    REQUIRE(x.choices.size() == y.choices.size());
    for (std::size_t c = 0; c < x.choices.size(); ++c) {
      CHECK(x.choices[c].value == y.choices[c].value);
      CHECK(x.choices[c].label == y.choices[c].label);
    }
    CHECK(x.min_count == y.min_count);
    CHECK(x.none_label == y.none_label);
    CHECK(x.default_value == y.default_value);
    REQUIRE(x.enabled_when.has_value() == y.enabled_when.has_value());
    if (x.enabled_when) check_same(*x.enabled_when, *y.enabled_when);
    CHECK(x.enabled_when_text == y.enabled_when_text);
    CHECK(x.intro == y.intro);
    CHECK(x.values == y.values);
    CHECK(x.added_in == y.added_in);
    CHECK(x.revised_in == y.revised_in);
    CHECK(x.line == y.line);
    CHECK(x.column == y.column);
    CHECK(a.question_hash(i) == b.question_hash(i));
  }
  REQUIRE(a.rules.size() == b.rules.size());
  for (std::size_t i = 0; i < a.rules.size(); ++i) {
    const Rule& x = a.rules[i];
    const Rule& y = b.rules[i];
    CAPTURE(x.id);
    CHECK(x.id == y.id);
    CHECK(x.verdict == y.verdict);
    check_same(x.when, y.when);
    CHECK(x.when_text == y.when_text);
    CHECK(x.message == y.message);
    CHECK(x.waiting_for == y.waiting_for);
    CHECK(x.discuss == y.discuss);
    CHECK(x.sources == y.sources);
    CHECK(x.depends_on == y.depends_on);
    CHECK(x.line == y.line);
    CHECK(x.column == y.column);
  }
  CHECK(a.questions_hash() == b.questions_hash());
}

}  // namespace

TEST_CASE("the shipped questionnaire read back from its snapshot equals the one parsed from YAML") {
  const Questionnaire original = shipped();
  REQUIRE(original.questions.size() > 10);
  REQUIRE(original.rules.size() > 5);
  check_same(questionnaire_from_snapshot(snapshot_of(original)), original);
}

TEST_CASE("the built-in content holds the snapshot of content/'s questionnaire, for assess to load") {
  const ContentTree content = ContentTree::embedded();
  REQUIRE(content.contains(kQuestionnaireSnapshotPath));
  check_same(questionnaire_from_snapshot(content.read(kQuestionnaireSnapshotPath)), shipped());
}

TEST_CASE("a truncated or padded questionnaire snapshot is refused, not misread") {
  const std::string snapshot = snapshot_of(shipped());
  CHECK_THROWS_AS(questionnaire_from_snapshot(snapshot.substr(0, snapshot.size() / 2)), std::runtime_error);
  CHECK_THROWS_AS(questionnaire_from_snapshot(snapshot + "x"), std::runtime_error);
  CHECK_THROWS_AS(questionnaire_from_snapshot(std::string(16, '\xFF')), std::runtime_error);
}
