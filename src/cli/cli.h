// The command line: parses arguments, runs one subcommand, and turns every
// error into one `skincare: ...` line and the exit status of cli.md.
#pragma once

namespace skincare::cli {

int run(int argc, char** argv);

}  // namespace skincare::cli
