// Fuzz target: content files, as read with --content DIR or
// SKINCARE_CONTENT. Each input is tried as a topic, as the bibliography
// and as the questionnaire. Whatever parses is rendered in every format
// (text must be terminal-safe) and, for topics, sent through the binary
// snapshot and back, which must change nothing. Then the whole text goes
// through the content check as every file of a tree.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check/content_check.h"
#include "content/bibliography.h"
#include "content/content_tree.h"
#include "content/snapshot.h"
#include "content/topic_parser.h"
#include "base/errors.h"
#include "fuzz_support.h"
#include "questionnaire/evaluation.h"
#include "questionnaire/questionnaire_parser.h"
#include "render/assessment_views.h"
#include "render/content_views.h"

namespace {

using namespace skincare;

RenderOptions options(Format format, bool brief = false) {
  RenderOptions o;
  o.format = format;
  o.style.width = 60;
  o.brief = brief;
  return o;
}

void expect_located(const DataError& e, const std::string& file) {
  if (e.where().file != file) fuzz::finding("a content error does not name its file", e.what());
}

void topic(std::string_view text) {
  Topic parsed;
  try {
    parsed = parse_topic(text, "topics/fuzz.yaml");
  } catch (const DataError& e) {
    expect_located(e, "topics/fuzz.yaml");
    return;
  }
  const Bibliography none;
  const std::string shown = render_topics({parsed}, none, options(Format::text));
  fuzz::expect_terminal_safe(shown, "topic text output");
  fuzz::expect_terminal_safe(render_topics({parsed}, none, options(Format::text, true)), "topic --brief output");
  fuzz::expect_terminal_safe(render_topics({parsed}, none, options(Format::markdown)), "topic markdown output");
  fuzz::expect_terminal_safe(render_topics({parsed}, none, options(Format::json)), "topic JSON output");
  const Topic again = topic_from_snapshot(snapshot_of(parsed));
  if (render_topics({again}, none, options(Format::text)) != shown)
    fuzz::finding("a topic changed on its way through a snapshot", text);
}

void bibliography(std::string_view text) {
  Bibliography parsed;
  try {
    parsed = parse_bibliography(text, "sources.yaml");
  } catch (const DataError& e) {
    expect_located(e, "sources.yaml");
    return;
  }
  std::vector<const Source*> all;
  for (const auto& source : parsed.all()) all.push_back(&source);
  for (const Format format : {Format::text, Format::markdown, Format::json})
    fuzz::expect_terminal_safe(render_sources(all, options(format)), "sources output");
  const Bibliography again = bibliography_from_snapshot(snapshot_of(parsed));
  if (again.ids() != parsed.ids()) fuzz::finding("sources changed on their way through a snapshot", text);
}

void questionnaire(std::string_view text) {
  Questionnaire parsed;
  try {
    parsed = parse_questionnaire(text, "questionnaire/assessment.yaml");
  } catch (const DataError& e) {
    expect_located(e, "questionnaire/assessment.yaml");
    return;
  }
  (void)parsed.questions_hash();
  AnswerSet answers(parsed.questions.size());
  for (std::size_t i = 0; i < parsed.questions.size(); ++i) {
    (void)parsed.question_hash(i);
    const Question& question = parsed.questions[i];
    if (question.type == QuestionType::integer) answers[i] = question.min;
    else if (question.type == QuestionType::boolean) answers[i] = true;
    else if (question.type == QuestionType::single) answers[i] = question.choices.front().value;
    else answers[i] = std::vector<std::string>{question.choices.front().value};
  }
  (void)missing_answers(parsed, {});
  AssessmentContext context;
  context.questionnaire = &parsed;
  for (const AnswerSet& set : {AnswerSet(parsed.questions.size()), answers}) {
    const Summary summary = evaluate(parsed, set);
    fuzz::expect_terminal_safe(render_assessment(context, summary, options(Format::text)), "summary text output");
    fuzz::expect_terminal_safe(render_assessment(context, summary, options(Format::markdown)), "summary markdown");
    fuzz::expect_terminal_safe(render_assessment(context, summary, options(Format::json)), "summary JSON output");
  }
}

// The same text as every file of a tree, through `skincare check`: it must
// report problems as findings in that tree, never throw; and a tree check
// passes must load (loading and check share one schema and parser).
void content_check(std::string_view text) {
  const std::string body(text);
  const ContentTree tree = ContentTree::from_files(
      "fuzz", {{"sources.yaml", body}, {"topics/fuzz.yaml", body}, {"questionnaire/assessment.yaml", body}});
  const CheckReport report = check_content(tree);
  for (const auto& finding : report.findings.all())
    if (finding.where.file.rfind("fuzz/", 0) != 0) fuzz::finding("a check finding names no file of the tree", text);
  if (report.findings.errors() > 0) return;
  try {
    (void)tree.bibliography();
    (void)tree.topic("fuzz");
    (void)parse_questionnaire(body, "questionnaire/assessment.yaml");
  } catch (const Error& e) {
    fuzz::finding("check passed a tree that does not load", e.what());
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  skincare::fuzz::keep_reports_visible();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  topic(text);
  bibliography(text);
  questionnaire(text);
  content_check(text);
  return 0;
}
