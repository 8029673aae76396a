#include "content/snapshot.h"

#include <cstdint>
#include <stdexcept>

namespace skincare {

namespace {

class Writer {
 public:
  void count(std::size_t n) {
    for (int shift = 0; shift < 32; shift += 8) out_ += static_cast<char>((n >> shift) & 0xFFu);
  }
  void text(std::string_view s) {
    count(s.size());
    out_.append(s);
  }
  void texts(const std::vector<std::string>& list) {
    count(list.size());
    for (const auto& s : list) text(s);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  std::size_t count() {
    need(4);
    std::size_t n = 0;
    for (int shift = 0; shift < 32; shift += 8)
      n |= static_cast<std::size_t>(static_cast<unsigned char>(in_[at_++])) << shift;
    return n;
  }
  // A list length: every element takes at least 4 bytes, so a larger count is corrupt.
  std::size_t list_count() {
    const std::size_t n = count();
    if (n > (in_.size() - at_) / 4) throw std::runtime_error("content snapshot is malformed");
    return n;
  }
  std::string text() {
    const std::size_t n = count();
    need(n);
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> list(list_count());
    for (auto& s : list) s = text();
    return list;
  }
  void finish() const {
    if (at_ != in_.size()) throw std::runtime_error("content snapshot has trailing bytes");
  }

 private:
  void need(std::size_t n) const {
    if (n > in_.size() - at_) throw std::runtime_error("content snapshot is truncated");
  }
  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace

std::string snapshot_of(const Topic& t) {
  Writer w;
  for (const auto* s : {&t.id, &t.kind, &t.title, &t.summary, &t.reviewed}) w.text(*s);
  w.texts(t.aliases);
  w.count(t.sections.size());
  for (const auto& section : t.sections) {
    w.text(section.heading);
    w.texts(section.paragraphs);
    w.texts(section.items);
    w.texts(section.sources);
  }
  w.count(t.microneedling ? 1 : 0);
  if (const auto& m = t.microneedling) {
    for (const auto* s : {&m->evidence, &m->evidence_reason, &m->sessions, &m->results_time}) w.text(*s);
    for (const auto* list : {&m->can, &m->cannot, &m->caveats, &m->sources}) w.texts(*list);
  }
  w.count(t.alternatives.size());
  for (const auto& a : t.alternatives) {
    w.text(a.name);
    w.text(a.note);
  }
  w.texts(t.risks);
  w.count(t.grid ? 1 : 0);
  if (const auto& g = t.grid) {
    w.text(g->topic);
    w.count(g->options.size());
    for (const auto& o : g->options) {
      for (const auto* s : {&o.id, &o.label, &o.note}) w.text(*s);
      w.count(o.needles ? 1 : 0);
    }
    w.count(g->rows.size());
    for (const auto& row : g->rows) {
      for (const auto* s : {&row.id, &row.label, &row.question}) w.text(*s);
      w.count(row.cells.size());
      for (const auto& cell : row.cells) {
        w.text(cell.text);
        w.texts(cell.sources);
        w.count(cell.unknown ? 1 : 0);
      }
    }
  }
  return w.take();
}

Topic topic_from_snapshot(std::string_view snapshot) {
  Reader r(snapshot);
  Topic t;
  for (auto* s : {&t.id, &t.kind, &t.title, &t.summary, &t.reviewed}) *s = r.text();
  t.aliases = r.texts();
  t.sections.resize(r.list_count());
  for (auto& section : t.sections) {
    section.heading = r.text();
    section.paragraphs = r.texts();
    section.items = r.texts();
    section.sources = r.texts();
  }
  if (r.count() == 1) {
    Expectation m;
    for (auto* s : {&m.evidence, &m.evidence_reason, &m.sessions, &m.results_time}) *s = r.text();
    for (auto* list : {&m.can, &m.cannot, &m.caveats, &m.sources}) *list = r.texts();
    t.microneedling = std::move(m);
  }
  t.alternatives.resize(r.list_count());
  for (auto& a : t.alternatives) {
    a.name = r.text();
    a.note = r.text();
  }
  t.risks = r.texts();
  if (r.count() == 1) {
    Grid g;
    g.topic = r.text();
    g.options.resize(r.list_count());
    for (auto& o : g.options) {
      for (auto* s : {&o.id, &o.label, &o.note}) *s = r.text();
      o.needles = r.count() == 1;
    }
    g.rows.resize(r.list_count());
    for (auto& row : g.rows) {
      for (auto* s : {&row.id, &row.label, &row.question}) *s = r.text();
      row.cells.resize(r.list_count());
      if (row.cells.size() != g.options.size()) throw std::runtime_error("content snapshot is malformed");
      for (auto& cell : row.cells) {
        cell.text = r.text();
        cell.sources = r.texts();
        cell.unknown = r.count() == 1;
      }
    }
    t.grid = std::move(g);
  }
  r.finish();
  return t;
}

std::string snapshot_of(const Source& s) {
  Writer w;
  for (const auto* field : {&s.id, &s.authors, &s.year, &s.title, &s.journal, &s.details, &s.doi, &s.pmid, &s.url,
                            &s.kind, &s.design, &s.size, &s.sponsor, &s.seen, &s.comparator, &s.result, &s.confidence, &s.note})
    w.text(*field);
  return w.take();
}

Source source_from_snapshot(std::string_view snapshot) {
  Reader r(snapshot);
  Source s;
  for (auto* field : {&s.id, &s.authors, &s.year, &s.title, &s.journal, &s.details, &s.doi, &s.pmid, &s.url,
                      &s.kind, &s.design, &s.size, &s.sponsor, &s.seen, &s.comparator, &s.result, &s.confidence, &s.note})
    *field = r.text();
  r.finish();
  return s;
}

std::string snapshot_of(const Bibliography& bibliography) {
  Writer w;
  w.count(bibliography.all().size());
  for (const auto& source : bibliography.all()) w.text(snapshot_of(source));
  return w.take();
}

Bibliography bibliography_from_snapshot(std::string_view snapshot) {
  Reader r(snapshot);
  std::vector<Source> sources(r.list_count());
  for (auto& source : sources) source = source_from_snapshot(r.text());
  r.finish();
  return Bibliography(std::move(sources));
}

}  // namespace skincare
