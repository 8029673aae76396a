// The verdict scale of an assessment, ordered so that worst wins, and
// `info`, which adds advice without changing the verdict.
#pragma once

#include <optional>
#include <string_view>

namespace skincare {

enum class Verdict { info, suitable, caution, postpone, consult };

const char* verdict_name(Verdict verdict);
std::optional<Verdict> verdict_from_name(std::string_view name);
// Severity for ordering reasons: consult > postpone > caution > suitable > info.
int severity(Verdict verdict);

}  // namespace skincare
