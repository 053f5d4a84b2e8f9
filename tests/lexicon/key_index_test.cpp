#include <doctest/doctest.h>

#include <string>

#include "diplograph/lexicon/key_index.h"
#include "diplograph/lexicon/lexicon.h"

using diplograph::lexicon::KeyIndex;

TEST_CASE("key index answers as a map whose first value for a key stays") {
  KeyIndex index;
  // Codes, short ids and ids longer than the word table's sixteen inline bytes.
  index.emplace("RU", 7);
  index.emplace("sergey_lavrov", 3);
  index.emplace("mohammed_bin_salman_al_saud", 11);
  index.emplace("RU", 99);  // already there: kept as first given
  CHECK(index.size() == 3);
  CHECK(index.find("RU") == 7);
  CHECK(index.find("sergey_lavrov") == 3);
  CHECK(index.find("mohammed_bin_salman_al_saud") == 11);
  CHECK(index.find("RUS") == KeyIndex::kMissing);
  CHECK(index.find("R") == KeyIndex::kMissing);
  CHECK(index.find("") == KeyIndex::kMissing);
  for (int i = 0; i < 3000; ++i) index.emplace(std::to_string(i) + "k", i);
  bool all = true;
  for (int i = 0; i < 3000; ++i) all = all && index.find(std::to_string(i) + "k") == i;
  CHECK(all);
  CHECK(index.find("RU") == 7);
}

TEST_CASE("the lexicon's look-ups by key agree with its lists") {
  auto loaded = diplograph::lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  REQUIRE(loaded.ok());
  const auto& lex = **loaded;
  bool all = true;
  for (size_t i = 0; i < lex.actors().size(); ++i) all = all && lex.actor_index(lex.actors()[i].id) == static_cast<int>(i);
  for (const auto& place : lex.places()) {
    const int i = lex.place_index(place.id);
    all = all && i >= 0 && lex.places()[i].id == place.id;
  }
  CHECK(all);
  CHECK(lex.actor_index("no_such_actor") == -1);
  CHECK(lex.state_actor("RU") >= 0);
  CHECK(lex.actors()[lex.state_actor("RU")].id == "RU");
  CHECK(lex.state_actor("ZZZ") == -1);
  CHECK(lex.country_place("ZZZ") == -1);
  CHECK(lex.places()[lex.country_place("FR")].country == "FR");
}
