#include "content/bibliography.h"

#include <fmt/format.h>

#include <cctype>

#include "base/errors.h"
#include "base/escape.h"
#include "base/suggest.h"
#include "base/yaml_reader.h"
#include "content/content_schema.h"
#include "content/snapshot.h"

namespace skincare {

const Source& Bibliography::named(const std::string& id) const {
  std::string lower = id;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (const Source* source = find(lower)) return *source;
  throw UsageError(fmt::format("unknown source '{}'{}; run 'skincare sources' to list them", escape_controls(id),
                               did_you_mean(closest_names(id, ids()))));
}

struct Bibliography::Lazy {
  std::vector<Entry> entries;
  std::vector<std::unique_ptr<Source>> decoded;  // one per entry, empty until asked for
  std::vector<Source> all;                       // every source, once all() was called
  bool all_decoded = false;
};

Bibliography Bibliography::lazy(std::vector<Entry> entries) {
  Bibliography bibliography;
  bibliography.lazy_ = std::make_shared<Lazy>();
  bibliography.lazy_->decoded.resize(entries.size());
  bibliography.lazy_->entries = std::move(entries);
  return bibliography;
}

const std::vector<Source>& Bibliography::all() const {
  if (!lazy_) return sources_;
  if (!lazy_->all_decoded) {
    lazy_->all.reserve(lazy_->entries.size());
    for (const auto& entry : lazy_->entries) lazy_->all.push_back(source_from_snapshot(entry.snapshot));
    lazy_->all_decoded = true;
  }
  return lazy_->all;
}

const Source* Bibliography::find(std::string_view id) const {
  if (lazy_) {
    for (std::size_t i = 0; i < lazy_->entries.size(); ++i) {
      if (lazy_->entries[i].id != id) continue;
      if (!lazy_->decoded[i]) lazy_->decoded[i] = std::make_unique<Source>(source_from_snapshot(lazy_->entries[i].snapshot));
      return lazy_->decoded[i].get();
    }
    return nullptr;
  }
  for (const auto& source : sources_)
    if (source.id == id) return &source;
  return nullptr;
}

std::vector<std::string> Bibliography::ids() const {
  std::vector<std::string> out;
  if (lazy_) {
    for (const auto& entry : lazy_->entries) out.emplace_back(entry.id);
    return out;
  }
  for (const auto& source : sources_) out.push_back(source.id);
  return out;
}

Bibliography parse_bibliography(std::string_view yaml_text, const std::string& file) {
  const YAML::Node root = parse_yaml(yaml_text, file);
  require_schema(root, bibliography_record().schema(), file);
  BibliographyFile read = bibliography_record().read(root, file);
  // What the schema cannot say: a comparison needs both what microneedling
  // was compared with and what the comparison found.
  for (std::size_t i = 0; i < read.sources.size(); ++i) {
    const Source& source = read.sources[i];
    const YAML::Node node = root["sources"][i];
    if (is_control_comparator(source.comparator) && source.result.empty())
      throw DataError(location_of(node["comparator"], file),
                      fmt::format("source '{}' compares microneedling with {} but has no 'result' (better, "
                                  "no-difference, worse or mixed)",
                                  escape_controls(source.id), source.comparator));
    if (!source.result.empty() && (source.comparator.empty() || source.comparator == "none"))
      throw DataError(location_of(node["result"], file),
                      fmt::format("source '{}' has a 'result' but no 'comparator' to say what it was compared with",
                                  escape_controls(source.id)));
  }
  return Bibliography(std::move(read.sources));
}

}  // namespace skincare
