// After the questionnaire on a terminal: the offer to save the summary as a
// printable HTML page, to read later or bring to an appointment.
#pragma once

#include <string>

#include "assessment/assessment_setup.h"
#include "questionnaire/evaluation.h"
#include "term/prompt.h"
#include "term/terminal.h"

namespace skincare {

// Suggests skincare-summary.html beside `beside` (the --save or --resume
// file; the current folder when ""), or takes the name the person types.
// An existing file is replaced only when the person says so. No, or the end
// of input, saves nothing; Ctrl-C throws Interrupted.
void offer_summary_page(const AssessmentSetup& setup, const Summary& summary, const std::string& beside,
                        Dialogue& dialogue, const TerminalStyle& style);

}  // namespace skincare
