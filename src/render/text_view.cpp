// Plain text for terminals and pipes: wrapped to the width, bold and colour
// only when allowed, every piece of content shown with controls escaped.
#include <fmt/format.h>

#include "content/topic_headings.h"
#include "render/content_views.h"
#include "render/text_layout.h"
#include "base/escape.h"

namespace skincare::text_view {

namespace {

std::string safe(std::string_view text) { return escape_controls(text); }

std::string list_of(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

void bullets(std::string& out, const Painter& p, const std::vector<std::string>& items, const char* indent = "  ") {
  const std::string first = std::string(indent) + "- ";
  const std::string rest = std::string(indent) + "  ";
  for (const auto& item : items) wrap_into(out, safe(item), p.width(), first, rest);
}

void cited(std::string& out, const Painter& p, const std::vector<std::string>& sources, const char* indent = "  ") {
  if (sources.empty()) return;
  out += p.dim(wrap("Sources: " + safe(list_of(sources)), p.width(), indent, std::string(indent) + "  "));
}

void topic(std::string& out, const Topic& t, const Bibliography& bibliography, const RenderOptions& options) {
  const Painter p(options.style);
  const std::string about = "(" + t.kind + ", " + safe(t.id) + ")";
  if (display_width(safe(t.title)) + 2 + display_width(about) <= static_cast<std::size_t>(p.width()))
    out += p.bold(safe(t.title)) + "  " + p.dim(about) + "\n";
  else
    out += p.bold(wrap(safe(t.title) + "  " + about, p.width(), "", "  "));
  wrap_into(out, safe(t.summary), p.width(), "", "");
  if (options.brief) {
    if (t.microneedling)
      wrap_into(out, "Evidence for microneedling: " + t.microneedling->evidence + " (" +
                      safe(t.microneedling->evidence_reason) + ")",
                  p.width(), "", "  ");
    return;
  }
  if (!t.aliases.empty()) out += p.dim(wrap("Also called: " + safe(list_of(t.aliases)), p.width(), "", "  "));

  for (const auto& section : t.sections) {
    out += "\n" + p.bold(wrap(safe(section.heading), p.width(), "", "  "));
    for (std::size_t i = 0; i < section.paragraphs.size(); ++i) {
      if (i > 0) out += '\n';
      wrap_into(out, safe(section.paragraphs[i]), p.width(), "  ", "  ");
    }
    if (!section.paragraphs.empty() && !section.items.empty()) out += "\n";
    bullets(out, p, section.items);
    cited(out, p, section.sources);
  }
  if (const auto& m = t.microneedling) {
    out += "\n" + p.bold(topic_headings::kMicroneedling) + "\n";
    wrap_into(out, "Evidence: " + m->evidence + " (" + safe(m->evidence_reason) + ")", p.width(), "  ", "    ");
    wrap_into(out, "Sessions: " + safe(m->sessions), p.width(), "  ", "    ");
    wrap_into(out, "Results: " + safe(m->results_time), p.width(), "  ", "    ");
    out += "  It can:\n";
    bullets(out, p, m->can, "    ");
    out += "  It cannot:\n";
    bullets(out, p, m->cannot, "    ");
    if (!m->caveats.empty()) {
      out += "  Be careful:\n";
      bullets(out, p, m->caveats, "    ");
    }
    cited(out, p, m->sources);
  }
  if (!t.risks.empty()) {
    out += "\n" + p.bold(topic_headings::kRisks) + "\n";
    bullets(out, p, t.risks);
  }
  if (!t.alternatives.empty()) {
    out += "\n" + p.bold(topic_headings::kAlternatives) + "\n";
    for (const auto& a : t.alternatives) wrap_into(out, safe(a.name) + ": " + safe(a.note), p.width(), "  - ", "    ");
  }
  const auto ids = t.sources();
  if (!ids.empty()) {
    out += "\n" + p.bold("Sources") + "\n";
    for (const auto& id : ids) {
      const Source* source = bibliography.find(id);
      const std::string reference = source ? reference_text(*source) : "(not in the bibliography)";
      wrap_into(out, "[" + safe(id) + "] " + safe(reference), p.width(), "  ", "    ");
    }
  }
  out += "\n" + p.dim(wrap("Reviewed " + t.reviewed + ". Education, not a diagnosis: talk to a doctor about your skin.",
                           p.width(), "", ""));
}

}  // namespace

std::string topics(const std::vector<Topic>& list, const Bibliography& bibliography, const RenderOptions& options) {
  std::string out;
  out.reserve(options.brief ? 1024 : 32768 * list.size());  // a topic is 10-20 KB: no copying as it grows
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += options.brief ? "\n" : "\n\n";
    topic(out, list[i], bibliography, options);
  }
  return out;
}

std::string topic_list(const TopicIndex& index, const RenderOptions& options) {
  const Painter p(options.style);
  std::size_t id_width = 0;
  for (const auto& entry : index.entries()) id_width = std::max(id_width, entry.id.size());
  std::string out;
  std::string kind;
  for (const auto& entry : index.entries()) {
    if (entry.kind != kind) {
      kind = entry.kind;
      out += (out.empty() ? "" : "\n") + p.bold(kind == "condition" ? "Skin conditions" : "About microneedling") + "\n";
    }
    const std::string id = safe(entry.id);
    const std::string padding(id_width + 2 - std::min(id_width, id.size()), ' ');
    const std::string indent(id_width + 4, ' ');
    const std::string line = wrap(safe(entry.summary), p.width(), "  " + id + padding, indent);
    out += "  " + p.bold(id) + line.substr(2 + id.size());
  }
  return out;
}

std::string search(const std::vector<std::string>&, const std::vector<SearchHit>& hits, const RenderOptions& options) {
  const Painter p(options.style);
  std::string out;
  for (const auto& hit : hits) {
    std::string heading = safe(hit.topic) + "  " + safe(hit.title);
    if (!hit.section.empty()) heading += " > " + safe(hit.section);
    if (display_width(heading) <= static_cast<std::size_t>(p.width())) out += p.bold(heading) + "\n";
    else out += p.bold(wrap(heading, p.width(), "", "    "));
    wrap_into(out, safe(hit.snippet), p.width(), "  ", "  ");
  }
  return out;
}

std::string sources(const std::vector<const Source*>& list, const RenderOptions& options) {
  const Painter p(options.style);
  std::string out;
  for (const Source* s : list) {
    if (!out.empty()) out += "\n";
    const std::string id = "[" + safe(s->id) + "]";
    if (display_width(id) + 1 + display_width(source_facts(*s)) <= static_cast<std::size_t>(p.width()))
      out += p.bold(id) + " " + p.dim(source_facts(*s)) + "\n";
    else
      out += p.bold(wrap(id + " " + source_facts(*s), p.width(), "", "    "));
    wrap_into(out, safe(reference_text(*s)), p.width(), "  ", "  ");
    for (const auto& link : s->links()) out += "  " + safe(link) + "\n";
    if (!s->seen.empty()) out += "  Web page seen " + safe(s->seen) + "\n";
    if (!s->sponsor.empty()) wrap_into(out, "Industry tie: " + safe(s->sponsor), p.width(), "  ", "  ");
    if (!s->note.empty()) out += p.dim(wrap("Note: " + safe(s->note), p.width(), "  ", "  "));
  }
  return out;
}

}  // namespace skincare::text_view
