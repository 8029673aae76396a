// Errors that the library throws and the command boundary turns into one
// `skincare: ...` line and an exit status (see docs/cli.md).
#pragma once

#include <stdexcept>
#include <string>

namespace skincare {

// Exit statuses shared by every command.
enum class ExitStatus : int {
  ok = 0,
  not_found = 1,      // search found nothing
  usage = 2,          // bad command line
  data = 65,          // invalid input data (content, answers)
  no_input = 66,      // input missing or unreadable
  io = 74,            // output could not be written
  interrupted = 130,  // Ctrl-C or input ended early
};

// Where in a file something went wrong; line and column are 1-based, 0 when unknown.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;

  // "FILE:LINE:COL", "FILE:LINE", "FILE" or "" depending on what is known.
  std::string describe() const;
};

// Base of every error the library reports to a person.
class Error : public std::runtime_error {
 public:
  Error(ExitStatus status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  ExitStatus status() const { return status_; }

 private:
  ExitStatus status_;
};

// The command line was wrong: exit 2.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(ExitStatus::usage, message) {}
};

// Input data (content or answers) is invalid: exit 65, with its location.
class DataError : public Error {
 public:
  DataError(Location where, const std::string& message);
  const Location& where() const { return where_; }
  const std::string& reason() const { return reason_; }

 private:
  Location where_;
  std::string reason_;
};

// An input file is missing or unreadable: exit 66.
class InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(ExitStatus::no_input, message) {}
};

// Output could not be written: exit 74.
class OutputError : public Error {
 public:
  explicit OutputError(const std::string& message) : Error(ExitStatus::io, message) {}
};

// Ctrl-C, SIGTERM, or input that ended before the questionnaire did: exit 130.
class Interrupted : public Error {
 public:
  explicit Interrupted(const std::string& message) : Error(ExitStatus::interrupted, message) {}
};

// The reader of our output went away (closed pipe): end quietly.
class ClosedPipe : public std::exception {
 public:
  const char* what() const noexcept override { return "closed pipe"; }
};

}  // namespace skincare
