#include "cli/output.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/errors.h"
#include "term/prompt.h"

namespace skincare::cli {

void write_stdout(std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = ::write(STDOUT_FILENO, text.data(), text.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) throw ClosedPipe();
      throw OutputError(fmt::format("cannot write output: {}", std::strerror(errno)));
    }
    text.remove_prefix(static_cast<std::size_t>(written));
  }
}

void enlarge_stdout_pipe() {
#ifdef F_SETPIPE_SZ
  struct stat status {};
  constexpr int kPipeBytes = 1 << 20;
  if (::fstat(STDOUT_FILENO, &status) == 0 && S_ISFIFO(status.st_mode) &&
      ::fcntl(STDOUT_FILENO, F_GETPIPE_SZ) < kPipeBytes)  // never shrinks a pipe made larger
    (void)::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, kPipeBytes);  // best effort: the default still works
#endif
}

void write_stderr(std::string_view text) { write_or_give_up(STDERR_FILENO, text); }

}  // namespace skincare::cli
