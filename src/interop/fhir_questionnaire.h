// `skincare export fhir-questionnaire`: a questionnaire as an HL7 FHIR R4
// Questionnaire resource. Generic over the model: linkId = question id;
// integer, boolean and choice items (multi = repeats); answer options with
// code = our value and display = our label; `required`; a condition becomes
// enableWhen (+ enableBehavior) where FHIR's semantics match ours exactly,
// else the SDC enableWhenExpression extension in FHIRPath. Rules, verdicts
// and sources are not items.
#pragma once

#include <optional>
#include <string>

#include "questionnaire/questionnaire.h"

namespace skincare {

// The resource as pretty-printed JSON (2-space indent, ending in a newline).
std::string fhir_questionnaire_json(const Questionnaire& questionnaire, const std::string& tool_version);

// The FHIRPath expression that is true exactly when `condition` holds for
// the answers of a QuestionnaireResponse (%resource).
std::string fhirpath_of(const Questionnaire& questionnaire, const Condition& condition);

}  // namespace skincare
