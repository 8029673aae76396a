// The three ways `skincare assess` runs, each in its own file:
// scripted (assess.cpp), interactive (assess_interactive.cpp) and streamed
// (assess_batch.cpp).
#pragma once

#include <string>
#include <vector>

#include "assessment/assessment_setup.h"
#include "questionnaire/answer.h"
#include "questionnaire/evaluation.h"
#include "render/results.h"
#include "term/terminal.h"

namespace skincare::cli {

struct AssessOptions {
  std::string answers_path;       // --answers FILE or "-"
  std::vector<std::string> sets;  // --set ID=VALUE, in order
  bool print_template = false;
  std::string save_path;
  bool force = false;
  std::string resume_path;
  bool exit_code = false;
  bool batch = false;
  bool partial = false;        // --partial: answers may leave questions out
  bool explain_range = false;  // --explain-range: a witness for the highest verdict
  bool next = false;           // --next: print the next question as JSON
  std::string batch_path;         // --batch FILE ("" = --answers or stdin)
  std::string input = "auto";     // --input auto|jsonl|csv
  bool ignore_unknown_columns = false;
  std::string fields;             // --fields PATH,... (JSON only)
};

// Where a batch comes from and how to read it.
struct BatchInput {
  std::string name;  // for messages: the file, or <stdin>
  bool csv = false;
  bool ignore_unknown_columns = false;
};

// finished: every question answered and reviewed; summary_now: the person
// chose to see the summary once the verdict could no longer change.
enum class InterviewEnd { finished, summary_now, quit };

// Asks, one at a time on the terminal, every enabled question that
// `answers` lacks, then shows a review screen; returns when the person
// confirms (finished) or quits. Ctrl-C and end of input throw Interrupted.
// On quit it offers to save to `save_path` (or a path the person types).
InterviewEnd run_interview(const AssessmentSetup& setup, AnswerSet& answers, const AssessOptions& options,
                           const TerminalStyle& style);

// After an interactive summary: offers to save it as a printable HTML page
// next to the answers (the folder of --save or --resume, else the current
// one). An existing file is replaced only when the person says so.
void offer_html_summary(const AssessmentSetup& setup, const Summary& summary, const AssessOptions& options,
                        const TerminalStyle& style);

// Streams records (JSON Lines or CSV) from `input_fd` to stdout, one result
// each through `writer`; returns the exit status. With options.partial,
// records may leave questions out.
int run_batch(const AssessmentSetup& setup, ResultWriter& writer, const BatchInput& input, int input_fd,
              const AssessOptions& options);

// `--next`: writes the next question to ask (or the summary when none is
// left) as one JSON object (schema skincare.next/1). Never prompts.
void write_next(const AssessmentSetup& setup, const AnswerSet& answers);

// Saves answers as YAML (mode 0600, atomic; replaces only with --force).
void save_answers(const AssessmentSetup& setup, const AnswerSet& answers, const std::string& path, bool replace);

}  // namespace skincare::cli
