// Reading a whole input file, within the size limit for one input file
// (limits::kMaxFileBytes). Every file the program reads whole goes through
// here: content files, answers files, saved runs, standard input.
#pragma once

#include <string>
#include <string_view>

namespace skincare {

// The whole of `path` ("-" reads standard input). The limit is checked while
// reading, so a device like /dev/zero cannot fill memory.
// Throws InputError (exit 66) when `path` is missing, unreadable or a folder,
// and DataError (exit 65) at the file when it is larger than the limit; `what`
// names it in that message ("the answers file").
std::string read_file_within_limit(const std::string& path, std::string_view what = "the file");

}  // namespace skincare
