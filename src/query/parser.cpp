#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "diplograph/query/query.h"
#include "diplograph/text/normalize.h"

namespace diplograph::query {

std::string Words::text() const {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

int edit_distance(const std::string& a8, const std::string& b8) {
  auto decode = [](const std::string& s) {
    std::u32string out;
    const auto* b = reinterpret_cast<const uint8_t*>(s.data());
    int32_t i = 0, n = static_cast<int32_t>(s.size());
    while (i < n) {
      UChar32 c;
      U8_NEXT(b, i, n, c);
      out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
    }
    return out;
  };
  auto a = decode(a8), b = decode(b8);
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

namespace {

struct Token {
  std::string text;
  std::string lower;  // folded, for keyword comparison
  bool quoted = false;
  size_t offset = 0;
};

constexpr size_t kMaxQueryBytes = 64 * 1024;
constexpr size_t kMaxTokens = 2000;

Result<std::vector<Token>> lex(const std::string& q) {
  if (q.size() > kMaxQueryBytes) return Error{"query longer than 64 KiB"};
  if (!text::is_valid_utf8(q)) return Error{"query is not valid UTF-8"};
  std::vector<Token> out;
  size_t i = 0;
  while (i < q.size()) {
    unsigned char c = static_cast<unsigned char>(q[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    Token t;
    t.offset = i;
    if (c == '"' || c == '\'' || q.compare(i, 3, "\xE2\x80\x9C") == 0 || q.compare(i, 2, "\xC2\xAB") == 0) {
      std::string close = c == '"' ? "\"" : c == '\'' ? "'" : c == 0xE2 ? "\xE2\x80\x9D" : "\xC2\xBB";
      size_t open_len = c == 0xE2 ? 3 : c == 0xC2 ? 2 : 1;
      size_t end = q.find(close, i + open_len);
      if (end == std::string::npos)
        return Error{"unbalanced quote at character " + std::to_string(i + 1) + ": close it with " + close};
      t.text = q.substr(i + open_len, end - i - open_len);
      t.quoted = true;
      i = end + close.size();
    } else {
      size_t end = i;
      while (end < q.size() && !std::isspace(static_cast<unsigned char>(q[end])) && q[end] != '"') ++end;
      t.text = q.substr(i, end - i);
      i = end;
    }
    t.lower = text::fold_string(t.text);
    out.push_back(std::move(t));
    if (out.size() > kMaxTokens) return Error{"query has more than " + std::to_string(kMaxTokens) + " words"};
  }
  return out;
}

const std::vector<std::string> kForms{"who", "path", "summits", "meetings", "before", "timeline",
                                      "common", "top", "actor", "sources", "help"};
const std::vector<std::string> kModifiers{"met", "before", "after", "of", "with", "at", "in", "during", "type",
                                          "status", "within", "days", "by", "timed", "degree", "betweenness"};
const std::vector<std::string> kTypes{"summit", "visit", "talks", "meeting", "call"};
const std::vector<std::string> kStatuses{"occurred", "planned", "invited", "cancelled"};

std::string suggest(const std::string& word, const std::vector<std::string>& options) {
  std::string best;
  int best_d = 3;
  for (const auto& o : options) {
    int d = edit_distance(word, o);
    if (d < best_d) best_d = d, best = o;
  }
  return best.empty() ? "" : ": did you mean '" + best + "'?";
}

class Parser {
 public:
  explicit Parser(std::vector<Token> t) : t_(std::move(t)) {}

  Result<Query> run() {
    if (t_.empty()) return Error{"empty query: try 'help'"};
    Query q;
    const std::string& form = t_[0].lower;
    pos_ = 1;
    if (form == "who") {
      if (!eat("met")) return err(pos_, "expected 'met' after 'who'", {"met"});
      q.form = Form::kWhoMet;
      q.a = name_until({"before", "after"});
      if (q.a.empty()) return err(pos_, "who met whom? give a name: who met \"Kim Jong Un\"");
      if (at_kw("before") || at_kw("after")) {
        q.after = t_[pos_].lower == "after";
        ++pos_;
        q.ref = name_until({});
        if (q.ref.empty()) return err(pos_, "expected a meeting or a date after '" + t_[pos_ - 1].text + "'");
      }
    } else if (form == "path") {
      q.form = Form::kPath;
      q.a = name_until({"to", "after", "timed"});
      if (eat("to") || (q.a.quoted && pos_ < t_.size() && t_[pos_].quoted)) q.b = name_until({"after", "timed"});
      while (pos_ < t_.size()) {
        if (eat("timed")) q.timed = true;
        else if (eat("after")) {
          q.ref = name_until({"timed"});
          q.after = true;
        } else break;
      }
      if (q.a.empty()) return err(pos_, "path needs two names: path \"Sergey Lavrov\" \"Donald Trump\"");
    } else if (form == "summits") {
      q.form = Form::kSummits;
      if (eat("of")) q.a = name_until({});
    } else if (form == "meetings") {
      q.form = Form::kMeetings;
      while (pos_ < t_.size()) {
        size_t start = pos_;
        if (eat("of")) q.a = name_until(kModifiers);
        else if (eat("with")) q.with = name_until(kModifiers);
        else if (eat("at")) q.at = name_until(kModifiers);
        else if (eat("during")) {
          q.during = name_until(kModifiers);
          if (q.during.empty()) return err(pos_, "during which summit? meetings during \"Kazan summit\"");
        } else if (eat("in")) {
          if (pos_ >= t_.size()) return err(pos_, "expected a year (2018) or a month (2018-06) after 'in'");
          q.in = t_[pos_++].text;
        } else if (at_kw("before") || at_kw("after")) {
          q.after = t_[pos_++].lower == "after";
          q.ref = name_until(kModifiers);
        } else if (eat("type")) {
          if (pos_ >= t_.size()) return err(pos_, "expected a type after 'type'", kTypes);
          q.type = t_[pos_].lower;
          if (std::find(kTypes.begin(), kTypes.end(), q.type) == kTypes.end())
            return err(pos_, "unknown type '" + t_[pos_].text + "'", kTypes);
          ++pos_;
        } else if (eat("status")) {
          if (pos_ >= t_.size()) return err(pos_, "expected a status after 'status'", kStatuses);
          q.status = t_[pos_].lower;
          if (std::find(kStatuses.begin(), kStatuses.end(), q.status) == kStatuses.end())
            return err(pos_, "unknown status '" + t_[pos_].text + "'", kStatuses);
          ++pos_;
        }
        if (pos_ == start)
          return err(pos_, "unexpected '" + t_[pos_].text + "'", {"of", "with", "at", "in", "before", "after", "during", "type", "status"});
      }
    } else if (form == "before") {
      q.form = Form::kBefore;
      q.ref = name_until({"within"});
      if (q.ref.empty()) return err(pos_, "before which meeting? before \"Singapore summit\" within 60 days");
      if (eat("within")) {
        if (pos_ >= t_.size() || !number(t_[pos_].text, q.within_days) || q.within_days <= 0 || q.within_days > 36500)
          return err(pos_, "expected a number of days (1-36500) after 'within'");
        ++pos_;
        eat("days") || eat("day");
      }
    } else if (form == "timeline") {
      q.form = Form::kTimeline;
      q.a = name_until({});
    } else if (form == "common") {
      q.form = Form::kCommon;
      q.a = name_until({"and"});
      if (eat("and") || (q.a.quoted && pos_ < t_.size() && t_[pos_].quoted)) q.b = name_until({});
    } else if (form == "actor") {
      q.form = Form::kActor;
      q.a = name_until({});
    } else if (form == "sources") {
      q.form = Form::kSources;
      q.ref = name_until({});
    } else if (form == "top") {
      q.form = Form::kTop;
      while (pos_ < t_.size()) {
        size_t start = pos_;
        int n = 0;
        if (digits(t_[pos_].text)) {
          // Digits are meant as N however many there are: name the range, not "unexpected".
          if (!number(t_[pos_].text, n) || n <= 0 || n > 100000) return err(pos_, "top N needs 1 <= N <= 100000");
          q.top_n = n;
          ++pos_;
        } else if (eat("by")) {
          if (pos_ >= t_.size() || (t_[pos_].lower != "degree" && t_[pos_].lower != "betweenness"))
            return err(pos_, "expected 'degree' or 'betweenness' after 'by'", {"degree", "betweenness"});
          q.measure = t_[pos_++].lower;
        } else if (eat("in")) {
          if (pos_ >= t_.size()) return err(pos_, "expected a year after 'in'");
          q.in = t_[pos_++].text;
        } else if (at_kw("before") || at_kw("after")) {
          q.after = t_[pos_++].lower == "after";
          q.ref = name_until({"by", "in"});
        }
        if (pos_ == start) return err(pos_, "unexpected '" + t_[pos_].text + "'", {"by", "in", "before", "after"});
      }
    } else if (form == "help") {
      q.form = Form::kHelp;
      if (pos_ < t_.size()) q.help_topic = t_[pos_++].lower;
    } else {
      return Error{"unknown query '" + t_[0].text + "'" + suggest(form, kForms) + " (try 'help')"};
    }
    if (pos_ < t_.size()) return err(pos_, "unexpected '" + t_[pos_].text + "' at the end of the query");
    if (!q.in.empty() && !valid_period(q.in))
      return Error{"'" + q.in + "' is not a year (2018) or a month (2018-06)"};
    return q;
  }

 private:
  static bool digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  }
  static bool number(const std::string& s, int& out) {
    if (s.empty() || s.size() > 9) return false;
    for (char c : s)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
  }
  static bool valid_period(const std::string& s) {
    return (s.size() == 4 || s.size() == 7) && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
  }
  bool at_kw(const char* kw) const { return pos_ < t_.size() && !t_[pos_].quoted && t_[pos_].lower == kw; }
  bool eat(const char* kw) {
    if (!at_kw(kw)) return false;
    ++pos_;
    return true;
  }
  // A quoted name, or unquoted words up to one of `stops` (or the end).
  Words name_until(const std::vector<std::string>& stops) {
    Words w;
    if (pos_ >= t_.size()) return w;
    w.offset = t_[pos_].offset;
    if (t_[pos_].quoted) {
      w.words = {t_[pos_++].text};
      w.quoted = true;
      // "path "A" "B"": a second quoted name belongs to the caller.
      return w;
    }
    while (pos_ < t_.size() && !t_[pos_].quoted &&
           std::find(stops.begin(), stops.end(), t_[pos_].lower) == stops.end())
      w.words.push_back(t_[pos_++].text);
    return w;
  }
  Error err(size_t at, const std::string& message, const std::vector<std::string>& options = {}) const {
    std::string where = at < t_.size() ? " (at character " + std::to_string(t_[at].offset + 1) + ")" : " (at the end)";
    std::string hint = at < t_.size() && !options.empty() ? suggest(t_[at].lower, options) : "";
    return Error{message + where + hint};
  }

  std::vector<Token> t_;
  size_t pos_ = 0;
};

}  // namespace

Result<Query> parse(const std::string& text) {
  auto tokens = lex(text);
  if (!tokens) return Error{tokens.error()};
  Parser p(std::move(*tokens));
  auto q = p.run();
  if (!q) return q;
  // path/common with two quoted names: the second name follows the first directly.
  return q;
}

const std::vector<std::string>& keywords() {
  static const std::vector<std::string> k = [] {
    std::vector<std::string> all = kForms;
    for (const auto& m : kModifiers) all.push_back(m);
    for (const auto& t : kTypes) all.push_back(t);
    for (const auto& s : kStatuses) all.push_back(s);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
  }();
  return k;
}

std::string help(const std::string& topic) {
  struct H { const char* form; const char* text; };
  static const H kHelp[] = {
      {"who", "who met A [before|after MEETING-OR-DATE]   actors who met A in meetings that happened"},
      {"path", "path A B [after DATE] [timed]             shortest chain of meetings from A to B (timed: each meeting after the previous)"},
      {"summits", "summits [of A]                            summits that happened, oldest first"},
      {"meetings", "meetings [of A] [with B] [at PLACE] [in YEAR|YEAR-MM] [before|after X] [during SUMMIT] [type T] [status S]"},
      {"before", "before MEETING [within N days]            what led up to a meeting: meetings of its participants and those they met"},
      {"timeline", "timeline A                                every meeting of A, any status, in date order"},
      {"common", "common A and B                            actors both A and B met"},
      {"top", "top [N] [by degree|betweenness] [in YEAR] [before|after X]   the most connected actors"},
      {"actor", "actor A                                   names, aliases, dated roles and meeting count of A"},
      {"sources", "sources MEETING                           the articles and sentences behind a meeting, with the rule that read each"},
      {"help", "help [FORM]                               this help"},
  };
  std::string out;
  for (const auto& h : kHelp)
    if (topic.empty() || topic == h.form) out += std::string(h.text) + "\n";
  if (out.empty()) return "no help for '" + topic + "'" + suggest(topic, kForms) + "\n";
  if (topic.empty())
    out += "Names: English or Arabic, any alias, quoted or not. Meetings: #ID, \"Singapore summit\", or a date (2018-06).\n";
  return out;
}

}  // namespace diplograph::query
