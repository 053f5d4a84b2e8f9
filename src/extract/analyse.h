// Sentence analysis: tokens, lexicon chunks, actors and places, with the
// article-level context that resolves surnames, titles and ambiguous names.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sentence.h"

namespace diplograph::extract {

// What earlier sentences of the same article established.
struct ArticleContext {
  const lexicon::Lexicon& lex;
  Date date;                            // publication date (may be empty)
  std::vector<int> mentioned;           // actors, most recent last
  // Country code -> mentions so far. A list, not a map: an article names a
  // handful of countries, and reading those costs less than hashing the code
  // at every mention; the codes are the lexicon's, so it stays as short as that.
  std::vector<std::pair<std::string, int>> countries;
  int dateline_place = -1;              // where the report was filed ("MOSCOW (Reuters) -"), -1 if none
  int told_month = 0;                   // the month of the last date told (what "the same month" means)
  Date told_day{};                      // the last full date told, read one way (what "the same day" means)
  std::vector<Date> sentence_dates{};   // per sentence so far, its first date not after the report (or empty)
  int dateline_written = -1;            // the place the dateline's word names elsewhere (الجزائر: Algeria)
  int previous_subject = -1;            // the first person the last sentence naming one named: "he" opening the next
  // People the article named with a title, with the title's office, most recent last: "Abu Dhabi Crown
  // Prince Mohammed bin Zayed" makes a later "the crown prince" him, whatever the roles list.
  // The offices view the lexicon's strings, which outlive the article: a copy each cost an allocation.
  std::vector<std::pair<int, std::string_view>> titled{};
  // People the lexicon lacks whom the article introduced with a title ("Finnish Foreign Minister Jari
  // Virtanen"), by their folded last name: a later "Virtanen" alone is that person. Capped per article.
  struct Discovered {
    std::string surname;  // folded
    std::string name;     // as first written
    std::string country;
  };
  std::vector<Discovered> discovered{};
  static constexpr size_t kDiscoveredCap = 32;

  bool was_mentioned(int actor) const;
  void note(int actor);
  void note_country(const std::string& code);
  int country_count(std::string_view code) const;  // mentions so far of the country, 0 if none
  // The most recently mentioned actor holding `office` (any country) on the
  // date, in a role of a title of that style: "the king" after a president and a king is the king.
  int recent_holder(const std::string& office, lexicon::TitleStyle style = lexicon::TitleStyle::kNone) const;
  // The person the article last named with a title of `office` (of that style), -1 if none.
  int recent_titled(const std::string& office, lexicon::TitleStyle style = lexicon::TitleStyle::kNone) const;
  // "الوزير الأمريكي": the person of that country the article named last who holds a minister's office.
  int recent_minister(const std::string& country) const;
  // Among states `candidates`, the one the article has mentioned most; -1 if none or a tie.
  int pick_state(const std::vector<int>& candidates) const;

  // Unknown names after a title that may still be matched against the known
  // spellings (each match scans them all; README, "Limits").
  int unknown_names_left = 256;

  // The sole holder of an office of a state, asked for at every title: it
  // depends on the article's date alone, so an article's titles ask the
  // lexicon once per office and state (a few per article; capped, so that a
  // hostile article of many offices reads a short list). Never kept across
  // articles: their dates differ. `office` views the lexicon's string.
  struct HolderSeen {
    int state;
    std::string_view office;
    int holder;
  };
  static constexpr size_t kHoldersSeenCap = 64;
  std::vector<HolderSeen> holders_seen{};
  // State actor -> the place of its country (Lexicon::country_place), as the holders: per article, capped.
  std::vector<std::pair<int, int>> state_places{};
};

// Tokenises and chunks `sentence` and finds its actors, places and dates.
// The result views `sentence`, which must outlive it.
AnalysedSentence analyse(std::string_view sentence, ArticleContext& context);

// Tokens and chunks only (no context needed): for date inference on datelines.
AnalysedSentence chunk_only(std::string_view sentence, const lexicon::Lexicon& lex);

// As analyse, for a sentence chunk_only has already read (the dateline's,
// read first for the publication date): its tokens and chunks are kept.
AnalysedSentence analyse(AnalysedSentence&& chunked, ArticleContext& context);

// Hands a sentence done with back, so that the next one analysed on this
// thread reuses its token and chunk storage instead of allocating its own
// (they grow to the longest sentence only, which the splitter bounds).
void recycle(AnalysedSentence&& sentence);

}  // namespace diplograph::extract
