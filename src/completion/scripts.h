// The completion scripts `skincare completion SHELL` prints. Each is fixed
// and small: on every TAB it runs the program once, as `skincare __complete
// WORD...` (completion/complete.h), so the scripts never go stale and
// completion follows `--content DIR`.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace skincare {

// The shells there is a script for, with a description: bash, zsh, fish.
const std::vector<std::pair<std::string, std::string>>& completion_shells();

// The script for `shell`; an unknown shell is a UsageError that suggests the
// closest name.
std::string completion_script(const std::string& shell);

}  // namespace skincare
