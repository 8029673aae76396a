// The assessment summary as plain text for a person at a terminal.
#include <fmt/format.h>

#include "render/assessment_views.h"
#include "render/what_matters.h"
#include "render/text_layout.h"
#include "render/verdict_notes.h"
#include "base/escape.h"

namespace skincare::text_view {

namespace {

std::string safe(std::string_view text) { return escape_controls(text); }

std::string paint_verdict(const Painter& p, Verdict verdict, const std::string& text) {
  switch (verdict) {
    case Verdict::consult: return p.red(text);
    case Verdict::postpone: return p.yellow(text);
    case Verdict::caution: return p.yellow(text);
    case Verdict::suitable: return p.green(text);
    case Verdict::info: return p.blue(text);
  }
  return text;
}

std::string upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

void list(std::string& out, const Painter& p, const std::string& heading, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out += "\n" + p.bold(heading) + "\n";
  for (const auto& item : items) out += wrap(safe(item), p.width(), "  - ", "    ");
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::string assessment(const AssessmentContext& context, const Summary& summary, const RenderOptions& options) {
  const Painter p(options.style);
  const Questionnaire& q = *context.questionnaire;
  std::string out;
  const std::string name = verdict_name(summary.verdict);
  if (summary.range.settled()) {
    out += p.bold("Result: ") + paint_verdict(p, summary.verdict, upper(name)) + "\n";
    const auto meaning = q.verdict_meanings.find(name);
    if (meaning != q.verdict_meanings.end()) out += wrap(safe(meaning->second), p.width(), "", "");
  } else {
    out += p.bold("Result: ") + "between " + paint_verdict(p, summary.range.at_least, upper(name)) + " and " +
           paint_verdict(p, summary.range.at_most, upper(verdict_name(summary.range.at_most))) + "\n";
  }
  if (!summary.complete) out += "\n" + wrap(safe(partial_note(summary)), p.width(), "", "");
  for (const auto& note : {after_temporary_note(summary), rests_on_note(summary)}) {
    if (!note) continue;
    out += "\n" + wrap(safe(note->lead), p.width(), "", "");
    for (const auto& item : note->items)
      out += wrap(safe(item.text.empty() ? item.answers : item.answers + ": " + item.text), p.width(), "  - ",
                  "    ");
  }

  if (!summary.reasons.empty()) {
    out += "\n" + p.bold("Why") + "\n";
    for (const auto& fired : summary.reasons) {
      const std::string label = verdict_name(fired.rule->verdict);
      const std::string indent(12, ' ');
      const std::string body = wrap(safe(fired.rule->message), p.width(), indent, indent);
      out += "  " + paint_verdict(p, fired.rule->verdict, label) + std::string(10 - label.size(), ' ') +
             body.substr(indent.size());
      std::string because;
      for (const auto& [id, value] : fired.because)
        because += (because.empty() ? "" : ", ") + id + " = " + answer_text(value);
      out += p.dim(wrap("because " + safe(because) + " (rule " + fired.rule->id + ")", p.width(), "            ",
                        "              "));
      if (!fired.rule->sources.empty())
        out += p.dim(wrap("Sources: " + safe(joined(fired.rule->sources)), p.width(), "            ",
                          "              "));
    }
  } else {
    out += "\nNothing in your answers argues against it.\n";
  }

  bool heading = false;
  for (const auto& concern : summary.concerns) {
    const auto found = context.concerns.find(concern);
    if (found == context.concerns.end()) continue;
    if (!heading) out += "\n" + p.bold("What to expect for your concerns") + "\n";
    heading = true;
    const ConcernView& view = found->second;
    const Expectation& e = view.expectation;
    const std::string title_line = safe(view.title) + " (evidence: " + e.evidence + ")";
    if (display_width(title_line) + 2 <= static_cast<std::size_t>(p.width()))
      out += "  " + p.bold(safe(view.title)) + " (evidence: " + e.evidence + ")\n";
    else
      out += p.bold(wrap(title_line, p.width(), "  ", "    "));
    out += wrap("Why this grade: " + safe(e.evidence_reason), p.width(), "    ", "      ");
    out += wrap("Sessions: " + safe(e.sessions), p.width(), "    ", "      ");
    out += wrap("Results: " + safe(e.results_time), p.width(), "    ", "      ");
    for (const auto& note : e.caveats) out += wrap(safe(note), p.width(), "    - ", "      ");
    out += p.dim(wrap("Sources: " + safe(joined(e.sources)) + "  (more: skincare explain " + view.id + ")",
                      p.width(), "    ", "      "));
  }

  const WhatMatters matters = what_matters(q, context.grid_layout, context.grids, summary);
  if (matters.shown()) {
    out += "\n" + p.bold("What matters to you") + "\n";
    out += wrap("You said these matter: " + safe(joined(chosen_labels(q, context.grid_layout, matters))) +
                    ". This does not change the result; it helps you compare options.",
                p.width(), "  ", "  ");
    for (const auto& view : matters.grids) {
      out += "  " + p.bold(safe(view.title)) + "\n";
      for (const auto& row : view.grid.rows) {
        out += wrap(safe(row.label) + " (" + safe(row.question) + ")", p.width(), "    ", "      ");
        for (std::size_t i = 0; i < view.grid.options.size(); ++i)
          out += wrap(safe(view.grid.options[i].label) + ": " + safe(row.cells[i].text) +
                          (row.cells[i].sources.empty() ? "" : " [" + safe(joined(row.cells[i].sources)) + "]"),
                      p.width(), "      - ", "        ");
      }
      if (matters.needles) {
        out += wrap("Uses needles or injections?", p.width(), "    ", "      ");
        for (const auto& option : view.grid.options)
          out += wrap(safe(option.label) + ": " + (option.needles ? "yes" : "no"), p.width(), "      - ", "        ");
      }
      out += p.dim(wrap("All options and rows: skincare compare " + view.grid.topic, p.width(), "    ", "      "));
    }
  }

  list(out, p, "Before you book", q.before_you_book);
  list(out, p, "Questions to ask a provider", q.provider_questions);
  list(out, p, "After treatment, see a doctor if", q.warning_signs);
  out += "\n" + p.dim(wrap(safe(q.disclaimer), p.width(), "", "")) ;
  return out;
}

}  // namespace skincare::text_view

namespace skincare::markdown_view {

std::string assessment(const AssessmentContext& context, const Summary& summary, const RenderOptions&) {
  const Questionnaire& q = *context.questionnaire;
  const auto md = [](std::string_view text) { return escape_controls(text); };
  std::string out = "# " + md(q.title) + "\n\n";
  const std::string name = verdict_name(summary.verdict);
  if (summary.range.settled()) {
    out += "**Result: " + name + "**";
    const auto meaning = q.verdict_meanings.find(name);
    if (meaning != q.verdict_meanings.end()) out += " - " + md(meaning->second);
  } else {
    out += "**Result: between " + name + " and " + verdict_name(summary.range.at_most) + "**";
  }
  out += "\n";
  if (!summary.complete) out += "\n" + md(partial_note(summary)) + "\n";
  for (const auto& note : {after_temporary_note(summary), rests_on_note(summary)}) {
    if (!note) continue;
    out += "\n" + md(note->lead) + "\n\n";
    for (const auto& item : note->items)
      out += "- " + (item.text.empty() ? md(item.answers) : "*" + md(item.answers) + ":* " + md(item.text)) + "\n";
  }
  out += "\n## Why\n\n";
  if (summary.reasons.empty()) out += "Nothing in your answers argues against it.\n";
  for (const auto& fired : summary.reasons) {
    std::string because;
    for (const auto& [id, value] : fired.because)
      because += (because.empty() ? "" : ", ") + ("`" + id + "` = " + md(answer_text(value)));
    out += "- **" + std::string(verdict_name(fired.rule->verdict)) + "** (`" + fired.rule->id + "`): " +
           md(fired.rule->message) + " *Because " + because + ".*";
    if (!fired.rule->sources.empty()) {
      std::string sources;
      for (const auto& s : fired.rule->sources) sources += (sources.empty() ? "" : ", ") + ("`" + s + "`");
      out += " Sources: " + sources + ".";
    }
    out += "\n";
  }
  bool heading = false;
  for (const auto& concern : summary.concerns) {
    const auto found = context.concerns.find(concern);
    if (found == context.concerns.end()) continue;
    if (!heading) out += "\n## What to expect for your concerns\n";
    heading = true;
    const Expectation& e = found->second.expectation;
    out += "\n### " + md(found->second.title) + "\n\n";
    out += "- **Evidence:** " + e.evidence + " (" + md(e.evidence_reason) + ")\n- **Sessions:** " + md(e.sessions) + "\n- **Results:** " +
           md(e.results_time) + "\n";
    for (const auto& note : e.caveats) out += "- " + md(note) + "\n";
  }
  const auto list = [&](const char* title, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += std::string("\n## ") + title + "\n\n";
    for (const auto& item : items) out += "- " + md(item) + "\n";
  };
  const WhatMatters matters = what_matters(q, context.grid_layout, context.grids, summary);
  if (matters.shown()) {
    out += "\n## What matters to you\n\n";
    std::string chosen;
    for (const auto& label : chosen_labels(q, context.grid_layout, matters))
      chosen += (chosen.empty() ? "" : ", ") + md(label);
    out += "You said these matter: " + chosen + ". This does not change the result; it helps you compare options.\n";
    for (const auto& view : matters.grids) {
      out += "\n### " + md(view.title) + "\n\n";
      GridView shown = view;
      if (matters.needles) {
        GridRow needles{"needles", "Uses needles or injections", "Does it use needles or injections?", {}};
        for (const auto& option : view.grid.options)
          needles.cells.push_back({option.needles ? "Yes" : "No", {}, false});
        shown.grid.rows.push_back(std::move(needles));
      }
      out += markdown_view::grid(shown);
    }
  }
  list("Before you book", q.before_you_book);
  list("Questions to ask a provider", q.provider_questions);
  list("After treatment, see a doctor if", q.warning_signs);
  out += "\n*" + md(q.disclaimer) + "*\n";
  return out;
}

}  // namespace skincare::markdown_view
