#include "diplograph/lexicon/lexicon.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <set>
#include <unicode/utf8.h>

#include "diplograph/text/normalize.h"
#include "tsv.h"

#ifndef DIPLOGRAPH_SCHEMA_DIR
#define DIPLOGRAPH_SCHEMA_DIR "schema"
#endif

namespace fs = std::filesystem;

namespace diplograph::lexicon {

std::string_view to_string(ActorKind kind) {
  switch (kind) {
    case ActorKind::kPerson: return "person";
    case ActorKind::kState: return "state";
    case ActorKind::kOrganisation: return "organisation";
  }
  return "person";
}

bool Role::holds_on(const Date& day) const {
  if (day.empty()) return true;
  if (!from.empty() && day.last_day() < from.first_day()) return false;
  if (!to.empty() && day.first_day() > to.last_day()) return false;
  return true;
}

namespace {

uint64_t fnv1a(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// to_u32() into `out`, whose storage is reused: the fuzzy look-ups convert
// the same unknown name once for every actor the article mentioned.
void to_u32_into(std::string_view s, std::u32string& out) {
  out.clear();
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c >= 0) out.push_back(static_cast<char32_t>(c));
  }
}

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  to_u32_into(s, out);
  return out;
}

// A bit per letter bucket (a letter's low six bits) that `s` holds.
uint64_t letter_buckets(const std::u32string& s) {
  uint64_t bits = 0;
  for (char32_t c : s) bits |= uint64_t{1} << (c & 63);
  return bits;
}

// A name's letters counted by their low six bits, for letter_count_bound:
// letters sharing a bucket can only hide differences, so the bound holds.
// Counted once for the name looked up, not again for each name it is
// weighed against.
struct LetterCounts {
  int counts[64] = {};
  size_t letters = 0;
  uint64_t buckets = 0;  // letter_buckets
  void count(const std::u32string& s) {
    std::fill(std::begin(counts), std::end(counts), 0);
    for (char32_t c : s) ++counts[c & 63];
    letters = s.size();
    buckets = letter_buckets(s);
  }
};

// A lower bound of the edit distance of `a` (counted in `a_counts`) and `b`:
// each edit changes the letter counts by one letter in each direction at
// most, so the letters one has beyond the other need as many edits. Far
// cheaper than the distance, and most names are far apart. Those letters
// (`more` one way, `fewer` the other) are not summed bucket by bucket:
// their total is followed as b's letters are taken off a's counts, and
// their difference is the difference of the lengths, which gives the larger.
int letter_count_bound(const LetterCounts& a_counts, const std::u32string& b) {
  LetterCounts left = a_counts;
  long apart = static_cast<long>(left.letters);  // more + fewer, all of a's letters to begin with
  for (char32_t c : b) apart += left.counts[c & 63]-- > 0 ? -1 : 1;
  const long length_gap = std::labs(static_cast<long>(left.letters) - static_cast<long>(b.size()));  // |more - fewer|
  return static_cast<int>((apart + length_gap) / 2);
}

// Levenshtein distance, giving up (returning limit + 1) once it must exceed
// `limit`. `b_buckets` are b's letter buckets (letter_buckets).
int bounded_distance(const std::u32string& a, const LetterCounts& a_counts, const std::u32string& b, uint64_t b_buckets,
                     int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  // A bucket one name holds and the other lacks is a letter at least that
  // the other lacks: a bound below letter_count_bound's, read from the two
  // names' buckets, which rules out most names before a letter is counted.
  if (std::max(std::popcount(a_counts.buckets & ~b_buckets), std::popcount(b_buckets & ~a_counts.buckets)) > limit)
    return limit + 1;
  if (letter_count_bound(a_counts, b) > limit) return limit + 1;
  // Rows reused across calls: this runs once per candidate name per unknown word.
  thread_local std::vector<int> prev, cur;
  prev.resize(m + 1);
  cur.resize(m + 1);
  // Only the cells within `limit` of the diagonal can hold a distance within
  // the limit; the others are `over`, as is every distance beyond the limit
  // (the callers tell those apart from each other no more than from over).
  const int over = limit + 1;
  for (int j = 0; j <= m; ++j) prev[j] = std::min(j, over);
  for (int i = 1; i <= n; ++i) {
    const int lo = std::max(1, i - limit), hi = std::min(m, i + limit);
    cur[0] = std::min(i, over);
    cur[lo - 1] = lo == 1 ? cur[0] : over;
    int row_min = cur[lo - 1];
    for (int j = lo; j <= hi; ++j) {
      const int v = std::min(std::min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
      cur[j] = std::min(v, over);
      row_min = std::min(row_min, cur[j]);
    }
    if (hi < m) cur[hi + 1] = over;  // the next row reads one cell past this band
    if (row_min > limit) return over;
    std::swap(prev, cur);
  }
  return prev[m];
}

void bigrams_into(const std::u32string& s, std::vector<uint64_t>& out) {
  out.clear();
  for (size_t i = 0; i + 1 < s.size(); ++i) out.push_back((uint64_t(s[i]) << 32) | s[i + 1]);
  std::sort(out.begin(), out.end());
}

std::vector<uint64_t> bigrams_of(const std::u32string& s) {
  std::vector<uint64_t> out;
  bigrams_into(s, out);
  return out;
}

// Whether two sorted pair lists have at least `needed` letter pairs in
// common, a pair counted as often as both lists hold it. Given up as soon as
// the pairs left could no longer make up the difference: most names the
// prefix filter lets through fall short early. A pair one list holds and the
// other lacks is one that list can no longer share, so each list may miss as
// many pairs as it holds beyond `needed` (its spare), and no more: counting
// the misses down costs less than reckoning the pairs left at every step.
bool shares_bigrams(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b, long needed) {
  if (needed <= 0) return true;
  long a_spare = static_cast<long>(a.size()) - needed, b_spare = static_cast<long>(b.size()) - needed;
  if (a_spare < 0 || b_spare < 0) return false;
  long shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
      if (--a_spare < 0) return false;
    } else if (b[j] < a[i]) {
      ++j;
      if (--b_spare < 0) return false;
    } else {
      if (++shared >= needed) return true;
      ++i, ++j;
    }
  }
  return false;
}

std::vector<std::string> tsv_files_in(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".tsv") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

// Builds a Lexicon from the files; a friend so the Lexicon stays immutable once loaded.
class LexiconLoader {
 public:
  explicit LexiconLoader(Lexicon& lex) : lex_(lex) {}

  Result<bool> load(const fs::path& dir) {
    if (!fs::is_directory(dir)) return Error{"lexicon folder not found: " + dir.string()};
    if (auto r = countries(dir / "countries.tsv"); !r) return r;
    if (auto r = places(dir / "places.tsv"); !r) return r;
    if (auto r = venues(dir / "venues.tsv"); !r) return r;
    for (const auto& f : tsv_files_in(dir / "actors"))
      if (auto r = actors(f); !r) return r;
    for (const auto& f : tsv_files_in(dir / "roles"))
      if (auto r = roles(f); !r) return r;
    if (auto r = leading_offices(dir / "leaders.tsv"); !r) return r;
    if (auto r = titles(dir / "titles.tsv"); !r) return r;
    if (auto r = triggers(dir / "triggers.tsv"); !r) return r;
    if (auto r = words(dir / "cues.tsv", {"phrase", "lang", "effect"}, EntryKind::kCue); !r) return r;
    if (auto r = dates(dir / "dates.tsv"); !r) return r;
    if (auto r = words(dir / "words.tsv", {"phrase", "lang", "role"}, EntryKind::kWord); !r) return r;
    if (auto r = abbreviations(dir / "abbreviations.tsv"); !r) return r;
    capital_descriptions();
    lex_.version_ = std::to_string(hash_);
    for (size_t i = 0; i < lex_.places_.size(); ++i) lex_.place_by_id_.emplace(lex_.places_[i].id, static_cast<int>(i));
    for (auto& actor : lex_.actors_) {
      actor.folded_aliases.clear();
      for (const auto& alias : actor.aliases) actor.folded_aliases.push_back(text::fold_string(alias));
    }
    // By length, so that a lookup only compares names of a possible length.
    std::stable_sort(lex_.fuzzy_names_.begin(), lex_.fuzzy_names_.end(),
                     [](const auto& a, const auto& b) { return a.name.size() < b.name.size(); });
    // Each actor's names, in the order of the names (counted, then placed).
    lex_.fuzzy_by_actor_start_.assign(lex_.actors_.size() + 1, 0);
    for (const auto& n : lex_.fuzzy_names_) ++lex_.fuzzy_by_actor_start_[n.actor + 1];
    for (size_t a = 0; a < lex_.actors_.size(); ++a) lex_.fuzzy_by_actor_start_[a + 1] += lex_.fuzzy_by_actor_start_[a];
    lex_.fuzzy_by_actor_names_.resize(lex_.fuzzy_names_.size());
    {
      std::vector<uint32_t> next(lex_.fuzzy_by_actor_start_.begin(), lex_.fuzzy_by_actor_start_.end() - 1);
      for (size_t i = 0; i < lex_.fuzzy_names_.size(); ++i)
        lex_.fuzzy_by_actor_names_[next[lex_.fuzzy_names_[i].actor]++] = static_cast<uint32_t>(i);
    }
    for (size_t i = 0; i < lex_.fuzzy_names_.size(); ++i) {
      const auto& bigrams = lex_.fuzzy_names_[i].bigrams;
      for (size_t b = 0; b < bigrams.size();) {
        size_t e = b;
        while (e < bigrams.size() && bigrams[e] == bigrams[b]) ++e;
        lex_.fuzzy_postings_[bigrams[b]].emplace_back(static_cast<uint32_t>(i), static_cast<uint16_t>(e - b));
        b = e;
      }
    }
    return true;
  }

 private:
  Result<TsvFile> read(const fs::path& path, const std::vector<std::string_view>& columns) {
    auto file = read_tsv(path.string(), columns);
    if (file) hash_ = fnv1a(fnv1a(hash_, path.filename().string()), file->content);
    return file;
  }

  static Error bad(const TsvFile& f, const TsvRow& row, const std::string& what) {
    return Error{f.path + ":" + std::to_string(row.line) + ": " + what};
  }

  Result<Date> date_field(const TsvFile& f, const TsvRow& row, const std::string& field) {
    if (field.empty()) return Date{};
    auto d = Date::parse(field);
    if (!d) return bad(f, row, "bad date '" + field + "'");
    return *d;
  }

  int add_actor(Actor a) {
    int idx = static_cast<int>(lex_.actors_.size());
    lex_.actor_by_id_.emplace(a.id, idx);
    lex_.actors_.push_back(std::move(a));
    return idx;
  }

  void name_phrases(int actor, const std::vector<std::string>& names, EntryKind kind) {
    for (const auto& n : names) {
      lex_.phrases_.add(n, Entry{kind, actor, {}, 0});
      if (kind == EntryKind::kActor && lex_.actors_[actor].kind == ActorKind::kPerson &&
          n.find(' ') != std::string::npos)
        if (auto name = to_u32(text::fold_string(n)); !name.empty())
          lex_.fuzzy_names_.push_back({name, actor, bigrams_of(name), letter_buckets(name)});
    }
  }

  Result<bool> countries(const fs::path& path) {
    auto f = read(path, {"code", "name_en", "aliases_en", "name_ar", "aliases_ar", "adj_en", "adj_ar",
                         "ambiguous_adj"});
    if (!f) return Error{f.error()};
    for (const auto& row : f->rows) {
      const auto& v = row.fields;
      if (v[0].empty() || v[1].empty()) return bad(*f, row, "a country needs a code and a name");
      if (lex_.state_by_code_.count(v[0])) return bad(*f, row, "duplicate country " + v[0]);
      Actor a;
      a.id = v[0];
      a.kind = ActorKind::kState;
      a.name_en = v[1];
      a.name_ar = v[3];
      a.country = v[0];
      a.aliases = {v[1]};
      for (const auto& s : split_values(v[2])) a.aliases.push_back(s);
      if (!v[3].empty()) a.aliases.push_back(v[3]);
      for (const auto& s : split_values(v[4])) a.aliases.push_back(s);
      Place p{v[0], PlaceKind::kCountry, v[1], v[3], v[0], a.aliases};
      int place = static_cast<int>(lex_.places_.size());
      lex_.places_.push_back(std::move(p));
      lex_.place_by_country_.emplace(v[0], place);
      auto names = a.aliases;
      int idx = add_actor(std::move(a));
      lex_.state_by_code_.emplace(v[0], idx);
      name_phrases(idx, names, EntryKind::kState);
      for (const auto& s : split_values(v[5])) lex_.phrases_.add(s, Entry{EntryKind::kAdjective, idx, {}, 0});
      for (const auto& s : split_values(v[6])) lex_.phrases_.add(s, Entry{EntryKind::kAdjective, idx, {}, 0});
      for (const auto& s : split_values(v[7]))
        lex_.phrases_.add(s, Entry{EntryKind::kAmbiguousAdj, idx, {}, 0});
      adjectives_[v[0]] = split_values(v[5] + "|" + v[6] + "|" + v[7]);
    }
    return true;
  }

  Result<bool> places(const fs::path& path) {
    auto f = read(path, {"id", "kind", "name_en", "country", "aliases_en", "aliases_ar"});
    if (!f) return Error{f.error()};
    for (const auto& row : f->rows) {
      const auto& v = row.fields;
      Place p;
      p.id = v[0];
      if (v[1] == "capital") p.kind = PlaceKind::kCapital;
      else if (v[1] == "city") p.kind = PlaceKind::kCity;
      else if (v[1] == "venue") p.kind = PlaceKind::kVenue;
      else if (v[1] == "region") p.kind = PlaceKind::kRegion;
      else return bad(*f, row, "unknown place kind '" + v[1] + "'");
      p.name_en = v[2];
      p.country = v[3];
      p.aliases = {v[2]};
      for (const auto& s : split_values(v[4])) p.aliases.push_back(s);
      auto ar = split_values(v[5]);
      if (!ar.empty()) p.name_ar = ar.front();
      for (auto& s : ar) p.aliases.push_back(std::move(s));
      int idx = static_cast<int>(lex_.places_.size());
      if (p.kind == PlaceKind::kCapital && !p.country.empty()) lex_.capital_by_country_.emplace(p.country, idx);
      for (const auto& n : p.aliases) lex_.phrases_.add(n, Entry{EntryKind::kPlace, idx, {}, 0});
      lex_.places_.push_back(std::move(p));
    }
    return true;
  }

  // Which city each venue is in: a meeting "at the Kremlin" is placed in
  // Moscow (the venue stays in the location's text).
  Result<bool> venues(const fs::path& path) {
    auto f = read(path, {"venue", "city"});
    if (!f) return Error{f.error()};
    std::unordered_map<std::string, int> by_id;
    for (size_t i = 0; i < lex_.places_.size(); ++i) by_id.emplace(lex_.places_[i].id, static_cast<int>(i));
    for (const auto& row : f->rows) {
      auto venue = by_id.find(row.fields[0]), city = by_id.find(row.fields[1]);
      if (venue == by_id.end()) return bad(*f, row, "unknown place '" + row.fields[0] + "'");
      if (city == by_id.end()) return bad(*f, row, "unknown place '" + row.fields[1] + "'");
      if (lex_.places_[venue->second].kind != PlaceKind::kVenue) return bad(*f, row, row.fields[0] + " is not a venue");
      lex_.places_[venue->second].within = city->second;
    }
    return true;
  }

  Result<bool> actors(const std::string& path) {
    auto f = read(path, {"id", "kind", "name_en", "country", "aliases_en", "aliases_ar", "short_en", "short_ar"});
    if (!f) return Error{f.error()};
    for (const auto& row : f->rows) {
      const auto& v = row.fields;
      if (v[0].empty() || v[2].empty()) return bad(*f, row, "an actor needs an id and a name");
      if (lex_.actor_by_id_.count(v[0])) return bad(*f, row, "duplicate actor id " + v[0]);
      Actor a;
      a.id = v[0];
      if (v[1] == "person") a.kind = ActorKind::kPerson;
      else if (v[1] == "organisation") a.kind = ActorKind::kOrganisation;
      else return bad(*f, row, "unknown actor kind '" + v[1] + "'");
      a.name_en = v[2];
      a.country = v[3];
      a.aliases = {v[2]};
      for (const auto& s : split_values(v[4])) a.aliases.push_back(s);
      auto ar = split_values(v[5]);
      if (!ar.empty()) a.name_ar = ar.front();
      for (auto& s : ar) a.aliases.push_back(std::move(s));
      auto names = a.aliases;
      int idx = add_actor(std::move(a));
      name_phrases(idx, names, EntryKind::kActor);
      auto shorts = split_values(v[6]);
      for (auto& s : split_values(v[7])) shorts.push_back(std::move(s));
      name_phrases(idx, shorts, EntryKind::kActorShort);
    }
    return true;
  }

  Result<bool> roles(const std::string& path) {
    auto f = read(path, {"actor", "office", "of", "from", "to", "title_en"});
    if (!f) return Error{f.error()};
    lex_.roles_by_actor_.resize(lex_.actors_.size());
    for (const auto& row : f->rows) {
      const auto& v = row.fields;
      // The maps, not the flat tables: those are made once the files are read (Lexicon::load).
      const auto known = lex_.actor_by_id_.find(v[0]);
      int actor = known == lex_.actor_by_id_.end() ? -1 : known->second;
      if (actor < 0) return bad(*f, row, "unknown actor '" + v[0] + "'");
      auto from = date_field(*f, row, v[3]);
      if (!from) return Error{from.error()};
      auto to = date_field(*f, row, v[4]);
      if (!to) return Error{to.error()};
      Role r{actor, v[1], v[2], *from, *to, v[5]};
      int idx = static_cast<int>(lex_.roles_.size());
      lex_.roles_by_office_.emplace(r.office + "@" + r.of, idx);
      lex_.roles_by_actor_[actor].push_back(idx);
      lex_.role_days_.push_back({r.from.empty() ? std::numeric_limits<int>::min() : r.from.first_day(),
                                 r.to.empty() ? std::numeric_limits<int>::max() : r.to.last_day()});
      lex_.roles_.push_back(std::move(r));
    }
    return true;
  }

  Result<bool> leading_offices(const fs::path& path) {
    auto f = read(path, {"of", "office", "from", "to"});
    if (!f) return Error{f.error()};
    for (const auto& row : f->rows) {
      const auto& v = row.fields;
      if (!lex_.state_by_code_.count(v[0])) return bad(*f, row, "unknown state '" + v[0] + "'");
      auto from = date_field(*f, row, v[2]);
      if (!from) return Error{from.error()};
      auto to = date_field(*f, row, v[3]);
      if (!to) return Error{to.error()};
      lex_.leading_offices_.emplace(v[0], Lexicon::LeadingOffice{v[1], *from, *to});
    }
    return true;
  }

  Result<bool> words(const fs::path& path, const std::vector<std::string_view>& columns, EntryKind kind) {
    auto f = read(path, columns);
    if (!f) return Error{f.error()};
    for (const auto& row : f->rows) lex_.phrases_.add(row.fields[0], Entry{kind, -1, row.fields[2], 0});
    return true;
  }

  // Titles, and the style (monarch or president) of every role whose English
  // title holds a styled English title: read after the roles.
  Result<bool> titles(const fs::path& path) {
    auto f = read(path, {"phrase", "lang", "office", "plural", "style"});
    if (!f) return Error{f.error()};
    std::vector<std::pair<std::string, TitleStyle>> styled;  // folded English phrase, its style
    for (const auto& row : f->rows) {
      const auto& v = row.fields;
      uint8_t flags = v[3] == "plural" ? Entry::kPlural : 0;
      TitleStyle style = TitleStyle::kNone;
      if (v[4] == "monarch") style = TitleStyle::kMonarch, flags |= Entry::kMonarchTitle;
      else if (v[4] == "president") style = TitleStyle::kPresident, flags |= Entry::kPresidentTitle;
      else if (!v[4].empty()) return bad(*f, row, "style must be monarch, president or empty, not '" + v[4] + "'");
      lex_.phrases_.add(v[0], Entry{EntryKind::kTitle, -1, v[2], flags});
      if (style != TitleStyle::kNone && v[1] == "en" && !(flags & Entry::kPlural))
        styled.emplace_back(" " + text::fold_string(v[0]) + " ", style);
    }
    for (auto& role : lex_.roles_) {
      const std::string title = " " + text::fold_string(role.title) + " ";
      for (const auto& [phrase, style] : styled)
        if (title.find(phrase) != std::string::npos) role.style = style;
    }
    return true;
  }

  Result<bool> triggers(const fs::path& path) {
    auto f = read(path, {"phrase", "lang", "type", "pos", "subject"});
    if (!f) return Error{f.error()};
    static const std::vector<std::string> kTypes{"summit", "visit", "talks", "meeting", "call"};
    for (const auto& row : f->rows) {
      const auto& v = row.fields;
      if (std::find(kTypes.begin(), kTypes.end(), v[2]) == kTypes.end())
        return bad(*f, row, "unknown meeting type '" + v[2] + "'");
      static const std::vector<std::string> kPos{"verb", "noun", "verb+object", "verb+present", "verb+pronoun"};
      if (std::find(kPos.begin(), kPos.end(), v[3]) == kPos.end())
        return bad(*f, row, "pos must be verb, noun, verb+object, verb+present or verb+pronoun, not '" + v[3] + "'");
      uint8_t flags = v[3] == "noun" ? Entry::kNoun : Entry::kVerb;
      if (v[3] == "verb+object") flags |= Entry::kNeedsObject;
      if (v[3] == "verb+present") flags |= Entry::kPresent;
      if (v[3] == "verb+pronoun") flags |= Entry::kObjectPronoun;
      if (v[4] == "host") flags |= Entry::kHost;
      if (v[4] == "guest") flags |= Entry::kGuest;
      lex_.phrases_.add(v[0], Entry{EntryKind::kTrigger, -1, v[2], flags});
    }
    return true;
  }

  Result<bool> dates(const fs::path& path) {
    auto f = read(path, {"phrase", "lang", "kind", "value"});
    if (!f) return Error{f.error()};
    for (const auto& row : f->rows) {
      const auto& v = row.fields;
      int value = v[3].empty() ? 0 : std::atoi(v[3].c_str());
      lex_.phrases_.add(v[0], Entry{EntryKind::kDate, value, v[2], 0});
    }
    return true;
  }

  Result<bool> abbreviations(const fs::path& path) {
    auto f = read(path, {"abbreviation", "lang"});
    if (!f) return Error{f.error()};
    for (const auto& row : f->rows) lex_.abbreviations_.emplace(text::fold_string(row.fields[0]), row.fields[1]);
    return true;
  }

  // "the Finnish capital", "Finland's capital", "العاصمة الفنلندية" for every capital.
  void capital_descriptions() {
    for (const auto& [code, place] : lex_.capital_by_country_) {
      auto it = adjectives_.find(code);
      if (it == adjectives_.end()) continue;
      // العاصمة is feminine, so its adjective always is: a state whose
      // feminine adjective is also one of its names ("سورية" is Syria) lists
      // only the masculine one, and the description is made from it.
      std::set<std::string> arabic_descriptions;
      for (const auto& adj : it->second) {
        Entry e{EntryKind::kCapitalDesc, place, {}, 0};
        if (text::has_arabic(adj)) {
          const bool masculine = adj.ends_with("ي");
          for (const auto& form : {adj, masculine ? adj + "ة" : adj})
            if (arabic_descriptions.insert(form).second) lex_.phrases_.add("العاصمة " + form, e);
        } else {
          lex_.phrases_.add(adj + " capital", e);
        }
      }
      const auto& country = lex_.places_[lex_.place_by_country_[code]];
      for (const auto& n : country.aliases)
        if (!text::has_arabic(n)) lex_.phrases_.add(n + "'s capital", Entry{EntryKind::kCapitalDesc, place, {}, 0});
    }
  }

  Lexicon& lex_;
  uint64_t hash_ = 1469598103934665603ull;
  std::unordered_map<std::string, std::vector<std::string>> adjectives_;
};

Result<std::shared_ptr<const Lexicon>> Lexicon::load(const std::string& dir) {
  auto lex = std::make_shared<Lexicon>();
  LexiconLoader loader(*lex);
  if (auto r = loader.load(dir); !r) return Error{r.error()};
  lex->roles_by_actor_.resize(lex->actors_.size());
  // Each key is in its map once: the flat copies answer as the maps do, whatever order they are read in.
  for (const auto& [key, value] : lex->actor_by_id_) lex->actor_by_id_flat_.emplace(key, value);
  for (const auto& [key, value] : lex->state_by_code_) lex->state_by_code_flat_.emplace(key, value);
  for (const auto& [key, value] : lex->place_by_country_) lex->place_by_country_flat_.emplace(key, value);
  for (const auto& [key, value] : lex->place_by_id_) lex->place_by_id_flat_.emplace(key, value);
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

std::string Lexicon::default_dir() {
  if (const char* env = std::getenv("DIPLOGRAPH_LEXICON"); env && *env) return env;
  std::error_code ec;
  fs::path source = fs::path(DIPLOGRAPH_SCHEMA_DIR) / "lexicon";
  if (fs::is_directory(source, ec)) return source.string();
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "diplograph" / "lexicon";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return source.string();
}

int Lexicon::actor_index(std::string_view id) const { return actor_by_id_flat_.find(id); }

int Lexicon::state_actor(std::string_view code) const { return state_by_code_flat_.find(code); }

int Lexicon::place_index(std::string_view id) const { return place_by_id_flat_.find(id); }

int Lexicon::country_place(std::string_view code) const { return place_by_country_flat_.find(code); }

int Lexicon::capital_of(std::string_view code) const {
  auto it = capital_by_country_.find(std::string(code));
  return it == capital_by_country_.end() ? -1 : it->second;
}

int Lexicon::namesake_capital(std::string_view code) const {
  const int capital = capital_of(code), state = state_actor(code);
  if (capital < 0 || state < 0) return -1;
  const Place& city = places_[capital];
  const Actor& country = actors_[state];
  if (city.name_en == country.name_en || city.name_en == country.name_en + " City") return capital;
  // The places file writes such a capital "X العاصمة" ("X the capital") to tell it from its state.
  if (!country.name_ar.empty())
    for (const auto& alias : city.aliases)
      if (alias == country.name_ar + " العاصمة") return capital;
  return -1;
}

template <class F>
void Lexicon::for_each_holder(std::string_view office, std::string_view of, const Date& day, F f) const {
  // The key is built in a buffer kept per thread: the title resolver asks
  // this for every title it reads, and three strings a call added up.
  thread_local std::string key;
  key.assign(office);
  key += '@';
  key += of;
  auto range = roles_by_office_.equal_range(key);
  // As Role::holds_on, the day's bounds reckoned once; no date: any holder.
  const int first = day.empty() ? std::numeric_limits<int>::min() : day.first_day();
  const int last = day.empty() ? std::numeric_limits<int>::max() : day.last_day();
  for (auto it = range.first; it != range.second; ++it)
    if (holds(it->second, first, last) && !f(roles_[it->second].actor)) return;
}

std::vector<int> Lexicon::holders(std::string_view office, std::string_view of, const Date& day) const {
  std::vector<int> out;
  for_each_holder(office, of, day, [&](int actor) {
    if (std::find(out.begin(), out.end(), actor) == out.end()) out.push_back(actor);
    return true;
  });
  return out;
}

int Lexicon::sole_holder(std::string_view office, std::string_view of, const Date& day) const {
  int sole = kNoHolder;
  for_each_holder(office, of, day, [&](int actor) {
    if (sole == kNoHolder) sole = actor;
    else if (actor != sole) sole = kSeveralHolders;
    return sole != kSeveralHolders;
  });
  return sole;
}

// Who held the leading office of state `code` on `day`, the offices read in
// leaders.tsv's order and then the usual three: `holder_of(office)` tells who
// held each, and the first office someone held decides; `none` if none was.
template <class H, class Of>
H Lexicon::leading_holder(std::string_view code, const Date& day, Of holder_of, const H& none) const {
  auto range = leading_offices_.equal_range(std::string(code));
  for (auto it = range.first; it != range.second; ++it) {
    const LeadingOffice& o = it->second;
    const bool started = o.from.empty() || day.empty() || o.from.first_day() <= day.last_day();
    const bool ongoing = o.to.empty() || day.empty() || day.first_day() <= o.to.last_day();
    if (!started || !ongoing) continue;
    if (H h = holder_of(o.office); h != none) return h;
  }
  for (const char* office : {"supreme_leader", "head_of_state", "head_of_government"})
    if (H h = holder_of(office); h != none) return h;
  return none;
}

std::vector<int> Lexicon::leaders(std::string_view code, const Date& day) const {
  return leading_holder(
      code, day, [&](std::string_view office) { return holders(office, code, day); }, std::vector<int>{});
}

int Lexicon::sole_leader(std::string_view code, const Date& day) const {
  return leading_holder(
      code, day, [&](std::string_view office) { return sole_holder(office, code, day); }, kNoHolder);
}

Lexicon::RolesOn Lexicon::roles_of(int actor, const Date& day) const {
  if (actor < 0 || actor >= static_cast<int>(roles_by_actor_.size())) return {this, nullptr, nullptr, 0, 0};
  // Most actors hold no role: their day's bounds are not worth reckoning.
  const std::vector<int>& roles = roles_by_actor_[actor];
  if (roles.empty()) return {this, nullptr, nullptr, 0, 0};
  const int first = day.empty() ? std::numeric_limits<int>::min() : day.first_day();
  const int last = day.empty() ? std::numeric_limits<int>::max() : day.last_day();
  return {this, roles.data(), roles.data() + roles.size(), first, last};
}

std::vector<int> Lexicon::fuzzy_actors(std::string_view folded_name, int max_distance) const {
  std::vector<int> out;
  // Scratch kept per thread (extraction runs on several), as for the rows of bounded_distance.
  thread_local std::u32string target;
  thread_local LetterCounts target_counts;
  thread_local std::vector<uint64_t> target_bigrams;
  to_u32_into(folded_name, target);
  target_counts.count(target);
  bigrams_into(target, target_bigrams);
  int best = max_distance + 1;
  auto consider = [&](const FuzzyName& candidate) {
    int d = bounded_distance(target, target_counts, candidate.name, candidate.buckets, std::min(best, max_distance));
    if (d < best) {
      best = d;
      out.assign(1, candidate.actor);
    } else if (d == best && d <= max_distance && std::find(out.begin(), out.end(), candidate.actor) == out.end()) {
      out.push_back(candidate.actor);
    }
  };
  // One edit breaks at most two letter pairs, so a name within the distance
  // shares at least (length - 1 - 2 * distance) pairs with the target.
  const long min_shared = static_cast<long>(target.size()) - 1 - 2L * max_distance;
  if (min_shared <= 0) {
    // Too short for the filter: compare every name of a possible length.
    const size_t shortest = target.size() > static_cast<size_t>(max_distance) ? target.size() - max_distance : 0;
    auto first = std::lower_bound(fuzzy_names_.begin(), fuzzy_names_.end(), shortest,
                                  [](const FuzzyName& entry, size_t size) { return entry.name.size() < size; });
    for (auto it = first; it != fuzzy_names_.end() && it->name.size() <= target.size() + max_distance; ++it)
      consider(*it);
    return out;
  }
  // Prefix filter: the target's pairs a name lacks number at most
  // (pairs - min_shared), so a name close enough has `k` of any
  // (pairs - min_shared + k) of them (k <= min_shared). Only the postings of
  // the rarest pairs covering that many are read, counting what each name
  // shares of them; a name found there with k or more then has its shared
  // pairs counted exactly. With k = 2 rather than 1 one more list is read,
  // but most names it finds share a single rare pair and go no further:
  // counting their pairs exactly cost the most of a look-up.
  struct Group {
    const std::vector<std::pair<uint32_t, uint16_t>>* postings;  // null: no name has the pair
    size_t occurrences;                                         // of the pair in the target
    size_t size() const { return postings ? postings->size() : 0; }
  };
  std::vector<Group> groups;
  for (size_t b = 0; b < target_bigrams.size();) {
    size_t e = b;
    while (e < target_bigrams.size() && target_bigrams[e] == target_bigrams[b]) ++e;
    auto it = fuzzy_postings_.find(target_bigrams[b]);
    groups.push_back({it == fuzzy_postings_.end() ? nullptr : &it->second, e - b});
    b = e;
  }
  std::sort(groups.begin(), groups.end(), [](const Group& x, const Group& y) { return x.size() < y.size(); });
  thread_local std::vector<uint32_t> shared_in_read;  // per name, zero outside a look-up
  thread_local std::vector<uint32_t> touched;
  shared_in_read.resize(fuzzy_names_.size());
  touched.clear();
  // Names are stored by length, and each pair's postings by name: only the
  // stretch of a posting list whose names have a possible length is read
  // (the others would fail the length test below).
  const size_t shortest = target.size() > static_cast<size_t>(max_distance) ? target.size() - max_distance : 0;
  const auto by_length = [](const FuzzyName& entry, size_t size) { return entry.name.size() < size; };
  const auto lo = static_cast<uint32_t>(
      std::lower_bound(fuzzy_names_.begin(), fuzzy_names_.end(), shortest, by_length) - fuzzy_names_.begin());
  const auto hi = static_cast<uint32_t>(
      std::lower_bound(fuzzy_names_.begin(), fuzzy_names_.end(), target.size() + max_distance + 1, by_length) -
      fuzzy_names_.begin());
  const size_t k = std::min<size_t>(2, static_cast<size_t>(min_shared));
  size_t to_cover = target_bigrams.size() - static_cast<size_t>(min_shared) + k;
  for (const Group& g : groups) {
    if (to_cover == 0) break;
    if (g.postings) {
      auto it = std::lower_bound(g.postings->begin(), g.postings->end(), lo,
                                 [](const std::pair<uint32_t, uint16_t>& posting, uint32_t name) { return posting.first < name; });
      for (; it != g.postings->end() && it->first < hi; ++it) {
        uint32_t& shared = shared_in_read[it->first];
        if (shared == 0) touched.push_back(it->first);
        shared += static_cast<uint32_t>(std::min<size_t>(g.occurrences, it->second));
      }
    }
    to_cover -= std::min(to_cover, g.occurrences);
  }
  // Only the names that pass the filters are sorted (by length, as the names
  // are stored): most names sharing a pair or two never reach the distance.
  thread_local std::vector<uint32_t> passed;
  passed.clear();
  for (uint32_t name : touched) {
    const uint32_t shared = shared_in_read[name];
    shared_in_read[name] = 0;
    if (shared < k) continue;
    const FuzzyName& candidate = fuzzy_names_[name];
    const long needed = static_cast<long>(std::max(target.size(), candidate.name.size())) - 1 - 2L * max_distance;
    const bool length_ok = candidate.name.size() + max_distance >= target.size() &&
                           candidate.name.size() <= target.size() + max_distance;
    if (length_ok && shares_bigrams(target_bigrams, candidate.bigrams, needed))
      passed.push_back(name);
  }
  std::sort(passed.begin(), passed.end());
  for (uint32_t name : passed) consider(fuzzy_names_[name]);
  return out;
}

int Lexicon::fuzzy_distance(std::string_view folded_name, int actor, int max_distance) const {
  // Scratch, as in fuzzy_actors; the callers ask about one name against
  // actor after actor, so the name is converted only when it changes.
  thread_local std::u32string target;
  thread_local LetterCounts target_counts;
  thread_local std::string target_of;
  if (target.empty() || folded_name != target_of) {
    to_u32_into(folded_name, target);
    target_counts.count(target);
    target_of.assign(folded_name);
  }
  int best = max_distance + 1;
  if (actor < 0 || static_cast<size_t>(actor) + 1 >= fuzzy_by_actor_start_.size()) return best;
  for (uint32_t k = fuzzy_by_actor_start_[actor]; k < fuzzy_by_actor_start_[actor + 1]; ++k) {
    const FuzzyName& candidate = fuzzy_names_[fuzzy_by_actor_names_[k]];
    best = std::min(best, bounded_distance(target, target_counts, candidate.name, candidate.buckets,
                                          std::min(best - 1, max_distance)));
  }
  return best;
}

}  // namespace diplograph::lexicon
