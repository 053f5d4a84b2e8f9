#include <doctest/doctest.h>

#include "support/extracted_kb.h"

using namespace diplograph;

namespace {

struct Kb : testing::ExtractedKb {
  // The stored meeting of `type`, which must be the only one of that type.
  store::MeetingRow only(const std::string& type) {
    std::vector<store::MeetingRow> found;
    for (const auto& m : kb.snapshot().meetings)
      if (m.type == type) found.push_back(m);
    REQUIRE(found.size() == 1);
    return found.front();
  }
};

const char* kSummit = "Leaders gather in Kazan\nVladimir Putin, Xi Jinping and Narendra Modi attended the BRICS summit in Kazan on Tuesday.";
const char* kSideline =
    "Modi and Xi meet\nIndian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in Kazan on "
    "Wednesday on the sidelines of the BRICS summit.";

}  // namespace

TEST_CASE("summit links: a sideline meeting reported after its summit gets the summit as parent") {
  Kb k;
  k.add(kSummit, "2024-10-22");
  k.add(kSideline, "2024-10-23");
  const auto summit = k.only("summit"), talks = k.only("talks");
  CHECK(talks.parent == summit.id);
  CHECK(talks.sideline_of == "the BRICS summit");
  CHECK(summit.parent == 0);
}

TEST_CASE("summit links: a sideline meeting reported before its summit is linked when the summit arrives") {
  Kb k;
  k.add(kSideline, "2024-10-23");
  CHECK(k.only("talks").parent == 0);
  k.add(kSummit, "2024-10-22");
  CHECK(k.only("talks").parent == k.only("summit").id);
}

TEST_CASE("summit links: no parent in another city or far from the summit's days") {
  Kb k;
  k.add(kSummit, "2024-10-22");
  SUBCASE("another city") {
    k.add("Modi and Xi meet\nIndian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in Moscow on "
          "Wednesday on the sidelines of the BRICS summit.",
          "2024-10-23");
    CHECK(k.only("talks").parent == 0);
  }
  SUBCASE("two weeks later") {
    k.add(kSideline, "2024-11-07");
    CHECK(k.only("talks").parent == 0);
  }
}

TEST_CASE("summit links: two summits that both fit leave the meeting unlinked rather than guess") {
  Kb k;
  k.add(kSummit, "2024-10-22");
  k.add("Another summit\nEmmanuel Macron and Olaf Scholz held a summit in Kazan on Tuesday.", "2024-10-22");
  k.add(kSideline, "2024-10-23");
  CHECK(k.only("talks").parent == 0);
}
