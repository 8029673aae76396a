// `skincare assess --template`: an answers file to fill in, with every
// question as a YAML key and, above it in comments, its prompt, what it
// accepts and when it is asked.
#pragma once

#include <string>

#include "questionnaire/questionnaire.h"

namespace skincare {

std::string answers_template(const Questionnaire& questionnaire);

}  // namespace skincare
