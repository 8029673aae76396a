// `skincare assess --format html`: the summary to bring to an appointment,
// in the order a person reads it: verdict, why, what to expect, what matters
// with the grids, before you book, questions, warning signs, sources, answers.
#include <algorithm>
#include <optional>
#include <utility>
#include <variant>

#include "render/assessment_views.h"
#include "render/html_page.h"
#include "render/verdict_notes.h"
#include "render/what_matters.h"

namespace skincare::html_view {

namespace {

std::string upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// An answer in the question's own words: choice labels, not values.
std::string answer_label(const Question& question, const AnswerValue& value) {
  const auto label = [&](const std::string& v) {
    for (const auto& choice : question.choices)
      if (choice.value == v) return choice.label;
    return v;
  };
  if (const auto* one = std::get_if<std::string>(&value)) return label(*one);
  if (const auto* many = std::get_if<std::vector<std::string>>(&value)) {
    if (many->empty()) return question.none_label.empty() ? "None" : question.none_label;
    std::string out;
    for (const auto& v : *many) out += (out.empty() ? "" : "; ") + label(v);
    return out;
  }
  return answer_text(value);
}

void add_ids(std::vector<std::string>& ids, const std::vector<std::string>& more) {
  for (const auto& id : more)
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

std::string cites(const std::vector<std::string>& ids) {
  if (ids.empty()) return "";
  std::string out = " <span class=\"sources\">Sources: ";
  for (std::size_t i = 0; i < ids.size(); ++i)
    out += (i ? ", " : "") + ("<a href=\"#source-" + html_escape(ids[i]) + "\">" + html_escape(ids[i]) + "</a>");
  return out + ".</span>";
}

void part(std::string& out, const char* heading, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out += std::string("<section class=\"part\">\n<h2>") + heading + "</h2>\n<ul class=\"checklist\">\n";
  for (const auto& item : items) out += "<li>" + html_escape(item) + "</li>\n";
  out += "</ul>\n</section>\n";
}

}  // namespace

std::string assessment(const AssessmentContext& context, const Summary& summary, const Bibliography& bibliography) {
  const Questionnaire& q = *context.questionnaire;
  std::vector<std::string> ids;
  const std::string name = verdict_name(summary.verdict);
  std::string body = "<h1>Result: <span class=\"verdict\">" + html_escape(upper(name)) + "</span></h1>\n";
  const auto meaning = q.verdict_meanings.find(name);
  if (meaning != q.verdict_meanings.end()) body += "<p>" + html_escape(meaning->second) + "</p>\n";
  body += "<p class=\"meta\">" + html_escape(q.title) + "</p>\n";

  body += "<section class=\"part\">\n<h2>Why</h2>\n";
  if (summary.reasons.empty()) body += "<p>Nothing in your answers argues against it.</p>\n";
  else body += "<ul>\n";
  for (const auto& fired : summary.reasons) {
    std::string because;
    for (const auto& [id, value] : fired.because) {
      std::string prompt = id;
      if (const auto at = q.index_of(id)) prompt = q.questions[*at].prompt;
      because += (because.empty() ? "" : "; ") + html_escape(prompt) + " <strong>" + html_escape(answer_text(value)) +
                 "</strong>";
    }
    body += "<li><strong>" + html_escape(upper(verdict_name(fired.rule->verdict))) + ":</strong> " +
            html_escape(fired.rule->message) + "<br><span class=\"because\">Because you answered: " + because +
            " (rule " + html_escape(fired.rule->id) + ").</span>" + cites(fired.rule->sources) + "</li>\n";
    add_ids(ids, fired.rule->sources);
  }
  if (!summary.reasons.empty()) body += "</ul>\n";
  body += "</section>\n";

  // What would change the verdict (postponed) and what it rests on (caution, consult).
  const std::pair<const char*, std::optional<VerdictNote>> notes[] = {
      {"When the temporary reasons have passed", after_temporary_note(summary)},
      {"What this result rests on", rests_on_note(summary)}};
  for (const auto& [heading, note] : notes) {
    if (!note) continue;
    body += std::string("<section class=\"part\">\n<h2>") + heading + "</h2>\n<p>" + html_escape(note->lead) +
            "</p>\n";
    if (!note->items.empty()) {
      body += "<ul>\n";
      for (const auto& item : note->items) {
        body += "<li><strong>" + html_escape(item.answers) + "</strong>";
        if (!item.text.empty()) body += ": " + html_escape(item.text);
        body += "</li>\n";
      }
      body += "</ul>\n";
    }
    body += "</section>\n";
  }

  bool heading = false;
  for (const auto& concern : summary.concerns) {
    const auto found = context.concerns.find(concern);
    if (found == context.concerns.end()) continue;
    if (!heading) body += "<section class=\"part long\">\n<h2>What to expect for your concerns</h2>\n";
    heading = true;
    const Expectation& e = found->second.expectation;
    body += "<div class=\"keep\">\n<h3>" + html_escape(found->second.title) + "</h3>\n<ul>\n<li>Evidence: " +
            html_escape(e.evidence) + "</li>\n<li>Sessions: " + html_escape(e.sessions) + "</li>\n<li>Results: " +
            html_escape(e.results_time) + "</li>\n";
    for (const auto& note : e.caveats) body += "<li>" + html_escape(note) + "</li>\n";
    body += "</ul>\n<p>" + cites(e.sources) + "</p>\n</div>\n";
    add_ids(ids, e.sources);
  }
  if (heading) body += "</section>\n";

  const WhatMatters matters = what_matters(q, context.grid_layout, context.grids, summary);
  if (matters.shown()) {
    std::string chosen;
    for (const auto& label : chosen_labels(q, context.grid_layout, matters))
      chosen += (chosen.empty() ? "" : ", ") + label;
    body += "<section class=\"part long\">\n<h2>What matters to you</h2>\n<p>You said these matter: " +
            html_escape(chosen) + ". This does not change the result; it helps you compare options.</p>\n";
    // The rows picked, marked (the grade is in "What to expect" above; the
    // whole grid: skincare compare TOPIC).
    std::vector<std::string> marked;
    for (const auto& row : matters.grids.front().grid.rows) marked.push_back(row.id);
    if (matters.needles) marked.push_back("needles");
    for (const auto& view : matters.grids) {
      GridView shown = view;
      if (matters.needles) {
        GridRow needles{"needles", "Needles", "Does it use needles or injections?", {}};
        for (const auto& option : shown.grid.options) needles.cells.push_back({option.needles ? "Yes" : "No", {}, false});
        shown.grid.rows.insert(shown.grid.rows.begin(), std::move(needles));
      }
      body += "<h3>" + html_escape(view.title) + "</h3>\n";
      html_grid_table(body, shown, marked, true);
      body += "<p class=\"meta\">Every option and question: <code>skincare compare " + html_escape(view.grid.topic) +
              "</code></p>\n";
      add_ids(ids, shown.grid.sources());
    }
    body += "</section>\n";
  }

  part(body, "Before you book", q.before_you_book);
  part(body, "Questions to ask a provider", q.provider_questions);
  part(body, "After treatment, see a doctor if", q.warning_signs);
  html_sources(body, ids, bibliography);

  body += "<section class=\"part long\">\n<h2>Your answers</h2>\n<ul class=\"answers\">\n";
  for (std::size_t i = 0; i < q.questions.size() && i < summary.answers.size(); ++i) {
    if (!summary.answers[i]) continue;
    body += "<li>" + html_escape(q.questions[i].prompt) + " <strong>" +
            html_escape(answer_label(q.questions[i], *summary.answers[i])) + "</strong></li>\n";
  }
  body += "</ul>\n</section>\n";
  return html_document({"Result: " + upper(name) + " - " + q.title,
                        "questionnaire " + q.id + " version " + q.version, q.disclaimer, body});
}

}  // namespace skincare::html_view
