// Renders `skincare about` (content/about.h) as text, Markdown or JSON
// (schema skincare.about/1).
#pragma once

#include <string>

#include "content/about.h"
#include "render/format.h"

namespace skincare {

std::string render_about(const About& about, const RenderOptions& options);

}  // namespace skincare
