#include <doctest/doctest.h>

#include <sstream>

#include "diplograph/export/dot_writer.h"

using namespace diplograph;

TEST_CASE("dot: quotes, backslashes, newlines and bidi overrides cannot break out of a label") {
  CHECK(exporter::dot_escape("a\"b") == "a\\\"b");
  CHECK(exporter::dot_escape("a\\b") == "a\\\\b");
  CHECK(exporter::dot_escape("a\nb") == "a\\nb");
  CHECK(exporter::dot_escape("x\xE2\x80\xAEy") == "xy");  // RIGHT-TO-LEFT OVERRIDE removed
}

TEST_CASE("dot: a slice holds the focus actor's neighbourhood only") {
  store::Snapshot s;
  s.actors = {{1, "a", "person", "A \"quoted\" {name}", "", ""}, {2, "b", "person", "B", "", ""}, {3, "c", "person", "C", "", ""}};
  s.meetings = {{1, "meeting", "occurred", {}, "", "", "", "", 1}, {2, "call", "occurred", {}, "", "", "", "", 1}};
  s.participants = {{0, 0, "party"}, {0, 1, "party"}, {1, 2, "party"}, {1, 1, "party"}};
  graph::MeetingGraph g(std::move(s));
  exporter::ExportOptions o;
  o.filter.statuses.clear();
  o.focus = 0;
  std::ostringstream out;
  CHECK(exporter::write_dot(out, g, o) == 2);
  CHECK(out.str().find("a3") == std::string::npos);
  CHECK(out.str().find("A \\\"quoted\\\" {name}") != std::string::npos);
}
