#include "date_resolver.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <charconv>
#include <memory>

namespace diplograph::extract {
namespace {

using lexicon::EntryKind;

// One chunk seen as a date atom.
struct Atom {
  enum Kind { kOther, kMonth, kHijriMonth, kHijriMarker, kWeekday, kDayOffset, kPast, kNext, kThis,
              kUnit, kThisUnit, kNumber, kAndNumber, kSlash, kComma, kOf, kPrep, kSeason, kOr, kOpen, kClose, kTo, kSameDay } kind = kOther;
  int value = 0;
  bool ordinal = false;  // a day written as a word ("العاشر")
};

Atom atom_of(const AnalysedSentence& s, size_t c, int told_month = 0) {
  const Chunk& ch = s.chunks[c];
  Atom a;
  if (const auto* e = ch.find(EntryKind::kDate)) {
    a.value = e->value;
    // Views: compared with literals, they check the length first and inline
    // the bytes; a std::string against a literal calls strlen and memcmp.
    const std::string_view t = e->tag;
    if (t == "month") a.kind = Atom::kMonth;
    else if (t == "hijri_month") a.kind = Atom::kHijriMonth;
    else if (t == "hijri_marker") a.kind = Atom::kHijriMarker;
    else if (t == "weekday") a.kind = Atom::kWeekday;
    else if (t == "day_offset" && ch.word("date_prep") && e->value == 0 && ch.end - ch.begin == 1 &&
             s.tokens[ch.begin].token.norm.rfind("\xD8\xA7\xD9\x84", 0) != 0)
      a.kind = Atom::kPrep;  // "يوم الاثنين": "day" without the article is not "today" (اليوم)
    else if (t == "day_offset") a.kind = Atom::kDayOffset;
    else if (t == "past") a.kind = Atom::kPast;
    else if (t == "next") a.kind = Atom::kNext;
    else if (t == "this") a.kind = Atom::kThis;
    else if (t == "unit") a.kind = Atom::kUnit;
    else if (t == "this_unit") a.kind = Atom::kThisUnit;
    else if (t == "season") a.kind = Atom::kSeason;
    // "في السادس من الشهر نفسه": the month the article told last.
    else if (t == "same_month" && told_month > 0) a.kind = Atom::kMonth, a.value = told_month;
    else if (t == "same_day") a.kind = Atom::kSameDay;
    // "الفاتح من نوفمبر", "يومي الفاتح والثاني نوفمبر": a day written as a word.
    else if (t == "day") a.kind = s.tokens[ch.begin].glued_and ? Atom::kAndNumber : Atom::kNumber, a.ordinal = true;
    return a;
  }
  const Tok& tok = s.tokens[ch.begin];
  if (ch.end - ch.begin == 1 && tok.token.kind == text::TokenKind::kNumber) {
    int v = 0;
    const auto& n = tok.token.norm;
    if (n.size() <= 4 && std::from_chars(n.data(), n.data() + n.size(), v).ec == std::errc{}) {
      a.kind = Atom::kNumber;
      a.value = v;
    }
    return a;
  }
  const std::string_view norm = tok.token.norm;
  if (tok.token.kind == text::TokenKind::kPunct) {
    if (norm == "/" || norm == "-" || norm == ".") a.kind = Atom::kSlash;
    else if (norm == ",") a.kind = Atom::kComma;
    else if (norm == "(") a.kind = Atom::kOpen;
    else if (norm == ")") a.kind = Atom::kClose;
    return a;
  }
  // "و10": the second day of a range ("بين 6 و10 مارس"), the conjunction glued on.
  if (const auto& w = tok.token.norm; ch.end - ch.begin == 1 && w.size() > 2 && w.size() <= 4 && w.rfind("\xD9\x88", 0) == 0) {
    int v = 0;
    if (std::from_chars(w.data() + 2, w.data() + w.size(), v).ec == std::errc{} && v >= 1 && v <= 31) {
      a.kind = Atom::kAndNumber;
      a.value = v;
      return a;
    }
  }
  if (norm == "\xD9\x85\xD9\x86") a.kind = Atom::kOf;  // من: "18 من تموز"
  else if (norm == "of") a.kind = Atom::kOf;
  else if (norm == "or" || norm == "\xD8\xA3\xD9\x88") a.kind = Atom::kOr;  // أو
  else if (ch.word("date_prep") || ch.word("in")) a.kind = Atom::kPrep;
  else if (ch.word("to")) a.kind = Atom::kTo;  // "من 20 إلى 22 آذار", "20 to 22 March"
  return a;
}

bool is_day(const Atom& a) { return a.kind == Atom::kNumber && a.value >= 1 && a.value <= 31; }
bool is_year(const Atom& a) { return a.kind == Atom::kNumber && a.value >= 1900 && a.value <= 2100; }

// The last chunk of a month named in two calendars' words: "حزيران/يونيو",
// "فبراير شباط", "يونيو (حزيران)"; `j` is the first name's chunk.
template <class At>
size_t paired_month_end(size_t j, At at) {
  for (;;) {
    if ((at(j + 1).kind == Atom::kSlash || at(j + 1).kind == Atom::kComma) && at(j + 2).kind == Atom::kMonth) j += 2;
    else if (at(j + 1).kind == Atom::kOpen && at(j + 2).kind == Atom::kMonth && at(j + 3).kind == Atom::kClose) j += 3;
    else if (at(j + 1).kind == Atom::kMonth) ++j;
    else return j;
  }
}

Date add_days(const Date& d, int n) { return civil_from_days(days_from_civil(d.year, d.month, d.day) + n); }

// The day `wd` (0 = Monday) nearest before (or after) the reference.
Date weekday_near(const Date& ref, int wd, bool future, bool strict) {
  int ref_wd = weekday(ref.year, ref.month, ref.day);
  int delta = future ? (wd - ref_wd + 7) % 7 : -((ref_wd - wd + 7) % 7);
  if (strict && delta == 0) delta = future ? 7 : -7;
  return add_days(ref, delta);
}

// The week (1), month (2) or year (3) `dir` units from the reference's. A
// week is reported at month precision: the report's own week only when it
// lies in one month ("earlier this week" on a Wednesday 1 March was in
// February), another week as the month of its Thursday (as ISO weeks are
// numbered), which holds most of its days. Dropping a week astride two
// months left "meets Xi next week" undated, and so read as held.
Date unit_reading(const Date& ref, int unit, int dir) {
  if (ref.empty()) return {};
  if (unit == 3) return Date{ref.year + dir, 0, 0};
  if (unit == 2 && ref.month) {
    int m = ref.month + dir, y = ref.year;
    if (m == 0) m = 12, --y;
    if (m == 13) m = 1, ++y;
    return Date{y, m, 0};
  }
  if (unit == 1 && ref.day) {
    const Date start = add_days(ref, 7 * dir - weekday(ref.year, ref.month, ref.day));
    const Date end = add_days(start, 6), thursday = add_days(start, 3);
    if (start.month == end.month || dir != 0) return Date{thursday.year, thursday.month, 0};
  }
  return {};
}

Date month_reading(const Date& ref, int m, int direction /* -1 past, +1 next, 0 either */, bool future) {
  if (ref.empty()) return {};
  int y = ref.year;
  if (direction < 0) y = m < ref.month ? ref.year : ref.year - 1;
  else if (direction > 0) y = m > ref.month ? ref.year : ref.year + 1;
  else if (!future) y = m <= ref.month ? ref.year : ref.year - 1;
  else y = m >= ref.month ? ref.year : ref.year + 1;
  return Date{y, m, 0};
}

Date day_month_reading(const Date& ref, int m, int d, bool future) {
  if (ref.empty()) return {};
  const int years[2] = {ref.year, future ? ref.year + 1 : ref.year - 1};
  for (int y : years) {
    if (!is_valid_ymd(y, m, d)) continue;
    int days = days_from_civil(y, m, d), r = days_from_civil(ref.year, ref.month, ref.day);
    if (future ? days >= r : days <= r) return Date{y, m, d};
  }
  return {};
}

}  // namespace

Date hijri_to_gregorian(int year, int month, int day) {
  UErrorCode st = U_ZERO_ERROR;
  // Both calendars are made once per thread: making them cost some fifty
  // thousand instructions a date; clear() and setTime() reset them fully.
  thread_local std::unique_ptr<icu::Calendar> hijri;
  thread_local std::unique_ptr<icu::GregorianCalendar> greg;
  if (!hijri) {
    hijri.reset(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), icu::Locale("ar@calendar=islamic-umalqura"), st));
    if (U_FAILURE(st) || !hijri) {
      hijri.reset();
      return {};
    }
  }
  if (!greg) {
    greg = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), st);
    if (U_FAILURE(st)) {
      greg.reset();
      return {};
    }
  }
  hijri->clear();
  hijri->set(year, month - 1, day);
  UDate when = hijri->getTime(st);
  if (U_FAILURE(st)) return {};
  greg->setTime(when, st);
  if (U_FAILURE(st)) return {};
  Date out{greg->get(UCAL_YEAR, st), greg->get(UCAL_MONTH, st) + 1, greg->get(UCAL_DATE, st)};
  if (U_FAILURE(st) || !is_valid_ymd(out.year, out.month, out.day)) return {};
  return out;
}

namespace {

// Every reading below starts at a date word of the lexicon or at a number
// written alone: the chunks that may open a date. The first from `c` (or the
// chunk count), found with the sentence's chunks and tokens at hand: most
// chunks are neither, and the sentence was read through at each.
size_t next_date_opener(const AnalysedSentence& s, size_t c) {
  const Chunk* const chunks = s.chunks.data();
  const Tok* const tokens = s.tokens.data();
  const size_t n = s.chunks.size();
  for (; c < n; ++c) {
    const Chunk& ch = chunks[c];
    if (ch.find(EntryKind::kDate) || (ch.end - ch.begin == 1 && tokens[ch.begin].token.kind == text::TokenKind::kNumber))
      return c;
  }
  return n;
}

// The atoms of a sentence, each read when a reading first asks for it: most
// sentences hold a date word or a number or two among many other chunks, and
// the readings look only a few chunks around those, so reading every chunk as
// an atom cost more than all the readings together.
class LazyAtoms {
 public:
  LazyAtoms(const AnalysedSentence& s, int told_month) : s_(s), n_(s.chunks.size()), told_month_(told_month) {
    // Kept per thread from sentence to sentence, as the tokens are (see analyse.cpp).
    thread_local std::vector<Atom> atoms;
    thread_local std::vector<uint8_t> read;
    atoms.resize(n_);
    read.assign(n_, 0);
    atoms_ = atoms.data();
    read_ = read.data();
  }

  // A month told earlier in the sentence: atoms not yet read take it for "the same month".
  void tell_month(int month) const { told_month_ = month; }

  Atom operator()(size_t c) const {
    if (c >= n_) return Atom{};
    if (!read_[c]) {
      Atom a = atom_of(s_, c, told_month_);
      // "الأسبوع الثالث من نوفمبر": an ordinal after a unit counts weeks, not days.
      if (a.ordinal && c > 0 && raw(c - 1).kind == Atom::kUnit) a = Atom{};
      atoms_[c] = a;
      read_[c] = 1;
    }
    return atoms_[c];
  }

 private:
  // The atom before the ordinal rule: that rule only ever clears an ordinal,
  // never a unit, so the unit it looks at is the same either way.
  Atom raw(size_t c) const { return read_[c] ? atoms_[c] : atom_of(s_, c, told_month_); }

  const AnalysedSentence& s_;
  const size_t n_;
  mutable int told_month_;
  Atom* atoms_;
  uint8_t* read_;
};

}  // namespace

std::vector<DateRef> find_dates(const AnalysedSentence& s, const Date& ref, int told_month, const Date& told_day) {
  std::vector<DateRef> out;
  const size_t n = s.chunks.size();
  size_t i = next_date_opener(s, 0);
  if (i == n) return out;  // most sentences: no date word, no number
  const LazyAtoms at(s, told_month);
  const bool have_ref = !ref.empty() && ref.day != 0;
  // "[من] العام الماضي", "last year", "next year" right after chunk `k`: the year's offset
  // from the report's in `*dir`, and the phrase's last chunk (0 for none).
  const auto year_phrase_after = [&](size_t k, int* dir) -> size_t {
    const auto rel = [](const Atom& x) { return x.kind == Atom::kPast || x.kind == Atom::kNext || x.kind == Atom::kThis; };
    const auto offset = [](const Atom& x) { return x.kind == Atom::kPast ? -1 : x.kind == Atom::kNext ? 1 : 0; };
    size_t p = k + 1;
    if (at(p).kind == Atom::kOf) ++p;
    if (rel(at(p)) && at(p + 1).kind == Atom::kUnit && at(p + 1).value == 3) return *dir = offset(at(p)), p + 1;
    if (at(p).kind == Atom::kUnit && at(p).value == 3 && rel(at(p + 1))) return *dir = offset(at(p + 1)), p + 1;
    return size_t{0};
  };
  Date told = told_day;  // and then the sentence's own ("أمس الاثنين ... صباح اليوم ذاته")

  // Every reading below starts at a number or a date word; most chunks
  // are neither, and trying each reading on them cost more than the atoms.
  for (; i < n; i = next_date_opener(s, i + 1)) {
    if (at(i).kind == Atom::kOther) continue;
    DateRef d;
    size_t j = i;  // last chunk consumed
    size_t phrase_end = 0;  // of a year phrase after a day and month
    const Atom a = at(i);
    bool found = false;

    // A leading weekday is part of a full date: "الأربعاء 18 من تموز", "Wednesday, July 18".
    size_t k = i;
    int weekday_value = -1;
    if (a.kind == Atom::kWeekday && (is_day(at(k + 1)) || (at(k + 1).kind == Atom::kComma && (is_day(at(k + 2)) || at(k + 2).kind == Atom::kMonth)) || at(k + 1).kind == Atom::kMonth)) {
      weekday_value = a.value;
      k = at(k + 1).kind == Atom::kComma ? k + 2 : k + 1;
    }
    const Atom b = at(k);
    // "بين 6 و10 مارس", "6-10 March": a range of days is dated by its first.
    size_t range = 0;
    if (is_day(b) && at(k + 1).kind == Atom::kAndNumber && at(k + 2).kind == Atom::kMonth) range = 1;
    else if (is_day(b) && (at(k + 1).kind == Atom::kSlash || at(k + 1).kind == Atom::kTo) && is_day(at(k + 2)) &&
             at(k + 3).kind == Atom::kMonth)
      range = 2;
    // "يومي 6 و7 من مارس"
    else if (is_day(b) && at(k + 1).kind == Atom::kAndNumber && at(k + 2).kind == Atom::kOf && at(k + 3).kind == Atom::kMonth)
      range = 2;

    if (is_day(b) && (at(k + 1 + range).kind == Atom::kMonth || (at(k + 1).kind == Atom::kOf && at(k + 2).kind == Atom::kMonth))) {
      // 18 July [2018] / 18 من تموز
      size_t m = at(k + 1 + range).kind == Atom::kMonth ? k + 1 + range : k + 2;
      int month = at(m).value;
      j = paired_month_end(m, at);
      if (at(j + 1).kind == Atom::kComma && is_year(at(j + 2))) ++j;
      if (is_year(at(j + 1))) {
        ++j;
        if (is_valid_ymd(at(j).value, month, b.value)) d.past = d.future = Date{at(j).value, month, b.value};
      } else if (int dir = 0; have_ref && (phrase_end = year_phrase_after(j, &dir)) > 0) {
        // "الثاني من نيسان من العام الماضي", "2 April last year": the day of that year.
        j = phrase_end;
        if (is_valid_ymd(ref.year + dir, month, b.value)) d.past = d.future = Date{ref.year + dir, month, b.value};
      } else if (const Atom rel = at(j + 1); rel.kind == Atom::kThis || rel.kind == Atom::kPast || rel.kind == Atom::kNext) {
        // "30 أكتوبر الجاري" (this month), "15 مارس الماضي", "2 يونيو المقبل".
        ++j;
        const bool ahead = rel.kind == Atom::kNext;
        if (rel.kind == Atom::kThis && !ref.empty() && is_valid_ymd(ref.year, month, b.value))
          d.past = d.future = Date{ref.year, month, b.value};
        else
          d.past = d.future = day_month_reading(ref, month, b.value, ahead);
      } else {
        d.past = day_month_reading(ref, month, b.value, false);
        d.future = day_month_reading(ref, month, b.value, true);
      }
      found = !d.past.empty() || !d.future.empty();
    } else if (b.kind == Atom::kMonth && ((is_day(at(k + 1)) && !is_year(at(k + 1))) ||
                                          (at(k + 1).kind == Atom::kSlash && is_day(at(k + 2))))) {
      // July 18[, 2018]; "Dec. 30" (the abbreviation's full stop is a token of its own)
      const size_t day_at = is_day(at(k + 1)) ? k + 1 : k + 2;
      int month = b.value, day = at(day_at).value;
      j = day_at;
      if (at(j + 1).kind == Atom::kComma && is_year(at(j + 2))) j += 2;
      else if (is_year(at(j + 1))) j += 1;
      int dir = 0;
      if (is_year(at(j))) {
        if (is_valid_ymd(at(j).value, month, day)) d.past = d.future = Date{at(j).value, month, day};
      } else if (have_ref && (phrase_end = year_phrase_after(j, &dir)) > 0) {  // "April 2 last year"
        j = phrase_end;
        if (is_valid_ymd(ref.year + dir, month, day)) d.past = d.future = Date{ref.year + dir, month, day};
      } else {
        d.past = day_month_reading(ref, month, day, false);
        d.future = day_month_reading(ref, month, day, true);
      }
      found = !d.past.empty() || !d.future.empty();
    } else if (a.kind == Atom::kMonth || ((a.kind == Atom::kPast || a.kind == Atom::kNext || a.kind == Atom::kThis) && at(i + 1).kind == Atom::kMonth)) {
      // Month with year, or relative month: "أيار الماضي", "last May", "in May".
      int direction = 0;
      size_t m = i;
      if (a.kind != Atom::kMonth) {
        direction = a.kind == Atom::kPast ? -1 : a.kind == Atom::kNext ? 1 : 0;
        m = i + 1;
      }
      int month = at(m).value;
      j = paired_month_end(m, at);
      // "in May or early June": of two months offered only the year is told.
      bool either = false;
      if (at(j + 1).kind == Atom::kOr && (at(j + 2).kind == Atom::kMonth || (at(j + 2).kind == Atom::kPrep && at(j + 3).kind == Atom::kMonth)))
        either = true, j += at(j + 2).kind == Atom::kMonth ? 2 : 3;
      bool context = direction != 0 || (i > 0 && (at(i - 1).kind == Atom::kPrep || at(i - 1).kind == Atom::kOf ||
                                                   s.chunks[i - 1].has(EntryKind::kDate) ||
                                                   // "in April and May": the month after a month and "and".
                                                   (i > 1 && s.chunks[i - 1].word("and") && s.chunks[i - 2].has(EntryKind::kDate))));
      const auto relative = [](const Atom& x) { return x.kind == Atom::kPast || x.kind == Atom::kNext || x.kind == Atom::kThis; };
      if (is_year(at(j + 1))) {
        ++j;
        d.past = d.future = Date{at(j).value, month, 0};
        found = true;
      } else if (at(j + 1).kind == Atom::kOf && at(j + 2).kind == Atom::kUnit && at(j + 2).value == 3 && relative(at(j + 3)) &&
                 !ref.empty()) {
        // "يونيو من العام الماضي": the month of last, next or this year.
        const int dir = at(j + 3).kind == Atom::kPast ? -1 : at(j + 3).kind == Atom::kNext ? 1 : 0;
        j += 3;
        d.past = d.future = Date{ref.year + dir, month, 0};
        found = true;
      } else if (((relative(at(j + 1)) && at(j + 2).kind == Atom::kUnit && at(j + 2).value == 3) ||
                  (at(j + 1).kind == Atom::kUnit && at(j + 1).value == 3 && relative(at(j + 2)))) &&
                 !ref.empty()) {
        // "January last year", "يناير العام الماضي": the month of that year, not "last January".
        const Atom& rel = relative(at(j + 1)) ? at(j + 1) : at(j + 2);
        const int dir = rel.kind == Atom::kPast ? -1 : rel.kind == Atom::kNext ? 1 : 0;
        j += 2;
        d.past = d.future = Date{ref.year + dir, month, 0};
        found = true;
      } else if (at(j + 1).kind == Atom::kPast || at(j + 1).kind == Atom::kNext || at(j + 1).kind == Atom::kThis) {
        ++j;
        direction = at(j).kind == Atom::kPast ? -1 : at(j).kind == Atom::kNext ? 1 : 2;
        if (direction == 2) d.past = d.future = ref.empty() ? Date{} : Date{ref.year, month, 0};
        else d.past = d.future = month_reading(ref, month, direction, direction > 0);
        found = !d.past.empty();
      } else if (context) {
        if (direction == 0) {
          d.past = month_reading(ref, month, 0, false);
          d.future = month_reading(ref, month, 0, true);
        } else {
          d.past = d.future = month_reading(ref, month, direction, direction > 0);
        }
        found = !d.past.empty();
      }
      if (either) d.past.month = d.future.month = 0;
    } else if (a.kind == Atom::kSeason && i > 0 && at(i + 1).kind != Atom::kOf && !ref.empty() && ref.month &&
               (at(i - 1).kind == Atom::kPrep || at(i - 1).kind == Atom::kThis ||
                (i > 1 && s.chunks[i - 1].word("article") && at(i - 2).kind == Atom::kPrep))) {
      // "in the autumn", "this spring": a season tells the year only; read
      // back, the last one begun, read ahead, the next one not yet over.
      const int first = a.value, last = a.value + 2;
      d.past = Date{first <= ref.month ? ref.year : ref.year - 1, 0, 0};
      d.future = Date{last >= ref.month ? ref.year : ref.year + 1, 0, 0};
      found = true;
    } else if (a.kind == Atom::kWeekday || ((a.kind == Atom::kPast || a.kind == Atom::kNext || a.kind == Atom::kThis) && at(i + 1).kind == Atom::kWeekday)) {
      int direction = 0;
      size_t w = i;
      if (a.kind != Atom::kWeekday) {
        direction = a.kind == Atom::kPast ? -1 : a.kind == Atom::kNext ? 1 : 0;
        w = i + 1;
      }
      j = w;
      if (at(j + 1).kind == Atom::kPast) direction = -1, ++j;
      else if (at(j + 1).kind == Atom::kNext) direction = 1, ++j;
      const bool latin = !s.tokens[s.chunks[w].begin].token.arabic;
      // Two Arabic weekdays are also words ("الأحد": "the One", "الاثنين": "both"): they date
      // after a preposition, or right after a name or a place ("التقى نظيره ظريف الاثنين",
      // "في القاهرة الأحد"). The other five are only days, however bare ("في زيارة رسمية السبت").
      const int wd = at(w).value;
      const bool also_a_word = wd == 0 || wd == 6;
      bool after_name = false;
      if (also_a_word && w > 0) {
        for (const auto& ref : s.actors) after_name = after_name || (ref.last_chunk == w - 1 && ref.actor >= 0);
        for (const auto& p : s.places) after_name = after_name || p.last_chunk == w - 1;
      }
      const bool context =
          direction != 0 || latin || !also_a_word || (w > 0 && at(w - 1).kind == Atom::kPrep) || after_name;
      if (have_ref && context) {
        if (direction < 0) d.past = d.future = weekday_near(ref, wd, false, true);
        else if (direction > 0) d.past = d.future = weekday_near(ref, wd, true, true);
        else {
          d.past = weekday_near(ref, wd, false, false);
          d.future = weekday_near(ref, wd, true, false);
        }
        found = true;
      }
    } else if (a.kind == Atom::kSameDay) {
      // "وفي اليوم ذاته", "later that day": the day the article told last.
      if (told.day) d.past = d.future = told, found = true;
    } else if (a.kind == Atom::kDayOffset) {
      if (have_ref) {
        d.past = d.future = add_days(ref, a.value);
        d.reporting_day = a.value == 0;
        found = true;
        // "غداً الجمعة", "اليوم الجمعة": one day named twice; "today, Friday"
        // dates an event, where a bare "today" may only date the report.
        if (at(i + 1).kind == Atom::kWeekday) j = i + 1, d.reporting_day = false;
      }
    } else if (a.kind == Atom::kThisUnit) {
      // "earlier this year", "في وقت سابق من الأسبوع": the unit the report is in.
      if (at(i + 1).kind == Atom::kThis) j = i + 1;  // "... من الأسبوع الجاري"
      d.past = d.future = unit_reading(ref, a.value, 0);
      found = !d.past.empty();
    } else if ((a.kind == Atom::kUnit && (at(i + 1).kind == Atom::kPast || at(i + 1).kind == Atom::kNext || at(i + 1).kind == Atom::kThis)) ||
               ((a.kind == Atom::kPast || a.kind == Atom::kNext || a.kind == Atom::kThis) && at(i + 1).kind == Atom::kUnit)) {
      // "الأسبوع الماضي", "next month", "العام الماضي", "this year".
      Atom unit = a.kind == Atom::kUnit ? a : at(i + 1);
      Atom rel = a.kind == Atom::kUnit ? at(i + 1) : a;
      j = i + 1;
      d.past = d.future = unit_reading(ref, unit.value, rel.kind == Atom::kPast ? -1 : rel.kind == Atom::kNext ? 1 : 0);
      found = !d.past.empty();
    } else if (is_day(a) && at(i + 1).kind == Atom::kHijriMonth && at(i + 2).kind == Atom::kNumber &&
               at(i + 2).value >= 1300 && at(i + 2).value <= 1600) {
      j = i + 2;
      if (at(j + 1).kind == Atom::kHijriMarker) ++j;
      d.past = d.future = hijri_to_gregorian(at(i + 2).value, at(i + 1).value, a.value);
      found = !d.past.empty();
    } else if (a.kind == Atom::kHijriMonth && at(i + 1).kind == Atom::kNumber && at(i + 1).value >= 1300 &&
               at(i + 1).value <= 1600) {
      // A Hijri month without a day is reported as the Gregorian month of its 15th day.
      j = i + 1;
      if (at(j + 1).kind == Atom::kHijriMarker) ++j;
      Date mid = hijri_to_gregorian(at(i + 1).value, a.value, 15);
      if (!mid.empty()) d.past = d.future = Date{mid.year, mid.month, 0}, found = true;
    } else if (is_day(a) && at(i + 1).kind == Atom::kSlash && at(i + 2).kind == Atom::kNumber &&
               at(i + 2).value >= 1 && at(i + 2).value <= 12 && at(i + 3).kind == Atom::kSlash && is_year(at(i + 4))) {
      // 18/7/2018
      j = i + 4;
      if (is_valid_ymd(at(j).value, at(i + 2).value, a.value)) {
        d.past = d.future = Date{at(j).value, at(i + 2).value, a.value};
        found = true;
      }
    } else if (is_year(a) && at(i + 1).kind == Atom::kSlash && at(i + 2).kind == Atom::kNumber && at(i + 3).kind == Atom::kSlash && is_day(at(i + 4))) {
      // 2018-07-18
      j = i + 4;
      if (is_valid_ymd(a.value, at(i + 2).value, at(i + 4).value)) {
        d.past = d.future = Date{a.value, at(i + 2).value, at(i + 4).value};
        found = true;
      }
    } else if (is_year(a) && a.value >= 1945 && !(at(i + 1).kind == Atom::kHijriMarker)) {
      d.past = d.future = Date{a.value, 0, 0};
      found = true;
    }
    if (!found) continue;
    // "الأحد 25 نوفمبر", "Sunday, Nov. 25": of the two years a day and month
    // may be read in, the weekday before them tells which.
    if (weekday_value >= 0 && d.past.day && d.future.day && d.past != d.future) {
      if (weekday(d.past.year, d.past.month, d.past.day) != weekday_value) d.past = d.future;
      else if (weekday(d.future.year, d.future.month, d.future.day) != weekday_value) d.future = d.past;
    }
    d.first_chunk = i;
    d.last_chunk = j;
    d.text = s.source(i, j);
    if (d.past.month) at.tell_month(d.past.month);  // "في 11 جوان ... وفي السادس من الشهر نفسه"
    tell_day(d, told);
    out.push_back(std::move(d));
    i = j;
  }
  return out;
}

std::optional<Date> infer_publication_date(const AnalysedSentence& s, const Date& now) {
  // A full date anywhere in a dateline-like sentence.
  for (const auto& d : find_dates(s, Date{})) {
    if (d.past.precision() == DatePrecision::kDay) return d.past;
  }
  // The reading below starts at a weekday, a date word of the lexicon: a
  // sentence without one has none, and its atoms are not worth reading.
  const size_t n = s.chunks.size();
  bool date_word = false;
  for (size_t c = 0; c < n && !date_word; ++c) date_word = s.chunks[c].find(EntryKind::kDate) != nullptr;
  if (!date_word) return std::nullopt;
  std::vector<Atom> atoms(n);
  for (size_t c = 0; c < n; ++c) atoms[c] = atom_of(s, c);
  auto at = [&](size_t c) { return c < n ? atoms[c] : Atom{}; };
  // "today, Wednesday 18 July": weekday + day + month, no year.
  for (size_t i = 0; i < n; ++i) {
    if (atoms[i].kind != Atom::kWeekday) continue;
    size_t k = at(i + 1).kind == Atom::kComma ? i + 2 : i + 1;
    int day = 0, month = 0;
    if (is_day(at(k)) && at(k + 1).kind == Atom::kMonth) day = at(k).value, month = at(k + 1).value;
    else if (is_day(at(k)) && at(k + 1).kind == Atom::kOf && at(k + 2).kind == Atom::kMonth) day = at(k).value, month = at(k + 2).value;
    else if (at(k).kind == Atom::kMonth && is_day(at(k + 1))) month = at(k).value, day = at(k + 1).value;
    if (!day) continue;
    for (int y = now.year; y > now.year - 30; --y) {
      if (!is_valid_ymd(y, month, day)) continue;
      if (days_from_civil(y, month, day) > days_from_civil(now.year, now.month, now.day)) continue;
      if (weekday(y, month, day) == atoms[i].value) return Date{y, month, day};
    }
  }
  return std::nullopt;
}

}  // namespace diplograph::extract
