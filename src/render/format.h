// Output formats every informational command offers (--format).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "term/terminal.h"

namespace skincare {

// html: explain, compare and assess; csv and fhir: only `assess` (a row of
// results; a FHIR QuestionnaireResponse). Elsewhere they are never chosen.
enum class Format { text, markdown, json, html, csv, fhir };

std::optional<Format> format_from_name(std::string_view name);

struct RenderOptions {
  Format format = Format::text;
  TerminalStyle style;  // text only: colour and width
  bool brief = false;   // explain --brief
  std::string disclaimer;  // html: printed at the foot of every page
};

}  // namespace skincare
