// The printable page every `--format html` writes: one self-contained UTF-8
// HTML5 document with inline CSS only (no script, no font, image or style
// fetched from anywhere), a print stylesheet for A4 and Letter, the date and
// versions, and the disclaimer at the foot of every printed page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/bibliography.h"
#include "render/grid_views.h"

namespace skincare {

// `text` made safe inside HTML text and attribute values: controls and
// invalid UTF-8 become visible escapes, then & < > " ' become references.
std::string html_escape(std::string_view text);

struct HtmlPage {
  std::string title;       // <title>
  std::string made_with;   // "questionnaire microneedling-suitability 1", shown beside the date
  std::string disclaimer;  // printed at the end and at the foot of every page
  std::string body;        // already-escaped HTML, starting with the <h1>
};

std::string html_document(const HtmlPage& page);

// Today's date (UTC) as YYYY-MM-DD, or SOURCE_DATE_EPOCH's when it is set.
std::string html_date();

// <section><h2>Sources</h2><ol>...</ol></section> with links written out.
void html_sources(std::string& out, const std::vector<std::string>& ids, const Bibliography& bibliography);

// One option grid as a table: options are columns (th scope="col"), rows are
// th scope="row" with their question; option notes follow the table. When
// `by_option`, it is turned round for a narrow page: an option a row, a grid
// row a column. Rows whose id is in `marked` are highlighted and labelled
// "matters to you".
void html_grid_table(std::string& out, const GridView& view, const std::vector<std::string>& marked = {},
                     bool by_option = false);

}  // namespace skincare
