// JSON for scripts: one object per command, each with a versioned "schema".
#include <algorithm>

#include "render/content_views.h"
#include "base/json_writer.h"

namespace skincare::json_view {

namespace {

void source_object(JsonWriter& json, const Source& s) {
  json.begin_object().field("id", s.id).field("kind", s.kind).field("design", s.design);
  json.key("size");
  if (s.size.empty()) json.null();
  else json.value(std::stoll(s.size));
  json.field("sponsor", s.sponsor).field("seen", s.seen).field("comparator", s.comparator).field("result", s.result);
  json.field("confidence", s.confidence);
  json.field("authors", s.authors).field("year", s.year).field("title", s.title).field("journal", s.journal);
  json.field("details", s.details).field("doi", s.doi).field("pmid", s.pmid).field("url", s.url);
  json.field("links", s.links()).field("note", s.note).field("reference", reference_text(s));
  json.end_object();
}

void topic_object(JsonWriter& json, const Topic& t, const RenderOptions& options) {
  json.begin_object().field("id", t.id).field("kind", t.kind).field("title", t.title).field("summary", t.summary);
  if (t.microneedling)
    json.field("evidence", t.microneedling->evidence).field("evidence_reason", t.microneedling->evidence_reason);
  if (options.brief) {
    json.end_object();
    return;
  }
  json.field("aliases", t.aliases).field("reviewed", t.reviewed);
  json.key("sections").begin_array();
  for (const auto& section : t.sections) {
    json.begin_object().field("heading", section.heading).field("paragraphs", section.paragraphs);
    json.field("items", section.items).field("sources", section.sources).end_object();
  }
  json.end_array();
  json.key("microneedling");
  if (const auto& m = t.microneedling) {
    json.begin_object().field("evidence", m->evidence).field("evidence_reason", m->evidence_reason);
    json.field("sessions", m->sessions);
    json.field("results_time", m->results_time).field("can", m->can).field("cannot", m->cannot);
    json.field("caveats", m->caveats).field("sources", m->sources).end_object();
  } else {
    json.null();
  }
  json.key("alternatives").begin_array();
  for (const auto& a : t.alternatives) json.begin_object().field("name", a.name).field("note", a.note).end_object();
  json.end_array();
  json.field("risks", t.risks).field("sources", t.sources());
  json.end_object();
}

}  // namespace

std::string topics(const std::vector<Topic>& list, const Bibliography& bibliography, const RenderOptions& options) {
  std::string out;
  JsonWriter json(out);
  json.begin_object().field("schema", "skincare.topics/1").key("topics").begin_array();
  for (const auto& t : list) topic_object(json, t, options);
  json.end_array();
  if (!options.brief) {
    json.key("references").begin_array();
    std::vector<std::string> seen;
    for (const auto& t : list)
      for (const auto& id : t.sources()) {
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        if (const Source* s = bibliography.find(id)) source_object(json, *s);
      }
    json.end_array();
  }
  json.end_object();
  return out + "\n";
}

std::string topic_list(const TopicIndex& index, const RenderOptions&) {
  std::string out;
  JsonWriter json(out);
  json.begin_object().field("schema", "skincare.topic-list/1").key("topics").begin_array();
  for (const auto& e : index.entries())
    json.begin_object().field("id", e.id).field("kind", e.kind).field("title", e.title).field("summary", e.summary)
        .field("aliases", e.aliases).end_object();
  json.end_array().end_object();
  return out + "\n";
}

std::string search(const std::vector<std::string>& query, const std::vector<SearchHit>& hits, const RenderOptions&) {
  std::string out;
  JsonWriter json(out);
  json.begin_object().field("schema", "skincare.search/1").field("query", query).key("results").begin_array();
  for (const auto& hit : hits)
    json.begin_object().field("topic", hit.topic).field("title", hit.title).field("section", hit.section)
        .field("snippet", hit.snippet).key("score").value(static_cast<long long>(hit.score)).end_object();
  json.end_array().end_object();
  return out + "\n";
}

std::string sources(const std::vector<const Source*>& list, const RenderOptions&) {
  std::string out;
  JsonWriter json(out);
  json.begin_object().field("schema", "skincare.sources/1").key("sources").begin_array();
  for (const Source* s : list) source_object(json, *s);
  json.end_array().end_object();
  return out + "\n";
}

}  // namespace skincare::json_view
