// The entry tags the rules ask about (word roles, cue effects, the date kind
// "day") as small ids, given to each entry when the lexicon is loaded: a rule
// asks about every chunk of a sentence many times, and one byte compares
// faster than a string. The names stay in the data files; a tag named there
// but not here gets id 0 and, as before, no rule ever matches it.
#pragma once

#include <cstdint>
#include <string_view>

namespace diplograph::lexicon {

// Free to reorder: ids are made at load and persisted nowhere. Id 0 is "none".
inline constexpr std::string_view kTagNames[] = {
    "",
    // word roles (words.tsv)
    "agent",
    "and",
    "article",
    "between",
    "closing",
    "comes",
    "companion",
    "count2",
    "count3",
    "count4",
    "count5",
    "date_prep",
    "day_of",
    "delegation",
    "departure",
    "during",
    "first_day_of",
    "former",
    "frame",
    "function",
    "group3",
    "group4",
    "group5",
    "home_title",
    "honorific",
    "honorific_leader",
    "host_noun",
    "host_relative",
    "host_relative_dual",
    "imperfect",
    "in",
    "in_it",
    "incoming",
    "itinerary",
    "leader_pair",
    "light",
    "link",
    "name_prefix",
    "of",
    "on_behalf",
    "open_talks",
    "origin",
    "pair",
    "passive",
    "perfect",
    "place_noun",
    "pluperfect",
    "plural_pronoun",
    "possessive",
    "possessive_one",
    "presence",
    "pronoun",
    "relative",
    "sequence",
    "signing",
    "since",
    "speech",
    "that",
    "to",
    "topic",
    "tour",
    "when",
    "with",
    // cue effects (cues.tsv)
    "absent",
    "call",
    "cancelled",
    "denial",
    "hosted_by",
    "invited",
    "negation",
    "past",
    "planned",
    "postponed",
    "separate",
    "sideline",
    "virtual",
    // date kinds (dates.tsv)
    "day",
};

constexpr uint8_t tag_id(std::string_view name) {
  for (size_t i = 1; i < std::size(kTagNames); ++i)
    if (kTagNames[i] == name) return static_cast<uint8_t>(i);
  return 0;
}

// Not constexpr: calling it from a consteval constructor makes the compiler
// reject the rule that names it.
void unknown_tag_name_in_rule();

// A tag as a rule writes it, a literal turned into its id when compiled: a
// name missing from kTagNames is a compile error, not a rule that never fires.
class Tag {
 public:
  consteval Tag(const char* name) : id_(tag_id(name)) {  // NOLINT: implicit on purpose, rules pass literals
    if (id_ == 0) unknown_tag_name_in_rule();
  }
  static constexpr Tag any() { return Tag(); }
  constexpr uint8_t id() const { return id_; }
  constexpr bool is_any() const { return id_ == 0; }

 private:
  constexpr Tag() = default;
  uint8_t id_ = 0;
};

}  // namespace diplograph::lexicon
