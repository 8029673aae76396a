// The ways `skincare assess` runs besides one assessment (assess.cpp), each
// in its own file: streamed (assess_batch.cpp) and --next (assess_next.cpp).
#pragma once

#include <string>
#include <vector>

#include "assessment/assessment_setup.h"
#include "questionnaire/answer.h"
#include "questionnaire/evaluation.h"
#include "render/results.h"

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

// Streams records (JSON Lines or CSV) from `input_fd` to stdout, one result
// each through `writer`; returns the exit status. With options.partial,
// records may leave questions out.
int run_batch(const AssessmentSetup& setup, ResultWriter& writer, const BatchInput& input, int input_fd,
              const AssessOptions& options);

// `--next`: writes the next question to ask (or the summary when none is
// left) as one JSON object (schema skincare.next/1). Never prompts.
void write_next(const AssessmentSetup& setup, const AnswerSet& answers);

}  // namespace skincare::cli
