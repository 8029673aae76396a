// Writing results to stdout. A closed pipe throws ClosedPipe (the command
// then ends quietly); any other failed write throws OutputError (exit 74).
#pragma once

#include <string_view>

namespace skincare::cli {

void write_stdout(std::string_view text);

// Writes to stderr, ignoring failures (there is nowhere left to report them).
void write_stderr(std::string_view text);

}  // namespace skincare::cli
