#include <doctest/doctest.h>

#include "diplograph/export/dot_writer.h"
#include "diplograph/text/normalize.h"

using namespace diplograph;

TEST_CASE("dot hostile: dropping a control from broken UTF-8 cannot assemble a right-to-left override") {
  // E2 80 | E2 81 A9 (an isolate, dropped) | AE: byte-wise removal used to leave E2 80 AE (RLO).
  const std::string escaped = exporter::dot_escape("A\xE2\x80\xE2\x81\xA9\xAE" "B");
  CHECK(escaped.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(text::is_valid_utf8(escaped));
  CHECK(escaped.front() == 'A');
  CHECK(escaped.back() == 'B');
}

TEST_CASE("dot hostile: quotes, backslashes, NUL and controls in names stay inside the label") {
  static const char kName[] = "x\"]; y [label=\"\\\0\x01\n";
  const std::string escaped = exporter::dot_escape(std::string(kName, sizeof kName - 1));
  CHECK(escaped == "x\\\"]; y [label=\\\"\\\\  \\n");
}
