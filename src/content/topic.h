// A topic: one skin condition or one fact about microneedling, as written in
// content/topics/<id>.yaml. Built once, rendered by every writer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "content/grid.h"

namespace skincare {

struct Section {
  std::string heading;
  std::vector<std::string> paragraphs;  // plain text, one string a paragraph
  std::vector<std::string> items;       // bullet points
  std::vector<std::string> sources;     // source ids backing this section
};

// What microneedling can and cannot do for a condition.
struct Expectation {
  std::string evidence;         // strong | moderate | limited
  std::string evidence_reason;  // one line: why that grade ("one small randomized trial and ...")
  std::string sessions;
  std::string results_time;
  std::vector<std::string> can;
  std::vector<std::string> cannot;
  std::vector<std::string> caveats;
  std::vector<std::string> sources;
};

struct Alternative {
  std::string name;
  std::string note;
};

struct Topic {
  std::string id;
  std::string kind;  // condition | fact
  std::string title;
  std::vector<std::string> aliases;
  std::string summary;
  std::string reviewed;  // YYYY-MM-DD
  std::vector<Section> sections;
  std::optional<Expectation> microneedling;  // conditions only
  std::vector<Alternative> alternatives;
  std::vector<std::string> risks;
  std::optional<Grid> grid;  // conditions: content/grids/<id>.yaml

  // Every source id the topic cites, in order of first citation.
  std::vector<std::string> sources() const;
};

// Splits prose into paragraphs at blank lines, joining wrapped lines.
std::vector<std::string> split_paragraphs(const std::string& text);

}  // namespace skincare
