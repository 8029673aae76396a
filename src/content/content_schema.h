// The schemas of the content files this layer reads, each bound to its
// model: a topic (topics/<id>.yaml) and the bibliography (sources.yaml).
// Declared once: the parsers read through them and `skincare check` walks
// them, so a file loads exactly when check finds no schema error in it.
#pragma once

#include <vector>

#include "base/schema_binding.h"
#include "content/source.h"
#include "content/topic.h"

namespace skincare {

// sources.yaml as written: the list the Bibliography is built from.
struct BibliographyFile {
  std::vector<Source> sources;
};

const Record<Topic>& topic_record();
const Record<BibliographyFile>& bibliography_record();

}  // namespace skincare
