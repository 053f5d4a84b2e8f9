// Which date expressions of a sentence date a meeting.
#include "sentence_mentions.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <optional>
#include <set>

namespace diplograph::extract {

bool SentenceMentions::after_phrase(size_t trigger, size_t date) const {
  if (!has_cue("past")) return false;  // (the sentence's mask: the walk looks for that cue first)
  for (size_t c = trigger + 1; c < date; ++c) {
    if (!cue(c, "past")) continue;
    for (size_t k = c + 1; k < date; ++k)
      if (!in_date(k) && !word(k, "light") && !word(k, "date_prep")) return true;
    return false;
  }
  return false;
}

bool SentenceMentions::range_end(const DateRef& d) const {
  return !arabic_ && d.first_chunk >= 2 && word(d.first_chunk - 1, "to") && in_date(d.first_chunk - 2);
}

Date SentenceMentions::interval_date(size_t lo, size_t tc, std::string* text, size_t* phrase) const {
  if (!has_interval_) return {};  // no interval date word in the sentence: none for the walks below to find
  size_t at = tc;
  int days = 0;
  // "Three days later, Blinken called Burhan", "وبعد ثلاثة أيام، أجرى": a
  // fronted "later" phrase closed by a comma counts from the day told before it.
  bool fronted_later = false;
  for (size_t c = lo; c < tc; ++c) {
    const auto* e = chunk(c).find(lexicon::EntryKind::kDate);
    if (e != nullptr && (std::string_view(e->tag) == "interval_after" || std::string_view(e->tag) == "interval_before"))
      at = c, days = std::string_view(e->tag) == "interval_after" ? e->value : -e->value, fronted_later = false;
    else if (e != nullptr && std::string_view(e->tag) == "interval_later" && comma_between(c, tc))
      at = c, days = -e->value, fronted_later = true;
  }
  // "held talks with Sharif in Islamabad three days later": after the trigger, counted from the day told before.
  // (Not in Arabic: "بعد يومين" after the verb is as often two days from the report.)
  bool later = fronted_later;
  if (at == tc && !arabic_)
    for (size_t c = tc + 1; c < n_chunks_ && c <= tc + 12 && !punct(c, '.'); ++c)
      if (const auto* e = chunk(c).find(lexicon::EntryKind::kDate); e != nullptr && std::string_view(e->tag) == "interval_later") {
        at = c, days = -e->value, later = true;
        break;
      }
  if (at == tc || days == 0) return {};
  // "two days after Macron held talks": the meeting is the phrase's object,
  // earlier than the anchor. "A day before that announcement, A and B spoke":
  // the phrase frames the clause after its comma, and the sign turns.
  // Arabic fronts such phrases on events of any date ("وبعد يومين من الانفجار، زار"): only the object is read.
  if (!later && comma_between(at, tc)) {
    if (arabic_) return {};
    days = -days;
  }
  // A date told between the phrase and the meeting dates it itself.
  const size_t between_lo = std::min(at, tc), between_hi = std::max(at, tc);
  for (const auto& d : s_.dates)
    if (d.first_chunk > between_lo && d.first_chunk < between_hi) return {};
  // The anchor is the event this sentence dated before the phrase ("strikes
  // began on 30 September, two days after Putin met Obama"), else the
  // encounter the last sentences dated, else the report's day.
  Date anchor;
  for (const auto& d : s_.dates)
    if (d.last_chunk < (later ? between_lo : at) && d.first_chunk >= dateline_ && !d.reporting_day && d.past.day) anchor = d.past;
  for (int k = index_ - 1; k >= 0 && index_ - k < 4 && anchor.empty(); --k)
    if (static_cast<size_t>(k) < ctx_.sentence_dates.size()) anchor = ctx_.sentence_dates[k];
  if (anchor.empty()) anchor = ctx_.date;
  if (anchor.empty() || !anchor.day) return {};
  Date d = civil_from_days(days_from_civil(anchor.year, anchor.month, anchor.day) - days);
  // "two weeks after" is approximate: only its month is told.
  if (std::abs(days) >= 7) d.day = 0;
  *text = s_.source(at, at);
  *phrase = at;
  return d;
}

bool SentenceMentions::said_on(size_t c) const {
  for (int steps = 0; c > 0 && steps < 3; ++steps, --c) {
    if (word(c - 1, "speech")) return true;
    if (!word(c - 1, "date_prep") && !cue(c - 1, "planned")) return false;  // "later on" reads as a cue
  }
  return false;
}

bool SentenceMentions::that_between(size_t from, size_t to) const {
  for (size_t c = from + 1; c < to; ++c)
    if (word(c, "that")) return true;
  return false;
}

const DateRef* SentenceMentions::second_date_of_plural(const Trigger& t, const Mention& m) const {
  const Meeting& mt = m.meeting;
  if (arabic_ || mt.status != Status::kOccurred || mt.date.empty() || mt.type == MeetingType::kTalks) return nullptr;
  const std::string_view w = tokens_[chunk(t.chunk).end - 1].token.norm;
  const bool plural_noun = w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's';
  // "met in April and May": a verb told with two months met once in each (days could be one meeting's).
  const bool verb_of_months = (t.flags & Entry::kVerb) && mt.type == MeetingType::kMeeting && mt.date.day == 0;
  if (!plural_noun && !verb_of_months) return nullptr;
  const size_t reach = verb_of_months ? 12 : 3;
  for (size_t k = 0; k + 1 < s_.dates.size(); ++k) {
    const DateRef& a = s_.dates[k];
    const DateRef& b = s_.dates[k + 1];
    if (a.first_chunk <= t.chunk || a.first_chunk > t.chunk + reach || a.past != mt.date) continue;
    size_t c = a.last_chunk + 1;
    if (!word(c, "and")) return nullptr;
    ++c;
    if (word(c, "date_prep") || word(c, "in")) ++c;
    if (b.first_chunk != c || b.past.empty() || b.past.last_day() >= ctx_.date.first_day()) return nullptr;
    return &b;
  }
  return nullptr;
}

bool SentenceMentions::plan_overtaken(size_t tc) const {
  if (arabic_ || tc < 3 || !has_cue("planned")) return false;
  for (size_t c = tc >= 4 ? tc - 4 : 0; c + 2 < tc; ++c) {
    if (!cue(c + 2, "planned")) continue;
    if (tokens_[chunk(c).begin].token.norm == "had" && tokens_[chunk(c + 1).begin].token.norm == "been") return true;
  }
  return false;
}

int SentenceMentions::days_before_close(size_t clause_lo, size_t clause_hi, size_t tc) const {
  bool closing = false;
  int days = 0;
  for (size_t c = clause_lo; c < clause_hi; ++c) {
    // The close told of this event: before its noun, or as its verb after it.
    if (word(c, "closing") && (c < tc || c - tc <= 4)) closing = true;
    const auto* e = chunk(c).find(lexicon::EntryKind::kDate);
    if (e != nullptr && std::string_view(e->tag) == "duration") days = e->value;
  }
  return closing && days > 1 ? days - 1 : 0;
}

bool SentenceMentions::only_people_between(size_t from, size_t to) const {
  bool person = false;
  for (size_t c = from + 1; c < to; ++c) {
    person = person || ref_at_[c] >= 0;
    if (ref_at_[c] < 0 && !chunk(c).has(EntryKind::kTitle) && !adjective(c) && !word(c, "article") && !word(c, "and") &&
        !word(c, "date_prep") && !punct(c, ','))
      return false;
  }
  return person;
}

const DateRef* SentenceMentions::date_of(size_t i, const Scope& sc, const DateNeeds& needs, int* score_out) const {
  // The clause's date expression nearest the trigger, read as past or future
  // according to the status.
  const Trigger& t = triggers_[i];
  const size_t tc = t.chunk;
  const bool verb = t.flags & Entry::kVerb;
  constexpr int kUncounted = std::numeric_limits<int>::min();
  int report_day = kUncounted;
  const size_t lo = sc.lo, hi = sc.hi, clause_lo = sc.clause_lo, clause_hi = sc.clause_hi;
  const bool future = needs.future;
  const DateRef* best = nullptr;
  int& best_score = *score_out;
  best_score = 1 << 30;
  // "met Erdogan on the sidelines of the summit on Wednesday": the summit is
  // the frame, and a date after it still dates this meeting.
  size_t date_hi = hi;
  if (needs.framed_by_next && i + 1 < triggers_.size() && triggers_[i + 1].chunk == hi)
    date_hi = i + 2 < triggers_.size() ? std::min(triggers_[i + 2].chunk, clause_hi) : clause_hi;
  for (const auto& d : s_.dates) {
    // Beyond the next trigger a date is that trigger's; before the previous
    // one it may still be this one's ("استضافت المملكة اليوم ... محادثات").
    if (d.first_chunk < clause_lo || d.first_chunk >= date_hi || d.first_chunk < dateline_ || d.first_chunk < needs.relative_from) continue;
    // "called Xi on Thursday ahead of talks": a date before the frame is the clause's own event's (English).
    if (!arabic_ && needs.framed && !verb && d.first_chunk < tc) continue;
    if (after_since(d.first_chunk) || after_phrase(tc, d.first_chunk)) continue;  // "the first talks since 2019"
    if (range_end(d)) continue;  // "visited from Sunday to Wednesday": dated by its start
    // "..., among them Mohammed bin Salman, whose country takes over next year": the person's, not the meeting's.
    if (d.first_chunk > tc && person_relative_between(tc, d.first_chunk)) continue;
    // "a ceasefire to start on Feb. 15": a planned cue's date is not a held meeting's.
    if (needs.occurred && planned_cue_before(d.first_chunk)) continue;
    // "the Kremlin said later on Monday ... plans for a summit": the day of a
    // saying is not the day of a meeting still to come.
    if (future && !arabic_ && said_on(d.first_chunk)) continue;
    // "Trump said after hosting Zelensky on Monday that he had begun arranging
    // a meeting": a date before "that" dates the main clause, not the plan reported.
    if (future && !arabic_ && d.first_chunk < tc && that_between(d.first_chunk, tc)) continue;
    Date reading = future ? d.future : d.past;
    // Nearest first; at equal distance the date after the trigger ("will host them on Wednesday").
    int score = d.first_chunk < tc ? 2 * static_cast<int>(tc - d.first_chunk) + 1 : 2 * static_cast<int>(d.first_chunk - tc);
    // "flies to Seoul later on Saturday for talks with Moon on Sunday": a date
    // right after an English meeting noun's "with" and people is the noun's own.
    if (!arabic_ && !verb && d.first_chunk > tc + 1 && only_people_between(word(tc + 1, "with") ? tc + 1 : tc, d.first_chunk))
      score = 0;
    // Beyond another trigger: only when nothing closer (the summit framing a sideline meeting is no other).
    if (d.first_chunk < lo || d.first_chunk >= std::max(hi, date_hi)) score += 60;
    // "met King Salman in December and hosted Raisi last month", "a meeting
    // in Brussels on Jan. 12 and talks in Vienna on Jan. 13": in English a
    // date closes its own phrase, so one told before "and" and this trigger
    // belongs to the trigger of the same kind before it.
    if (!arabic_ && i > 0 && d.first_chunk >= lo && d.first_chunk > triggers_[i - 1].chunk && d.first_chunk < tc &&
        and_between(d.last_chunk, tc) && verb == static_cast<bool>(triggers_[i - 1].flags & Entry::kVerb))
      score += 60;
    // "جرت في نوفمبر 2022، قبل أن يلتقيا في سبتمبر": a date before "before" dates the earlier event;
    // "launched in 2008, were suspended after the last gathering": one before "after", the main clause.
    // (Walked only when the sentence holds the word it looks for.)
    for (size_t c = d.first_chunk + 1; c < tc && (arabic_ ? has_word("frame") : has_cue("past")); ++c)
      if (arabic_ ? word(c, "frame") && !in_date(c) : cue(c, "past") && !in_date(c) && !comma_between(c, tc)) {
        score += 60;
        break;
      }
    if (in_earlier_subclause(d.first_chunk, tc)) score += 60;
    if (d.reporting_day) score += 1000;
    // "met twice this year in Panmunjom, in April and May": a year the
    // clause goes on to narrow to a month is only the frame of that month.
    if (reading.month == 0 && !reading.empty())
      for (const auto& finer : s_.dates)
        if (finer.first_chunk > d.last_chunk && finer.first_chunk < date_hi && finer.past.year == reading.year &&
            finer.past.month != 0) {
          score += 40;
          break;
        }
    if (!ctx_.date.empty() && !reading.empty() && ctx_.date.day) {
      // The report's day (its first and last day, a day being told) counted once, not for each date.
      if (report_day == kUncounted) report_day = ctx_.date.first_day();
      bool is_future = reading.first_day() > report_day;
      bool is_past = reading.last_day() < report_day;
      if (future && is_past) score += 500;
      if (!future && is_future) score += 500;
    }
    if (score < best_score) best = &d, best_score = score;
  }
  return best;
}

const DateRef* SentenceMentions::date_after_to(size_t from, size_t hi) const {
  for (const auto& d : s_.dates)
    if (d.first_chunk > from && d.first_chunk < hi && word(d.first_chunk - 1, "to")) return &d;
  return nullptr;
}

bool SentenceMentions::told_as_earlier(size_t clause_lo, size_t tc) const {
  if (tc == 0) return false;
  if (!arabic_) return word(tc - 1, "pluperfect") || (tc >= 2 && word(tc - 2, "pluperfect") && plain(tc - 1));  // "had (already) met"
  if (!word(tc - 1, "perfect")) return false;  // "كان ... قد استقبل"
  for (size_t c = clause_lo; c + 1 < tc; ++c)
    if (word(c, "pluperfect")) return true;
  return false;
}

const DateRef* SentenceMentions::date_from(size_t c) const {
  if (word(c, "date_prep")) ++c;
  for (const auto& d : s_.dates)
    if (d.first_chunk == c) return &d;
  return nullptr;
}

bool SentenceMentions::and_of_dated_objects(size_t c) const {
  if (!word(c, "and") || c == 0 || !in_date(c - 1)) return false;
  const int next = object_after(c + 1);
  return next >= 0 && date_from(s_.actors[next].last_chunk + 1) != nullptr;
}

std::vector<const DateRef*> SentenceMentions::respective_dates(size_t tc, const std::vector<int>& objects) const {
  std::vector<const DateRef*> found;
  for (size_t k = 0; k < objects.size(); ++k) {
    const ActorRef& ref = s_.actors[objects[k]];
    const DateRef* d = date_from(ref.last_chunk + 1);
    // Arabic may tell the first object's day before it: "التقى الاثنين الماضي X، ثم Y يوم الأربعاء".
    if (d == nullptr && k == 0 && arabic_)
      for (const auto& x : s_.dates)
        if (x.first_chunk > tc && x.last_chunk < ref.first_chunk) d = &x;
    if (d == nullptr) return {};
    found.push_back(d);
  }
  for (const DateRef* d : found)
    if (d->past != found.front()->past) return found;
  return {};
}

}  // namespace diplograph::extract
