// Rendering answers for people: aligned tables that measure display width and
// keep Arabic names in bidi isolates so a right-to-left name cannot reorder
// the row around it.
#pragma once

#include <ostream>

#include "diplograph/query/evaluator.h"

namespace diplograph::query {

// Display columns a UTF-8 string takes in a terminal (combining marks 0, wide 2).
int display_width(const std::string& utf8);

// Writes `answer` as a table; `isolate` wraps cells holding right-to-left text
// in U+2068 ... U+2069 (first-strong isolate), for terminals.
void render_table(std::ostream& out, const Answer& answer, bool isolate);

}  // namespace diplograph::query
