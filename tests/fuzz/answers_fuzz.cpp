// Fuzz target: answers files (--answers FILE, --resume FILE; YAML or JSON)
// and single answers (--set ID=VALUE, a typed line), checked against the
// shipped questionnaire. Complete answers are evaluated and rendered in
// every format; error messages must show answer text escaped.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/errors.h"
#include "fuzz_support.h"
#include "questionnaire/answer_fields.h"
#include "questionnaire/answer_parser.h"
#include "interop/answers_file.h"
#include "questionnaire/evaluation.h"
#include "interop/saved_answers.h"
#include "render/assessment_views.h"

namespace {

using namespace skincare;

void expect_safe_message(const std::string& message, std::string_view input) {
  // Messages may span lines (a list of missing answers), nothing else.
  if (escape_controls(message, true) != message) fuzz::finding("an error message shows a raw control character", input);
}

void render_everything(const AssessmentSetup& setup, const AnswerSet& answers) {
  const Summary summary = evaluate(setup.questionnaire, answers);
  for (const Format format : {Format::text, Format::markdown, Format::json}) {
    RenderOptions options;
    options.format = format;
    fuzz::expect_terminal_safe(render_assessment(setup.context, summary, options), "summary output");
  }
  const std::string saved = saved_answers_yaml(setup.questionnaire, answers, "2026-01-01T00:00:00Z");
  // What skincare saves, it must read back as the same answers.
  const AnswersFile again = parse_answers_file(saved, "saved.yaml");
  AnswerSet reread;
  if (normalise_fields(setup.questionnaire, again.fields, reread)) fuzz::finding("saved answers do not read back", saved);
  if (evaluate(setup.questionnaire, reread).answers != summary.answers)
    fuzz::finding("saved answers read back differently", saved);
}

void answers_file(const AssessmentSetup& setup, std::string_view text) {
  const Questionnaire& q = setup.questionnaire;
  AnswersFile file;
  try {
    file = parse_answers_file(text, "answers.yaml");
  } catch (const DataError& e) {
    if (e.where().file != "answers.yaml") fuzz::finding("an answers-file error does not name its file", e.what());
    return;
  }
  try {
    const ResumedAnswers resumed = resume_answers(q, file, "answers.yaml");
    for (const auto& dropped : resumed.dropped) (void)escape_controls(dropped.second);
  } catch (const DataError&) {
  }
  AnswerSet answers;
  if (const auto error = normalise_fields(q, file.fields, answers)) {
    expect_safe_message(error->message, text);
    return;
  }
  if (const auto missing = check_complete(q, answers)) {
    expect_safe_message(missing->message, text);
    return;
  }
  render_everything(setup, answers);
}

// The whole input as the value of one question of each type (--set ID=TEXT).
void single_answers(const AssessmentSetup& setup, std::string_view text) {
  bool seen[4] = {false, false, false, false};
  for (const Question& question : setup.questionnaire.questions) {
    const auto type = static_cast<std::size_t>(question.type);
    if (seen[type]) continue;
    seen[type] = true;
    try {
      const AnswerValue value = parse_answer_text(question, text);
      // A normalised answer must parse again to itself (answers are saved as text).
      if (parse_answer_text(question, answer_text(value)) != value)
        fuzz::finding("an answer does not survive being written as text", text);
    } catch (const AnswerError& e) {
      expect_safe_message(e.what(), text);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) { return skincare::fuzz::start_with_shipped_content(); }

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto& setup = skincare::fuzz::shipped();
  answers_file(setup, text);
  single_answers(setup, text);
  return 0;
}
