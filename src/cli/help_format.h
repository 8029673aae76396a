// `--help` that fits the terminal: every description, the usage line and the
// prose of the footer wrap to the width of standard output (the terminal, else
// COLUMNS, else 80); example command lines in footers are kept as written.
#pragma once

#include <memory>

namespace CLI {
class Formatter;
}

namespace skincare::cli {

// Set on the top-level app before subcommands are added; they inherit it.
std::shared_ptr<CLI::Formatter> make_help_formatter();

}  // namespace skincare::cli
