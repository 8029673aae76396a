// The questionnaire as a conversation: one question at a time through a
// Dialogue (term/prompt.h), with help, going back, a review screen where
// any answer can be changed, the summary offered early once no answer can
// change the result, and an offer to save when the person quits.
#pragma once

#include <string>

#include "questionnaire/questionnaire.h"
#include "term/prompt.h"
#include "term/terminal.h"

namespace skincare {

// finished: every question answered and reviewed; summary_now: the person
// chose to see the summary once the verdict could no longer change.
enum class InterviewEnd { finished, summary_now, quit };

struct InterviewOptions {
  std::string save_path;  // offered when the person quits ("" = skincare-answers.yaml)
  bool replace = false;   // saving may replace an existing file (--force)
  TerminalStyle style;    // of the stream the dialogue writes to
};

// Asks every enabled question that `answers` lacks, then shows the review
// screen; returns when the person confirms (finished) or quits. Answers to
// questions that are no longer asked after changes are dropped. Ctrl-C and
// the end of input throw Interrupted.
InterviewEnd run_interview(const Questionnaire& questionnaire, AnswerSet& answers, Dialogue& dialogue,
                           const InterviewOptions& options);

}  // namespace skincare
