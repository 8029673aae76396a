// Turns the YAML text of one topic file into a Topic, or throws a DataError
// that names the file, line and column of the first problem.
#pragma once

#include <string>
#include <string_view>

#include "content/topic.h"

namespace skincare {

Topic parse_topic(std::string_view yaml_text, const std::string& file);

}  // namespace skincare
