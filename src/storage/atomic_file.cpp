#include "storage/atomic_file.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <utility>

#include "base/escape.h"

namespace skincare {

namespace {

std::string folder_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

[[noreturn]] void fail(const std::string& what, const std::string& path) {
  throw OutputError(fmt::format("cannot {} '{}': {}", what, path, std::strerror(errno)));
}

}  // namespace

FileExists::FileExists(std::string path)
    : UsageError(fmt::format("'{}' already exists", escape_controls(path))), path_(std::move(path)) {}

void write_file_atomically(const std::string& path, std::string_view text, unsigned mode, bool replace) {
  struct stat existing {};
  if (!replace && lstat(path.c_str(), &existing) == 0)
    throw FileExists(path);

  std::random_device random;
  std::string temporary;
  int fd = -1;
  for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
    temporary = fmt::format("{}/.{}.{:08x}.tmp", folder_of(path), path.substr(path.rfind('/') + 1), random());
    fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, static_cast<mode_t>(mode));
    if (fd < 0 && errno != EEXIST) fail("create a temporary file for", path);
  }
  if (fd < 0) fail("create a temporary file for", path);
  if (fchmod(fd, static_cast<mode_t>(mode)) != 0) {  // the umask may have narrowed it further; never widen
    ::close(fd);
    ::unlink(temporary.c_str());
    fail("set permissions of", path);
  }
  std::string_view rest = text;
  while (!rest.empty()) {
    const ssize_t written = ::write(fd, rest.data(), rest.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      const int saved = errno;
      ::close(fd);
      ::unlink(temporary.c_str());
      errno = saved;
      fail("write", path);
    }
    rest.remove_prefix(static_cast<std::size_t>(written));
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int saved = errno;
    ::unlink(temporary.c_str());
    errno = saved;
    fail("write", path);
  }
  if (replace) {
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
      const int saved = errno;
      ::unlink(temporary.c_str());
      errno = saved;
      fail("save", path);
    }
  } else {
    // link() fails if the target appeared meanwhile: never clobber.
    if (::link(temporary.c_str(), path.c_str()) != 0) {
      const int saved = errno;
      ::unlink(temporary.c_str());
      if (saved == EEXIST) throw FileExists(path);
      errno = saved;
      fail("save", path);
    }
    ::unlink(temporary.c_str());
  }
  const int folder = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (folder >= 0) {
    ::fsync(folder);
    ::close(folder);
  }
}

}  // namespace skincare
