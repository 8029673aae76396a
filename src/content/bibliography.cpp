#include "content/bibliography.h"

#include "base/yaml_reader.h"
#include "content/content_schema.h"

namespace skincare {

const Source* Bibliography::find(std::string_view id) const {
  for (const auto& source : sources_)
    if (source.id == id) return &source;
  return nullptr;
}

std::vector<std::string> Bibliography::ids() const {
  std::vector<std::string> out;
  for (const auto& source : sources_) out.push_back(source.id);
  return out;
}

Bibliography parse_bibliography(std::string_view yaml_text, const std::string& file) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  require_schema(root, bibliography_record().schema(), file);
  return Bibliography(bibliography_record().read(root, file).sources);
}

}  // namespace skincare
