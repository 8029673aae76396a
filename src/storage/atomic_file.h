// Writing a file so that it is either wholly the old version or wholly the
// new one: a temporary file in the same folder, created with its final
// permissions, flushed to disk, then renamed (or linked, when an existing
// file must not be replaced).
#pragma once

#include <string>
#include <string_view>

#include "base/errors.h"

namespace skincare {

// `path` exists and the caller asked not to replace it (exit 2). The message
// names the file only: how to replace it is the caller's to say (a flag on
// the command line, a question on the terminal).
class FileExists : public UsageError {
 public:
  explicit FileExists(std::string path);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Writes `text` to `path` with permission bits `mode` from the moment of
// creation. Unless `replace`, an existing `path` is never overwritten.
// Throws OutputError (exit 74) on failure, and FileExists when `path`
// exists and `replace` is false.
void write_file_atomically(const std::string& path, std::string_view text, unsigned mode, bool replace);

}  // namespace skincare
