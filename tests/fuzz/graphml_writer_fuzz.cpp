// Fuzzes the GraphML writer on arbitrary names: the input, split at NUL
// bytes, names actors (English, Arabic, country) and meeting places. Whatever
// the names, the output must be valid UTF-8 without characters XML forbids,
// every '&' must start an entity and '<' / '>' appear only in tags, so no name
// can break the document or add elements.
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

// Markup outside tags: '<' only opens a tag, '>' only closes one, '&' only
// starts one of the entities the writer emits.
bool markup_well_formed(std::string_view line) {
  bool in_tag = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '<') {
      if (in_tag) return false;
      in_tag = true;
    } else if (c == '>') {
      if (!in_tag) return false;
      in_tag = false;
    } else if (c == '&') {
      static const char* kEntities[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#x"};
      bool known = false;
      for (const char* e : kEntities) known = known || line.substr(i, std::string_view(e).size()) == e;
      if (!known) return false;
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\r') {
      return false;
    }
  }
  return !in_tag;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const auto g = fuzz::names_graph(data, size);
  const auto o = fuzz::names_options(data[0]);
  std::ostringstream out;
  exporter::write_graphml(out, g, o);
  const std::string xml = out.str();
  fuzz::check(text::is_valid_utf8(xml), "the output is valid UTF-8, whatever the names");
  std::istringstream lines(xml);
  for (std::string line; std::getline(lines, line);) fuzz::check(markup_well_formed(line), "markup only in tags");
  fuzz::check(xml.size() >= 11 && xml.compare(xml.size() - 11, 11, "</graphml>\n") == 0, "the document is closed");
  return 0;
}
