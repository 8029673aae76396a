// The common answers file of a script: one flat JSON object of answers
// ({"age": 34, "concerns": ["acne-scars"]}), read with JsonReader instead of
// yaml-cpp, which costs more than the rest of `assess --answers` together.
// Only text whose YAML reading is known to give the same fields is read
// here; for anything else (YAML, a saved run, FHIR, escapes, non-ASCII,
// anything YAML would refuse) it returns nothing, and parse_answers_file
// reads the file as YAML as before, with the same results and messages.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "questionnaire/answer_fields.h"

namespace skincare {

// The fields YAML would read from `text`, in order, each with the line and
// column of its key; nothing when the text is not such a flat JSON object.
std::optional<std::vector<RawField>> flat_json_answers(std::string_view text, const std::string& file);

}  // namespace skincare
