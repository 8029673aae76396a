// Re-indents compact JSON (as JsonWriter writes it) with two spaces, for
// files people read, such as an exported FHIR resource.
#pragma once

#include <string>
#include <string_view>

namespace skincare {

std::string pretty_json(std::string_view compact);

}  // namespace skincare
