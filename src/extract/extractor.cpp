#include "diplograph/extract/extractor.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <unordered_set>

#include "analyse.h"
#include "date_resolver.h"
#include "diplograph/text/normalize.h"
#include "diplograph/text/segment.h"
#include "meeting_filters.h"
#include "mentions.h"

namespace diplograph::extract {

namespace {

// Sentences longer than this are cut (see README, "Limits").
constexpr size_t kMaxSentenceBytes = 20000;
// Mentions of meetings read from one article beyond this are ignored: merging
// compares each with the meetings before it (see README, "Limits").
constexpr size_t kMaxMentionsPerArticle = 1000;

std::unordered_set<std::string> abbreviation_set(const lexicon::Lexicon& lex) {
  std::unordered_set<std::string> out;
  for (const auto& [a, _] : lex.abbreviations()) out.insert(a);
  return out;
}

// The leading chunks of a dateline: "MOSCOW (Reuters) -", "هراري 15 - 7 (اف ب) -",
// "الرياض - واس:". Returns how many chunks it spans, 0 when there is none.
size_t dateline_chunks(const AnalysedSentence& s) {
  const size_t limit = std::min<size_t>(s.chunks.size(), 12);
  bool place_first = false;
  for (const auto& p : s.places)
    if (p.chunk == 0) place_first = true;
  if (!place_first) return 0;
  for (size_t c = 1; c < limit; ++c) {
    const auto& tok = s.tokens[s.chunks[c].begin].token;
    if (tok.kind != text::TokenKind::kPunct) continue;
    // "مسقط في 12 أبريل /العمانية/": the agency between slashes closes it.
    const bool closing_slash = tok.norm == "/" && std::any_of(s.chunks.begin() + 1, s.chunks.begin() + c, [&](const Chunk& k) {
      return s.tokens[k.begin].token.norm == "/";
    });
    if (tok.norm == ")" || tok.norm == ":" || closing_slash) {
      size_t end = c + 1;
      if (end < s.chunks.size() && s.tokens[s.chunks[end].begin].token.is_punct('-')) ++end;
      return end;
    }
    if (tok.norm == "-" && c + 1 < s.chunks.size() &&
        s.tokens[s.chunks[c + 1].begin].token.kind != text::TokenKind::kNumber &&
        !s.tokens[s.chunks[c - 1].begin].token.is_punct(')') && c <= 3)
      return c + 1;
  }
  return 0;
}

// A dateline on a line of its own: a place, then only a date and the agency
// ("الرياض 14 جمادى الأولى 1444 هـ الموافق 08 ديسمبر 2022 م واس"). Returns
// the sentence's chunk count (all of it is dateline), 0 when it is not one.
size_t standalone_dateline(const AnalysedSentence& s) {
  constexpr size_t kMaxChunks = 16;
  if (s.chunks.empty() || s.chunks.size() > kMaxChunks || s.dates.empty()) return 0;
  bool place_first = false;
  for (const auto& p : s.places) place_first = place_first || p.chunk == 0;
  for (const auto& a : s.actors)
    if (!a.is_state_name) return 0;
  return place_first ? s.chunks.size() : 0;
}

// Where a report was filed. Datelines name cities, so a state there is the
// capital that shares its name ("الجزائر", "تونس", "الكويت"); the article
// may use the same word for the city again (see merge_mentions).
void note_filing_place(const AnalysedSentence& s, ArticleContext& context) {
  const lexicon::Lexicon& lex = context.lex;
  for (const auto& p : s.places) {
    if (p.chunk != 0) continue;
    context.dateline_place = context.dateline_written = p.place;
    const auto& place = lex.places()[p.place];
    if (place.kind != lexicon::PlaceKind::kCountry) return;
    if (const int capital = lex.capital_of(place.country); capital >= 0) context.dateline_place = capital;
    return;
  }
}

// A headline has no full stop: "Putin and Erdogan agree ceasefire after talks".
bool ends_like_sentence(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  if (text.empty()) return false;
  const char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || text.ends_with("\u061F") || text.ends_with("\u201D");
}

// Remembers the first person a sentence names (past its dateline), whom a
// pronoun opening a later sentence refers to.
void note_subject(const AnalysedSentence& s, size_t dateline, ArticleContext& context) {
  for (const auto& ref : s.actors)
    if (ref.actor >= 0 && ref.first_chunk >= dateline &&
        context.lex.actors()[ref.actor].kind == lexicon::ActorKind::kPerson) {
      context.previous_subject = ref.actor;
      return;
    }
}

// The sentence's first date (past its dateline) that is not after the report:
// what an undated encounter told next to it may be dated by.
Date first_past_date(const AnalysedSentence& s, size_t dateline, const Date& published) {
  for (const auto& d : s.dates)
    if (d.first_chunk >= dateline && !d.past.empty() &&
        (published.empty() || d.past.first_day() <= published.last_day()))
      return d.past;
  return {};
}

// Prints how a sentence was read (DIPLOGRAPH_TRACE=1): chunks, actors, places, dates.
void trace(std::ostream& out, const AnalysedSentence& s, size_t index) {
  out << "[" << index << "] ";
  for (size_t c = 0; c < s.chunks.size(); ++c) {
    out << s.source(c, c);
    if (const auto* es = s.chunks[c].entries) {
      out << "{";
      for (const auto& e : *es) out << static_cast<int>(e.kind) << ":" << e.tag << e.value << " ";
      out << "}";
    }
    out << " | ";
  }
  out << "\n  actors:";
  for (const auto& a : s.actors) out << " [" << a.first_chunk << "-" << a.last_chunk << " " << a.actor << " " << a.how << " " << a.unknown_name << "]";
  out << "\n  dates:";
  for (const auto& d : s.dates) out << " [" << d.text << " " << d.past.iso() << "/" << d.future.iso() << "]";
  out << "\n";
}

// The room of an article context's lists, lent to each article's context on
// this thread and taken back when it is done: growing them afresh for every
// article cost an allocation at most of their first entries (the actors and
// countries noted). A list grown past kKeptRoom is not kept, so that one
// long article leaves no large list behind.
class ContextRoom {
 public:
  explicit ContextRoom(ArticleContext& context) : context_(context) {
    each_list(room(), context_, [](auto& spare, auto& list) {
      list.swap(spare);
      list.clear();
    });
  }
  ~ContextRoom() {
    each_list(room(), context_, [](auto& spare, auto& list) {
      list.clear();
      if (list.capacity() <= kKeptRoom) spare.swap(list);
    });
  }
  ContextRoom(const ContextRoom&) = delete;
  ContextRoom& operator=(const ContextRoom&) = delete;

 private:
  static constexpr size_t kKeptRoom = 4096;
  struct Room {
    std::vector<int> mentioned;
    std::vector<std::pair<std::string, int>> countries;
    std::vector<Date> sentence_dates;
    std::vector<std::pair<int, std::string_view>> titled;
    std::vector<ArticleContext::Discovered> discovered;
    std::vector<ArticleContext::HolderSeen> holders_seen;
    std::vector<std::pair<int, int>> state_places;
  };
  static Room& room() {
    thread_local Room r;
    return r;
  }
  // Calls f(spare, list) for each list of the context and its room: the one place naming them.
  template <class F>
  static void each_list(Room& r, ArticleContext& c, F f) {
    f(r.mentioned, c.mentioned);
    f(r.countries, c.countries);
    f(r.sentence_dates, c.sentence_dates);
    f(r.titled, c.titled);
    f(r.discovered, c.discovered);
    f(r.holders_seen, c.holders_seen);
    f(r.state_places, c.state_places);
  }

  ArticleContext& context_;
};

}  // namespace

Extractor::Extractor(std::shared_ptr<const lexicon::Lexicon> lexicon)
    : lexicon_(std::move(lexicon)),
      splitter_(std::make_unique<text::SentenceSplitter>(abbreviation_set(*lexicon_), kMaxSentenceBytes)),
      // Asked once, here: getenv scans the whole environment, which cost as much as a short article's merge.
      tracing_(std::getenv("DIPLOGRAPH_TRACE") != nullptr) {}

Extractor::~Extractor() = default;

ArticleExtraction Extractor::extract(const read::Article& article) const {
  ArticleExtraction out;
  // The article's own text unless it needs mending: copying every body cost an allocation and a pass.
  const bool valid = text::is_valid_utf8(article.text);
  const std::string sanitized = valid ? std::string() : text::sanitize_utf8(article.text);
  const std::string& body = valid ? article.text : sanitized;
  out.lang = article.lang;
  out.date = article.date;
  out.date_source = article.date_source;
  const auto spans = splitter_->split_valid(body);
  out.sentences.reserve(spans.size());
  for (const auto& span : spans)
    out.sentences.push_back({body.substr(span.begin, span.end - span.begin), span.begin, span.end});

  // An article without a date may carry it in its dateline or opening lines.
  // The sentences read for it are kept, chunked, for the analysis below: reading them again cost as much.
  std::vector<AnalysedSentence> chunked;
  if (out.date.empty()) {
    const Date now = today();
    for (size_t i = 0; i < out.sentences.size() && i < 4; ++i) {
      const auto& s = chunked.emplace_back(chunk_only(out.sentences[i].text, *lexicon_));
      if (auto d = infer_publication_date(s, now)) {
        out.date = *d;
        out.date_source = "dateline";
        break;
      }
    }
  }

  ArticleContext context{*lexicon_, out.date, {}, {}};
  const ContextRoom room(context);
  const bool tracing = tracing_;
  // The room of the last article's mentions on this thread, kept: a vector of
  // them (some 400 bytes each) was too large for the allocator's quick bins.
  thread_local std::vector<Mention> mentions;
  mentions.clear();
  mentions.reserve(16);  // most articles tell fewer: growing moved every mention several times
  context.sentence_dates.reserve(out.sentences.size());
  for (size_t i = 0; i < out.sentences.size() && mentions.size() < kMaxMentionsPerArticle; ++i) {
    AnalysedSentence s = i < chunked.size() ? analyse(std::move(chunked[i]), context) : analyse(out.sentences[i].text, context);
    size_t dateline = i < 2 ? dateline_chunks(s) : 0;
    if (i < 2 && dateline == 0) dateline = standalone_dateline(s);
    if (dateline > 0 && context.dateline_place < 0) note_filing_place(s, context);
    note_subject(s, dateline, context);
    context.sentence_dates.push_back(first_past_date(s, dateline, context.date));
    if (tracing) trace(std::cerr, s, i);
    const bool headline = i == 0 && out.sentences.size() > 1 && !ends_like_sentence(out.sentences[0].text);
    const size_t first = mentions.size();
    find_mentions(s, context, static_cast<int>(i), dateline, mentions);
    for (size_t k = first; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (tracing) {
        std::cerr << "  mention " << to_string(m.meeting.type) << " " << to_string(m.meeting.status) << " " << m.meeting.rule
                  << (m.anaphoric ? " (anaphoric)" : "") << (m.pair_word ? " (pair)" : "") << ":";
        for (const auto& p : m.meeting.participants) std::cerr << " [" << p.name << "]";
        std::cerr << " @" << (m.meeting.location ? m.meeting.location->name : "-") << " " << m.meeting.date.iso() << "\n";
      }
      m.headline = headline;
    }
    recycle(std::move(s));
  }
  out.meetings = merge_mentions(mentions, context);
  mentions.clear();  // their strings freed now, not held until the next article
  std::erase_if(out.meetings,
                [&](const Meeting& m) { return lone_person(m) || government_internal(m, *lexicon_, out.date); });
  return out;
}

}  // namespace diplograph::extract
