// Turns questionnaire YAML into a Questionnaire, parsing and type-checking
// every condition once; problems are DataErrors with FILE:LINE:COL.
#pragma once

#include <string>
#include <string_view>

#include "questionnaire/questionnaire.h"

namespace skincare {

Questionnaire parse_questionnaire(std::string_view yaml_text, const std::string& file);

}  // namespace skincare
