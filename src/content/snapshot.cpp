#include "content/snapshot.h"

#include <stdexcept>
#include <type_traits>

#include "base/snapshot_io.h"

namespace skincare {

// Each content type's fields, in one list that both writes and reads (see
// base/snapshot_io.h). A new field changes its type's size, and the checks
// below stop the build until it is listed here too.
template <class IO>
void fields(IO& io, Section& s) {
  io(s.heading);
  io(s.paragraphs);
  io(s.items);
  io(s.sources);
}

template <class IO>
void fields(IO& io, Expectation& e) {
  io(e.evidence);
  io(e.evidence_reason);
  io(e.sessions);
  io(e.results_time);
  io(e.can);
  io(e.cannot);
  io(e.caveats);
  io(e.sources);
}

template <class IO>
void fields(IO& io, Alternative& a) {
  io(a.name);
  io(a.note);
}

template <class IO>
void fields(IO& io, GridOption& o) {
  io(o.id);
  io(o.label);
  io(o.note);
  io(o.needles);
}

template <class IO>
void fields(IO& io, GridCell& c) {
  io(c.text);
  io(c.sources);
  io(c.unknown);
}

template <class IO>
void fields(IO& io, GridRow& r) {
  io(r.id);
  io(r.label);
  io(r.question);
  io(r.cells);
}

template <class IO>
void fields(IO& io, Grid& g) {
  io(g.topic);
  io(g.options);
  io(g.rows);
}

template <class IO>
void fields(IO& io, Topic& t) {
  io(t.id);
  io(t.kind);
  io(t.title);
  io(t.aliases);
  io(t.summary);
  io(t.reviewed);
  io(t.sections);
  io(t.microneedling);
  io(t.alternatives);
  io(t.risks);
  io(t.grid);
}

template <class IO>
void fields(IO& io, Source& s) {
  for (auto* field : {&s.id, &s.authors, &s.year, &s.title, &s.journal, &s.details, &s.doi, &s.pmid, &s.url, &s.kind,
                      &s.design, &s.size, &s.sponsor, &s.seen, &s.comparator, &s.result, &s.confidence, &s.note})
    io(*field);
}

// (A new field of Topic goes in fields(Topic) and in topic_in_part() below.)
#if defined(__GLIBCXX__) && defined(__x86_64__)
static_assert(sizeof(Section) == 104, "Section changed: update fields(Section) and this size");
static_assert(sizeof(Expectation) == 224, "Expectation changed: update fields(Expectation) and this size");
static_assert(sizeof(Alternative) == 64, "Alternative changed: update fields(Alternative) and this size");
static_assert(sizeof(GridOption) == 104, "GridOption changed: update fields(GridOption) and this size");
static_assert(sizeof(GridCell) == 64, "GridCell changed: update fields(GridCell) and this size");
static_assert(sizeof(GridRow) == 120, "GridRow changed: update fields(GridRow) and this size");
static_assert(sizeof(Grid) == 80, "Grid changed: update fields(Grid) and this size");
static_assert(sizeof(Topic) == 576, "Topic changed: update fields(Topic) and this size");
static_assert(sizeof(Source) == 576, "Source changed: update fields(Source) and this size");
#endif

std::string snapshot_of(const Topic& topic) { return snapshot::write(topic); }
std::string snapshot_of(const Source& source) { return snapshot::write(source); }
// A list of source snapshots, each with its length, so the sources can be
// found without decoding them (lazy_bibliography_from_snapshot).
std::string snapshot_of(const Bibliography& bibliography) {
  std::vector<std::string> sources;
  for (const auto& source : bibliography.all()) sources.push_back(snapshot_of(source));
  return snapshot::write(sources);
}

namespace {

// The topic's fields in fields(Topic) order, read or passed over without a
// copy (Reader::skip) as `parts` asks.
Topic topic_in_part(std::string_view snapshot, TopicParts parts) {
  const bool prose = parts == TopicParts::without_grid;
  const bool grid = parts == TopicParts::outline;
  snapshot::Reader r(snapshot);
  Topic t;
  const auto field = [&](bool wanted, auto& value) {
    if (wanted) r(value);
    else r.skip<std::remove_reference_t<decltype(value)>>();
  };
  r(t.id);
  r(t.kind);
  r(t.title);
  field(prose, t.aliases);
  field(prose, t.summary);
  field(prose, t.reviewed);
  field(prose, t.sections);
  r(t.microneedling);
  field(prose, t.alternatives);
  field(prose, t.risks);
  if (!grid) return t;  // the grid comes last: no need to pass over it
  r(t.grid);
  r.finish();
  return t;
}

}  // namespace

Topic topic_from_snapshot(std::string_view snapshot, TopicParts parts) {
  Topic topic = parts == TopicParts::whole ? snapshot::read<Topic>(snapshot) : topic_in_part(snapshot, parts);
  if (topic.grid)
    for (const auto& row : topic.grid->rows)
      if (row.cells.size() != topic.grid->options.size()) throw std::runtime_error("content snapshot is malformed");
  return topic;
}

Source source_from_snapshot(std::string_view snapshot) { return snapshot::read<Source>(snapshot); }

Bibliography lazy_bibliography_from_snapshot(std::string_view snapshot) {
  snapshot::Reader r(snapshot);
  std::vector<Bibliography::Entry> entries;
  for (const std::string_view source : r.texts_in_place())
    entries.push_back({snapshot::Reader(source).text_in_place(), source});  // a source's id comes first
  r.finish();
  return Bibliography::lazy(std::move(entries));
}

Bibliography bibliography_from_snapshot(std::string_view snapshot) {
  snapshot::Reader r(snapshot);
  std::vector<Source> sources;
  for (const std::string_view source : r.texts_in_place()) sources.push_back(source_from_snapshot(source));
  r.finish();
  return Bibliography(std::move(sources));
}

// The grid layout's fields, listed once for writing and reading (base/snapshot_io.h).
template <class IO>
void fields(IO& io, GridRowSpec& row) {
  io(row.id);
  io(row.label);
  io(row.question);
  io(row.matters);
}

template <class IO>
void fields(IO& io, GridLayout& layout) {
  io(layout.rows);
  io(layout.question);
  io(layout.needles_value);
}

// A new field changes its type's size: add it to fields() above, then here.
#if defined(__GLIBCXX__) && defined(__x86_64__)
static_assert(sizeof(GridRowSpec) == 128, "GridRowSpec changed: update fields(GridRowSpec) and this size");
static_assert(sizeof(GridLayout) == 88, "GridLayout changed: update fields(GridLayout) and this size");
#endif

std::string snapshot_of(const GridLayout& layout) { return snapshot::write(layout); }

GridLayout grid_layout_from_snapshot(std::string_view snapshot) { return snapshot::read<GridLayout>(snapshot); }

}  // namespace skincare
