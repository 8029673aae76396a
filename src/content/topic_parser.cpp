#include "content/topic_parser.h"

#include <fmt/format.h>

#include "base/yaml_reader.h"
#include "content/content_schema.h"

namespace skincare {

Topic parse_topic(std::string_view yaml_text, const std::string& file, std::string_view expected_id) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  require_schema(root, topic_record().schema(), file);
  Topic topic = topic_record().read(root, file);
  // What the schema cannot say: rules between fields, and the file's name.
  if (!expected_id.empty() && topic.id != expected_id)
    throw DataError(location_of(root["id"], file),
                    fmt::format("topic id '{}' does not match its file name '{}.yaml'", topic.id, expected_id));
  if (topic.kind == "condition" && !topic.microneedling)
    throw DataError(location_of(root, file), "a condition topic needs a 'microneedling' block");
  if (topic.kind == "condition" && topic.alternatives.empty())
    throw DataError(location_of(root, file), "a condition topic needs 'alternatives'");
  return topic;
}

}  // namespace skincare
