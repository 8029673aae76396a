// Runs a fuzz target's inputs once each, without libFuzzer: the seed corpus
// and every regression (a past finding). Linked with each target into
// fuzz_replay_<target>, which ctest runs in every build (normal and asan).
//
//   fuzz_replay_<target> DIR_OR_FILE...     (a missing folder is skipped)
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

std::vector<std::string> inputs_in(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return {};
  if (!S_ISDIR(info.st_mode)) return {path};
  std::vector<std::string> files;
  if (DIR* dir = opendir(path.c_str())) {
    while (const dirent* entry = readdir(dir)) {
      const std::string name = entry->d_name;
      if (name.empty() || name[0] == '.' || name == "README.md") continue;
      const std::string full = path + "/" + name;
      if (stat(full.c_str(), &info) == 0 && S_ISREG(info.st_mode)) files.push_back(full);
    }
    closedir(dir);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  LLVMFuzzerInitialize(&argc, &argv);
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    for (const auto& file : inputs_in(argv[i])) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      const std::string data = text.str();
      std::fprintf(stderr, "replay %s (%zu bytes)\n", file.c_str(), data.size());
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
      ++count;
    }
  }
  if (count == 0) {
    std::fprintf(stderr, "no inputs found in the given paths\n");
    return 1;
  }
  std::fprintf(stderr, "%zu inputs replayed without a finding\n", count);
  return 0;
}
