// Fuzzes the DOT writer on arbitrary names: the input, split at NUL bytes,
// names actors (English, Arabic, country) and meeting places. Whatever the
// names, every line of the output must keep its quotes balanced, so no name
// can end a label early or inject attributes, and no bidi override survives.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "diplograph/export/dot_writer.h"
#include "diplograph/text/normalize.h"
#include "fuzz_common.h"
#include "names_graph.h"

using namespace diplograph;

namespace {

// True when every double-quoted string on the line is closed before its end.
bool quotes_balanced(std::string_view line) {
  bool in = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (in && line[i] == '\\') ++i;
    else if (line[i] == '"') in = !in;
  }
  return !in;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto g = fuzz::names_graph(data, size);
  const auto o = fuzz::names_options(data[0]);
  std::ostringstream out;
  exporter::write_dot(out, g, o);
  const std::string dot = out.str();
  fuzz::check(dot.find("\xE2\x80\xAE") == std::string::npos, "no right-to-left override in the output");
  fuzz::check(text::is_valid_utf8(dot), "the output is valid UTF-8, whatever the names");
  std::istringstream lines(dot);
  for (std::string line; std::getline(lines, line);) fuzz::check(quotes_balanced(line), "quotes balanced on every line");
  fuzz::check(dot.size() >= 2 && dot.compare(dot.size() - 2, 2, "}\n") == 0, "the graph is closed");
  return 0;
}
