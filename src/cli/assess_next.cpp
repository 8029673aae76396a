// `skincare assess --next`: the next question for the answers so far, as
// JSON, so a web form, kiosk or chat front end can drive the questionnaire
// with exactly the engine's branching. Never prompts.
#include "cli/assess_modes.h"
#include "cli/output.h"
#include "questionnaire/partial_evaluation.h"
#include "render/next_question_json.h"

namespace skincare::cli {

void write_next(const AssessmentSetup& setup, const AnswerSet& answers) {
  const Summary summary = PartialEvaluator(setup.questionnaire).evaluate(answers);
  std::string out;
  write_next_json(out, setup.context, summary, next_question(setup.questionnaire, answers));
  write_stdout(out);
}

}  // namespace skincare::cli
