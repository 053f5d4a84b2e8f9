// The query language: parsing text into a Query. Grammar in README.md
// ("The query language"). Names stay unresolved words here; the evaluator
// resolves them against the knowledge base.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diplograph/core/result.h"

namespace diplograph::query {

// Words that name something: an actor, a place, or a meeting ("Singapore
// summit", "#12", "2018-06"). `quoted` when the user wrote quotes, in which
// case the words are one name.
struct Words {
  std::vector<std::string> words;
  bool quoted = false;
  size_t offset = 0;  // character offset in the query, for error messages

  bool empty() const { return words.empty(); }
  std::string text() const;
};

enum class Form {
  kWhoMet,     // who met A [before|after X]
  kPath,       // path A B [after D] [timed]
  kSummits,    // summits [of A]
  kMeetings,   // meetings [of A] [with B] [at P] [in Y] [before|after X] [during S] [type T] [status S]
  kBefore,     // before MEETING [within N days]
  kTimeline,   // timeline A
  kCommon,     // common A B
  kTop,        // top [N] [by degree|betweenness] [in Y] [before|after X]
  kActor,      // actor A
  kSources,    // sources MEETING
  kHelp,       // help [FORM]
};

struct Query {
  Form form = Form::kHelp;
  Words a, b;          // the actors (path/common: two names, possibly unsplit in `a`)
  Words with;          // meetings ... with B
  Words at;            // meetings ... at PLACE
  Words ref;           // before/after X, sources X, before X
  Words during;        // meetings ... during SUMMIT: those held on its sidelines
  bool after = false;  // ref is an "after" bound
  std::string in;      // YEAR or YEAR-MM
  std::string type, status;
  int within_days = 0;
  int top_n = 10;
  std::string measure = "degree";
  bool timed = false;
  std::string help_topic;
};

// Parses one query. Errors name the offending word and its position and
// suggest the keyword meant ("unknown form 'hwo': did you mean 'who'?").
Result<Query> parse(const std::string& text);

// The forms' keywords, for completion and help.
const std::vector<std::string>& keywords();
// One line of help per form, or the help of one form.
std::string help(const std::string& topic = {});

// Levenshtein distance between two UTF-8 strings (by code point).
int edit_distance(const std::string& a, const std::string& b);

}  // namespace diplograph::query
