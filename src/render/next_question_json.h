// `skincare assess --next` as JSON (schema skincare.next/1): the next
// question with everything a front end needs to ask it, the progress and
// the verdict range so far; or, when nothing is left, the summary.
#pragma once

#include <optional>
#include <string>

#include "questionnaire/evaluation.h"
#include "render/assessment_views.h"

namespace skincare {

// `summary` is the (partial) evaluation of the answers so far; `question`
// the index of the next question, or nullopt when done. Appends one object
// and a newline.
void write_next_json(std::string& out, const AssessmentContext& context, const Summary& summary,
                     std::optional<std::size_t> question);

}  // namespace skincare
