#include "interop/fhir_names.h"

#include <cctype>

namespace skincare::fhir {

std::string canonical_url(const Questionnaire& questionnaire) {
  return std::string(kIdentifierSystem) + ":" + questionnaire.id;
}

std::string canonical_reference(const Questionnaire& questionnaire) {
  return canonical_url(questionnaire) + "|" + questionnaire.version;
}

std::string resource_id(std::string_view id) {
  std::string out;
  for (const char c : id.substr(0, 64))
    out += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' ? c : '-';
  return out.empty() ? "questionnaire" : out;
}

std::string computer_name(std::string_view id) {
  std::string out;
  bool upper = true;
  for (const char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  if (out.empty() || !std::isupper(static_cast<unsigned char>(out[0]))) out.insert(0, "Q");
  return out;
}

}  // namespace skincare::fhir
