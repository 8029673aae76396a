// Markdown for documents and web pages: headings, lists and links; content
// text is escaped for controls and for Markdown's own markup characters.
#include "content/topic_headings.h"
#include "render/content_views.h"
#include "base/escape.h"

namespace skincare::markdown_view {

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

std::string list_of(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + md(item);
  return out;
}

void bullets(std::string& out, const std::vector<std::string>& items, const char* indent = "") {
  for (const auto& item : items) out += std::string(indent) + "- " + md(item) + "\n";
}

void cited(std::string& out, const std::vector<std::string>& sources) {
  if (!sources.empty()) out += "\n*Sources: " + list_of(sources) + "*\n";
}

void topic(std::string& out, const Topic& t, const Bibliography& bibliography, const RenderOptions& options) {
  out += "# " + md(t.title) + "\n\n";
  out += md(t.summary) + "\n";
  if (options.brief) {
    if (t.microneedling)
      out += "\nEvidence for microneedling: **" + t.microneedling->evidence + "** (" +
             md(t.microneedling->evidence_reason) + ")\n";
    return;
  }
  out += "\n*" + t.kind + " `" + md(t.id) + "`";
  if (!t.aliases.empty()) out += "; also called " + list_of(t.aliases);
  out += "; reviewed " + t.reviewed + "*\n";
  for (const auto& section : t.sections) {
    out += "\n## " + md(section.heading) + "\n\n";
    for (const auto& paragraph : section.paragraphs) out += md(paragraph) + "\n\n";
    bullets(out, section.items);
    cited(out, section.sources);
  }
  if (const auto& m = t.microneedling) {
    out += "\n## " + std::string(topic_headings::kMicroneedling) + "\n\n";
    out += "- **Evidence:** " + m->evidence + " (" + md(m->evidence_reason) + ")\n";
    out += "- **Sessions:** " + md(m->sessions) + "\n";
    out += "- **Results:** " + md(m->results_time) + "\n\n";
    out += "It can:\n\n";
    bullets(out, m->can);
    out += "\nIt cannot:\n\n";
    bullets(out, m->cannot);
    if (!m->caveats.empty()) {
      out += "\nBe careful:\n\n";
      bullets(out, m->caveats);
    }
    cited(out, m->sources);
  }
  if (!t.risks.empty()) {
    out += "\n## " + std::string(topic_headings::kRisks) + "\n\n";
    bullets(out, t.risks);
  }
  if (!t.alternatives.empty()) {
    out += "\n## " + std::string(topic_headings::kAlternatives) + "\n\n";
    for (const auto& a : t.alternatives) out += "- **" + md(a.name) + ":** " + md(a.note) + "\n";
  }
  const auto ids = t.sources();
  if (!ids.empty()) {
    out += "\n## Sources\n\n";
    for (const auto& id : ids) {
      const Source* source = bibliography.find(id);
      out += "- `" + md(id) + "` " + (source ? md(reference_text(*source)) : "(not in the bibliography)");
      if (source)
        for (const auto& link : source->links()) out += " <" + escape_controls(link) + ">";
      out += "\n";
    }
  }
  out += "\n*Education, not a diagnosis: talk to a doctor about your skin.*\n";
}

}  // namespace

std::string topics(const std::vector<Topic>& list, const Bibliography& bibliography, const RenderOptions& options) {
  std::string out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += "\n";
    topic(out, list[i], bibliography, options);
  }
  return out;
}

std::string topic_list(const TopicIndex& index, const RenderOptions&) {
  std::string out = "| topic | kind | summary |\n|---|---|---|\n";
  for (const auto& e : index.entries()) out += "| `" + md(e.id) + "` | " + e.kind + " | " + md(e.summary) + " |\n";
  return out;
}

std::string search(const std::vector<std::string>& query, const std::vector<SearchHit>& hits, const RenderOptions&) {
  std::string words;
  for (const auto& word : query) words += (words.empty() ? "" : " ") + word;
  std::string out = "# Search: " + md(words) + "\n\n";
  for (const auto& hit : hits) {
    out += "- **" + md(hit.title) + "** (`" + md(hit.topic) + "`";
    if (!hit.section.empty()) out += ", " + md(hit.section);
    out += "): " + md(hit.snippet) + "\n";
  }
  return out;
}

std::string sources(const std::vector<const Source*>& list, const RenderOptions&) {
  std::string out = "# Sources\n\n";
  for (const Source* s : list) {
    out += "- `" + md(s->id) + "` " + md(reference_text(*s));
    for (const auto& link : s->links()) out += " <" + escape_controls(link) + ">";
    out += " *(" + md(source_facts(*s)) + ")*";
    if (!s->seen.empty()) out += " Web page seen " + md(s->seen) + ".";
    if (!s->sponsor.empty()) out += " Industry tie: " + md(s->sponsor) + ".";
    if (!s->note.empty()) out += " Note: " + md(s->note);
    out += "\n";
  }
  return out;
}

}  // namespace skincare::markdown_view
