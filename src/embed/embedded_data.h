// The shipped content as the build embeds it: raw file text and a prebuilt
// topic index. Defined by the generated embedded_content.cpp.
#pragma once

#include <cstddef>

namespace skincare::embedded {

struct File {
  const char* path;  // relative to content/
  const char* text;
  std::size_t size;
};

struct IndexEntry {
  const char* id;
  const char* kind;
  const char* title;
  const char* summary;
  const char* const* aliases;
  std::size_t alias_count;
};

extern const File kFiles[];
extern const std::size_t kFileCount;
extern const IndexEntry kTopics[];
extern const std::size_t kTopicCount;

}  // namespace skincare::embedded
