#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>

#include "diplograph/export/dot_writer.h"
#include "diplograph/export/slice.h"

using namespace diplograph;

namespace {

// A (id 1) met B twice and planned to meet C; B met D; E met nobody in a dated
// meeting (its only meeting is undated and cancelled).
graph::MeetingGraph small_graph() {
  store::Snapshot s;
  s.actors = {{1, "a", "person", "A \"quoted\" {name} <x>", "أ", "RU"},
              {2, "b", "person", "B\\back", "", "RU"},
              {3, "c", "state", "C\nnewline", "", ""},
              {4, "d", "organisation", "D\xE2\x80\xAE" "evil", "", ""},
              {5, "e", "person", "E", "", ""}};
  s.meetings = {{10, "summit", "occurred", *Date::parse("2018-06-12"), "Singapore", "", "", "", 1, 0, ""},
                {11, "talks", "occurred", *Date::parse("2019-02-27"), "Hanoi", "", "", "", 1, 0, ""},
                {12, "visit", "planned", *Date::parse("2019-09"), "", "", "", "", 1, 0, ""},
                {13, "call", "occurred", *Date::parse("2020-01-01"), "", "", "", "", 1, 0, ""},
                {14, "meeting", "cancelled", {}, "", "", "", "", 1, 0, ""}};
  s.participants = {{0, 0, "party"}, {0, 1, "party"}, {1, 0, "party"}, {1, 1, "party"}, {2, 0, "guest"},
                    {2, 2, "host"},  {3, 1, "party"}, {3, 3, "party"}, {4, 4, "party"}, {4, 2, "party"}};
  return graph::MeetingGraph(std::move(s));
}

std::set<std::string> matches(const std::string& text, const std::string& pattern) {
  std::set<std::string> out;
  std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    out.insert((*it)[1].str());
  return out;
}

exporter::ExportOptions any_status() {
  exporter::ExportOptions o;
  o.slice.filter.statuses.clear();
  o.legend = false;
  return o;
}

}  // namespace

TEST_CASE("dot: quotes, backslashes, newlines and bidi overrides cannot break out of a label") {
  CHECK(exporter::dot_escape("a\"b") == "a\\\"b");
  CHECK(exporter::dot_escape("a\\b") == "a\\\\b");
  CHECK(exporter::dot_escape("a\nb") == "a\\nb");
  CHECK(exporter::dot_escape("x\xE2\x80\xAEy") == "xy");  // RIGHT-TO-LEFT OVERRIDE removed
  CHECK(exporter::dot_escape("{<x>}") == "{<x>}");        // harmless inside a quoted ID
}

TEST_CASE("slice: the focus actor's neighbourhood to a depth, a time window, a query's meetings") {
  auto g = small_graph();
  exporter::SliceOptions o;
  o.filter.statuses.clear();
  o.focus = 2;  // C
  auto depth1 = exporter::select_slice(g, o);
  CHECK(depth1.actors == std::vector<uint32_t>{0, 2, 4});      // C, A (planned visit), E (cancelled meeting)
  CHECK(depth1.meetings == std::vector<uint32_t>{2, 4});
  o.depth = 2;
  auto depth2 = exporter::select_slice(g, o);
  CHECK(depth2.actors == std::vector<uint32_t>{0, 1, 2, 4});   // + B through A's meetings
  CHECK(depth2.meetings == std::vector<uint32_t>{0, 1, 2, 4});
  exporter::SliceOptions window;
  window.filter.statuses = {"occurred"};
  window.filter.after_day = Date::parse("2018-12-31")->last_day();
  auto late = exporter::select_slice(g, window);
  CHECK(late.meetings == std::vector<uint32_t>{1, 3});
  CHECK(late.actors == std::vector<uint32_t>{0, 1, 3});
  exporter::SliceOptions answer;
  answer.filter.statuses.clear();
  answer.meeting_ids = {13};
  CHECK(exporter::select_slice(g, answer).actors == std::vector<uint32_t>{1, 3});
}

TEST_CASE("dot: one edge per pair and status, labelled with dates and places, thicker for more meetings") {
  auto g = small_graph();
  auto o = any_status();
  std::ostringstream out;
  CHECK(exporter::write_dot(out, g, o) == 5);
  const std::string dot = out.str();
  CHECK(matches(dot, R"(\n\s*(a\d+) \[label=)") == std::set<std::string>{"a1", "a2", "a3", "a4", "a5"});
  CHECK(matches(dot, R"((a\d+ -- a\d+) \[)") == std::set<std::string>{"a1 -- a2", "a1 -- a3", "a2 -- a4", "a3 -- a5"});
  // A and B: two meetings, one edge.
  const auto ab = dot.substr(dot.find("a1 -- a2"));
  CHECK(ab.find("summit 2018-06-12, Singapore\\ntalks 2019-02-27, Hanoi") < ab.find('\n'));
  CHECK(ab.find("penwidth=2") < ab.find('\n'));
  CHECK(dot.find("a1 -- a3 [label=\"visit 2019-09\", color=\"darkgreen\", style=\"dashed\"") != std::string::npos);
  CHECK(dot.find("gray60") != std::string::npos);  // the cancelled meeting
  // Names come out escaped and intact; the override is gone; Arabic is isolated.
  CHECK(dot.find("A \\\"quoted\\\" {name} <x>") != std::string::npos);
  CHECK(dot.find("B\\\\back") != std::string::npos);
  CHECK(dot.find("C\\nnewline") != std::string::npos);
  CHECK(dot.find("Devil") != std::string::npos);
  CHECK(dot.find("subgraph cluster_0 {\n    label=\"RU\"") != std::string::npos);
  o.labels = "ar";
  std::ostringstream arabic;
  exporter::write_dot(arabic, g, o);
  CHECK(arabic.str().find("\xE2\x81\xA8" "أ" "\xE2\x81\xA9") != std::string::npos);
}

TEST_CASE("dot: the bipartite form has meeting nodes and a legend when asked") {
  auto g = small_graph();
  auto o = any_status();
  o.bipartite = true;
  o.legend = true;
  std::ostringstream out;
  exporter::write_dot(out, g, o);
  CHECK(matches(out.str(), R"(\n\s*(m\d+) \[shape=circle)") == std::set<std::string>{"m10", "m11", "m12", "m13", "m14"});
  CHECK(matches(out.str(), R"((a\d+ -- m\d+);)").size() == 10);
  CHECK(out.str().find("cluster_legend") != std::string::npos);
}

TEST_CASE("graphml: escaped names, bidi controls kept as references, counts of nodes and edges") {
  CHECK(exporter::xml_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
  CHECK(exporter::xml_escape("x\xE2\x80\xAEy") == "x&#x202E;y");
  CHECK(exporter::xml_escape(std::string("n\0ul\x01l", 6)) == "null");
  auto g = small_graph();
  auto o = any_status();
  std::ostringstream out;
  CHECK(exporter::write_graphml(out, g, o) == 5);
  const std::string xml = out.str();
  CHECK(matches(xml, R"re(<node id="(a\d+)")re").size() == 5);
  CHECK(matches(xml, R"re(<edge id="(e\d+)")re").size() == 4);
  CHECK(xml.find("A &quot;quoted&quot; {name} &lt;x&gt;") != std::string::npos);
  CHECK(xml.find("<data key=\"count\">2</data>") != std::string::npos);
  o.bipartite = true;
  std::ostringstream bip;
  CHECK(exporter::write_graphml(bip, g, o) == 10);
  CHECK(matches(bip.str(), R"re(<edge id="(e\d+)")re").size() == 10);
}
