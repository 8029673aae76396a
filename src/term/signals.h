// Ctrl-C (SIGINT) and SIGTERM while a person is being asked something: the
// signal is noted instead of killing the process, and a blocked read returns
// (no SA_RESTART), so the command ends through its normal path, exit 130,
// with the terminal as it was and nothing half-written.
#pragma once

#include <csignal>

namespace skincare {

// Catches SIGINT and SIGTERM for as long as it lives, then puts the previous
// handlers back. One at a time; a new guard forgets earlier signals.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  // True once SIGINT or SIGTERM has arrived while a guard was alive.
  static bool interrupted();

 private:
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
};

}  // namespace skincare
