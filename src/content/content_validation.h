// Loads every file of a content tree and checks that it parses and that its
// cross-references hold (cited sources exist). Stops at the first problem,
// as a DataError with its location. The build runs this on the shipped tree.
#pragma once

#include <string>
#include <vector>

#include "content/content_tree.h"

namespace skincare {

// Returns the paths of the content files (relative to the tree), sorted.
std::vector<std::string> validate_content(const ContentTree& tree);

}  // namespace skincare
