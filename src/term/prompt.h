// Asking a person something, one plain line at a time: prompts go out
// without cursor movement (so they work on TERM=dumb, in editors and with
// screen readers) and answers come back line by line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace skincare {

// Both sides of a conversation. The library's dialogues (the questionnaire,
// the offer to save a summary) talk through it and never touch a terminal
// themselves; tests give them a script instead.
class Dialogue {
 public:
  virtual ~Dialogue() = default;

  virtual void say(std::string_view text) = 0;

  // One line without its newline, or nullopt at the end of input. Throws
  // Interrupted on Ctrl-C or SIGTERM.
  virtual std::optional<std::string> read_line() = 0;

  // Says `prompt`, then reads a line with the spaces, tabs and CR around it
  // removed; nullopt at the end of input.
  std::optional<std::string> ask(std::string_view prompt);
};

// A Dialogue on file descriptors: the command's standard error and input.
// Reads a byte at a time, so nothing after the line is consumed, and keeps
// at most 4096 bytes of a line. Signals are seen while an InterruptGuard
// lives (term/signals.h).
class TerminalDialogue : public Dialogue {
 public:
  TerminalDialogue(int in_fd, int out_fd) : in_fd_(in_fd), out_fd_(out_fd) {}
  void say(std::string_view text) override;
  std::optional<std::string> read_line() override;

 private:
  int in_fd_;
  int out_fd_;
};

// Writes all of `text` to `fd`, giving up quietly on an error: for messages
// on standard error, where there is nowhere left to report a failure.
void write_or_give_up(int fd, std::string_view text);

// `text` without the spaces, tabs and carriage returns around it.
std::string trim_line(std::string_view text);

}  // namespace skincare
