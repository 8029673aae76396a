#include "render/about_view.h"

#include "base/json_writer.h"
#include "render/text_layout.h"
#include "base/escape.h"

namespace skincare {

namespace {

std::string md(std::string_view text) {
  std::string out;
  for (const char c : escape_controls(text)) {
    if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' || c == '|')
      out += '\\';
    out += c;
  }
  return out;
}

std::string status_of(const TopicReview& t) { return t.overdue ? "overdue" : "current"; }

std::string text(const About& about, const RenderOptions& options) {
  const Painter p(options.style);
  std::string out = p.bold("About skincare's content") + "\n";
  for (const auto& part : about.parts) {
    out += "\n" + p.bold(part.heading) + "\n";
    for (std::size_t i = 0; i < part.paragraphs.size(); ++i)
      out += (i > 0 ? "\n" : "") + wrap(escape_controls(part.paragraphs[i]), p.width(), "  ", "  ");
  }
  out += "\n" + p.bold("Review dates") + "\n";
  std::size_t width = 0;
  for (const auto& t : about.topics) width = std::max(width, escape_controls(t.id).size());
  for (const auto& t : about.topics) {
    const std::string id = escape_controls(t.id);
    const std::string dates = "reviewed " + t.reviewed + ", next " + t.next_review + (t.overdue ? ", " : "");
    const std::string line = "  " + id + std::string(width + 2 - id.size(), ' ') + dates;
    if (display_width(line) + (t.overdue ? 7 : 0) <= static_cast<std::size_t>(p.width()))
      out += line + (t.overdue ? p.yellow("overdue") : "") + "\n";
    else
      out += wrap(id + " " + dates + (t.overdue ? "overdue" : ""), p.width(), "  ", "    ");
  }
  out += p.dim(wrap("Review status as of " + about.today + ".", p.width(), "", ""));
  return out;
}

std::string markdown(const About& about) {
  std::string out = "# About skincare's content\n";
  for (const auto& part : about.parts) {
    out += "\n## " + md(part.heading) + "\n\n";
    for (const auto& paragraph : part.paragraphs) out += md(paragraph) + "\n\n";
  }
  out += "\n## Review dates\n\n| topic | reviewed | next review | status |\n|---|---|---|---|\n";
  for (const auto& t : about.topics)
    out += "| `" + md(t.id) + "` | " + t.reviewed + " | " + t.next_review + " | " + status_of(t) + " |\n";
  out += "\n*Review status as of " + about.today + ".*\n";
  return out;
}

std::string json(const About& about) {
  std::string out;
  JsonWriter w(out);
  w.begin_object().field("schema", "skincare.about/1").field("today", about.today);
  w.key("statement").begin_object();
  for (const auto& part : about.parts)
    w.key(part.key).begin_object().field("heading", part.heading).field("paragraphs", part.paragraphs).end_object();
  w.end_object();
  w.key("topics").begin_array();
  for (const auto& t : about.topics)
    w.begin_object().field("id", t.id).field("title", t.title).field("reviewed", t.reviewed)
        .field("next_review", t.next_review).field("status", status_of(t)).end_object();
  w.end_array().end_object();
  return out + "\n";
}

}  // namespace

std::string render_about(const About& about, const RenderOptions& options) {
  switch (options.format) {
    case Format::markdown: return markdown(about);
    case Format::json: return json(about);
    case Format::text:
    case Format::html:  // about offers none of these: text is the fallback
    case Format::csv:
    case Format::fhir:
      break;
  }
  return text(about, options);
}

}  // namespace skincare
