#include "term/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstring>
#include <string>

namespace skincare {

bool is_terminal(int fd) { return isatty(fd) == 1; }

static int columns_from_environment() {
  const char* columns = std::getenv("COLUMNS");
  if (columns == nullptr || *columns == '\0') return 0;
  char* end = nullptr;
  const long value = std::strtol(columns, &end, 10);
  if (*end != '\0' || value < 20 || value > 1000) return 0;
  return static_cast<int>(value);
}

TerminalStyle detect_style(int fd, bool no_colour_flag) {
  TerminalStyle style;
  const bool tty = is_terminal(fd);
  const char* no_colour = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  const bool dumb = term != nullptr && std::strcmp(term, "dumb") == 0;
  style.colour = tty && !no_colour_flag && (no_colour == nullptr || *no_colour == '\0') && !dumb;

  int width = columns_from_environment();
  if (width == 0 && tty) {
    winsize size{};
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) width = size.ws_col;
  }
  style.width = width > 0 ? width : 80;
  return style;
}

}  // namespace skincare
