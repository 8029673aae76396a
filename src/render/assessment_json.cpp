#include "render/assessment_views.h"

#include "base/json_writer.h"
#include "render/results.h"
#include "render/what_matters.h"

namespace skincare {

namespace {

// The verdict when the range is settled, else null.
void append_verdict(std::string& out, const VerdictRange& range) {
  if (!range.settled()) {
    out += "null";
    return;
  }
  out += '"';
  out += verdict_name(range.at_least);
  out += '"';
}

void append_range(std::string& out, const VerdictRange& range, const AnswerJson* answers = nullptr,
                  const std::vector<std::pair<std::string, AnswerValue>>* witness = nullptr) {
  out += "{\"at_least\":\"";
  out += verdict_name(range.at_least);
  out += "\",\"at_most\":\"";
  out += verdict_name(range.at_most);
  out += '"';
  if (answers && witness && !witness->empty()) {
    out += ",\"at_most_witness\":";
    answers->pairs(out, *witness);
  }
  out += '}';
}

void append_rule_ids(std::string& out, const std::vector<const Rule*>& rules) {
  out += '[';
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, rules[i]->id);
  }
  out += ']';
}

}  // namespace

AssessmentJson::AssessmentJson(const AssessmentContext& context)
    : context_(context), answer_json_(*context.questionnaire) {
  for (const auto& rule : context.questionnaire->rules) {
    std::string head;
    JsonWriter json(head);
    json.begin_object().field("rule", rule.id).field("verdict", verdict_name(rule.verdict));
    json.field("message", rule.message).key("because");  // the answers follow, per summary
    rule_head_.push_back(head);
    std::string tail = ",\"sources\":";
    JsonWriter(tail).strings(rule.sources);
    tail += '}';
    rule_tail_.push_back(tail);
  }
  for (const auto& [id, concern] : context.concerns) {
    std::string out;
    JsonWriter json(out);
    const Expectation& e = concern.expectation;
    json.begin_object().field("concern", id).field("title", concern.title).field("evidence", e.evidence);
    json.field("evidence_reason", e.evidence_reason).field("sessions", e.sessions).field("results", e.results_time).field("notes", e.caveats);
    json.field("sources", e.sources).end_object();
    concern_json_[id] = out;
  }
  append_json_string(disclaimer_json_, context.questionnaire->disclaimer);
}

namespace {

// Starts the top-level member `name` (after "schema", so with a comma), or
// says to leave it out when `only` does not keep it.
class Members {
 public:
  Members(std::string& out, const JsonFields* only) : out_(out), only_(only) {}
  bool operator()(std::string_view name) {
    if (only_ && !only_->keeps(name)) return false;
    out_ += ",\"";
    out_ += name;
    out_ += "\":";
    return true;
  }

 private:
  std::string& out_;
  const JsonFields* only_;
};

}  // namespace

void AssessmentJson::limit_to(const JsonFields& fields) {
  only_ = fields;
  projected_reason_.clear();
  const auto reason = fields.inside("reasons");
  if (reason && !reason->keeps("because")) {
    for (std::size_t i = 0; i < rule_head_.size(); ++i) {
      projected_reason_.emplace_back();
      reason->project(rule_head_[i] + "{}" + rule_tail_[i], projected_reason_.back());
    }
  }
  if (const auto concern = fields.inside("concerns")) {
    for (auto& [id, json] : concern_json_) {
      std::string projected;
      concern->project(json, projected);
      json = projected;
    }
  }
  writes_projection_ = true;
  for (const auto& key : fields.cut_keys())
    if (!(key == "concerns" || (key == "reasons" && !projected_reason_.empty()))) writes_projection_ = false;
}

void AssessmentJson::write(std::string& out, const Summary& summary, std::string_view id_json) {
  const Questionnaire& questionnaire = *context_.questionnaire;
  Members member(out, only_ ? &*only_ : nullptr);
  out += "{\"schema\":\"skincare.assessment/2\"";
  if (!id_json.empty()) {
    out += ",\"id\":";
    out.append(id_json);
  }
  if (member("verdict")) append_verdict(out, summary.range);
  if (member("reasons")) {
    out += '[';
    for (std::size_t r = 0; r < summary.reasons.size(); ++r) {
      const FiredRule& fired = summary.reasons[r];
      const auto index = static_cast<std::size_t>(fired.rule - questionnaire.rules.data());
      if (r > 0) out += ',';
      if (!projected_reason_.empty()) {
        out += projected_reason_[index];
        continue;
      }
      out += rule_head_[index];
      answer_json_.pairs(out, fired.because);
      out += rule_tail_[index];
    }
    out += ']';
  }
  if (member("concerns")) {
    out += '[';
    bool first = true;
    for (const auto& concern : summary.concerns) {
      const auto found = concern_json_.find(concern);
      if (found == concern_json_.end()) continue;
      if (!first) out += ',';
      first = false;
      out += found->second;
    }
    out += ']';
  }
  if (member("answers")) answer_json_.answers(out, summary.answers);
  if (member("ignored")) {
    out += '[';
    for (std::size_t i = 0; i < summary.ignored.size(); ++i) {
      if (i > 0) out += ',';
      append_json_string(out, summary.ignored[i]);
    }
    out += ']';
  }
  if (member("skipped")) answer_json_.skipped(out, summary.skipped);
  if (summary.after_temporary && member("after_temporary")) {
    const AfterTemporary& after = *summary.after_temporary;
    out += "{\"verdict\":";
    append_verdict(out, after.range);
    if (!summary.complete) {
      out += ",\"verdict_range\":";
      append_range(out, after.range);
    }
    out += ",\"waiting_for\":";
    append_rule_ids(out, after.waiting_for);
    out += '}';
  }
  if (member("rests_on")) append_rule_ids(out, summary.rests_on);
  if (member("complete")) out += summary.complete ? "true" : "false";
  if (!summary.complete) {
    if (member("verdict_range")) append_range(out, summary.range, &answer_json_, &summary.at_most_witness);
    if (member("unanswered")) JsonWriter(out).strings(summary.unanswered);
    if (member("could_change")) JsonWriter(out).strings(summary.could_change);
  }
  const GridLayout& layout = context_.grid_layout;
  if (!layout.question.empty() && questionnaire.index_of(layout.question) && member("what_matters"))
    write_what_matters(out, summary);
  if (member("disclaimer")) out += disclaimer_json_;
  out += '}';
}

void AssessmentJson::write_what_matters(std::string& out, const Summary& summary) {
  const MattersPick pick = pick_what_matters(*context_.questionnaire, context_.grid_layout, context_.grids, summary);
  out += "{\"chosen\":";
  JsonWriter(out).strings(pick.chosen ? *pick.chosen : std::vector<std::string>{});
  out += ",\"grids\":[";
  grid_parts_.resize(context_.grids.size());
  for (std::size_t i = 0; i < pick.grids.size(); ++i) {
    const std::size_t g = pick.grids[i];
    if (!grid_parts_[g]) grid_parts_[g] = std::make_unique<GridJsonParts>(context_.grids[g].grid, context_.grids[g].title);
    if (i > 0) out += ',';
    grid_parts_[g]->write(out, pick.rows);
  }
  out += "]}";
}

std::string render_assessment(const AssessmentContext& context, const Summary& summary, const RenderOptions& options) {
  switch (options.format) {
    case Format::json: {
      std::string out;
      AssessmentJson(context).write(out, summary);
      return out + "\n";
    }
    case Format::markdown: return markdown_view::assessment(context, summary, options);
    case Format::html: return html_view::assessment(context, summary, context.bibliography);
    case Format::csv:
    case Format::fhir: {  // one-record forms of the batch formats
      ResultWriter writer(context, options.format == Format::csv ? ResultFormat::csv : ResultFormat::fhir);
      std::string out;
      writer.header(out);
      writer.result(out, summary, {});
      return out;
    }
    case Format::text: break;
  }
  return text_view::assessment(context, summary, options);
}

}  // namespace skincare
