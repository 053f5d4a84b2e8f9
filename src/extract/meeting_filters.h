// Merged meetings a diplomatic graph leaves out: those inside one government
// and those with one person alone.
#pragma once

#include "diplograph/core/date.h"
#include "diplograph/extract/meeting.h"
#include "diplograph/lexicon/lexicon.h"

namespace diplograph::extract {

// True when every participant is a person holding an office of the same
// state on the meeting's day (else the article's): "Khamenei met Pezeshkian"
// in a report of a Saudi envoy's visit is the visit's foreign party missed,
// not an encounter between states. Rival sides of one country (a government
// minister and a rebel negotiator) hold no common office and stay.
bool government_internal(const Meeting& m, const lexicon::Lexicon& lex, const Date& article_date);

// True for a meeting of one person and no one else: no encounter was read
// ("Xi" alone in "Osborne visited China last month", Osborne unknown).
bool lone_person(const Meeting& m);

}  // namespace diplograph::extract
