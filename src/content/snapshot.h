// A compact binary form of parsed content. The build parses the shipped YAML
// once and embeds these snapshots, so a look-up at run time costs
// microseconds instead of a YAML parse (see bench/README.md).
#pragma once

#include <string>
#include <string_view>

#include "content/bibliography.h"
#include "content/grid.h"
#include "content/source.h"
#include "content/topic.h"

namespace skincare {

std::string snapshot_of(const Topic& topic);
std::string snapshot_of(const Source& source);
std::string snapshot_of(const Bibliography& bibliography);
std::string snapshot_of(const GridLayout& layout);

// Throw std::runtime_error when the snapshot is truncated or malformed
// (only possible if the binary itself is corrupt).
// What topic_from_snapshot reads: the whole topic; the topic without its
// grid (which only the HTML view of explain shows); its outline, without
// the prose (summary, review date, aliases, sections, alternatives and
// risks are passed over and left empty), which is what an assessment shows;
// or the outline without the grid.
enum class TopicParts { whole, without_grid, outline, outline_without_grid };
Topic topic_from_snapshot(std::string_view snapshot, TopicParts parts = TopicParts::whole);
Source source_from_snapshot(std::string_view snapshot);
Bibliography bibliography_from_snapshot(std::string_view snapshot);
GridLayout grid_layout_from_snapshot(std::string_view snapshot);
// The bibliography of a snapshot with its sources left undecoded (Bibliography::lazy).
Bibliography lazy_bibliography_from_snapshot(std::string_view snapshot);

}  // namespace skincare
