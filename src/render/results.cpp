#include "render/results.h"

#include "interop/csv_writer.h"
#include "interop/fhir_response.h"
#include "base/json_writer.h"

namespace skincare {

namespace {

// A summary that uses every part of the JSON result, so that the sample it
// gives names every field (see json_fields.h).
Summary sample_summary(const AssessmentContext& context) {
  const Questionnaire& q = *context.questionnaire;
  Summary summary = evaluate(q, AnswerSet(q.questions.size()));
  if (!q.rules.empty()) summary.reasons.push_back({&q.rules.front(), {}});
  if (!q.questions.empty()) {
    summary.ignored.push_back(q.questions.front().id);
    summary.skipped.push_back({q.questions.front().id, "sample"});
  }
  for (std::size_t i = 0; i < q.questions.size(); ++i) {  // every question, so answers.ID is known for each
    const Question& question = q.questions[i];
    AnswerValue value = std::vector<std::string>{};
    if (question.type == QuestionType::integer) value = question.min;
    else if (question.type == QuestionType::boolean) value = false;
    else if (question.type == QuestionType::single && !question.choices.empty()) value = question.choices.front().value;
    summary.answers[i] = value;
    if (!summary.reasons.empty()) summary.reasons.front().because.emplace_back(question.id, value);
  }
  if (!context.concerns.empty()) summary.concerns.push_back(context.concerns.begin()->first);
  return summary;
}

}  // namespace

void write_batch_error_json(std::string& out, std::string_view id_json, std::size_t line, const FieldError& error) {
  JsonWriter json(out);
  json.begin_object();
  if (!id_json.empty()) json.key("id").raw(id_json);
  json.key("line").value(static_cast<long long>(line));
  json.key("error").begin_object().field("code", error.code).field("message", error.message).key("question");
  if (error.question.empty()) json.null();
  else json.value(error.question);
  json.end_object().end_object();
}

std::string id_text(std::string_view id_json) {
  if (id_json.size() < 2 || id_json.front() != '"') return std::string(id_json);
  std::string out;
  for (std::size_t i = 1; i + 1 < id_json.size(); ++i) {
    if (id_json[i] == '\\' && i + 2 < id_json.size()) {
      const char next = id_json[++i];
      out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
    } else {
      out += id_json[i];
    }
  }
  return out;
}

ResultWriter::ResultWriter(const AssessmentContext& context, ResultFormat format)
    : context_(context), format_(format), json_(context) {}

std::optional<std::string> ResultWriter::set_fields(std::string_view spec) {
  std::string sample;
  json_.write(sample, sample_summary(context_), "\"sample\"");
  if (auto problem = fields_.parse(spec, sample, {"schema", "id"}, context_.questionnaire->question_ids()))
    return *problem + " (and answers.ID, reasons.because.ID for one question's answer)";
  json_.limit_to(fields_);
  projected_ = true;
  return std::nullopt;
}

void ResultWriter::header(std::string& out) const {
  if (format_ == ResultFormat::csv) out.append(kResultCsvHeader);
}

void ResultWriter::result(std::string& out, const Summary& summary, std::string_view id_json) {
  switch (format_) {
    case ResultFormat::json:
      if (!projected_ || json_.writes_projection()) {
        json_.write(out, summary, id_json);
      } else {
        scratch_.clear();
        json_.write(scratch_, summary, id_json);
        fields_.project(scratch_, out);
      }
      break;
    case ResultFormat::fhir:
      write_questionnaire_response(out, *context_.questionnaire, summary.answers, summary.complete, id_json);
      break;
    case ResultFormat::csv: {
      append_csv_cell(out, id_text(id_json));
      out += ',';
      // --partial: empty while the answers left out could still change it
      if (summary.complete) out += verdict_name(summary.verdict);
      else if (summary.range.settled()) out += verdict_name(summary.range.at_least);
      out += ',';
      scratch_.clear();  // the rule ids, ';'-separated
      for (const auto& fired : summary.reasons) {
        if (!scratch_.empty()) scratch_ += ';';
        scratch_ += fired.rule->id;
      }
      append_csv_cell(out, scratch_);
      out += ",,,";
      break;
    }
  }
  out += '\n';
}

void ResultWriter::error(std::string& out, std::string_view id_json, std::size_t line, const FieldError& error) const {
  switch (format_) {
    case ResultFormat::json:
      write_batch_error_json(out, id_json, line, error);
      break;
    case ResultFormat::fhir:
      write_operation_outcome(out, error, line, id_json);
      break;
    case ResultFormat::csv:
      append_csv_cell(out, id_text(id_json));
      out += ",,,";
      append_csv_cell(out, error.code);
      out += ',';
      append_csv_cell(out, error.question);
      out += ',';
      append_csv_cell(out, error.message);
      break;
  }
  out += '\n';
}

}  // namespace skincare
