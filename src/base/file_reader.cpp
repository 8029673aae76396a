#include "base/file_reader.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/errors.h"
#include "base/input_limits.h"

namespace skincare {

namespace {

// Closes a file it opened (never standard input) on every way out.
class InputFile {
 public:
  explicit InputFile(const std::string& path)
      : from_stdin_(path == "-"), fd_(from_stdin_ ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~InputFile() {
    if (!from_stdin_ && fd_ >= 0) ::close(fd_);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  int fd() const { return fd_; }
  bool from_stdin() const { return from_stdin_; }

 private:
  bool from_stdin_;
  int fd_;
};

}  // namespace

std::string read_file_within_limit(const std::string& path, std::string_view what) {
  const InputFile file(path);
  const std::string name = file.from_stdin() ? "standard input" : "'" + path + "'";
  if (file.fd() < 0) throw InputError(fmt::format("cannot open {}: {}", name, std::strerror(errno)));
  struct stat info {};
  if (fstat(file.fd(), &info) == 0 && S_ISDIR(info.st_mode))
    throw InputError(fmt::format("cannot read {}: it is a folder", name));
  std::string text;
  char buffer[65536];
  for (;;) {
    const ssize_t got = ::read(file.fd(), buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw InputError(fmt::format("cannot read {}: {}", name, std::strerror(errno)));
    if (got == 0) break;
    text.append(buffer, static_cast<std::size_t>(got));
    if (text.size() > limits::kMaxFileBytes)
      throw DataError({file.from_stdin() ? "<stdin>" : path, 0, 0},
                      fmt::format("{} is larger than {} (the limit for one input file)", what,
                                  limits::describe_size(limits::kMaxFileBytes)));
  }
  return text;
}

}  // namespace skincare
