// How skincare names things in HL7 FHIR R4: the canonical URL of a
// questionnaire, its resource id and computer-friendly name, and the SDC
// extension URLs used. One place, shared by the Questionnaire export and the
// QuestionnaireResponse reader and writer.
#pragma once

#include <string>
#include <string_view>

#include "questionnaire/questionnaire.h"

namespace skincare::fhir {

inline constexpr std::string_view kEnableWhenExpression =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";
inline constexpr std::string_view kMinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
inline constexpr std::string_view kMaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";
inline constexpr std::string_view kIdentifierSystem = "urn:skincare:questionnaire";

// "urn:skincare:questionnaire:<id>": Questionnaire.url.
std::string canonical_url(const Questionnaire& questionnaire);
// "<url>|<version>": QuestionnaireResponse.questionnaire.
std::string canonical_reference(const Questionnaire& questionnaire);
// The id as a FHIR resource id ([A-Za-z0-9-.]{1,64}; others become '-').
std::string resource_id(std::string_view id);
// "MicroneedlingSuitability": Questionnaire.name.
std::string computer_name(std::string_view id);

}  // namespace skincare::fhir
