// The schema of a questionnaire file (questionnaire/assessment.yaml), bound
// to the Questionnaire model. Declared once: parse_questionnaire reads
// through it and `skincare check` walks it. What the schema cannot say
// (conditions, which keys apply to which question type, versions of
// changes) is checked by the parser, the one place that knows it.
#pragma once

#include "base/schema_binding.h"
#include "questionnaire/questionnaire.h"

namespace skincare {

const Record<Questionnaire>& questionnaire_record();

}  // namespace skincare
