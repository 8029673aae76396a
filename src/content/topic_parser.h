// Turns the YAML text of one topic file into a Topic, or throws a DataError
// that names the file, line and column of the first problem.
#pragma once

#include <string>
#include <string_view>

#include "content/topic.h"

namespace skincare {

// When `expected_id` is given, a different `id` is an error at that key.
Topic parse_topic(std::string_view yaml_text, const std::string& file, std::string_view expected_id = {});

}  // namespace skincare
