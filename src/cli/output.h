// Writing results to stdout. A closed pipe throws ClosedPipe (the command
// then ends quietly); any other failed write throws OutputError (exit 74).
#pragma once

#include <string_view>

namespace skincare::cli {

void write_stdout(std::string_view text);

// When stdout is a pipe, asks the kernel for a larger pipe buffer (1 MiB,
// the usual limit for a user), so a long stream of output is passed on in
// fewer, larger steps between this process and the reader. Nothing changes
// when it is not a pipe, is already that large, or the kernel refuses.
void enlarge_stdout_pipe();

// Writes to stderr, ignoring failures (there is nowhere left to report them).
void write_stderr(std::string_view text);

}  // namespace skincare::cli
