// Which date expressions of a sentence date a meeting.
#include "sentence_mentions.h"

#include <algorithm>
#include <optional>
#include <set>

namespace diplograph::extract {

bool SentenceMentions::after_phrase(size_t trigger, size_t date) const {
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

const DateRef* SentenceMentions::date_from(size_t c) const {
  if (word(c, "date_prep")) ++c;
  for (const auto& d : s_.dates)
    if (d.first_chunk == c) return &d;
  return nullptr;
}

bool SentenceMentions::and_of_dated_objects(size_t c) const {
  if (!word(c, "and") || c == 0 || !in_date(c - 1)) return false;
  size_t a = c + 1;
  while (a < s_.chunks.size() && ref_at_[a] < 0 && (chunk(a).has(EntryKind::kTitle) || adjective(a) || word(a, "light"))) ++a;
  return a < s_.chunks.size() && ref_at_[a] >= 0 && date_from(s_.actors[ref_at_[a]].last_chunk + 1) != nullptr;
}

std::vector<const DateRef*> SentenceMentions::respective_dates(const std::vector<int>& objects) const {
  std::vector<const DateRef*> dates;
  for (int r : objects) {
    const DateRef* d = date_from(s_.actors[r].last_chunk + 1);
    if (d == nullptr) return {};
    dates.push_back(d);
  }
  for (const DateRef* d : dates)
    if (d->past != dates.front()->past) return dates;
  return {};
}

}  // namespace diplograph::extract
