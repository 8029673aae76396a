// Renders an assessment summary as text, markdown or JSON. The JSON writer
// prepares the unchanging parts (rule messages, concern notes, disclaimer)
// once, so a batch of many records costs little more than copying them.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/assessment_context.h"
#include "questionnaire/evaluation.h"
#include "render/answer_json.h"
#include "render/format.h"
#include "render/grid_json_parts.h"
#include "render/grid_views.h"
#include "render/json_fields.h"

namespace skincare {

class AssessmentJson {
 public:
  explicit AssessmentJson(const AssessmentContext& context);

  // Appends one JSON object (no newline). `id_json` is the record's id as
  // JSON text (batch), or empty.
  void write(std::string& out, const Summary& summary, std::string_view id_json = {});

  // For --fields: from now on, write() leaves out the top-level members
  // `fields` does not keep, and writes reasons and concerns already cut
  // down when what is kept of them does not depend on the answers. The
  // projection of what it writes gives the same bytes as the projection of
  // the whole result, for less work.
  void limit_to(const JsonFields& fields);
  // Whether, so limited, write() writes exactly the projection (no part
  // it writes is left to cut down).
  bool writes_projection() const { return writes_projection_; }

 private:
  // Appends {"chosen":[..],"grids":[..]}: the values picked and the
  // concerns' grids narrowed to the rows they pick.
  void write_what_matters(std::string& out, const Summary& summary);

  const AssessmentContext& context_;
  AnswerJson answer_json_;
  std::vector<std::string> rule_head_;  // per rule: {"rule":..,"verdict":..,"message":..,"because":
  std::vector<std::string> rule_tail_;  // per rule: ,"sources":[..]}
  std::map<std::string, std::string> concern_json_;
  std::string disclaimer_json_;
  std::vector<std::unique_ptr<GridJsonParts>> grid_parts_;  // per context grid, made when first shown
  std::optional<JsonFields> only_;                           // limit_to()
  std::vector<std::string> projected_reason_;  // per rule, when what is kept of a reason leaves out "because"
  bool writes_projection_ = false;
};

std::string render_assessment(const AssessmentContext& context, const Summary& summary, const RenderOptions& options);

namespace html_view {
std::string assessment(const AssessmentContext&, const Summary&, const Bibliography&);
}
namespace text_view {
std::string assessment(const AssessmentContext&, const Summary&, const RenderOptions&);
}
namespace markdown_view {
std::string assessment(const AssessmentContext&, const Summary&, const RenderOptions&);
}

}  // namespace skincare
