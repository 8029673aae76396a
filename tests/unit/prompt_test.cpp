// Asking on a terminal, over pipes: prompts out, lines in, the end of input
// and Ctrl-C.
#include "term/prompt.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <csignal>
#include <string>

#include "base/errors.h"
#include "term/signals.h"

using namespace skincare;

namespace {

// A pipe whose write end is filled with `input` and closed.
class Pipe {
 public:
  explicit Pipe(const std::string& input = {}) {
    REQUIRE(::pipe(fds_) == 0);
    REQUIRE(::write(fds_[1], input.data(), input.size()) == static_cast<ssize_t>(input.size()));
  }
  ~Pipe() {
    ::close(fds_[0]);
    if (fds_[1] >= 0) ::close(fds_[1]);
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;

  int read_end() const { return fds_[0]; }
  int write_end() const { return fds_[1]; }
  void close_write_end() {
    ::close(fds_[1]);
    fds_[1] = -1;
  }
  std::string drain() {
    close_write_end();
    std::string out;
    char buffer[256];
    for (ssize_t got; (got = ::read(fds_[0], buffer, sizeof buffer)) > 0;) out.append(buffer, static_cast<std::size_t>(got));
    return out;
  }

 private:
  int fds_[2] = {-1, -1};
};

}  // namespace

TEST_CASE("a prompt goes out as it is and the answer comes back trimmed, one line at a time") {
  Pipe in("  yes \r\nsecond\nlast without newline");
  in.close_write_end();
  Pipe out;
  TerminalDialogue dialogue(in.read_end(), out.write_end());
  CHECK(dialogue.ask("Go on? > ") == std::optional<std::string>("yes"));
  CHECK(dialogue.read_line() == std::optional<std::string>("second"));
  CHECK(dialogue.read_line() == std::nullopt);  // an unfinished last line is not an answer
  CHECK(out.drain() == "Go on? > ");
}

TEST_CASE("a very long line is kept to its first 4096 bytes and does not spill into the next answer") {
  Pipe in(std::string(10000, 'x') + "\nnext\n");
  in.close_write_end();
  TerminalDialogue dialogue(in.read_end(), STDERR_FILENO);
  CHECK(dialogue.read_line() == std::optional<std::string>(std::string(4096, 'x')));
  CHECK(dialogue.read_line() == std::optional<std::string>("next"));
}

TEST_CASE("Ctrl-C while a guard lives interrupts the next read instead of ending the process") {
  struct sigaction before {};
  sigaction(SIGINT, nullptr, &before);
  Pipe in("answer\n");
  {
    const InterruptGuard guard;
    CHECK_FALSE(InterruptGuard::interrupted());
    std::raise(SIGINT);
    CHECK(InterruptGuard::interrupted());
    TerminalDialogue dialogue(in.read_end(), STDERR_FILENO);
    CHECK_THROWS_WITH_AS(dialogue.read_line(), "interrupted", Interrupted);
  }
  struct sigaction after {};
  sigaction(SIGINT, nullptr, &after);
  const bool restored = after.sa_handler == before.sa_handler;
  CHECK(restored);
  const InterruptGuard fresh;
  CHECK_FALSE(InterruptGuard::interrupted());
}

TEST_CASE("trimming removes spaces, tabs and carriage returns around a line only") {
  CHECK(trim_line(" \t a b \r") == "a b");
  CHECK(trim_line(" \r\t ").empty());
  CHECK(trim_line("").empty());
}
