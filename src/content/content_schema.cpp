#include "content/content_schema.h"

namespace skincare {

namespace {

const Record<Section>& section_record() {
  static const Record<Section> record{
      "section",
      {field::text("heading", &Section::heading, kRequired),
       field::custom<Section>({"text", FieldKind::text},
                              [](Section& out, const YAML::Node& n, const std::string&) {
                                out.paragraphs = split_paragraphs(n.Scalar());
                              }),
       field::texts("items", &Section::items), field::texts("sources", &Section::sources)},
      nullptr,
      {"text", "items"}};
  return record;
}

const Record<Expectation>& expectation_record() {
  static const Record<Expectation> record{
      "microneedling block",
      {field::choice("evidence", &Expectation::evidence, {"strong", "moderate", "limited"}, kRequired),
       field::text("evidence_reason", &Expectation::evidence_reason, kRequired),
       field::text("sessions", &Expectation::sessions, kRequired),
       field::text("results_time", &Expectation::results_time, kRequired),
       field::texts("can", &Expectation::can, kRequiredNonEmpty),
       field::texts("cannot", &Expectation::cannot, kRequiredNonEmpty),
       field::texts("caveats", &Expectation::caveats),
       field::texts("sources", &Expectation::sources, kRequiredNonEmpty)}};
  return record;
}

const Record<Alternative>& alternative_record() {
  static const Record<Alternative> record{
      "alternative",
      {field::text("name", &Alternative::name, kRequired), field::text("note", &Alternative::note, kRequired)},
      "name"};
  return record;
}

const Record<Source>& source_record() {
  static const Record<Source> record{
      "source",
      {field::text("id", &Source::id, kRequired),
       field::text("authors", &Source::authors),
       field::whole_number_text("year", &Source::year),
       field::text("title", &Source::title, kRequired),
       field::text("journal", &Source::journal),
       field::text("details", &Source::details),
       field::text("doi", &Source::doi),
       field::whole_number_text("pmid", &Source::pmid),
       field::text("url", &Source::url),
       field::choice("kind", &Source::kind,
                     {"trial", "study", "review", "guideline", "regulation", "report", "secondary"}, kRequired),
       field::choice("design", &Source::design, source_designs(), kRequired),
       field::whole_number_text("size", &Source::size, kOptional, 1),
       field::text("sponsor", &Source::sponsor),
       field::month("seen", &Source::seen),
       field::choice("comparator", &Source::comparator, source_comparators()),
       field::choice("result", &Source::result, source_results()),
       field::choice("confidence", &Source::confidence, {"verified", "partial", "secondary"}, kRequired),
       field::text("note", &Source::note)},
      "id"};
  return record;
}

}  // namespace

const Record<Topic>& topic_record() {
  static const Record<Topic> record{
      "topic",
      {field::text("id", &Topic::id, kRequired),
       field::choice("kind", &Topic::kind, {"condition", "fact"}, kRequired),
       field::text("title", &Topic::title, kRequired),
       field::texts("aliases", &Topic::aliases),
       field::text("summary", &Topic::summary, kRequired),
       field::date("reviewed", &Topic::reviewed, kRequired),
       field::records("sections", &Topic::sections, section_record(), kRequiredNonEmpty),
       field::record("microneedling", &Topic::microneedling, expectation_record()),
       field::records("alternatives", &Topic::alternatives, alternative_record()),
       field::texts("risks", &Topic::risks)}};
  return record;
}

const Record<BibliographyFile>& bibliography_record() {
  static const Record<BibliographyFile> record{
      "bibliography", {field::records("sources", &BibliographyFile::sources, source_record(), kRequiredNonEmpty)}};
  return record;
}

}  // namespace skincare
