// `skincare explain --format html`: topics as a printable page.
#include <algorithm>

#include "content/topic_headings.h"
#include "render/content_views.h"
#include "render/html_page.h"

namespace skincare::html_view {

namespace {

void list(std::string& out, const std::vector<std::string>& items) {
  if (items.empty()) return;
  out += "<ul>\n";
  for (const auto& item : items) out += "<li>" + html_escape(item) + "</li>\n";
  out += "</ul>\n";
}

void cited(std::string& out, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  out += "<p class=\"sources\">Sources: ";
  for (std::size_t i = 0; i < ids.size(); ++i)
    out += (i ? ", " : "") + ("<a href=\"#source-" + html_escape(ids[i]) + "\">" + html_escape(ids[i]) + "</a>");
  out += "</p>\n";
}

}  // namespace

std::string topics(const std::vector<Topic>& topics, const Bibliography& bibliography, const RenderOptions& options) {
  std::string body;
  std::vector<std::string> ids;
  std::string titles;
  for (const auto& t : topics) {
    titles += (titles.empty() ? "" : ", ") + t.title;
    body += "<article>\n<h1>" + html_escape(t.title) + "</h1>\n<p>" + html_escape(t.summary) + "</p>\n";
    if (t.microneedling)
      body += "<p>Evidence for microneedling: <strong>" + html_escape(t.microneedling->evidence) + "</strong></p>\n";
    if (options.brief) {
      body += "</article>\n";
      continue;
    }
    if (!t.aliases.empty()) {
      std::string aliases;
      for (const auto& a : t.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
      body += "<p class=\"meta\">Also called: " + html_escape(aliases) + ". Reviewed " + html_escape(t.reviewed) +
              ".</p>\n";
    }
    for (const auto& section : t.sections) {
      body += "<section class=\"part\">\n<h2>" + html_escape(section.heading) + "</h2>\n";
      for (const auto& paragraph : section.paragraphs) body += "<p>" + html_escape(paragraph) + "</p>\n";
      list(body, section.items);
      cited(body, section.sources);
      body += "</section>\n";
    }
    if (const auto& m = t.microneedling) {
      body += "<section class=\"part\">\n<h2>" + std::string(topic_headings::kMicroneedling) + "</h2>\n<ul>\n";
      body += "<li>Evidence: " + html_escape(m->evidence) + "</li>\n<li>Sessions: " + html_escape(m->sessions) +
              "</li>\n<li>Results: " + html_escape(m->results_time) + "</li>\n</ul>\n";
      body += "<h3>It can</h3>\n";
      list(body, m->can);
      body += "<h3>It cannot</h3>\n";
      list(body, m->cannot);
      if (!m->caveats.empty()) {
        body += "<h3>Be careful</h3>\n";
        list(body, m->caveats);
      }
      cited(body, m->sources);
      body += "</section>\n";
    }
    if (!t.risks.empty()) {
      body += "<section class=\"part\">\n<h2>" + std::string(topic_headings::kRisks) + "</h2>\n";
      list(body, t.risks);
      body += "</section>\n";
    }
    if (!t.alternatives.empty()) {
      body += "<section class=\"part\">\n<h2>" + std::string(topic_headings::kAlternatives) + "</h2>\n<ul>\n";
      for (const auto& a : t.alternatives)
        body += "<li><strong>" + html_escape(a.name) + ":</strong> " + html_escape(a.note) + "</li>\n";
      body += "</ul>\n";
      if (t.grid)
        body += "<p>Side by side, with no treatment: <code>skincare compare " + html_escape(t.id) + "</code></p>\n";
      body += "</section>\n";
    }
    body += "</article>\n";
    for (const auto& id : t.sources())
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  if (!options.brief) html_sources(body, ids, bibliography);
  return html_document({titles, "", options.disclaimer, body});
}

}  // namespace skincare::html_view
