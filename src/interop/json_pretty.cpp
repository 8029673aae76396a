#include "interop/json_pretty.h"

namespace skincare {

std::string pretty_json(std::string_view compact) {
  std::string out;
  out.reserve(compact.size() * 2);
  std::size_t depth = 0;
  auto newline = [&] {
    out += '\n';
    out.append(depth * 2, ' ');
  };
  for (std::size_t i = 0; i < compact.size(); ++i) {
    const char c = compact[i];
    if (c == '"') {  // copy the string as it is
      const std::size_t start = i;
      for (++i; i < compact.size() && compact[i] != '"'; ++i)
        if (compact[i] == '\\') ++i;
      out.append(compact.substr(start, i - start + 1));
      continue;
    }
    const bool empty = (c == '{' || c == '[') && i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']');
    if (empty) {
      out += c;
      out += compact[++i];
      continue;
    }
    switch (c) {
      case '{':
      case '[':
        out += c;
        ++depth;
        newline();
        break;
      case '}':
      case ']':
        --depth;
        newline();
        out += c;
        break;
      case ',':
        out += c;
        newline();
        break;
      case ':':
        out += ": ";
        break;
      default:
        out += c;
    }
  }
  out += '\n';
  return out;
}

}  // namespace skincare
