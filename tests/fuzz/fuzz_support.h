// Shared by the fuzz targets in this folder: the shipped questionnaire, and
// the invariants every target checks besides "no crash, no sanitizer report,
// no exception other than the documented ones".
//
// A broken invariant calls finding(), which aborts: libFuzzer saves the
// input as a crash, and the replay tests (replay_main.cpp) fail on it.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "assessment/assessment_setup.h"
#include "content/content_tree.h"
#include "base/escape.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SKINCARE_FUZZ_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SKINCARE_FUZZ_ASAN 1
#endif
#ifdef SKINCARE_FUZZ_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

namespace skincare::fuzz {

// The questionnaire and concern texts compiled into the binary, loaded once.
inline const AssessmentSetup& shipped() {
  static const std::unique_ptr<AssessmentSetup> setup = load_assessment(ContentTree::embedded());
  return *setup;
}

// Where findings are reported: a copy of the original stderr once
// keep_reports_visible() ran, so they survive libFuzzer's -close_fd_mask=2.
inline int& report_fd() {
  static int fd = STDERR_FILENO;
  return fd;
}

[[noreturn]] inline void finding(const char* what, std::string_view detail) {
  const std::string shown = escape_controls(detail.substr(0, 400), true);
  dprintf(report_fd(), "\nFUZZ FINDING: %s\n%s\n", what, shown.c_str());
  std::abort();
}

// Output meant for a terminal must hold no control character (but newline
// and tab), no C1 or bidi control and no invalid UTF-8: escaping it again
// must change nothing.
inline void expect_terminal_safe(std::string_view text, const char* what) {
  if (escape_controls(text, true) != text) finding(what, text);
}

// Sanitizer reports go to a copy of the original stderr, so a target may
// send the program's own stderr to /dev/null (libFuzzer -close_fd_mask=2)
// without losing them.
inline void keep_reports_visible() {
  const int fd = ::dup(STDERR_FILENO);
  if (fd < 0) return;
  report_fd() = fd;
#ifdef SKINCARE_FUZZ_ASAN
  __sanitizer_set_report_fd(reinterpret_cast<void*>(static_cast<std::intptr_t>(fd)));
#endif
}

// What LLVMFuzzerInitialize does for a target that assesses answers: the
// reports kept visible, and the shipped content loaded once, before the
// first input.
inline int start_with_shipped_content() {
  keep_reports_visible();
  (void)shipped();
  return 0;
}

}  // namespace skincare::fuzz
