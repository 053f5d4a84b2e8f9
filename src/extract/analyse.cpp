#include "analyse.h"

#include <algorithm>
#include <cstring>
#include <span>

#include "date_resolver.h"
#include "diplograph/text/normalize.h"
#include "diplograph/text/plain_fold.h"
#include "diplograph/text/token_scan.h"

namespace diplograph::extract {

using lexicon::ActorKind;
using lexicon::Entry;
using lexicon::EntryKind;

// ---------------------------------------------------------------- Chunk / context

std::string AnalysedSentence::source(size_t first, size_t last) const {
  if (first >= chunks.size() || last < first) return {};
  last = std::min(last, chunks.size() - 1);
  uint32_t b = tokens[chunks[first].begin].src_begin;
  uint32_t e = tokens[chunks[last].end - 1].src_end;
  return e > b ? std::string(text.substr(b, e - b)) : std::string();
}

bool ArticleContext::was_mentioned(int actor) const {
  return std::find(mentioned.begin(), mentioned.end(), actor) != mentioned.end();
}

void ArticleContext::note(int actor) {
  if (actor < 0) return;
  // Each actor is listed once (only this adds to the list): noting one again
  // moves it to the end, a rotation of the ones after it.
  if (auto it = std::find(mentioned.begin(), mentioned.end(), actor); it != mentioned.end())
    std::rotate(it, it + 1, mentioned.end());
  else
    mentioned.push_back(actor);
  const auto& a = lex.actors()[actor];
  if (a.kind == ActorKind::kState) note_country(a.id);
}

namespace {

// Country codes are two or three letters: compared in place, where a
// string's equality called memcmp for each of the article's countries.
bool same_code(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace

void ArticleContext::note_country(const std::string& code) {
  if (code.empty()) return;
  for (auto& [known, count] : countries)
    if (same_code(known, code)) {
      ++count;
      return;
    }
  countries.emplace_back(code, 1);
}

int ArticleContext::country_count(std::string_view code) const {
  for (const auto& [known, count] : countries)
    if (same_code(known, code)) return count;
  return 0;
}

namespace {

// A role fits a title's style unless they differ: a monarch's title needs a
// monarch, and a president's refuses one (a pope or a council's chairman
// may still be "the president").
bool style_fits(lexicon::TitleStyle role, lexicon::TitleStyle title) {
  using lexicon::TitleStyle;
  if (title == TitleStyle::kMonarch) return role == TitleStyle::kMonarch;
  return title == TitleStyle::kNone || role != TitleStyle::kMonarch;
}

}  // namespace

int ArticleContext::recent_holder(const std::string& office, lexicon::TitleStyle style) const {
  for (auto it = mentioned.rbegin(); it != mentioned.rend(); ++it)
    for (const auto* r : lex.roles_of(*it, date))
      if (r->office == office && style_fits(r->style, style)) return *it;
  return -1;
}

int ArticleContext::recent_titled(const std::string& office, lexicon::TitleStyle style) const {
  for (auto it = titled.rbegin(); it != titled.rend(); ++it) {
    if (it->second != office) continue;
    bool fits = true;
    for (const auto* r : lex.roles_of(it->first, date))
      if (r->office == office) fits = style_fits(r->style, style);
    if (fits) return it->first;
  }
  return -1;
}

int ArticleContext::recent_minister(const std::string& country) const {
  for (auto it = mentioned.rbegin(); it != mentioned.rend(); ++it) {
    if (lex.actors()[*it].country != country) continue;
    for (const auto* r : lex.roles_of(*it, date))
      if (r->office == "foreign_minister" || r->office == "minister") return *it;
  }
  return -1;
}

int ArticleContext::pick_state(const std::vector<int>& candidates) const {
  int best = -1, best_count = 0;
  bool tie = false;
  for (int s : candidates) {
    int count = country_count(lex.actors()[s].id);
    if (count > best_count) best = s, best_count = count, tie = false;
    else if (count == best_count && count > 0) tie = true;
  }
  return tie ? -1 : best;
}

// ---------------------------------------------------------------- tokens and chunks

namespace {

// The token and chunk vectors of the last sentence recycled on this thread
// (see recycle): the next sentence fills them instead of allocating its own.
thread_local std::vector<Tok> spare_tokens;
thread_local std::vector<Chunk> spare_chunks;
thread_local std::string spare_folded;  // the sentence's folded text
// Likewise its actors and places: growing them reference by reference cost
// an allocation and a move of every reference so far at each doubling.
thread_local std::vector<ActorRef> spare_actors;
thread_local std::vector<PlaceRef> spare_places;

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr std::string_view kWaw = "\xD9\x88";

// True if `word` begins with the conjunction و: two bytes compared in place,
// where std::string::compare called memcmp for every Arabic token.
bool starts_with_waw(std::string_view word) {
  return word.size() >= kWaw.size() && word[0] == kWaw[0] && word[1] == kWaw[1];
}

// False if bare_form_starts(word) is the word alone because its first letter
// is none of ا ل ب ك و ف: asked inline, as most Arabic words start with
// other letters and the call cost more than this test.
bool may_carry_proclitic(std::string_view word) {
  if (word.size() < 2) return false;
  const unsigned first = unsigned(static_cast<unsigned char>(word[0])) << 8 | static_cast<unsigned char>(word[1]);
  return first == 0xD8A7 || first == 0xD984 || first == 0xD8A8 || first == 0xD983 || first == 0xD988 || first == 0xD981;
}

// The word look-ups of a sentence's token forms, in order: started (hashed,
// their lines on their way) as make_tokens makes each token, finished by
// make_chunks. Finished one after another as they were first started, each
// look-up waited for its own cache miss; started all first, their misses
// overlap. Started with the token, a second walk over the tokens and their
// forms to start them is saved. Kept per thread, as the other scratch.
thread_local std::vector<lexicon::PhraseIndex::WordLookup> started_lookups;

// Fills s.folded and s.tokens from s.text in one pass over the tokens, each
// built in place in its Tok, its norm a view into s.folded, and starts the
// look-ups of their forms in `index` (started_lookups). `folded_text` is
// the folded sentence (moved into s.folded at the end) and `source(b)` the
// source offset of the character starting at folded byte b, asked in
// increasing order.
template <class SourceOf>
void scan_into_tokens(AnalysedSentence& s, std::string& folded_text, const lexicon::PhraseIndex& index,
                      SourceOf&& source) {
  thread_local std::string joined;
  // A token has no more forms than bytes (they start at distinct bytes of
  // its norm, itself no longer than the token), and tokens do not overlap:
  // room for a look-up per folded byte is room for all. Written through a
  // pointer: a push_back reloaded the thread's vector at each form.
  if (started_lookups.size() < folded_text.size()) started_lookups.resize(folded_text.size());
  lexicon::PhraseIndex::WordLookup* lookup = started_lookups.data();
  // On the heap whatever its length: moving a string held in place (short
  // ones are) would move the bytes the tokens view.
  folded_text.reserve(16);
  // A dotted initialism's joined letters ("u.s." -> "us") are written over
  // its own bytes, behind the scan, which never reads them again.
  char* const buffer = folded_text.data();
  const std::string_view sentence = s.text;
  std::vector<Tok>& out = s.tokens;
  out = std::move(spare_tokens);
  out.clear();
  out.reserve(folded_text.size() / 4 + 1);  // a token and its space take four bytes or more in most text
  text::scan_tokens(folded_text, joined,
                    [&](uint32_t begin, uint32_t end, text::TokenKind kind, bool arabic, std::string_view norm) {
    Tok& tok = out.emplace_back();
    text::TokenView& t = tok.token;
    if (norm.data() != buffer + begin) norm = std::string_view(static_cast<char*>(std::memcpy(buffer + begin, norm.data(), norm.size())), norm.size());
    t.norm = norm;
    t.begin = begin;
    t.end = end;
    t.kind = kind;
    t.arabic = arabic;
    const uint32_t b = source(begin);
    const uint32_t e = std::max(b, source(end));
    tok.src_begin = b;
    tok.src_end = e;
    std::string_view src(sentence.data() + b, e - b);
    if (!arabic && !src.empty()) {
      // "el-Sissi", "al-Burhan": a name's Arabic article is written lowercase.
      const bool article_name = (src == "el" || src == "al") && e + 2 < sentence.size() && sentence[e] == '-' &&
                                ascii_upper(sentence[e + 1]);
      tok.capitalised = ascii_upper(src[0]) || article_name;
      tok.all_caps = ascii_upper(src[0]) && std::none_of(src.begin(), src.end(), ascii_lower);
    }
    if (kind == text::TokenKind::kPunct) {
      // A hyphen or an abbreviation's full stop inside a name is skipped by
      // the phrase index ("Kim Jong-un", "St. Petersburg").
      // A byte compared in place: string_view's == called compare out of line for every punctuation token.
      if (norm.size() == 1 && (norm[0] == '-' || norm[0] == '.')) {
        tok.forms.add(0);
        *lookup++ = index.start_word(norm);
      }
    } else if (kind == text::TokenKind::kNumber || !arabic || !may_carry_proclitic(norm)) {
      // What bare_form_starts gives a word with no Arabic letter, or one
      // whose first letter starts no proclitic or article, without the call.
      tok.forms.add(0);
      *lookup++ = index.start_word(norm);
    } else {
      tok.forms = text::bare_form_starts(norm);
      for (size_t k = 0; k < tok.forms.count; ++k) *lookup++ = index.start_word(norm.substr(tok.forms.start[k]));
    }
  });
  s.folded = std::move(folded_text);
}

void make_tokens(AnalysedSentence& s, const lexicon::PhraseIndex& index) {
  // Scratch kept from sentence to sentence (per thread: extraction runs on
  // several): allocating them for every sentence cost more than folding.
  // They grow to the longest sentence only, which the splitter bounds.
  // Nearly every sentence is ASCII and Arabic only, folded without an
  // offset per byte; the others with them.
  thread_local text::PlainFolded plain;
  thread_local text::Folded folded;
  plain.text = std::move(spare_folded);
  std::string* folded_text = &plain.text;
  const uint32_t* origin = nullptr;  // the other sentences' offsets, one per folded byte
  if (!text::fold_plain_into(s.text, plain)) {
    folded.text = std::move(plain.text);
    text::fold_into(s.text, folded);
    folded_text = &folded.text;
    origin = folded.origin.data();
  }
  // One scan for both (a second copy of it made the compiler inline less
  // elsewhere in this file).
  text::PlainFolded::Cursor cursor(plain);
  scan_into_tokens(s, *folded_text, index,
                   [&cursor, origin](uint32_t b) { return origin ? origin[b] : cursor.source(b); });
}

// True if `form` is `word` with a preposition (ب or ل, after an optional
// conjunction) taken off its front.
// Letters compared as two-byte codes in place: the strings compared before
// called memcmp for every form of every Arabic chunk.
bool strips_preposition(std::string_view word, std::string_view form) {
  if (form.size() >= word.size()) return false;
  const size_t n = word.size() - form.size();  // the prefix's bytes
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  const auto letter = [p, n](size_t k) { return k + 2 <= n ? unsigned(p[k]) << 8 | p[k + 1] : 0u; };
  const size_t at = letter(0) == 0xD988 || letter(0) == 0xD981 ? 2 : 0;  // و or ف
  return letter(at) == 0xD8A8 || letter(at) == 0xD984;                   // ب or ل
}

// The length of the longest phrase at token `i` when it is read only as
// its forms `keep` (a bit per form). Their ids come from the first look-up,
// each form's id being its own whichever others go with it: looking the
// forms up again cost a hash and a cache miss each.
// `all_length` is what all of them match.
size_t longest_of_forms(const lexicon::PhraseIndex& index, std::span<lexicon::PhraseIndex::TokenWords> forms,
                        size_t i, unsigned keep, size_t all_length) {
  const lexicon::PhraseIndex::TokenWords all = forms[i];
  const lexicon::PhraseIndex::TokenWords kept = lexicon::PhraseIndex::only_forms(all, keep);
  // Every form with an id kept: the phrase is the one already found.
  if (kept.count == all.count) return all_length;
  if (kept.empty()) return 0;
  forms[i] = kept;
  const size_t length = index.longest(forms, i).length;
  forms[i] = all;
  return length;
}

// True if a hit's entries all name something (is_name_kind), told by the
// kinds they hold (PhraseIndex::Hit::kinds, exact): reading the entries
// themselves missed the cache for most uncapitalised English words.
bool only_names(uint16_t kinds) {
  constexpr uint16_t kNameKinds = [] {
    uint16_t bits = 0;
    for (unsigned k = 0; k < 16; ++k)
      if (is_name_kind(static_cast<EntryKind>(k))) bits |= static_cast<uint16_t>(1u << k);
    return bits;
  }();
  return (kinds & ~kNameKinds) == 0;
}

// `tokens` are those make_tokens has just made with the same lexicon's index
// (their forms' look-ups started).
std::vector<Chunk> make_chunks(std::vector<Tok>& tokens, const lexicon::Lexicon& lex, ChunkMasks& masks) {
  const auto& index = lex.phrases();
  // Word ids of each token's forms (scratch, as in make_tokens). Filled in
  // place and never shrunk: building each TokenWords zeroed and copying it
  // in by push_back cost as much as the look-ups themselves.
  thread_local std::vector<lexicon::PhraseIndex::TokenWords> scratch;
  // The count once: recomputed from the vector's pointers (a division by
  // the size of a Tok) at every turn, the calls between making the compiler
  // reload them.
  const size_t n = tokens.size();
  Tok* const toks = tokens.data();
  if (scratch.size() < n) scratch.resize(n);
  const std::span<lexicon::PhraseIndex::TokenWords> forms(scratch.data(), n);
  // The forms' look-ups, started by make_tokens, finished.
  const lexicon::PhraseIndex::WordLookup* next = started_lookups.data();
  for (size_t i = 0; i < n; ++i) {
    const Tok& t = toks[i];
    auto& f = forms[i];
    f.count = 0;
    f.found = 0;
    for (size_t k = 0; k < t.forms.count; ++k)
      if (uint32_t id = index.finish_word(*next++); id != lexicon::PhraseIndex::kNoWord) {
        index.prefetch_head(id);  // read by longest() below
        f.ids[f.count++] = id;
        f.found |= static_cast<uint8_t>(1u << k);
      }
  }
  std::vector<Chunk> chunks = std::move(spare_chunks);
  chunks.clear();
  chunks.reserve(n);
  for (size_t i = 0; i < n;) {
    Tok& tok = toks[i];
    auto hit = forms[i].empty() ? lexicon::PhraseIndex::Hit{} : index.longest(forms, i);
    // Each chunk is made in place in the vector (emplace_back), not copied in
    // from one made on the stack: that copy's wide loads of the fields just
    // stored narrow could not be forwarded from the stores, and stalled.
    if (hit.length == 0) {
      if (tok.token.arabic && starts_with_waw(tok.token.norm) && tok.token.norm.size() >= 6)
        tok.glued_and = true;
      chunks.emplace_back(i, i + 1, nullptr);
      ++i;
      continue;
    }
    // A Latin name must be capitalised: "us", "who" and "male" are words.
    const bool names_ok = tok.token.arabic || tok.capitalised;
    const std::vector<Entry>* const entries = !names_ok && only_names(hit.kinds) ? nullptr : hit.entries;
    // "والزعيم": the conjunction is glued when the word only matched without it.
    // The whole word is form 0 (bare_form_starts).
    if (tok.token.arabic && starts_with_waw(tok.token.norm))
      tok.glued_and = longest_of_forms(index, forms, i, 1u, hit.length) != hit.length;
    // "بموسكو", "لفيتنام": the preposition ب/ل glued to a place is "in"/"to".
    if (tok.token.arabic && entries) {
      unsigned unglued = 0;
      for (size_t k = 0; k < tok.forms.count; ++k)
        if (!strips_preposition(tok.token.norm, std::string_view(tok.token.norm).substr(tok.forms.start[k])))
          unglued |= 1u << k;
      if (unglued != (1u << tok.forms.count) - 1) tok.glued_prep = longest_of_forms(index, forms, i, unglued, hit.length) != hit.length;
    }
    const Chunk& c = chunks.emplace_back(i, i + hit.length, entries, names_ok, hit.kinds, hit.roles);
    if (c.entries) masks.add(c);
    i += hit.length;
  }
  return chunks;
}

}  // namespace

AnalysedSentence chunk_only(std::string_view sentence, const lexicon::Lexicon& lex) {
  AnalysedSentence s;
  s.text = sentence;
  make_tokens(s, lex.phrases());
  s.chunks = make_chunks(s.tokens, lex, s.masks);
  return s;
}

// ---------------------------------------------------------------- actors and places

namespace {

// The heap storage of the longer texts and titles of the refs of sentences
// done with (see recycle): a ref's Arabic words rarely fit a string's inline
// bytes, and allocating and freeing them for each ref cost more than
// finding the ref. Capped, in number and in size (a hostile sentence's
// 20,000-byte ref is not kept): a sentence's refs made elsewhere only come back here.
thread_local std::vector<std::string> spare_ref_strings;
constexpr size_t kSpareRefStringsCap = 128;
constexpr size_t kSpareRefStringBytes = 256;

// Assigns `text` to `out`, on storage recycled from an earlier ref when it needs more than the string's own.
void assign_recycled(std::string& out, std::string_view text) {
  if (text.size() > out.capacity() && !spare_ref_strings.empty()) {
    out.swap(spare_ref_strings.back());
    spare_ref_strings.pop_back();
  }
  out.assign(text);
}

class ActorFinder {
 public:
  ActorFinder(AnalysedSentence& s, ArticleContext& ctx)
      : s_(s), chunks_(s.chunks.data()), n_chunks_(s.chunks.size()), tokens_(s.tokens.data()), ctx_(ctx), lex_(ctx.lex),
        used_(spare_used()) {
    used_.assign(s.chunks.size(), 0);
  }

  void run() {
    // One pass: a chunk's place is read once the refs that may read its
    // name as a state are made, which happens at that chunk or before it.
    shared_places_.clear();
    // The view of the chunks in registers: the stores to the refs and the
    // article might, as far as the compiler knows, change the members.
    const Chunk* const chunks = chunks_;
    const size_t n = n_chunks_;
    for (size_t c = 0; c < n; ++c) {
      const Chunk& ch = chunks[c];
      // "met Song Ho Gyong": untitled_object needs entries in the chunk
      // before, which most often has none: read here, from the chunks at
      // hand, before a call (it reads them through the sentence).
      if (c > 0 && chunks[c - 1].entries && !used_[c] && untitled_object(c)) continue;
      // Most chunks are words the lexicon lacks: every test below asks about entries.
      if (!ch.entries) {
        if (!ctx_.discovered.empty() && !used_[c] && ch.end == ch.begin + 1)
          if (const auto* d = discovered_at(c)) {
            ActorRef& r = open_ref(-1, c, c, {}, "discovered-short");
            r.unknown_name = d->name;
            r.country = d->country;
            close_ref();
          }
        continue;
      }
      // Most of the others are words, triggers, cues or dates (Chunk::kinds):
      // of the tests below only the pronoun's may hold for them.
      if (!(ch.kinds & kNamingKinds)) {
        if (!used_[c] && ch.word("pronoun") && ctx_.previous_subject >= 0 && !person_before())
          add_ref(ctx_.previous_subject, c, c, {}, "pronoun");
        continue;
      }
      if (!used_[c]) {
        if (ch.has(EntryKind::kTitle)) {
          title_phrase(c);
        } else if (names_a_place(c) || capital_of_context(c)) {
          used_[c] = true;
        } else if (ch.has(EntryKind::kActor) || ch.has(EntryKind::kActorShort)) {
          int a = resolve_name(c);
          if (a >= 0 && affiliation_of_next(c, a)) a = -1;
          if (a >= 0) add_ref(a, c, c, {}, name_how(c));
        } else if (ch.has(EntryKind::kState) && modifies_next(c)) {
          // "U.S. President Trump", "Jordan's King Abdullah": the country describes the person.
          ctx_.note_country(lex_.actors()[ch.find(EntryKind::kState)->value].id);
        } else if (ch.has(EntryKind::kState)) {
          open_ref(ch.find(EntryKind::kState)->value, c, c, {}, "state").is_state_name = true;
          close_ref();
        } else if (ch.has(EntryKind::kAmbiguousAdj) && c > 0 &&
                   (chunks_[c - 1].word("to") || chunks_[c - 1].word("in"))) {
          // "إلى كوريا": a name two states share, after a preposition, is the one the article is about.
          int st = adjective_state(c);
          if (st >= 0) {
            open_ref(st, c, c, {}, "state-context").is_state_name = true;
            close_ref();
          }
        } else if (const auto* adj = ch.find(EntryKind::kAdjective)) {
          ctx_.note_country(lex_.actors()[adj->value].id);
        } else if (ch.word("pronoun") && ctx_.previous_subject >= 0 && !person_before()) {
          // "He held talks in Jerusalem": with nobody named before it, the
          // pronoun is the person the previous sentences were about.
          add_ref(ctx_.previous_subject, c, c, {}, "pronoun");
        }
      }
      // Most chunks with entries name no place and no state (Chunk::kinds): passed without reading them.
      if (ch.find(EntryKind::kPlace) || ch.find(EntryKind::kCapitalDesc) || ch.find(EntryKind::kState)) place_at(c);
    }
    settle_shared_places();
  }

 private:
  // The kinds of entry that name an actor, a title or a place: a chunk holding none is passed quickly.
  static constexpr uint16_t kNamingKinds = [] {
    uint16_t bits = 0;
    for (EntryKind k : {EntryKind::kActor, EntryKind::kActorShort, EntryKind::kState, EntryKind::kAdjective,
                        EntryKind::kAmbiguousAdj, EntryKind::kPlace, EntryKind::kCapitalDesc, EntryKind::kTitle})
      bits |= static_cast<uint16_t>(1u << static_cast<unsigned>(k));
    return bits;
  }();

  // The country a title phrase names: its one state, else the country of a
  // place right after it ("ولي عهد أبوظبي"); "" for neither.
  std::string_view title_country(const std::vector<int>& states, size_t last) const {
    if (states.size() == 1) return lex_.actors()[states.front()].id;
    if (!states.empty() || last + 1 >= n_chunks_) return {};
    const auto* place = chunks_[last + 1].find(EntryKind::kPlace);
    return place ? std::string_view(lex_.places()[place->value].country) : std::string_view();
  }

  bool person_before() const {
    for (const auto& r : s_.actors)
      if (r.actor >= 0 && lex_.actors()[r.actor].kind == ActorKind::kPerson) return true;
    return false;
  }

  const char* name_how(size_t c) const {
    return chunks_[c].has(EntryKind::kActor) ? "alias" : "short";
  }

  // An Arabic name right after a place noun is the place's name, not a
  // person taking part: "مطار رفيق الحريري", "جامعة الملك سعود".
  bool names_a_place(size_t c) const {
    const Chunk& ch = chunks_[c];
    if (c == 0 || !(ch.has(EntryKind::kActor) || ch.has(EntryKind::kActorShort))) return false;
    return tokens_[ch.begin].token.arabic && chunks_[c - 1].word("place_noun");
  }

  // "عمان" is Oman and, without its vowels, Amman: a state's name that also
  // names another state's city is that city when the article so far speaks
  // more of the city's country ("العاهل الأردني ... في عمان").
  bool capital_of_context(size_t c) const {
    const Chunk& ch = chunks_[c];
    const auto* state = ch.find(EntryKind::kState);
    const auto* place = ch.find(EntryKind::kPlace);
    if (state == nullptr || place == nullptr) return false;
    const std::string& city_country = lex_.places()[place->value].country;
    const std::string& state_code = lex_.actors()[state->value].id;
    if (city_country.empty() || city_country == state_code) return false;
    return ctx_.country_count(city_country) > ctx_.country_count(state_code);
  }

  // "المبعوث الخاص للرئيس الأمريكي": a title after لـ completing another
  // title says whose envoy or adviser someone is; its holder is not named.
  bool complements_title(size_t c) const {
    const Tok& tok = tokens_[chunks_[c].begin];
    if (!tok.token.arabic || !tok.glued_prep || c == 0) return false;
    for (size_t back = 1; back <= 2 && back <= c; ++back)
      if (chunks_[c - back].has(EntryKind::kTitle)) return true;
    return false;
  }

  // The actor a name chunk stands for, or -1 (a surname never mentioned in full).
  int resolve_name(size_t c) {
    const Chunk& ch = chunks_[c];
    int full = -1;
    for (const auto& e : *ch.entries) {
      if (!ch.names_ok) break;
      if (e.kind == EntryKind::kActor) {
        if (full < 0 || ctx_.was_mentioned(e.value)) full = e.value;
      }
    }
    if (full >= 0) return full;
    // A surname right after its country ("Jordan's King Abdullah", "الأردني عبد الله")
    // is the one person of that country it can be.
    if (c > 0 && ch.names_ok) {
      const Chunk& before = chunks_[c - 1];
      int state = -1;
      if (const auto* e = before.find(EntryKind::kState)) state = e->value;
      else if (const auto* a = before.find(EntryKind::kAdjective)) state = a->value;
      if (state >= 0) {
        int only = -1, count = 0;
        for (const auto& e : *ch.entries)
          if (e.kind == EntryKind::kActorShort && lex_.actors()[e.value].country == lex_.actors()[state].id &&
              e.value != only)
            only = e.value, ++count;
        if (count == 1) return only;
      }
    }
    int best = -1;
    size_t best_pos = 0;
    for (const auto& e : *ch.entries) {
      if (e.kind != EntryKind::kActorShort || !ch.names_ok) continue;
      auto it = std::find(ctx_.mentioned.begin(), ctx_.mentioned.end(), e.value);
      if (it == ctx_.mentioned.end()) continue;
      size_t pos = static_cast<size_t>(it - ctx_.mentioned.begin());
      if (best < 0 || pos > best_pos) best = e.value, best_pos = pos;
    }
    // English only: read on Arabic names it lowered the held-out figures.
    if (best >= 0 || ch.end - ch.begin < 2 || tokens_[ch.begin].token.arabic) return best;
    // "King Abdullah", "Emir Tamim": a short name written with its office names
    // the one person it can be who holds a leading office on the article's day (English).
    for (const auto& e : *ch.entries) {
      if (e.kind != EntryKind::kActorShort || !ch.names_ok || e.value == best) continue;
      bool leads = false;
      for (const auto* role : lex_.roles_of(e.value, ctx_.date))
        leads = leads || role->office == "head_of_state" || role->office == "head_of_government" ||
                role->office == "supreme_leader" || role->office == "crown_prince";
      if (!leads) continue;
      if (best >= 0) return -1;
      best = e.value;
    }
    return best;
  }

  // Arabic has no capitals to tell a name from the words after a title; a word
  // with an attached pronoun ("لفخامته", "بلادهم") or a past-tense verb ending
  // ("تناولت", "اقيمت") is not part of a person's name.
  bool could_be_arabic_name(size_t first, size_t end) const {
    static const std::vector<std::string> kSuffixes = {"\u062A\u0647", "\u062A\u0647\u0627", "\u0647\u0645",
                                                       "\u0647\u0645\u0627", "\u0643\u0645"};  // ته تها هم هما كم
    static const std::string kTa = "\u062A", kAlefTa = "\u0627\u062A";                              // ت ات
    for (size_t c = first; c < end; ++c) {
      const auto& tok = tokens_[chunks_[c].begin].token;
      if (!tok.arabic) continue;
      const std::string_view w = tok.norm;
      const size_t letters = w.size() / 2;
      for (const auto& suffix : kSuffixes)
        if (letters >= 4 && w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0)
          return false;
      if (c == first && letters >= 4 && w.compare(w.size() - kTa.size(), kTa.size(), kTa) == 0 &&
          w.compare(w.size() - kAlefTa.size(), kAlefTa.size(), kAlefTa) != 0)
        return false;
    }
    return true;
  }

  // An English country name right before a title or a person's name is a modifier.
  // "NATO Secretary-General Jens Stoltenberg": an organisation written before
  // a titled name says whose office it is, like "U.S. President Trump"; the
  // person takes part, the organisation is not named as a party of its own.
  bool affiliation_of_next(size_t c, int actor) const {
    if (lex_.actors()[actor].kind != ActorKind::kOrganisation || !modifies_next(c)) return false;
    const Entry* title = chunks_[c + 1].find(EntryKind::kTitle);
    // ("UN chief": the title of its head stands for the head, named or not.)
    return title && (is_name_chunk(c + 2) || title->tag == "head");
  }

  int resolve_name_if_actor(size_t c) {
    return chunks_[c].has(EntryKind::kActor) || chunks_[c].has(EntryKind::kActorShort) ? resolve_name(c) : -1;
  }

  static lexicon::TitleStyle title_style(const Entry& title) {
    using lexicon::TitleStyle;
    return title.flags & Entry::kMonarchTitle     ? TitleStyle::kMonarch
           : title.flags & Entry::kPresidentTitle ? TitleStyle::kPresident
                                                  : TitleStyle::kNone;
  }

  // The one actor whose short name chunk `c` is and who holds `office` (in a
  // role of the title's style) on the article's date; -1 if none or several.
  int short_name_holding(size_t c, const std::string& office, lexicon::TitleStyle style) const {
    int found = -1;
    for (const auto& e : *chunks_[c].entries) {
      if (e.kind != EntryKind::kActorShort || e.value == found) continue;
      for (const auto* r : lex_.roles_of(e.value, ctx_.date))
        if (r->office == office && style_fits(r->style, style)) {
          if (found >= 0) return -1;
          found = e.value;
          break;
        }
    }
    return found;
  }

  // The chunk of the state named after "of" at `k` ("foreign minister of Iran"), 0 if none; a plural
  // title's reads over an article ("the leaders of the UAE and Egypt").
  size_t of_state_at(size_t k, bool plural) const {
    if (!is_word(k, "of") || k + 1 >= n_chunks_) return 0;
    size_t st = k + 1;
    if (plural && st + 1 < n_chunks_ && is_word(st, "article")) ++st;
    return chunks_[st].has(EntryKind::kState) ? st : 0;
  }

  bool indefinite_before(size_t c) const {
    if (c == 0) return false;
    const auto& t = tokens_[chunks_[c - 1].begin].token;
    if (!t.arabic && (t.norm == "a" || t.norm == "an")) return true;
    // "the last Indian prime minister to visit Pakistan", "أول رئيس أمريكي يزور": an ordinal makes the
    // title any holder of the office. (Read as words: the word roles' mask has no room left.)
    if (t.arabic) return t.norm == "اول" || t.norm == "اخر";
    return (t.norm == "first" || t.norm == "last") && c >= 2 && tokens_[chunks_[c - 2].begin].token.norm == "the";
  }

  bool modifies_next(size_t c) const {
    if (c + 1 >= n_chunks_ || tokens_[chunks_[c].begin].token.arabic) return false;
    const Chunk& next = chunks_[c + 1];
    return next.has(EntryKind::kTitle) || next.has(EntryKind::kActor) || next.has(EntryKind::kActorShort);
  }

  int adjective_state(size_t c) const {
    const Chunk& ch = chunks_[c];
    if (const auto* e = ch.find(EntryKind::kAdjective)) return e->value;
    std::vector<int> candidates;
    for (const auto& e : ch.entries ? *ch.entries : std::vector<Entry>{})
      if (e.kind == EntryKind::kAmbiguousAdj) candidates.push_back(e.value);
    if (candidates.empty()) return -1;
    return ctx_.pick_state(candidates);
  }

  bool is_adjective(size_t c) const {
    return c < n_chunks_ && (chunks_[c].has(EntryKind::kAdjective) || chunks_[c].has(EntryKind::kAmbiguousAdj));
  }
  bool is_punct(size_t c, char p) const {
    return c < n_chunks_ && tokens_[chunks_[c].begin].token.is_punct(p);
  }
  bool is_word(size_t c, lexicon::Tag role) const { return c < n_chunks_ && chunks_[c].word(role); }
  bool glued_and(size_t c) const { return c < n_chunks_ && tokens_[chunks_[c].begin].glued_and; }
  bool is_name_chunk(size_t c) const {
    return c < n_chunks_ && (chunks_[c].has(EntryKind::kActor) || chunks_[c].has(EntryKind::kActorShort));
  }

  // An unknown name after a title: capitalised Latin words, or Arabic words no lexicon knows.
  // A Latin word that is only some known person's surname may stand inside it
  // ("Rajnath Singh"), or open it when `surname_first` ("Park Jie-won");
  // a hyphen joins a Latin name's parts ("Jie-won").
  size_t unknown_run(size_t c, bool surname_first = false) const {
    size_t e = c, words = 0;
    bool patronymic = false;  // "عبد العزيز بن سعود": an Arabic name with "بن" runs longer
    while (e < n_chunks_ && words < 4 + (patronymic ? 2 : 0)) {
      const Chunk& ch = chunks_[e];
      if (ch.end - ch.begin != 1) break;
      const Tok& t = tokens_[ch.begin];
      if (ch.entries && (t.token.arabic || !t.capitalised || !(e > c || surname_first) || !only_surnames(ch))) break;
      if (t.token.kind != text::TokenKind::kWord) break;
      if (t.token.arabic) {
        if (e > c && t.glued_and) break;
        if (t.token.norm == "بن" || t.token.norm == "بنت") patronymic = true;
      } else if (!t.capitalised) {
        break;
      }
      ++e, ++words;
      if (!t.token.arabic && e + 1 < n_chunks_ && is_punct(e, '-') && !chunks_[e + 1].entries &&
          tokens_[chunks_[e + 1].begin].token.kind == text::TokenKind::kWord &&
          !tokens_[chunks_[e + 1].begin].token.arabic)
        e += 2;
    }
    if (c < n_chunks_ && tokens_[chunks_[c].begin].token.arabic) {
      if (e - c > 3 && !patronymic) e = c + 3;
      // A name does not end on "بن": the next word, the father's name, is one the lexicon has.
      while (e > c + 1 && (tokens_[chunks_[e - 1].begin].token.norm == "بن" ||
                           tokens_[chunks_[e - 1].begin].token.norm == "بنت"))
        --e;
    }
    return e;  // [c, e)
  }

  bool only_surnames(const Chunk& ch) const {
    for (const auto& entry : *ch.entries)
      if (entry.kind != EntryKind::kActorShort) return false;
    return true;
  }

  // The comma of "X, the Finnish foreign minister" when the title phrase
  // starting at `first` follows one (after an optional "the"), else 0.
  size_t apposition_comma(size_t first) const {
    size_t c = first;
    if (c >= 2 && !tokens_[chunks_[c - 1].begin].token.arabic && is_word(c - 1, "article")) --c;
    return c >= 2 && is_punct(c - 1, ',') ? c - 1 : 0;
  }

  // The first chunk of a capitalised Latin name of two to four words that
  // ends right before `end` ("Jari Virtanen"), or `end` when there is none.
  // One word alone may be "Earlier" or "Meanwhile", opening the sentence.
  size_t latin_name_before(size_t end) const {
    size_t c = end;
    while (c > 0 && end - c < 4) {
      const Chunk& ch = chunks_[c - 1];
      if (ch.entries || used_[c - 1] || ch.end - ch.begin != 1) break;
      const Tok& t = tokens_[ch.begin];
      if (t.token.kind != text::TokenKind::kWord || t.token.arabic || !t.capitalised || t.all_caps) break;
      --c;
    }
    return end - c >= 2 ? c : end;
  }

  // A new ref, made in place at the end of the sentence's actors for the
  // caller to complete and then close (close_ref): one made aside and moved
  // in cost a construction, a move and a destruction of its five strings.
  ActorRef& open_ref(int actor, size_t first, size_t last, std::string_view title, const char* how) {
    ActorRef& r = s_.actors.emplace_back();
    r.actor = actor;
    r.first_chunk = first;
    r.last_chunk = last;
    assign_recycled(r.text, source_view(first, last));
    if (!title.empty()) assign_recycled(r.title, title);  // a new ref's title is empty already
    r.how = how;
    if (actor >= 0) r.country = lex_.actors()[actor].country;
    return r;
  }

  // As AnalysedSentence::source, viewed rather than copied.
  std::string_view source_view(size_t first, size_t last) const {
    if (first >= n_chunks_ || last < first) return {};
    last = std::min(last, n_chunks_ - 1);
    const uint32_t b = tokens_[chunks_[first].begin].src_begin;
    const uint32_t e = tokens_[chunks_[last].end - 1].src_end;
    return e > b ? std::string_view(s_.text).substr(b, e - b) : std::string_view();
  }

  // The ref last opened takes its chunks, and the article notes its actor.
  void close_ref() {
    const ActorRef& r = s_.actors.back();
    for (size_t c = r.first_chunk; c <= r.last_chunk && c < used_.size(); ++c) used_[c] = true;
    if (r.actor >= 0) ctx_.note(r.actor);
    else ctx_.note_country(r.country);
    if (r.actor < 0 && !r.unknown_name.empty() && r.how == "discovered") remember_discovered(r);
  }

  // "met Song Ho Gyong in Beijing": two to four capitalised words the
  // lexicon lacks, right after an English meeting verb or "with" and closed
  // by punctuation or a preposition, are a person it lacks (of no known
  // country). Returns true when it made that ref at `c`.
  bool untitled_object(size_t c) {
    // (run() asks only after a chunk with entries; kept so the test stands alone.)
    if (c == 0 || !chunks_[c - 1].entries) return false;
    const Chunk& before = chunks_[c - 1];
    const Entry* trigger = before.find(EntryKind::kTrigger);
    if (!(trigger && (trigger->flags & Entry::kVerb)) && !before.word("with")) return false;
    if (tokens_[chunks_[c].begin].token.arabic || !tokens_[chunks_[c].begin].capitalised) return false;
    if (chunks_[c].entries && !only_surnames(chunks_[c])) return false;
    const size_t e = unknown_run(c, true);
    if (e < c + 2 || e > c + 4) return false;
    if (e < n_chunks_ && !(tokens_[chunks_[e].begin].token.kind == text::TokenKind::kPunct ||
                                   is_word(e, "in") || is_word(e, "and") || is_word(e, "date_prep")))
      return false;
    // "met Jari Virtanen, the Finnish foreign minister,": the title after it says who he is.
    if (is_punct(e, ','))
      for (size_t k = e + 1; k < n_chunks_ && k <= e + 4; ++k)
        if (chunks_[k].has(EntryKind::kTitle)) return false;
    if (ctx_.unknown_names_left <= 0) return false;
    --ctx_.unknown_names_left;
    std::string written = s_.source(c, e - 1);
    const char* how = "untitled";
    const int actor = resolve_unknown(written, -1, &how);
    if (actor >= 0) {
      add_ref(actor, c, e - 1, {}, how);
    } else {
      ActorRef& r = open_ref(-1, c, e - 1, {}, "discovered");
      r.unknown_name = std::move(written);
      close_ref();
    }
    return true;
  }

  // Keeps an introduced unknown person's last name for the article's later mentions of it.
  void remember_discovered(const ActorRef& r) {
    const std::string_view name = r.unknown_name;
    const size_t space = name.find_last_of(' ');
    if (space == std::string_view::npos || ctx_.discovered.size() >= ArticleContext::kDiscoveredCap) return;
    std::string surname = text::fold_string(name.substr(space + 1));
    // Three letters at least, four in Arabic script: a shorter last name is too often a word of its own ("على").
    const auto letters = std::count_if(surname.begin(), surname.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; });
    if (letters < (static_cast<unsigned char>(surname[0]) >= 0x80 ? 4 : 3)) return;
    for (const auto& d : ctx_.discovered)
      if (d.surname == surname) return;  // the first one named keeps it
    ctx_.discovered.push_back({std::move(surname), std::string(name), r.country});
  }

  // "Virtanen met Lavrov": a word the lexicon lacks that is the last name of
  // an unknown person the article introduced; nullptr if it is none.
  const ArticleContext::Discovered* discovered_at(size_t c) const {
    const Tok& tok = tokens_[chunks_[c].begin];
    if (tok.token.kind != text::TokenKind::kWord || (!tok.token.arabic && !tok.capitalised)) return nullptr;
    const std::string_view norm = tok.token.norm;
    for (const auto& d : ctx_.discovered)
      for (size_t k = 0; k < tok.forms.count; ++k)
        if (norm.substr(tok.forms.start[k]) == d.surname) return &d;
    return nullptr;
  }

  void add_ref(int actor, size_t first, size_t last, std::string_view title, const char* how) {
    open_ref(actor, first, last, title, how);
    close_ref();
  }

  // The one holder of `office` of `state` on the article's day; negative for nobody or several.
  // The organisation named right before the title at `c` ("UN chief") or
  // right after it ("الأمين العام للأمم المتحدة", "chief of the United
  // Nations"): if the lexicon has its one head that day, refers to that head
  // over the title and the organisation's name, and returns true.
  bool head_of_organisation(size_t c, size_t first, size_t last) {
    const auto organisation_at = [&](size_t k) {
      if (k >= n_chunks_ || used_[k] || !chunks_[k].has(EntryKind::kActor)) return -1;
      const int a = chunks_[k].find(EntryKind::kActor)->value;
      return lex_.actors()[a].kind == ActorKind::kOrganisation ? a : -1;
    };
    size_t from = first, to = last;
    int org = first < c ? organisation_at(first) : -1;
    if (org < 0) {
      size_t k = last + 1;
      if (is_word(k, "of")) ++k;
      if (is_word(k, "article")) ++k;
      if ((org = organisation_at(k)) >= 0) to = k;
    }
    // A name after it is the head's own ("الأمين العام للأمم المتحدة أنطونيو غوتيريش"): read as titles and names are.
    if (org < 0 || is_name_chunk(to + 1)) return false;
    const int holder = sole_holder("head", org);
    if (holder < 0) return false;
    add_ref(holder, from, to, source_view(from, to), "title");
    for (size_t i = from; i <= to; ++i) used_[i] = true;
    return true;
  }

  int sole_holder(const std::string& office, int state) const {
    for (const auto& seen : ctx_.holders_seen)
      if (seen.state == state && seen.office == office) return seen.holder;
    const int h = holder_on_date(office, state);
    if (ctx_.holders_seen.size() < ArticleContext::kHoldersSeenCap) ctx_.holders_seen.push_back({state, office, h});
    return h;
  }

  int holder_on_date(const std::string& office, int state) const {
    const std::string& code = lex_.actors()[state].id;
    if (office == "leader") return lex_.sole_leader(code, ctx_.date);
    const int h = lex_.sole_holder(office, code, ctx_.date);
    if (h == lexicon::Lexicon::kNoHolder && office == "head_of_state")
      return lex_.sole_holder("head_of_government", code, ctx_.date);
    return h;
  }

  // Does the written name fit the actor (a prefix of a spelling, or close to one)?
  bool name_fits(int actor, const std::string& folded) const {
    for (const auto& a : lex_.actors()[actor].folded_aliases)
      if (a.compare(0, folded.size(), folded) == 0) return true;
    const int limit = static_cast<int>(folded.size() / 8 + 1);
    return lex_.fuzzy_distance(folded, actor, limit) <= limit;
  }

  // Resolves an unknown written name: the title's holder if the name fits,
  // else a close spelling of a known person (a looser bound for people the
  // article already mentioned), else -1.
  int resolve_unknown(const std::string& written, int holder, const char** how) const {
    std::string folded = text::fold_string(written);
    if (holder >= 0 && name_fits(holder, folded)) {
      *how = "title+name";
      return holder;
    }
    // "الأمير خالد" after "الأمير خالد بن سلمان": the first name of one person the article named.
    int named = -1;
    for (int a : ctx_.mentioned) {
      if (a == named || lex_.actors()[a].kind != ActorKind::kPerson) continue;
      const bool first_name = std::any_of(lex_.actors()[a].folded_aliases.begin(), lex_.actors()[a].folded_aliases.end(),
                                          [&](const std::string& alias) {
                                            return alias.size() > folded.size() && alias.compare(0, folded.size(), folded) == 0 &&
                                                   alias[folded.size()] == ' ';
                                          });
      if (!first_name) continue;
      if (named >= 0) {
        named = -2;  // two people of that first name: neither
        break;
      }
      named = a;
    }
    if (named >= 0) {
      *how = "title+first-name";
      return named;
    }
    const int letters = static_cast<int>(folded.size() / (text::has_arabic(written) ? 2 : 1));
    auto close = lex_.fuzzy_actors(folded, std::max(1, letters / 6));
    if (close.size() == 1) {
      *how = "fuzzy";
      return close.front();
    }
    // A looser bound, but only towards people the article already named
    // (the seed's "جون كونغ أون" after "كيم جونغ أون"): one of them must be
    // closest on its own.
    const int loose = std::max(1, letters * 2 / 5);
    int best = loose + 1, best_actor = -1;
    bool tie = false;
    for (int a : ctx_.mentioned) {  // each actor once (ArticleContext::note)
      // Only people have the full names fuzzy_distance weighs: states and organisations are not asked.
      if (lex_.actors()[a].kind != ActorKind::kPerson) continue;
      int d = lex_.fuzzy_distance(folded, a, loose);
      if (d < best) best = d, best_actor = a, tie = false;
      else if (d == best && d <= loose) tie = true;
    }
    if (best_actor >= 0 && !tie) {
      *how = "fuzzy+context";
      return best_actor;
    }
    return -1;
  }

  // The country of a titled person named right before "and"/"و"/"," and this
  // title: the list's people share it. Empty when there is none.
  std::string listed_after_countryman(size_t title) const {
    // English only: Arabic lists of people of different states run the same way ("الرئيس المصري ...، والعاهل الأردني").
    if (title < 2 || tokens_[chunks_[title].begin].token.arabic) return {};
    if (!(chunks_[title - 1].word("and") || tokens_[chunks_[title - 1].begin].token.is_punct(','))) return {};
    if (s_.actors.empty()) return {};
    const ActorRef& before = s_.actors.back();
    if (before.last_chunk + 2 != title || before.title.empty() || before.country.empty()) return {};
    if (before.actor >= 0 && lex_.actors()[before.actor].kind != ActorKind::kPerson) return {};
    return before.country;
  }

  void title_phrase(size_t c) {
    const Entry* title = chunks_[c].find(EntryKind::kTitle);
    const std::string& office = title->tag;  // the lexicon's: no copy
    const bool plural = title->flags & Entry::kPlural;
    size_t first = c, last = c;
    // The phrase's states, listed states and names: scratch kept per thread,
    // as the tokens are; a title phrase allocated each of them anew.
    thread_local std::vector<int> states;
    thread_local std::vector<size_t> listed_at;  // for such a list, each further state's chunk (0: none)
    states.clear();
    listed_at.clear();
    // "former President Hassan Rouhani", "الرئيس الإيراني السابق حسن روحاني": a past holder.
    bool former = false;
    // English pre-modifiers: "Russian Foreign Minister", "US President", "Russia's president".
    if (c > 0 && !used_[c - 1]) {
      if (is_adjective(c - 1)) {
        int st = adjective_state(c - 1);
        if (st >= 0) states.push_back(st);
        first = c - 1;
        // "the Egyptian and Saudi foreign ministers", "the French, German and Italian leaders":
        // each adjective of a plural title's list is a state, its holder standing at it.
        if (plural && st >= 0 && !tokens_[chunks_[c].begin].token.arabic) {
          size_t f = c - 1;
          while (f >= 2 && (is_word(f - 1, "and") || is_punct(f - 1, ',')) && !used_[f - 2] && is_adjective(f - 2) &&
                 adjective_state(f - 2) >= 0) {
            f -= 2;
            states.insert(states.begin(), adjective_state(f));
            listed_at.insert(listed_at.begin(), f);
          }
          if (!listed_at.empty()) {
            listed_at.push_back(c - 1);
            first = f;
          }
        }
      } else if (chunks_[c - 1].has(EntryKind::kState) && !tokens_[chunks_[c - 1].begin].token.arabic) {
        states.push_back(chunks_[c - 1].find(EntryKind::kState)->value);
        first = c - 1;
      } else if (const int org = resolve_name_if_actor(c - 1); org >= 0 && affiliation_of_next(c - 1, org)) {
        first = c - 1;
      }
    }
    if (first > 0 && is_word(first - 1, "former")) former = true;
    // Post-modifiers: adjectives (and coordinated ones for plurals), "of X", construct state "أمير قطر".
    size_t k = c + 1;
    bool of_list = false;  // a plural title's "of X" may go on with a list of states
    while (k < n_chunks_) {
      if (is_adjective(k)) {
        int st = adjective_state(k);
        if (st >= 0) states.push_back(st);
        last = k++;
      } else if (chunks_[k].has(EntryKind::kState) && (k == c + 1 || glued_and(k)) &&
                 tokens_[chunks_[k].begin].token.arabic) {
        states.push_back(chunks_[k].find(EntryKind::kState)->value);
        // "وزراء خارجية مصر والأردن والعراق": each minister stands at his state's name.
        if (plural) listed_at.resize(states.size() - 1, 0), listed_at.push_back(k);
        last = k++;
      } else if (const size_t st = of_state_at(k, plural); st > 0) {
        // "ambassador to X" (لدى) names where the office is held, not whose it is.
        if (office != "ambassador") states.push_back(chunks_[st].find(EntryKind::kState)->value);
        of_list = plural && office != "ambassador" && !tokens_[chunks_[st].begin].token.arabic;
        if (of_list) listed_at.assign(states.size() - 1, 0), listed_at.push_back(st);
        last = st;
        k = st + 1;
      } else if ((is_punct(k, '-') || is_word(k, "and")) && is_adjective(k + 1)) {
        ++k;
      } else if (is_word(k, "incoming")) {  // "الرئيس السنغالي الجديد باسيرو ديوماي فاي": not a name
        last = k++;
      } else if (is_word(k, "former")) {
        former = true;
        last = k++;
      } else if (of_list && k == last + 1 && (is_punct(k, ',') || is_word(k, "and"))) {
        // "the foreign ministers of Egypt, Jordan(,) and Iraq": every state of the list.
        size_t n = k + 1;
        if (is_punct(k, ',') && is_word(n, "and")) ++n;
        if (n + 1 < n_chunks_ && is_word(n, "article") && chunks_[n + 1].has(EntryKind::kState)) ++n;  // "and the UAE"
        if (n >= n_chunks_ || !chunks_[n].has(EntryKind::kState)) break;
        states.push_back(chunks_[n].find(EntryKind::kState)->value);
        listed_at.resize(states.size() - 1, 0);
        listed_at.push_back(n);
        last = n;
        k = n + 1;
      } else {
        break;
      }
    }
    for (int st : states) ctx_.note_country(lex_.actors()[st].id);
    if (complements_title(c)) {
      for (size_t i = first; i <= last; ++i) used_[i] = true;
      return;
    }
    // Viewed in the sentence's text: the refs copy it into storage they recycle.
    const std::string_view title_text = source_view(first, last);
    // "UN chief", "the Secretary-General of the United Nations", "الأمين العام
    // لجامعة الدول العربية": an organisation's head by title alone is the one
    // in office that day.
    if (states.empty() && office == "head" && !plural && !former && head_of_organisation(c, first, last)) return;
    // The name that follows, after an optional comma: one, or a list for plurals.
    struct Named { size_t first, last; int actor; std::string written; };
    thread_local std::vector<Named> names;
    names.clear();
    // The one holder of the office of the phrase's one state, asked for
    // only when a name needs it: most titles' names resolve without it.
    int single_holder_memo = -2;  // -2: not yet asked
    const auto single_holder = [&] {
      if (single_holder_memo == -2)
        single_holder_memo = states.size() == 1 && !former ? std::max(-1, sole_holder(office, states.front())) : -1;
      return single_holder_memo;
    };
    k = last + 1;
    while (k < n_chunks_) {
      size_t n = k;
      if (is_punct(n, ',')) ++n;
      if (!names.empty() && (is_word(n, "and"))) ++n;
      else if (!names.empty() && !glued_and(n) && n == k) break;
      if (!names.empty() && !plural) break;
      // "وزراء خارجية مصر والأردن، وأمين سر اللجنة ...": after a comma a word
      // with "و" glued on opens the list's next member, not the title's name.
      if (names.empty() && n > k && glued_and(n) && tokens_[chunks_[n].begin].token.arabic) break;
      // "Crown Prince Sheikh Mohammed bin Zayed", "رئيس الجمهورية السيد عبد المجيد تبون": a courtesy before the name.
      if (n + 1 < n_chunks_ && is_word(n, "name_prefix") && is_name_chunk(n + 1)) ++n;
      if (is_name_chunk(n)) {
        int a = resolve_name(n);
        if (a < 0 && single_holder() >= 0)
          for (const auto& e : *chunks_[n].entries)
            if (e.value == single_holder() && e.kind == EntryKind::kActorShort) a = single_holder();
        // "الرئيس عباس", "الملك عبد الله": a bare title's short name, before any full mention, is the one
        // its bearers who holds the office that day.
        if (a < 0 && states.empty() && !plural && chunks_[n].names_ok) a = short_name_holding(n, office, title_style(*title));
        if (a < 0) {
          // "Park Jie-won": a surname of someone known opening a longer name the lexicon lacks.
          const size_t e = tokens_[chunks_[n].begin].token.arabic ? n : unknown_run(n, true);
          if (e < n + 2) break;
          names.push_back({n, e - 1, -1, s_.source(n, e - 1)});
          k = e;
          if (!plural) break;
          continue;
        }
        // "ري يونغ": a shortened name may run on over words the lexicon lacks.
        size_t end = n;
        while (end + 1 < n_chunks_ && end < n + 2 && !chunks_[end + 1].entries &&
               tokens_[chunks_[end + 1].begin].token.kind == text::TokenKind::kWord &&
               !tokens_[chunks_[end + 1].begin].glued_and && tokens_[chunks_[end + 1].begin].token.arabic ==
                                                                     tokens_[chunks_[n].begin].token.arabic &&
               end + 2 < n_chunks_ && tokens_[chunks_[end + 2].begin].token.kind == text::TokenKind::kPunct)
          ++end;
        names.push_back({n, end, a, {}});
        k = end + 1;
      } else {
        size_t e = unknown_run(n);
        if (e == n) break;
        std::string written = s_.source(n, e - 1);
        // "وجون": the conjunction glued to the first word is not part of the name.
        if (glued_and(n) && written.size() > 2) written = written.substr(2);
        if (!could_be_arabic_name(n, e)) break;
        // "وفخامة الرئيس التركي جلسة مباحثات": one Arabic word after the title
        // of a holder the article already named, not spelling that holder, is
        // the next phrase rather than another person's name.
        if (e - n == 1 && single_holder() >= 0 && ctx_.was_mentioned(single_holder()) &&
            tokens_[chunks_[n].begin].token.arabic && !name_fits(single_holder(), text::fold_string(written)))
          break;
        // "مع نظيره السعودي، رحب فيها الجانبان": after a comma, one Arabic
        // word the lexicon lacks opens the next clause; a name set off by a
        // comma is written in full.
        if (e - n == 1 && n > k && tokens_[chunks_[n].begin].token.arabic) break;
        // "يستقبل رئيس الحكومة الإسبانية ويقيم مأدبة": with و glued on, the
        // words after the title of an office with one holder that day go on
        // with the sentence; the title stands for that holder.
        if (glued_and(n) && tokens_[chunks_[n].begin].token.arabic && single_holder() >= 0) break;
        names.push_back({n, e - 1, -1, written});
        k = e;
      }
      if (!plural) break;
    }
    if (!names.empty()) {
      for (size_t i = 0; i < names.size(); ++i) {
        auto& nm = names[i];
        int holder = -1;
        if (nm.actor < 0 && i < states.size() && !former) {
          holder = std::max(-1, sole_holder(office, states[i]));
        }
        const char* how = "title+name";
        // Resolving an unknown name scans every known spelling, so an article
        // may do it only so often (README, "Limits"): a hostile list of titled
        // names then stays linear; the names beyond are kept as written.
        int actor = nm.actor;
        if (actor < 0 && ctx_.unknown_names_left > 0) {
          --ctx_.unknown_names_left;
          actor = resolve_unknown(nm.written, holder, &how);
        }
        size_t ref_first = i == 0 ? first : nm.first;
        if (actor >= 0) {
          add_ref(actor, ref_first, nm.last, title_text, nm.actor >= 0 ? "title+name" : how);
          if (!plural) ctx_.titled.emplace_back(actor, office);
        } else if (const std::string country = !states.empty() ? lex_.actors()[states[std::min(i, states.size() - 1)]].id
                                                               : listed_after_countryman(first);
                   !country.empty()) {
          // An unknown person is kept only when the title says whose office it
          // is, or the list he is named in does ("Foreign Minister Osman Saleh
          // and presidential adviser Yemane Gebreab").
          ActorRef& r = open_ref(-1, ref_first, nm.last, title_text, "discovered");
          r.unknown_name = std::move(nm.written);
          r.country = country;
          close_ref();
        }
      }
      return;
    }
    // "X, the Finnish foreign minister": the title describes the name before it.
    if (const size_t comma = apposition_comma(first); comma > 0 && !glued_and(first)) {
      if (!s_.actors.empty() && s_.actors.back().last_chunk + 1 == comma) {
        auto& prev = s_.actors.back();
        if (prev.title.empty()) prev.title = title_text;
        for (size_t i = first; i <= last; ++i) used_[i] = true;
        return;
      }
      // "Jari Virtanen, the Finnish foreign minister, said": a name the
      // lexicon lacks, kept with the office and state the title gives it.
      if (const size_t name_first = latin_name_before(comma); name_first < comma && states.size() == 1 && !plural &&
                                                              !former && ctx_.unknown_names_left > 0) {
        --ctx_.unknown_names_left;
        std::string written = s_.source(name_first, comma - 1);
        const char* how = "name+title";
        const int actor = resolve_unknown(written, std::max(-1, sole_holder(office, states.front())), &how);
        if (actor >= 0) {
          add_ref(actor, name_first, comma - 1, title_text, how);
        } else {
          ActorRef& r = open_ref(-1, name_first, comma - 1, title_text, "discovered");
          r.unknown_name = std::move(written);
          r.country = lex_.actors()[states.front()].id;
          close_ref();
        }
        for (size_t i = first; i <= last; ++i) used_[i] = true;
        return;
      }
    }
    // "محمد بن راشد نائب رئيس دولة الإمارات": an Arabic title right after a
    // person of the same country describes that person (news writes the
    // office after the name); one of another country is a verb's next actor
    // ("استقبل بوتين رئيس الوزراء الهندي").
    // So is one whose place is a city of the person's country ("محمد بن زايد ولي عهد أبوظبي").
    if ((states.size() == 1 || (states.empty() && last + 1 < n_chunks_)) && first >= 1 &&
        tokens_[chunks_[first].begin].token.arabic && !glued_and(first) && !s_.actors.empty() &&
        s_.actors.back().last_chunk + 1 == first && s_.actors.back().actor >= 0 &&
        lex_.actors()[s_.actors.back().actor].kind == ActorKind::kPerson &&
        !title_country(states, last).empty() &&
        lex_.actors()[s_.actors.back().actor].country == title_country(states, last)) {
      auto& prev = s_.actors.back();
      if (prev.title.empty()) prev.title = title_text;
      for (size_t i = first; i <= last; ++i) used_[i] = true;
      return;
    }
    // "the first visit by an Israeli leader": a title after an indefinite
    // article is any holder of the office, not the one in office now; so is a former one.
    if ((!states.empty() && indefinite_before(first)) || former) {
      for (size_t i = first; i <= last; ++i) used_[i] = true;
      return;
    }
    if (!states.empty()) {
      // Pointing at the lexicon's office strings rather than copying them.
      const std::string* eff_office = &office;
      if (office == "counterpart") {
        // "نظيره الأمريكي": the office of the last titled actor of the sentence.
        eff_office = nullptr;
        for (auto it = s_.actors.rbegin(); it != s_.actors.rend() && (!eff_office || eff_office->empty()); ++it)
          if (it->actor >= 0)
            for (const auto* r : lex_.roles_of(it->actor, ctx_.date))
              if (r->office != "minister" && r->office != "ambassador") {
                eff_office = &r->office;
                break;
              }
        if (!eff_office || eff_office->empty()) return;
      }
      for (size_t i = 0; i < states.size(); ++i) {
        const int holder = sole_holder(*eff_office, states[i]);
        const bool listed = i > 0 && i < listed_at.size() && listed_at[i] > 0;
        if (holder < 0 && listed) {
          // A listed state whose holder the lexicon lacks takes part as the state, and keeps the list whole.
          open_ref(states[i], listed_at[i], listed_at[i], {}, "state").is_state_name = true;
          close_ref();
          continue;
        }
        // "الوزير الأمريكي" after Blinken was named: the minister of that country the article told of,
        // before any other minister of it in office then.
        if (office == "minister" && states.size() == 1)
          if (const int a = ctx_.recent_minister(lex_.actors()[states[i]].id); a >= 0) {
            add_ref(a, first, last, title_text, "title-anaphora");
            continue;
          }
        if (holder < 0) continue;
        size_t f = i == 0 ? first : last, l = last;
        // "the foreign ministers of Egypt, Jordan and Iraq": each minister stands at his state's name.
        if (i < listed_at.size() && listed_at[i] > 0) {
          if (i > 0) f = listed_at[i];
          l = listed_at[i];
        }
        add_ref(holder, f, l, title_text, "title");
      }
      for (size_t i = first; i <= last; ++i) used_[i] = true;
      return;
    }
    // A bare singular title ("the president", "السفير"): the holder the article last named.
    if (!plural && office != "counterpart" && office != "minister") {
      // "رئيس الجمهورية" in a report filed from Tunis is Tunisia's president,
      // whoever the article named last.
      if (is_word(c, "home_title") && ctx_.dateline_place >= 0) {
        const int st = lex_.state_actor(lex_.places()[ctx_.dateline_place].country);
        if (st >= 0)
          if (const int holder = sole_holder(office, st); holder >= 0) {
            add_ref(holder, first, last, title_text, "title-anaphora");
            return;
          }
      }
      const lexicon::TitleStyle style = title_style(*title);
      int a = ctx_.recent_holder(office, style);
      if (a < 0) a = ctx_.recent_titled(office, style);
      if (a >= 0) add_ref(a, first, last, title_text, "title-anaphora");
    }
  }

  // The place chunk `c` (naming a place or a state) stands for, if any. A name two places share is settled
  // once the whole sentence is read (settle_shared_places): the article's
  // countries decide, and the sentence's own mentions count among them.
  void place_at(size_t c) {
    const Chunk& ch = chunks_[c];
    std::vector<int>& candidates = place_candidates(ch);
    if (candidates.empty()) {
      if (const auto* st = ch.find(EntryKind::kState)) {
        int p = state_place(st->value);
        if (p >= 0) s_.places.push_back({p, s_.source(c, c), c, c});
      }
      return;
    }
    // A name read as its state ("زيارة إلى عمان" in an Omani story) is
    // the state's place, not the other state's city of the same letters.
    bool read_as_state = false;
    for (const auto& r : s_.actors) read_as_state = read_as_state || (r.first_chunk == c && r.is_state_name);
    const auto* st = ch.find(EntryKind::kState);
    const bool other_country = st && std::any_of(candidates.begin(), candidates.end(), [&](int p) {
                                 return lex_.places()[p].country != lex_.actors()[st->value].id;
                               });
    if (st && read_as_state && other_country) {
      if (const int p = state_place(st->value); p >= 0) {
        s_.places.push_back({p, s_.source(c, c), c, c});
        return;
      }
    }
    if (candidates.size() > 1) shared_places_.push_back(s_.places.size());
    s_.places.push_back({candidates.front(), s_.source(c, c), c, c});
  }

  // The places a chunk's entries name, in a list kept per thread.
  std::vector<int>& place_candidates(const Chunk& ch) const {
    thread_local std::vector<int> candidates;
    candidates.clear();
    for (const auto& e : *ch.entries)
      if ((e.kind == EntryKind::kPlace || e.kind == EntryKind::kCapitalDesc) && ch.names_ok) candidates.push_back(e.value);
    return candidates;
  }

  // Two places share the name (Tripoli, "the Korean capital"): the article's country decides.
  void settle_shared_places() {
    for (size_t i : shared_places_) {
      PlaceRef& ref = s_.places[i];
      const std::vector<int>& candidates = place_candidates(chunks_[ref.chunk]);
      int place = candidates.front(), best_count = 0;
      for (int p : candidates) {
        int count = ctx_.country_count(lex_.places()[p].country);
        if (count > best_count) place = p, best_count = count;
      }
      ref.place = place;
    }
  }

  // The place standing for a state's country: a hashed look-up of its code
  // in the lexicon, asked at every mention of a state, so remembered for the
  // article (the few states it names; capped as the holders are).
  int state_place(int state) const {
    for (const auto& [st, place] : ctx_.state_places)
      if (st == state) return place;
    const int place = lex_.country_place(lex_.actors()[state].id);
    if (ctx_.state_places.size() < ArticleContext::kHoldersSeenCap) ctx_.state_places.emplace_back(state, place);
    return place;
  }

  // Which chunks an actor or place took: scratch kept per thread, as the tokens are.
  // Bytes, not std::vector<bool>: its bit reads and writes cost more than the
  // few bytes a sentence's chunks take.
  static std::vector<uint8_t>& spare_used() {
    thread_local std::vector<uint8_t> used;
    return used;
  }

  AnalysedSentence& s_;
  // Its chunks and tokens, viewed: they stay as they are while actors are
  // found (only its refs and places are added to), and the tests read them
  // many times at every chunk, where through the sentence each read cost a load more.
  const Chunk* const chunks_;
  const size_t n_chunks_;
  const Tok* const tokens_;
  ArticleContext& ctx_;
  const lexicon::Lexicon& lex_;
  std::vector<uint8_t>& used_;
  std::vector<size_t> shared_places_;  // indices into s_.places of names two places share
};

}  // namespace

void recycle(AnalysedSentence&& s) {
  static const size_t inline_capacity = std::string().capacity();
  for (auto& r : s.actors)
    for (std::string* str : {&r.text, &r.title})
      if (str->capacity() > inline_capacity && str->capacity() <= kSpareRefStringBytes &&
          spare_ref_strings.size() < kSpareRefStringsCap)
        spare_ref_strings.push_back(std::move(*str));
  spare_tokens = std::move(s.tokens);
  spare_chunks = std::move(s.chunks);
  spare_folded = std::move(s.folded);
  spare_actors = std::move(s.actors);
  spare_places = std::move(s.places);
}

AnalysedSentence analyse(std::string_view sentence, ArticleContext& context) {
  return analyse(chunk_only(sentence, context.lex), context);
}

AnalysedSentence analyse(AnalysedSentence&& chunked, ArticleContext& context) {
  AnalysedSentence s = std::move(chunked);
  s.actors = std::move(spare_actors);
  s.actors.clear();
  s.places = std::move(spare_places);
  s.places.clear();
  ActorFinder(s, context).run();
  s.dates = find_dates(s, context.date, context.told_month, context.told_day);
  for (const auto& d : s.dates) {
    if (d.past.month) context.told_month = d.past.month;
    tell_day(d, context.told_day);
  }
  return s;
}

}  // namespace diplograph::extract
