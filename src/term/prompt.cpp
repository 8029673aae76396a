#include "term/prompt.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/errors.h"
#include "term/signals.h"

namespace skincare {

namespace {

constexpr std::size_t kMaxLineBytes = 4096;

}  // namespace

std::optional<std::string> Dialogue::ask(std::string_view prompt) {
  say(prompt);
  auto line = read_line();
  if (line) *line = trim_line(*line);
  return line;
}

void TerminalDialogue::say(std::string_view text) { write_or_give_up(out_fd_, text); }

std::optional<std::string> TerminalDialogue::read_line() {
  std::string line;
  for (;;) {
    if (InterruptGuard::interrupted()) throw Interrupted("interrupted");
    char c = 0;
    const ssize_t got = ::read(in_fd_, &c, 1);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw InputError(fmt::format("cannot read the terminal: {}", std::strerror(errno)));
    if (got == 0) return std::nullopt;
    if (c == '\n') return line;
    if (line.size() < kMaxLineBytes) line += c;
  }
}

void write_or_give_up(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

std::string trim_line(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t\r") - first + 1));
}

}  // namespace skincare
