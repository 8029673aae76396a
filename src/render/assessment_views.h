// Renders an assessment summary as text, markdown or JSON. The JSON writer
// prepares the unchanging parts (rule messages, concern notes, disclaimer)
// once, so a batch of many records costs little more than copying them.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "assessment/assessment_context.h"
#include "questionnaire/evaluation.h"
#include "render/format.h"
#include "render/grid_views.h"

namespace skincare {

// Appends ,"what_matters":{"chosen":[..],"grids":[..]} when the questionnaire
// has the values question named by the grid layout; nothing otherwise.
void write_what_matters_json(std::string& out, const AssessmentContext& context, const Summary& summary);

class AssessmentJson {
 public:
  explicit AssessmentJson(const AssessmentContext& context);
  // Appends one JSON object (no newline). `id_json` is the record's id as
  // JSON text (batch), or empty.
  void write(std::string& out, const Summary& summary, std::string_view id_json = {}) const;

 private:
  const AssessmentContext& context_;
  std::vector<std::string> rule_head_;  // per rule: {"rule":..,"verdict":..,"message":..,"because":
  std::vector<std::string> rule_tail_;  // per rule: ,"sources":[..]}
  std::map<std::string, std::string> concern_json_;
  std::string disclaimer_json_;
};

// The answers of a summary as a JSON object, in questionnaire order.
void write_answers_json(std::string& out, const Questionnaire& questionnaire, const AnswerSet& answers);

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
