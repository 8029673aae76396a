#include "render/content_views.h"

namespace skincare {

std::string render_topics(const std::vector<Topic>& topics, const Bibliography& bibliography,
                          const RenderOptions& options) {
  switch (options.format) {
    case Format::markdown: return markdown_view::topics(topics, bibliography, options);
    case Format::json: return json_view::topics(topics, bibliography, options);
    case Format::html: return html_view::topics(topics, bibliography, options);
    case Format::text:
    case Format::csv:
    case Format::fhir: break;
  }
  return text_view::topics(topics, bibliography, options);
}

std::string render_topic_list(const TopicIndex& index, const RenderOptions& options) {
  switch (options.format) {
    case Format::markdown: return markdown_view::topic_list(index, options);
    case Format::json: return json_view::topic_list(index, options);
    case Format::text:
    case Format::html: break;  // not offered: these commands accept text, markdown and json
    case Format::csv:
    case Format::fhir: break;
  }
  return text_view::topic_list(index, options);
}

std::string render_search(const std::vector<std::string>& query, const std::vector<SearchHit>& hits,
                          const RenderOptions& options) {
  switch (options.format) {
    case Format::markdown: return markdown_view::search(query, hits, options);
    case Format::json: return json_view::search(query, hits, options);
    case Format::text:
    case Format::html: break;  // not offered: these commands accept text, markdown and json
    case Format::csv:
    case Format::fhir: break;
  }
  return text_view::search(query, hits, options);
}

std::string render_sources(const std::vector<const Source*>& sources, const RenderOptions& options) {
  switch (options.format) {
    case Format::markdown: return markdown_view::sources(sources, options);
    case Format::json: return json_view::sources(sources, options);
    case Format::text:
    case Format::html: break;  // not offered: these commands accept text, markdown and json
    case Format::csv:
    case Format::fhir: break;
  }
  return text_view::sources(sources, options);
}

std::string source_facts(const Source& s) {
  std::string out = s.design;
  if (!s.size.empty()) out += ", " + s.size + (s.size == "1" ? " person" : " people");
  if (!s.comparator.empty() && s.comparator != "none") {
    const std::string against = s.comparator == "no-treatment"       ? "no treatment"
                                : s.comparator == "same-care"        ? "the same care without microneedling"
                                : s.comparator == "active-treatment" ? "another treatment"
                                                                     : s.comparator;
    out += ", compared with " + against;
  }
  return out + ", " + s.confidence;
}

std::string reference_text(const Source& s) {
  std::string out;
  const auto sentence = [&](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += part;
    if (out.back() != '.' && out.back() != '?') out += '.';
  };
  sentence(s.authors);
  sentence(s.title);
  const bool year_in_details = s.year.empty() || s.details.find(s.year) != std::string::npos;
  sentence(s.journal);
  sentence(year_in_details ? s.details : s.details.empty() ? s.year : s.year + ";" + s.details);
  if (!s.doi.empty()) sentence("doi:" + s.doi);
  if (!s.pmid.empty()) sentence("PMID " + s.pmid);
  return out;
}

}  // namespace skincare
