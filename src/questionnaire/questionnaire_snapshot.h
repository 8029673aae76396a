// A parsed questionnaire as a compact binary snapshot. The build parses and
// checks the shipped questionnaire once and embeds its snapshot, so `assess`
// parses no YAML at run time (see bench/README.md). Every field of the
// model is listed once, in questionnaire_snapshot.cpp; a test compares a
// questionnaire read back from its snapshot with the one parsed from YAML.
#pragma once

#include <string>
#include <string_view>

#include "questionnaire/questionnaire.h"

namespace skincare {

std::string snapshot_of(const Questionnaire& questionnaire);

// Throws std::runtime_error when the snapshot is truncated or malformed
// (only possible if the binary itself is corrupt).
Questionnaire questionnaire_from_snapshot(std::string_view snapshot);

}  // namespace skincare
