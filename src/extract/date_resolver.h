// Date expressions in Arabic and English, resolved against the publication date.
#pragma once

#include <optional>
#include <vector>

#include "sentence.h"

namespace diplograph::extract {

// Finds the date expressions of a sentence whose chunks are built. Relative
// expressions ("last Monday", "أيار الماضي") need `reference`; with an empty
// reference only absolute dates resolve. `told_month` (1-12, 0 none) is the month
// the article told last, what "the same month" ("الشهر نفسه") means.
// What "the same day" means after date `d` was told: its day; a day read two
// ways ("on Friday") leaves it unknown, and the report's own day changes nothing.
inline void tell_day(const DateRef& d, Date& told) {
  if (d.past.day && !d.reporting_day) told = d.past == d.future ? d.past : Date{};
}

// `told_day` is the last full date the article told (what "the same day" means).
std::vector<DateRef> find_dates(const AnalysedSentence& s, const Date& reference, int told_month = 0,
                                const Date& told_day = Date{});

// A publication date read from the text itself: a full date in a dateline
// ("MOSCOW, July 18, 2018 (Reuters)"), or a "today, Wednesday 18 July"
// without a year, resolved to the latest year up to `now` in which that day
// falls on that weekday.
std::optional<Date> infer_publication_date(const AnalysedSentence& s, const Date& now);

// Gregorian date of a day of the Islamic (Umm al-Qura) calendar; empty when
// ICU cannot convert it.
Date hijri_to_gregorian(int year, int month, int day);

}  // namespace diplograph::extract
