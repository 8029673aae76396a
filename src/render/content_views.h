// Renders content (topics, the topic list, search hits, sources) in one of
// three formats. One model, three writers: text_view.cpp, markdown_view.cpp
// and json_view.cpp; each function here dispatches on options.format.
#pragma once

#include <string>
#include <vector>

#include "content/bibliography.h"
#include "content/search.h"
#include "content/topic.h"
#include "content/topic_index.h"
#include "render/format.h"

namespace skincare {

std::string render_topics(const std::vector<Topic>& topics, const Bibliography& bibliography,
                          const RenderOptions& options);
std::string render_topic_list(const TopicIndex& index, const RenderOptions& options);
std::string render_search(const std::vector<std::string>& query, const std::vector<SearchHit>& hits,
                          const RenderOptions& options);
std::string render_sources(const std::vector<const Source*>& sources, const RenderOptions& options);

// The facts about a source shown beside its id: "randomized-trial, 20 people,
// compared with no treatment, verified".
std::string source_facts(const Source& source);

// Full reference in plain text: "Authors. Title. Journal. Year;details. doi:... PMID ...".
std::string reference_text(const Source& source);

namespace text_view {
std::string topics(const std::vector<Topic>&, const Bibliography&, const RenderOptions&);
std::string topic_list(const TopicIndex&, const RenderOptions&);
std::string search(const std::vector<std::string>&, const std::vector<SearchHit>&, const RenderOptions&);
std::string sources(const std::vector<const Source*>&, const RenderOptions&);
}  // namespace text_view

namespace markdown_view {
std::string topics(const std::vector<Topic>&, const Bibliography&, const RenderOptions&);
std::string topic_list(const TopicIndex&, const RenderOptions&);
std::string search(const std::vector<std::string>&, const std::vector<SearchHit>&, const RenderOptions&);
std::string sources(const std::vector<const Source*>&, const RenderOptions&);
}  // namespace markdown_view

namespace html_view {
std::string topics(const std::vector<Topic>&, const Bibliography&, const RenderOptions&);
}  // namespace html_view

namespace json_view {
std::string topics(const std::vector<Topic>&, const Bibliography&, const RenderOptions&);
std::string topic_list(const TopicIndex&, const RenderOptions&);
std::string search(const std::vector<std::string>&, const std::vector<SearchHit>&, const RenderOptions&);
std::string sources(const std::vector<const Source*>&, const RenderOptions&);
}  // namespace json_view

}  // namespace skincare
