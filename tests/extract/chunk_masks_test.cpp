#include <doctest/doctest.h>

#include <memory>
#include <vector>

#include "extract/analyse.h"
#include "extract/sentence.h"

using diplograph::extract::Chunk;
using diplograph::extract::ChunkMasks;
using diplograph::lexicon::Entry;
using diplograph::lexicon::EntryKind;

namespace {

// A chunk of `entries` with the kind and role bits the phrase index makes for them.
Chunk chunk_of(const std::vector<Entry>& entries) {
  Chunk c;
  c.entries = &entries;
  c.kinds = 0;
  c.roles = 0;
  for (const auto& e : entries) {
    c.kinds |= static_cast<uint16_t>(1u << static_cast<unsigned>(e.kind));
    if (e.kind == EntryKind::kWord && e.tag_id < 64) c.roles |= uint64_t{1} << e.tag_id;
  }
  return c;
}

Entry entry(EntryKind kind, const char* tag, uint8_t tag_id) {
  Entry e{};
  e.kind = kind;
  e.tag = tag;
  e.tag_id = tag_id;
  return e;
}

}  // namespace

TEST_CASE("chunk masks: nothing added, nothing held") {
  const ChunkMasks m;
  CHECK_FALSE(m.has_trigger);
  CHECK_FALSE(m.any_cue);
  CHECK_FALSE(m.has_interval);
  CHECK(m.kinds == 0);
  CHECK(m.words == 0);
}

TEST_CASE("chunk masks: the chunks' kinds, roles, cue tags and interval words together") {
  const std::vector<Entry> trigger{entry(EntryKind::kTrigger, "talks", 3)};
  const std::vector<Entry> words{entry(EntryKind::kWord, "with", 5), entry(EntryKind::kWord, "and", 9)};
  const std::vector<Entry> cue{entry(EntryKind::kCue, "planned", 70)};
  const std::vector<Entry> month{entry(EntryKind::kDate, "month", 11)};
  const std::vector<Entry> interval{entry(EntryKind::kDate, "interval_after", 12)};
  ChunkMasks m;
  m.add(chunk_of(words));
  CHECK_FALSE(m.has_trigger);
  CHECK(m.words == ((uint64_t{1} << 5) | (uint64_t{1} << 9)));
  m.add(chunk_of(month));
  CHECK_FALSE(m.has_interval);  // a date word, but no interval
  m.add(chunk_of(trigger));
  m.add(chunk_of(cue));
  m.add(chunk_of(interval));
  CHECK(m.has_trigger);
  CHECK(m.any_cue);
  CHECK(m.has_interval);
  CHECK(m.cue_tags[1] == uint64_t{1} << (70 - 64));
  CHECK(m.cue_tags[0] == 0);
  for (EntryKind k : {EntryKind::kTrigger, EntryKind::kCue, EntryKind::kDate, EntryKind::kWord})
    CHECK(((m.kinds >> static_cast<unsigned>(k)) & 1) == 1);
  CHECK(((m.kinds >> static_cast<unsigned>(EntryKind::kActor)) & 1) == 0);
}

TEST_CASE("chunk masks: make_chunks fills them, and a chunked sentence analyses as its text does") {
  static auto lex = diplograph::lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  const std::string text = "Putin held talks with Xi in Moscow on Tuesday.";
  diplograph::extract::ArticleContext a{**lex, *diplograph::Date::parse("2023-03-22"), {}, {}};
  diplograph::extract::ArticleContext b{**lex, *diplograph::Date::parse("2023-03-22"), {}, {}};
  const auto s = diplograph::extract::analyse(text, a);
  CHECK(s.masks.has_trigger);
  const auto t = diplograph::extract::analyse(diplograph::extract::chunk_only(text, **lex), b);
  REQUIRE(s.chunks.size() == t.chunks.size());
  REQUIRE(s.actors.size() == t.actors.size());
  for (size_t i = 0; i < s.actors.size(); ++i) CHECK(s.actors[i].actor == t.actors[i].actor);
  REQUIRE(s.dates.size() == t.dates.size());
  CHECK(a.mentioned == b.mentioned);
}
