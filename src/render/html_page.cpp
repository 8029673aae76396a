#include "render/html_page.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "render/content_views.h"
#include "base/escape.h"

#ifndef SKINCARE_VERSION
#define SKINCARE_VERSION "unknown"
#endif

namespace skincare {

namespace {

// Inline only. Print: A4 and Letter both fit the 15 mm side margins; the
// bottom page margin holds the disclaimer on every printed page (a CSS page
// margin box, written by html_document), and the disclaimer also ends the
// document for browsers that do not print margin boxes.
constexpr const char* kStyle = R"(
:root { color-scheme: light; }
body { font: 11pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; background: #fff;
       max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.7em; margin: 0 0 .3em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #888; margin: 1.2em 0 .4em; padding-bottom: .1em; }
h3 { font-size: 1.05em; margin: .9em 0 .3em; }
p, ul, ol { margin: .3em 0 .6em; }
.meta, .sources, .because { color: #444; font-size: .88em; }
.verdict { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; font-size: .84em; }
th, td { border: 1px solid #999; padding: .25em .4em; vertical-align: top; text-align: left; }
thead th { background: #e8e8e8; }
tbody th { background: #f4f4f4; }
table.grid tbody th { width: 8em; }
th .question { display: block; font-weight: normal; color: #444; font-size: .92em; }
tr.matters th, tr.matters td, th.matters, td.matters { background: #fff4c8; }
ul.answers { padding-left: 1.2em; }
.mark { font-weight: bold; }
.unknown { font-style: italic; }
.cite { color: #444; }
footer.disclaimer { margin-top: 1.5em; border-top: 1px solid #888; padding-top: .4em; font-size: .9em; }
a { color: #114; overflow-wrap: anywhere; }
@page { margin: 12mm 14mm 20mm 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 8.5pt; line-height: 1.3; }
  h2 { margin-top: .9em; }
  h2, h3 { break-after: avoid-page; page-break-after: avoid; }
  li, tr, .keep { break-inside: avoid-page; page-break-inside: avoid; }
  section.part { break-inside: avoid-page; }
  section.long { break-inside: auto; }
  thead { display: table-header-group; }
  ol.sources, ul.checklist, ul.answers { column-count: 2; column-gap: 6mm; }
  ol.sources { font-size: 7pt; }
  ul.answers { font-size: 7.5pt; }
  table.grid { font-size: 7.8pt; }
  a { color: #000; text-decoration: none; }
}
)";

// `text` as a CSS string literal: quotes, backslashes, line ends and '<'
// (which could end the <style> element) become CSS escapes.
std::string css_string(std::string_view text) {
  std::string out = "\"";
  for (const char raw : escape_controls(text)) {
    const auto c = static_cast<unsigned char>(raw);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += raw;
    } else if (c == '<' || c == '>' || c == '&' || c < 0x20) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\%X ", c);
      out += hex;
    } else {
      out += raw;
    }
  }
  return out + "\"";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  for (const char c : escape_controls(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_date() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (end != nullptr && *end == '\0' && value >= 0) now = static_cast<std::time_t>(value);
  }
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
  return text;
}

std::string html_document(const HtmlPage& page) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"skincare " SKINCARE_VERSION "\">\n";
  std::string meta = "Made on " + html_date();
  if (!page.made_with.empty()) meta += " with " + page.made_with;
  meta += " by skincare " SKINCARE_VERSION ".";
  out += "<title>" + html_escape(page.title) + "</title>\n<style>" + kStyle;
  if (!page.disclaimer.empty())
    out += "@page { @bottom-left { content: " + css_string(page.disclaimer + " " + meta) +
           "; font: 7.5pt/1.3 \"DejaVu Sans\", Arial, sans-serif; color: #333; vertical-align: top; "
           "padding-top: 2mm; border-top: 1px solid #999; } }\n";
  out += "</style>\n</head>\n<body>\n<main>\n";
  out += page.body;
  out += "<p class=\"meta\">" + html_escape(meta) + "</p>\n</main>\n";
  if (!page.disclaimer.empty()) {
    out += "<footer class=\"disclaimer\"><p>" + html_escape(page.disclaimer) + "</p></footer>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

void html_sources(std::string& out, const std::vector<std::string>& ids, const Bibliography& bibliography) {
  if (ids.empty()) return;
  out += "<section class=\"part long\" id=\"sources\">\n<h2>Sources</h2>\n<ol class=\"sources\">\n";
  for (const auto& id : ids) {
    out += "<li id=\"source-" + html_escape(id) + "\"><code>" + html_escape(id) + "</code> ";
    if (const Source* source = bibliography.find(id)) {
      // The reference without its identifiers, which follow as links written out.
      std::string reference;
      for (const auto* part : {&source->authors, &source->title, &source->journal})
        if (!part->empty()) reference += *part + (part->back() == '.' ? " " : ". ");
      if (!source->details.empty()) reference += source->details + ". ";
      else if (!source->year.empty()) reference += source->year + ". ";
      out += html_escape(reference);
      for (const auto& link : source->links())
        out += " <a href=\"" + html_escape(link) + "\">" + html_escape(link) + "</a>";
    } else {
      out += "(not in the bibliography)";
    }
    out += "</li>\n";
  }
  out += "</ol>\n</section>\n";
}

namespace {

void cell_html(std::string& out, const GridCell& cell, bool matters) {
  out += "<td";
  if (cell.unknown || matters) {
    out += " class=\"";
    out += cell.unknown ? "unknown" : "";
    out += cell.unknown && matters ? " " : "";
    out += matters ? "matters" : "";
    out += "\"";
  }
  out += ">" + html_escape(cell.text);
  if (!cell.sources.empty()) {
    out += " <span class=\"cite\">[";
    for (std::size_t i = 0; i < cell.sources.size(); ++i)
      out += (i ? ", " : "") + ("<a href=\"#source-" + html_escape(cell.sources[i]) + "\">" +
                                html_escape(cell.sources[i]) + "</a>");
    out += "]</span>";
  }
  out += "</td>";
}

std::string row_heading(const GridRow& row, bool matters) {
  std::string out = html_escape(row.label);
  if (matters) out += " <span class=\"mark\">(matters to you)</span>";
  return out + "<span class=\"question\">" + html_escape(row.question) + "</span>";
}

}  // namespace

void html_grid_table(std::string& out, const GridView& view, const std::vector<std::string>& marked, bool by_option) {
  const Grid& g = view.grid;
  const auto is_marked = [&](const GridRow& row) {
    return std::find(marked.begin(), marked.end(), row.id) != marked.end();
  };
  out += "<table class=\"grid\">\n<caption class=\"meta\">" + html_escape(view.title) + ": " +
         (by_option ? "each option (row) answered for each question (column)."
                    : "each option (column) answered for each question (row).") +
         "</caption>\n<thead><tr>";
  if (by_option) {
    out += "<th scope=\"col\">Option</th>";
    for (const auto& row : g.rows)
      out += std::string(is_marked(row) ? "<th scope=\"col\" class=\"matters\">" : "<th scope=\"col\">") +
             row_heading(row, is_marked(row)) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < g.options.size(); ++i) {
      out += "<tr><th scope=\"row\">" + html_escape(g.options[i].label) + "</th>";
      for (const auto& row : g.rows) cell_html(out, row.cells[i], is_marked(row));
      out += "</tr>\n";
    }
  } else {
    out += "<th scope=\"col\">Question</th>";
    for (const auto& o : g.options) out += "<th scope=\"col\">" + html_escape(o.label) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : g.rows) {
      const bool matters = is_marked(row);
      out += matters ? "<tr class=\"matters\">" : "<tr>";
      out += "<th scope=\"row\">" + row_heading(row, matters) + "</th>";
      for (const auto& cell : row.cells) cell_html(out, cell, false);
      out += "</tr>\n";
    }
  }
  out += "</tbody>\n</table>\n";
  bool notes = false;
  for (const auto& o : g.options) {
    if (o.note.empty()) continue;
    out += notes ? "" : "<ul class=\"sources\">\n";
    notes = true;
    out += "<li>" + html_escape(o.label) + ": " + html_escape(o.note) + "</li>\n";
  }
  if (notes) out += "</ul>\n";
}

}  // namespace skincare
