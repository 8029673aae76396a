// Writing files atomically, in a fresh mkdtemp folder: content, permission
// bits whatever the umask, never clobbering without `replace`, and no
// temporary files left behind.
#include "storage/atomic_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "content_test_support.h"
#include "base/errors.h"

using namespace skincare;
using skincare::test::TempFolder;

namespace {

// Sets the umask for the test's duration.
class Umask {
 public:
  explicit Umask(mode_t mask) : old_(::umask(mask)) {}
  ~Umask() { ::umask(old_); }
  Umask(const Umask&) = delete;
  Umask& operator=(const Umask&) = delete;

 private:
  mode_t old_;
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

unsigned permissions(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return static_cast<unsigned>(info.st_mode) & 07777u;
}

}  // namespace

TEST_CASE("a new file gets exactly the text and the permission bits asked for") {
  TempFolder folder;
  const std::string path = folder.file("answers.yaml");
  const std::string text = std::string("age: 30\n") + std::string(1, '\0') + std::string(100000, 'x');
  write_file_atomically(path, text, 0600, false);
  CHECK(read(path) == text);
  CHECK(permissions(path) == 0600u);
  CHECK(folder.names() == std::vector<std::string>{"answers.yaml"});
}

TEST_CASE("an empty text makes an empty file") {
  TempFolder folder;
  write_file_atomically(folder.file("empty"), "", 0600, false);
  CHECK(std::filesystem::file_size(folder.file("empty")) == 0);
}

TEST_CASE("the permission bits are the ones asked for under a strict or a loose umask") {
  for (const mode_t mask : {mode_t{077}, mode_t{022}, mode_t{0}}) {
    CAPTURE(mask);
    TempFolder folder;
    const Umask umask(mask);
    write_file_atomically(folder.file("private"), "secret\n", 0600, false);
    CHECK(permissions(folder.file("private")) == 0600u);
    write_file_atomically(folder.file("private"), "secret again\n", 0600, true);
    CHECK(permissions(folder.file("private")) == 0600u);
    write_file_atomically(folder.file("shared"), "shared\n", 0644, false);
    CHECK(permissions(folder.file("shared")) == 0644u);
  }
}

TEST_CASE("an existing file is not overwritten without replace: FileExists names it, the old text intact") {
  TempFolder folder;
  const std::string path = folder.file("answers.yaml");
  write_file_atomically(path, "old\n", 0600, false);
  try {
    write_file_atomically(path, "new\n", 0600, false);
    FAIL("no FileExists was thrown");
  } catch (const FileExists& e) {
    // The storage layer knows no command-line flags: the command adds the hint.
    CHECK(std::string(e.what()) == "'" + path + "' already exists");
    CHECK(e.path() == path);
    CHECK(e.status() == ExitStatus::usage);
  }
  CHECK(read(path) == "old\n");
  CHECK(folder.names() == std::vector<std::string>{"answers.yaml"});
}

TEST_CASE("a dangling symbolic link counts as an existing file") {
  TempFolder folder;
  const std::string path = folder.file("link");
  REQUIRE(::symlink(folder.file("nowhere").c_str(), path.c_str()) == 0);
  CHECK_THROWS_AS(write_file_atomically(path, "text\n", 0600, false), FileExists);
  CHECK_FALSE(std::filesystem::exists(folder.file("nowhere")));
}

TEST_CASE("with replace an existing file gets the new text and permission bits") {
  TempFolder folder;
  const std::string path = folder.file("answers.yaml");
  write_file_atomically(path, "a much longer old text\n", 0644, false);
  write_file_atomically(path, "new\n", 0600, true);
  CHECK(read(path) == "new\n");
  CHECK(permissions(path) == 0600u);
  CHECK(folder.names() == std::vector<std::string>{"answers.yaml"});
}

TEST_CASE("replace also writes a file that does not exist yet") {
  TempFolder folder;
  write_file_atomically(folder.file("fresh"), "fresh\n", 0600, true);
  CHECK(read(folder.file("fresh")) == "fresh\n");
}

TEST_CASE("many writes to one folder leave no temporary files behind") {
  TempFolder folder;
  for (int i = 0; i < 20; ++i) {
    write_file_atomically(folder.file("a"), "round " + std::to_string(i), 0600, true);
    CHECK_THROWS_AS(write_file_atomically(folder.file("a"), "x", 0600, false), FileExists);
  }
  write_file_atomically(folder.file("b"), "b", 0600, false);
  std::vector<std::string> names = folder.names();
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"a", "b"});
  CHECK(read(folder.file("a")) == "round 19");
}

TEST_CASE("a file in a missing folder is an output error and creates nothing") {
  TempFolder folder;
  const std::string path = folder.file("missing/answers.yaml");
  for (const bool replace : {false, true}) {
    CAPTURE(replace);
    try {
      write_file_atomically(path, "text\n", 0600, replace);
      FAIL("no OutputError was thrown");
    } catch (const OutputError& e) {
      CHECK(std::string(e.what()) == "cannot create a temporary file for '" + path + "': No such file or directory");
      CHECK(e.status() == ExitStatus::io);
    }
  }
  CHECK(folder.names().empty());
}

TEST_CASE("a path with no folder part is written in the current folder") {
  TempFolder folder;
  struct Chdir {
    std::filesystem::path before = std::filesystem::current_path();
    explicit Chdir(const std::string& to) { std::filesystem::current_path(to); }
    ~Chdir() { std::filesystem::current_path(before); }
  };
  {
    const Chdir inside(folder.file(""));
    write_file_atomically("here.txt", "here\n", 0600, false);
  }
  CHECK(read(folder.file("here.txt")) == "here\n");
  CHECK(folder.names() == std::vector<std::string>{"here.txt"});
}
