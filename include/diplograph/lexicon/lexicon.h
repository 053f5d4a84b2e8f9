// The lexicon: actors, their dated roles, places and the extractor's words,
// loaded from the data files under schema/lexicon (see its README.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diplograph/core/date.h"
#include "diplograph/core/result.h"
#include "diplograph/lexicon/key_index.h"
#include "diplograph/lexicon/phrase_index.h"

namespace diplograph::lexicon {

enum class ActorKind { kPerson, kState, kOrganisation };
std::string_view to_string(ActorKind kind);

struct Actor {
  std::string id;  // lexicon id; a state's id is its ISO code
  ActorKind kind = ActorKind::kPerson;
  std::string name_en;
  std::string name_ar;  // first Arabic alias, for display; may be empty
  std::string country;  // ISO code, may be empty
  std::vector<std::string> aliases;  // every full spelling (both languages)
  std::vector<std::string> folded_aliases;  // the same, folded for matching (filled on load)
};

enum class TitleStyle : uint8_t { kNone, kPresident, kMonarch };

struct Role {
  int actor = -1;       // index into Lexicon::actors()
  std::string office;   // head_of_state, foreign_minister, ...
  std::string of;       // country code or organisation id
  Date from, to;        // `to` empty while in office
  std::string title;
  // Whether `title` is a monarch's or a president's (from the styled English titles of titles.tsv):
  // "the king" is never a president, nor "the president" a king.
  TitleStyle style = TitleStyle::kNone;

  bool holds_on(const Date& day) const;
};

enum class PlaceKind { kCountry, kCapital, kCity, kVenue, kRegion };

struct Place {
  std::string id;
  PlaceKind kind = PlaceKind::kCity;
  std::string name_en;
  std::string name_ar;
  std::string country;  // ISO code
  std::vector<std::string> aliases;
  int within = -1;      // for a venue: the place index of its city (venues.tsv), else -1
};

class Lexicon {
 public:
  // Loads every file of the lexicon folder. Fails with a message naming the
  // file and line of the first malformed record.
  static Result<std::shared_ptr<const Lexicon>> load(const std::string& dir);

  // The folder used when none is given: $DIPLOGRAPH_LEXICON, else the
  // source tree's schema/lexicon, else ../share/diplograph/lexicon next to
  // the executable.
  static std::string default_dir();

  const std::vector<Actor>& actors() const { return actors_; }
  const std::vector<Role>& roles() const { return roles_; }
  const std::vector<Place>& places() const { return places_; }
  const PhraseIndex& phrases() const { return phrases_; }
  const std::unordered_map<std::string, std::string>& abbreviations() const { return abbreviations_; }

  int actor_index(std::string_view id) const;    // -1 if unknown
  int state_actor(std::string_view code) const;  // the state actor of a country, -1 if unknown
  int country_place(std::string_view code) const;
  int place_index(std::string_view id) const;    // -1 if unknown
  int capital_of(std::string_view code) const;   // place index, -1 if unknown
  // The capital a state's name also means ("Singapore", "Kuwait City" for
  // "الكويت", "Tunis" for "تونس"): its place index, -1 if the names differ.
  int namesake_capital(std::string_view code) const;

  // Holders of `office` of `of` on `day` (several for overlapping records).
  std::vector<int> holders(std::string_view office, std::string_view of, const Date& day) const;
  // Who leads state `code` abroad on `day` (leaders.tsv, else its supreme
  // leader, head of state or head of government, the first that has a holder).
  std::vector<int> leaders(std::string_view code, const Date& day) const;
  // As holders() and leaders(), for callers that need only the one person
  // holding the office: that actor, kNoHolder when nobody held it, or
  // kSeveralHolders. The title resolver asks this for every title it reads;
  // the lists cost an allocation each.
  static constexpr int kNoHolder = -1, kSeveralHolders = -2;
  int sole_holder(std::string_view office, std::string_view of, const Date& day) const;
  int sole_leader(std::string_view code, const Date& day) const;
  class RolesOn;
  // The roles an actor held on `day` (all roles when `day` is empty), read in
  // place: the rules and the merge ask this for every person they weigh, and
  // a list built for each question cost an allocation more than the roles.
  RolesOn roles_of(int actor, const Date& day = {}) const;

  // Actors whose folded aliases are close to `folded_name` (edit distance on
  // the folded form, bounded by the name's length); used for misspellings.
  std::vector<int> fuzzy_actors(std::string_view folded_name, int max_distance) const;
  // The smallest edit distance from `folded_name` to one of `actor`'s full
  // person aliases, or max_distance + 1 when none is that close.
  int fuzzy_distance(std::string_view folded_name, int actor, int max_distance) const;

  // A fingerprint of the loaded files, stored with a knowledge base so that a
  // changed lexicon can be detected.
  const std::string& version() const { return version_; }

 private:
  friend class LexiconLoader;
  std::vector<Actor> actors_;
  std::vector<Role> roles_;
  // Each role's first and last day in office as day numbers (the widest ints
  // when open), made with the role: the title resolver asks who held an
  // office on a day for every title it reads, over every holder in turn.
  struct RoleDays {
    int first, last;
  };
  std::vector<RoleDays> role_days_;
  // Calls f(actor) for each role of `office` of `of` held on `day`; stops when f returns false.
  template <class F>
  void for_each_holder(std::string_view office, std::string_view of, const Date& day, F f) const;
  template <class H, class Of>
  H leading_holder(std::string_view code, const Date& day, Of holder_of, const H& none) const;
  bool holds(int role, int first_day, int last_day) const {
    return last_day >= role_days_[role].first && first_day <= role_days_[role].last;
  }
  std::vector<Place> places_;
  PhraseIndex phrases_;
  std::unordered_map<std::string, int> actor_by_id_;
  std::unordered_map<std::string, int> state_by_code_;
  std::unordered_map<std::string, int> place_by_country_;
  std::unordered_map<std::string, int> place_by_id_;
  std::unordered_map<std::string, int> capital_by_country_;
  // The four maps above that extraction reads, copied into flat tables once loaded (see KeyIndex).
  KeyIndex actor_by_id_flat_, state_by_code_flat_, place_by_country_flat_, place_by_id_flat_;
  std::unordered_multimap<std::string, int> roles_by_office_;  // office + "@" + of -> role index
  struct LeadingOffice {
    std::string office;
    Date from, to;  // empty: open
  };
  std::unordered_multimap<std::string, LeadingOffice> leading_offices_;  // country code -> its leading office
  std::vector<std::vector<int>> roles_by_actor_;
  struct FuzzyName {
    std::u32string name;             // folded full alias
    int actor;
    std::vector<uint64_t> bigrams;   // sorted letter pairs: a cheap filter before the edit distance
    uint64_t buckets;                // a bit per letter bucket it holds (a letter's low six bits): a cheaper one still
  };
  std::vector<FuzzyName> fuzzy_names_;  // by length
  // Letter pair -> (name index, occurrences): finds the names sharing enough pairs without a scan.
  std::unordered_map<uint64_t, std::vector<std::pair<uint32_t, uint16_t>>> fuzzy_postings_;
  // Actor -> its names in fuzzy_names_: fuzzy_by_actor_names_[fuzzy_by_actor_start_[a] ..
  // fuzzy_by_actor_start_[a + 1]), two flat arrays rather than a hashed multimap whose nodes missed the cache.
  std::vector<uint32_t> fuzzy_by_actor_start_;
  std::vector<uint32_t> fuzzy_by_actor_names_;
  std::unordered_map<std::string, std::string> abbreviations_;  // folded "mr." -> kind
  std::string version_;
};

// The roles of one actor held on a day: a range over the lexicon's own
// roles (valid while the lexicon is), skipping those not held then.
class Lexicon::RolesOn {
 public:
  class iterator {
   public:
    using value_type = const Role*;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const Lexicon* lex, const int* at, const int* end, int first, int last)
        : lex_(lex), at_(at), end_(end), first_(first), last_(last) {
      skip();
    }
    const Role* operator*() const { return &lex_->roles_[*at_]; }
    iterator& operator++() {
      ++at_;
      skip();
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& o) const { return at_ == o.at_; }

   private:
    void skip() {
      while (at_ != end_ && !lex_->holds(*at_, first_, last_)) ++at_;
    }
    const Lexicon* lex_ = nullptr;
    const int* at_ = nullptr;
    const int* end_ = nullptr;
    int first_ = 0, last_ = 0;
  };

  RolesOn(const Lexicon* lex, const int* begin, const int* end, int first, int last)
      : lex_(lex), begin_(begin), end_(end), first_(first), last_(last) {}
  iterator begin() const { return {lex_, begin_, end_, first_, last_}; }
  iterator end() const { return {lex_, end_, end_, first_, last_}; }
  bool empty() const { return begin() == end(); }
  const Role* front() const { return *begin(); }

 private:
  const Lexicon* lex_;
  const int* begin_;
  const int* end_;
  int first_, last_;
};

}  // namespace diplograph::lexicon
