// The report of `skincare check` in three views of one CheckReport: text
// (one FILE:LINE:COL line a finding, then the counts), markdown (a heading,
// the counts, the findings as a table) and JSON (schema skincare.check/1).
#pragma once

#include <string>

#include "check/content_check.h"
#include "render/format.h"

namespace skincare {

std::string render_check_report(const CheckReport& report, const RenderOptions& options);

}  // namespace skincare
