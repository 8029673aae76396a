#include "base/errors.h"

namespace skincare {

std::string Location::describe() const {
  if (file.empty()) return {};
  std::string out = file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

static std::string located(const Location& where, const std::string& message) {
  const std::string place = where.describe();
  return place.empty() ? message : place + ": " + message;
}

DataError::DataError(Location where, const std::string& message)
    : Error(ExitStatus::data, located(where, message)), where_(std::move(where)), reason_(message) {}

}  // namespace skincare
