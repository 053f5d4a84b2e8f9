#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "diplograph/lexicon/lexicon.h"
#include "diplograph/text/normalize.h"

namespace {

namespace fs = std::filesystem;
using diplograph::Date;
using diplograph::lexicon::Lexicon;

std::shared_ptr<const Lexicon> lexicon() {
  static auto lex = Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  REQUIRE_MESSAGE(lex.ok(), (lex.ok() ? "" : lex.error()));
  return *lex;
}

std::string name_of(const Lexicon& lex, int actor) { return actor < 0 ? "" : lex.actors()[actor].name_en; }

// The actor a name is in the phrase index (any script), or -1.
int actor_named(const Lexicon& lex, const char* name) {
  const auto* entries = lex.phrases().find(diplograph::text::fold_string(name));
  if (entries)
    for (const auto& e : *entries)
      if (e.kind == diplograph::lexicon::EntryKind::kActor) return e.value;
  return -1;
}

// The one holder of an office on a day, or "" when there is none or several.
std::string holder(const Lexicon& lex, const char* office, const char* of, const char* day) {
  auto h = lex.holders(office, of, *Date::parse(day));
  return h.size() == 1 ? name_of(lex, h[0]) : "";
}

}  // namespace

TEST_CASE("dated roles answer who held an office on a day") {
  const auto& lex = *lexicon();
  CHECK(holder(lex, "foreign_minister", "RU", "2018-05-31") == "Sergey Lavrov");
  CHECK(holder(lex, "head_of_state", "US", "2018-06-12") == "Donald Trump");
  CHECK(holder(lex, "head_of_state", "US", "2022-11-14") == "Joe Biden");
  // Roles of one actor, and every role is dated.
  int lavrov = lex.actor_index("sergey_lavrov");
  REQUIRE(lavrov >= 0);
  auto roles = lex.roles_of(lavrov, *Date::parse("2018-05-31"));
  REQUIRE_FALSE(roles.empty());
  CHECK(roles.front()->office == "foreign_minister");
  for (const auto& role : lex.roles()) CHECK_FALSE(role.from.empty());
}

TEST_CASE("a state's leader: its head of government where leaders.tsv says so, for the period it says") {
  const auto& lex = *lexicon();
  auto leader = [&](const char* code, const char* day) {
    auto h = lex.leaders(code, *Date::parse(day));
    return h.size() == 1 ? lex.actors()[h.front()].name_en : std::string("?");
  };
  CHECK(leader("DE", "2023-09-20") == "Olaf Scholz");
  CHECK(leader("FR", "2023-09-20") == "Emmanuel Macron");
  CHECK(leader("IR", "2023-09-20") == "Ali Khamenei");       // a supreme leader first
  CHECK(leader("TR", "2012-12-05") == "Recep Tayyip Erdogan");  // prime minister then
  CHECK(leader("TR", "2016-01-05") == "Recep Tayyip Erdogan");  // president since August 2014
  CHECK(leader("TR", "2015-01-05") != "Ahmet Davutoglu");
}

TEST_CASE("the further states' files resolve titles and Arabic names") {
  const auto& lex = *lexicon();
  // "the Pakistani foreign minister" in 2019; "the Belgian foreign minister" in 2021 (roles/states_more.tsv).
  CHECK(holder(lex, "foreign_minister", "PK", "2019-06-01") == "Shah Mahmood Qureshi");
  CHECK(holder(lex, "foreign_minister", "BE", "2021-03-01") == "Sophie Wilmes");
  // The Swiss president of the Confederation rotates by calendar year.
  CHECK(holder(lex, "head_of_state", "CH", "2022-05-01") == "Ignazio Cassis");
  // "وزير الخارجية البلجيكي صوفي ويلميس": the Arabic alias is the same actor as the English name.
  CHECK(actor_named(lex, "صوفي ويلميس") == lex.actor_index("sophie_wilmes"));
  CHECK(actor_named(lex, "sophie wilmes") == lex.actor_index("sophie_wilmes"));
}

TEST_CASE("the remaining states' files resolve titles and Arabic names") {
  const auto& lex = *lexicon();
  // roles/states_rest.tsv: a junta chairman heads the government, the acting president the state.
  CHECK(holder(lex, "head_of_government", "MM", "2022-05-01") == "Min Aung Hlaing");
  CHECK(holder(lex, "head_of_state", "MM", "2022-05-01") == "Myint Swe");
  CHECK(holder(lex, "foreign_minister", "LK", "2023-03-01") == "Ali Sabry");
  // A presidential republic: the president is both offices.
  CHECK(holder(lex, "head_of_government", "BO", "2021-06-01") == "Luis Arce");
  CHECK(actor_named(lex, "إيفو موراليس") == lex.actor_index("evo_morales"));
  // 'كوريا' alone is Korea, not Rafael Correa.
  CHECK(actor_named(lex, "رافائيل كوريا") == lex.actor_index("rafael_correa"));
  CHECK(actor_named(lex, "كوريا") != lex.actor_index("rafael_correa"));
}

TEST_CASE("states, places and one identity across scripts") {
  const auto& lex = *lexicon();
  int russia = lex.state_actor("RU");
  REQUIRE(russia >= 0);
  CHECK(lex.actors()[russia].name_en == "Russia");
  int moscow = lex.capital_of("RU");
  REQUIRE(moscow >= 0);
  CHECK(lex.places()[moscow].name_en == "Moscow");
  // "كيم جونغ أون" and "Kim Jong Un" are the same actor entry in the phrase index.
  CHECK(actor_named(lex, "كيم جونغ أون") >= 0);
  CHECK(actor_named(lex, "كيم جونغ أون") == actor_named(lex, "kim jong un"));
}

// The capital a description names in the phrase index, or "".
std::string capital_described(const Lexicon& lex, const char* words) {
  const auto* entries = lex.phrases().find(diplograph::text::fold_string(words));
  if (entries)
    for (const auto& e : *entries)
      if (e.kind == diplograph::lexicon::EntryKind::kCapitalDesc) return lex.places()[e.value].name_en;
  return "";
}

TEST_CASE("an Arabic capital description takes the feminine adjective, even one that is also the state's name") {
  const auto& lex = *lexicon();
  CHECK(capital_described(lex, "العاصمة الروسية") == "Moscow");
  // "سورية" and "السعودية" name the states, so the lexicon lists only their masculine adjectives.
  CHECK(capital_described(lex, "العاصمة السورية") == "Damascus");
  CHECK(capital_described(lex, "العاصمة السعودية") == "Riyadh");
}

TEST_CASE("the agencies' own spellings are aliases (AP's 'el-Sissi')") {
  const auto& lex = *lexicon();
  CHECK(actor_named(lex, "Abdel Fattah el-Sissi") == lex.actor_index("abdel_fattah_el_sisi"));
  CHECK(actor_named(lex, "el-Sissi") == lex.actor_index("abdel_fattah_el_sisi"));
}

TEST_CASE("fuzzy matching finds a misspelt transliteration but not a stranger") {
  const auto& lex = *lexicon();
  auto close = lex.fuzzy_actors(diplograph::text::fold_string("كيم جونغ اون"), 2);
  bool kim = false;
  for (int a : close) kim = kim || lex.actors()[a].id == "kim_jong_un";
  CHECK(kim);
  CHECK(lex.fuzzy_actors(diplograph::text::fold_string("زيد عمرو بكر"), 2).empty());
}

TEST_CASE("a malformed lexicon file is refused with its file and line") {
  // One folder per process: ctest runs this case alone and inside the whole unit binary at once.
  const fs::path dir = fs::temp_directory_path() / ("diplograph_lexicon_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(DIPLOGRAPH_LEXICON_DIR, dir, fs::copy_options::recursive);
  {
    std::ofstream triggers(dir / "triggers.tsv", std::ios::app);
    triggers << "\nmet up\ten\tparty\tverb\tparty\n";  // "party" is not a meeting type
  }
  auto lex = Lexicon::load(dir.string());
  REQUIRE_FALSE(lex.ok());
  CHECK(lex.error().find("triggers.tsv") != std::string::npos);
  CHECK(lex.error().find("party") != std::string::npos);
  auto again = Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
  REQUIRE(again.ok());
  CHECK((*again)->version() == lexicon()->version());
  fs::remove_all(dir);
}

TEST_CASE("phrase index tables find every key after growing, and nothing else") {
  diplograph::lexicon::detail::WordTable words;
  diplograph::lexicon::detail::EdgeTable edges;
  // The number first: "w" + std::to_string(i) draws GCC 12's false -Wrestrict.
  auto key = [](uint32_t i) { return std::to_string(i) + "w"; };
  for (uint32_t i = 0; i < 5000; ++i) {
    CHECK(words.intern(key(i)) == i);
    edges.insert((uint64_t(i) << 32) | (i * 7), i + 1);
  }
  CHECK(words.intern(key(42)) == 42);  // already there: the same id
  CHECK(words.size() == 5000);
  bool all = true;
  for (uint32_t i = 0; i < 5000; ++i)
    all = all && words.find(key(i)) == i && edges.find((uint64_t(i) << 32) | (i * 7)) == i + 1;
  CHECK(all);
  CHECK(words.find(key(5000)) == diplograph::lexicon::detail::WordTable::kAbsent);
  CHECK(words.find("") == diplograph::lexicon::detail::WordTable::kAbsent);
  CHECK(edges.find(uint64_t(1) << 32) == 0);
}

TEST_CASE("phrase index word table tells words apart at every length, short keys and long") {
  diplograph::lexicon::detail::WordTable words;
  // Words of 1 to 40 bytes (the table keys those up to sixteen as integers,
  // longer ones as strings), each with a twin one byte off at its end and
  // a prefix one byte shorter, which must not be taken for it.
  auto word = [](size_t n, char last) { return std::string(n - 1, 'a') + last; };
  for (size_t n = 1; n <= 40; ++n) CHECK(words.intern(word(n, 'x')) == n - 1);
  bool all = true;
  for (size_t n = 1; n <= 40; ++n)
    all = all && words.find(word(n, 'x')) == n - 1 && words.find(word(n, 'y')) == words.kAbsent &&
          words.find(std::string(n, 'a')) == words.kAbsent;
  CHECK(all);
  // A look-up in two steps (start, then finish) answers as find() does.
  bool same = true;
  for (size_t n = 1; n <= 40; ++n)
    for (const std::string& w : {word(n, 'x'), word(n, 'y'), std::string(n, 'a')})
      same = same && words.finish(words.start(w)) == words.find(w);
  CHECK(same);
  CHECK(words.find("\xD9\x85\xD9\x88\xD8\xB3\xD9\x83\xD9\x88") == words.kAbsent);
}

TEST_CASE("phrase index answers a phrase's first word whatever was added after it") {
  using diplograph::lexicon::Entry;
  using diplograph::lexicon::EntryKind;
  using diplograph::lexicon::PhraseIndex;
  PhraseIndex index;
  // "kim" alone, then phrases that go on from it; "jong" only inside one.
  index.add("kim", Entry{.kind = EntryKind::kActorShort, .value = 1, .tag = {}});
  index.add("kim jong un", Entry{.kind = EntryKind::kActor, .value = 2, .tag = {}});
  index.add("kim", Entry{.kind = EntryKind::kState, .value = 3, .tag = {}});
  index.add("moon jae", Entry{.kind = EntryKind::kActor, .value = 4, .tag = {}});
  auto ids_of = [&](std::initializer_list<const char*> words) {
    std::vector<PhraseIndex::TokenWords> ids;
    for (const char* w : words) {
      diplograph::text::BareForms whole;
      whole.add(0);
      ids.push_back(index.word_ids(w, whole));
    }
    return ids;
  };
  auto kim = ids_of({"kim", "said"});
  auto hit = index.longest(kim, 0);
  CHECK(hit.length == 1);
  REQUIRE(hit.entries != nullptr);
  CHECK(hit.entries->size() == 2);
  CHECK(hit.kinds == ((1u << unsigned(EntryKind::kActorShort)) | (1u << unsigned(EntryKind::kState))));
  auto full = ids_of({"kim", "jong", "un"});
  CHECK(index.longest(full, 0).length == 3);
  CHECK(index.longest(full, 1).length == 0);  // "jong" starts no phrase
  CHECK(index.longest(ids_of({"moon"}), 0).length == 0);  // starts one, is none
  CHECK(index.longest(ids_of({"moon", "jae"}), 0).length == 2);
}

TEST_CASE("phrase index keeps which form each word id came from") {
  using diplograph::lexicon::Entry;
  using diplograph::lexicon::EntryKind;
  using diplograph::lexicon::PhraseIndex;
  PhraseIndex index;
  index.add("abcd", Entry{EntryKind::kPlace, 1, ""});
  index.add("cd", Entry{EntryKind::kState, 2, ""});
  // "xabcd" read as itself (form 0, unknown), from byte 1 ("abcd") and from byte 3 ("cd").
  diplograph::text::BareForms forms;
  forms.add(0);
  forms.add(1);
  forms.add(3);
  const auto words = index.word_ids("xabcd", forms);
  REQUIRE(words.count == 2);
  CHECK(words.found == 0b110);
  // Only the forms asked for, in the same order, with their bits.
  const auto last = PhraseIndex::only_forms(words, 0b100);
  REQUIRE(last.count == 1);
  CHECK(last.ids[0] == words.ids[1]);
  CHECK(last.found == 0b100);
  CHECK(PhraseIndex::only_forms(words, 0b001).empty());
  const auto both = PhraseIndex::only_forms(words, 0b111);
  CHECK(both.count == 2);
  CHECK(both.found == words.found);
  CHECK(both.ids[0] == words.ids[0]);
  CHECK(both.ids[1] == words.ids[1]);
}

TEST_CASE("common Arabic words are no one's short name") {
  // Weekdays, a month family, "peace", "morning" and "chaired": a short name
  // equal to one made every Thursday in the news a mention of Imad Khamis.
  const auto lex = lexicon();
  for (const char* word : {"خميس", "الخميس", "جمعة", "الجمعة", "كانون", "سلام", "السلام", "صباح", "ترأس"}) {
    const auto* entries = lex->phrases().find(diplograph::text::fold_string(word));
    bool names_someone = false;
    if (entries)
      for (const auto& e : *entries)
        names_someone = names_someone || e.kind == diplograph::lexicon::EntryKind::kActor ||
                        e.kind == diplograph::lexicon::EntryKind::kActorShort;
    CHECK_MESSAGE(!names_someone, word);
  }
}

TEST_CASE("a head of state's role has the style of its title: a king's is a monarch's, a president's a president's") {
  using diplograph::lexicon::TitleStyle;
  const auto& lex = *lexicon();
  auto style_on = [&](const char* actor, const char* day) {
    const int a = lex.actor_index(actor);
    REQUIRE(a >= 0);
    for (const auto* r : lex.roles_of(a, *Date::parse(day)))
      if (r->office == "head_of_state") return r->style;
    return TitleStyle::kNone;
  };
  CHECK(style_on("joe_biden", "2022-11-14") == TitleStyle::kPresident);
  const int salman = actor_named(lex, "Salman bin Abdulaziz");
  REQUIRE(salman >= 0);
  CHECK(style_on(lex.actors()[salman].id.c_str(), "2022-11-14") == TitleStyle::kMonarch);
  const int pope = lex.actor_index("pope_francis");
  REQUIRE(pope >= 0);
  CHECK(style_on("pope_francis", "2020-01-01") == TitleStyle::kNone);
}
