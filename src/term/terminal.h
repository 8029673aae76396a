// Facts about the terminal that decide how output looks: whether a stream is
// a terminal, its width, and whether colour is allowed (docs/cli.md).
#pragma once

#include <cstdlib>

namespace skincare {

struct TerminalStyle {
  bool colour = false;  // emit ANSI colour and bold
  int width = 80;       // columns to wrap text at
};

// True when file descriptor `fd` is a terminal.
bool is_terminal(int fd);

// Colour only when `fd` is a terminal, NO_COLOR is unset, TERM is not "dumb"
// and `no_colour_flag` is false. Width from the terminal, else COLUMNS, else 80.
TerminalStyle detect_style(int fd, bool no_colour_flag);

}  // namespace skincare
