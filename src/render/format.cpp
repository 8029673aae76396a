#include "render/format.h"

namespace skincare {

std::optional<Format> format_from_name(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "markdown" || name == "md") return Format::markdown;
  if (name == "json") return Format::json;
  if (name == "html") return Format::html;
  if (name == "csv") return Format::csv;
  if (name == "fhir") return Format::fhir;
  return std::nullopt;
}

}  // namespace skincare
