#include "store/meeting_resolver.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "diplograph/store/knowledge_base.h"
#include "diplograph/text/normalize.h"
#include "store/summit_links.h"

namespace diplograph::store {

using extract::Meeting;

namespace {

int type_rank(const std::string& t) {
  if (t == "summit") return 4;
  if (t == "visit") return 3;
  if (t == "talks") return 2;
  if (t == "meeting") return 1;
  return 0;
}

std::string precision_name(const Date& d) {
  switch (d.precision()) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    default: return {};
  }
}

std::string year_string(int y) {
  std::string s = std::to_string(std::clamp(y, 0, 9999));
  return std::string(4 - std::min<size_t>(4, s.size()), '0') + s;
}

// How far from its latest report an undated meeting may be (days, either way).
constexpr int kUndatedWindow = 731;

// The days a report is about: its date, else its publication, else unknown ({1, 0}).
std::pair<int, int> report_days(const Date& date, const Date& pub) {
  if (!date.empty()) return {date.first_day(), date.last_day()};
  if (!pub.empty()) return {pub.first_day(), pub.last_day()};
  return {1, 0};
}

// Whether a meeting's date and a report's date (published on `pub`) can be the
// same event. An undated meeting is placed by its latest report's publication
// (`status_date`): without that, a meeting reported undated once would absorb
// the same people's meetings of every later year, and every later report of
// theirs would have to look at it.
bool dates_compatible(const Date& a, const std::string& status_date, const Date& b, const Date& pub_b,
                      const std::string& status_b) {
  if (!a.empty() && !b.empty()) return a.compatible(b);
  if (a.empty()) {
    auto s = Date::parse(status_date);
    auto [from, to] = report_days(b, pub_b);
    if (!s || from > to) return true;
    return to >= s->first_day() - kUndatedWindow && from <= s->first_day() + kUndatedWindow;
  }
  if (pub_b.empty()) return true;
  // An undated report is about something within a year of its publication.
  int p = pub_b.first_day();
  if (status_b == "occurred") return a.last_day() >= p - 366 && a.first_day() <= p;
  return a.last_day() >= p - 31 && a.first_day() <= p + 731;
}

}  // namespace

struct MeetingResolver::Existing {
  int64_t id = 0;
  std::string type, status, status_date, label;
  Date date;
  int64_t place = 0;
  std::map<int64_t, std::string> participants;  // actor id -> role
};

struct MeetingResolver::Statements {
  explicit Statements(Database& db)
      : insert_actor(db, "INSERT INTO actors(key, kind, name, name_ar, country, in_lexicon) VALUES(?,?,?,?,?,?)"),
        insert_alias(db, "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm) VALUES(?,?,?)"),
        undated(db,
                "SELECT m.id, m.type, m.status, m.date, m.place_id, m.status_date, m.label FROM participants p JOIN meetings m "
                "ON m.id = p.meeting_id WHERE p.actor_id = ? AND p.meeting_date IS NULL "
                "AND (m.status_date IS NULL OR m.status_date BETWEEN ? AND ?)"),
        on_date(db,
                "SELECT m.id, m.type, m.status, m.date, m.place_id, m.status_date, m.label FROM participants p JOIN meetings m "
                "ON m.id = p.meeting_id WHERE p.actor_id = ? AND p.meeting_date IN (?, ?, ?)"),
        in_range(db,
                 "SELECT m.id, m.type, m.status, m.date, m.place_id, m.status_date, m.label FROM participants p JOIN meetings m "
                 "ON m.id = p.meeting_id WHERE p.actor_id = ? AND p.meeting_date >= ? AND p.meeting_date < ?"),
        people(db, "SELECT actor_id, role FROM participants WHERE meeting_id = ?"),
        new_meeting(db,
                    "INSERT INTO meetings(type, status, place_id, date, date_precision, label, sideline_of, status_date) "
                    "VALUES(?,?,?,?,?,?,?,?)"),
        add_participant(db,
                        "INSERT INTO participants(meeting_id, actor_id, role, meeting_date) VALUES(?,?,?,?) "
                        "ON CONFLICT(meeting_id, actor_id) DO UPDATE SET role = CASE WHEN role = 'party' THEN "
                        "excluded.role ELSE role END"),
        update(db,
               "UPDATE meetings SET type=?, status=?, place_id=?, date=?, date_precision=?, label=?, status_date=? "
               "WHERE id=?"),
        update_dates(db, "UPDATE participants SET meeting_date = ? WHERE meeting_id = ?"),
        mention(db,
                "INSERT INTO mentions(meeting_id, article_id, type, status, place_id, date, date_text, participants, "
                "rule, confidence, sideline_of) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
        mention_sentence(db, "INSERT OR IGNORE INTO mention_sentences(mention_id, sentence_id) VALUES(?,?)") {}
  Statement insert_actor, insert_alias, undated, on_date, in_range, people, new_meeting, add_participant, update,
      update_dates, mention, mention_sentence;
};

MeetingResolver::MeetingResolver(Database& db) : db_(db) {}
MeetingResolver::~MeetingResolver() = default;

void MeetingResolver::invalidate() {
  loaded_ = false;
  actor_ids_.clear();
  unknown_ids_.clear();
  participants_.clear();
  place_ids_.clear();
  actors_.clear();
  places_.clear();
}

void MeetingResolver::load_caches() {
  if (!st_) st_ = std::make_unique<Statements>(db_);
  if (loaded_) return;
  Statement a(db_, "SELECT id, key, kind, coalesce(country, ''), name FROM actors");
  while (a.step()) {
    actor_ids_[a.text(1)] = a.int64(0);
    actors_[a.int64(0)] = {a.text(1), a.text(2), a.text(3), a.text(4)};
  }
  Statement p(db_, "SELECT id, key, kind, coalesce(country, ''), name FROM places");
  while (p.step()) {
    place_ids_[p.text(1)] = p.int64(0);
    places_[p.int64(0)] = {p.text(1), p.text(2), p.text(3), p.text(4)};
  }
  loaded_ = true;
}

int64_t MeetingResolver::upsert_actor(const extract::Participant& p) {
  if (p.key.empty())  // folding the name costs more than the rest of the lookup: remember it
    if (auto it = unknown_ids_.find(p.name); it != unknown_ids_.end()) return it->second;
  std::string key = p.key.empty() ? "?" + name_norm(p.name) : p.key;
  if (auto it = actor_ids_.find(key); it != actor_ids_.end()) {
    if (p.key.empty()) unknown_ids_.emplace(p.name, it->second);
    return it->second;
  }
  const bool arabic = text::has_arabic(p.name);
  const std::string kind = p.kind.empty() ? "person" : p.kind;
  st_->insert_actor.bind(1, key).bind(2, kind).bind(3, p.name).bind_text_or_null(4, arabic ? p.name : "")
      .bind_text_or_null(5, p.country).bind(6, p.key.empty() ? 0 : 1);
  st_->insert_actor.run();
  const int64_t id = db_.last_insert_id();
  st_->insert_alias.bind(1, id).bind(2, p.name).bind(3, name_norm(p.name)).run();
  actor_ids_[key] = id;
  actors_[id] = {key, kind, p.country, p.name};
  if (p.key.empty()) unknown_ids_.emplace(p.name, id);
  return id;
}

int64_t MeetingResolver::place_id(const std::optional<extract::Location>& loc) {
  if (!loc) return 0;
  auto it = place_ids_.find(loc->key);
  return it == place_ids_.end() ? 0 : it->second;
}

// A city and the country it is in are compatible ("in Russia" / "in Moscow").
bool MeetingResolver::places_compatible(int64_t a, int64_t b) const {
  if (!a || !b || a == b) return true;
  auto pa = places_.find(a), pb = places_.find(b);
  if (pa == places_.end() || pb == places_.end()) return false;
  auto country_key = [](const PlaceRow& p) { return p.kind == "country" ? std::string() : p.country; };
  return country_key(pa->second) == pb->second.key || country_key(pb->second) == pa->second.key;
}

// Every actor of `small` is in `big`, or is a state represented there by one of its people.
bool MeetingResolver::covered(const std::map<int64_t, std::string>& small,
                              const std::map<int64_t, std::string>& big) const {
  for (const auto& [a, _] : small) {
    if (big.count(a)) continue;
    auto ra = actors_.find(a);
    if (ra == actors_.end() || ra->second.kind != "state") return false;
    bool represented = false;
    for (const auto& [b, __] : big) {
      auto rb = actors_.find(b);
      if (rb != actors_.end() && rb->second.kind != "state" && rb->second.country == ra->second.key) {
        represented = true;
        break;
      }
    }
    if (!represented) return false;
  }
  return true;
}

namespace {

// The meeting dates (as stored: "YYYY-MM-DD", "YYYY-MM" or "YYYY") that can be
// compatible with a report: exact values, and [from, to) ranges of strings.
// A report of 2018-06-12 can only be a meeting of that day, of 2018-06 or of
// 2018; one of 2018-06 also any day of that month. Undated reports are
// compared by publication date (dates_compatible): the year before it for a
// meeting that happened, the two years after it for one still to come.
struct DateKeys {
  std::vector<std::string> exact;
  std::vector<std::pair<std::string, std::string>> ranges;
};

DateKeys date_keys(const Date& date, const Date& pub, const std::string& status) {
  DateKeys k;
  if (!date.empty()) {
    const std::string iso = date.iso(), year = iso.substr(0, 4);
    k.exact.push_back(iso);
    if (date.precision() == DatePrecision::kDay) k.exact.push_back(iso.substr(0, 7));
    if (date.precision() != DatePrecision::kYear) k.exact.push_back(year);
    // "-" sorts before digits and "~" after them: [P-, P-~) holds exactly the refinements of P.
    if (date.precision() != DatePrecision::kDay) k.ranges.emplace_back(iso + "-", iso + "-~");
  } else if (!pub.empty()) {
    // The window dates_compatible allows, widened to whole years at its start
    // so that meetings known only to the month or year are in it too.
    const int p = pub.first_day();
    const bool occurred = status == "occurred";
    const Date from = civil_from_days(occurred ? p - 366 : p - 31), to = civil_from_days(occurred ? p : p + 731);
    k.ranges.emplace_back(year_string(from.year), to.iso() + "~");
  } else {
    k.ranges.emplace_back("", "\x7f");
  }
  return k;
}

}  // namespace

// Meetings of any of `people` whose kind, date and place can match the report:
// the (actor, date) index finds those of each actor at a date that can match
// (and the undated ones); the exact tests run here, before anyone's
// participants are read.
std::vector<MeetingResolver::Existing> MeetingResolver::candidates(const std::map<int64_t, std::string>& people,
                                                                  const Report& r) {
  const DateKeys keys = date_keys(r.date, r.pub, r.status);
  std::vector<Existing> out;
  std::set<int64_t> seen;
  auto collect = [&](Statement& q) {
    while (q.step()) {
      const int64_t id = q.int64(0);
      if (r.ours.count(id) || !seen.insert(id).second) continue;
      Existing e;
      e.id = id;
      e.type = q.text(1);
      e.status = q.text(2);
      e.date = Date::parse(q.text(3)).value_or(Date{});
      e.place = q.is_null(4) ? 0 : q.int64(4);
      e.status_date = q.text(5);
      e.label = q.text(6);
      if ((e.type == "call") != (r.type == "call")) continue;
      if (e.status == "cancelled" && r.status == "occurred" && e.date.empty() && r.date.empty()) continue;
      if (!dates_compatible(e.date, e.status_date, r.date, r.pub, r.status)) continue;
      if (!places_compatible(e.place, r.place)) continue;
      out.push_back(std::move(e));
    }
    q.reset();
  };
  // The undated meetings last reported within the window around the report's days.
  std::string undated_from = "", undated_to = "\x7f";
  if (auto [from, to] = report_days(r.date, r.pub); from <= to) {
    undated_from = civil_from_days(from - kUndatedWindow).iso();
    undated_to = civil_from_days(to + kUndatedWindow).iso();
  }
  for (const auto& [actor, _] : people) {
    st_->undated.bind(1, actor).bind(2, undated_from).bind(3, undated_to);
    collect(st_->undated);
    if (!keys.exact.empty()) {  // at most three: the day, its month, its year (unused slots NULL match nothing)
      st_->on_date.bind(1, actor);
      for (size_t i = 0; i < 3; ++i) {
        if (i < keys.exact.size()) st_->on_date.bind(static_cast<int>(i) + 2, keys.exact[i]);
        else st_->on_date.bind_null(static_cast<int>(i) + 2);
      }
      collect(st_->on_date);
    }
    for (const auto& [from, to] : keys.ranges) {
      st_->in_range.bind(1, actor).bind(2, from).bind(3, to);
      collect(st_->in_range);
    }
  }
  // In id order, so that among equally small matches the oldest meeting wins.
  std::sort(out.begin(), out.end(), [](const Existing& a, const Existing& b) { return a.id < b.id; });
  return out;
}

void MeetingResolver::load_participants(Existing& e) {
  if (auto it = participants_.find(e.id); it != participants_.end()) {
    e.participants = it->second;
    return;
  }
  auto& p = st_->people;
  p.bind(1, e.id);
  while (p.step()) e.participants[p.int64(0)] = p.text(1);
  p.reset();
  remember(e.id, e.participants);
}

void MeetingResolver::remember(int64_t meeting, const std::map<int64_t, std::string>& people) {
  // A fixed ceiling keeps memory flat: when full, start again (the busy
  // meetings come back first).
  if (participants_.size() >= kParticipantCache) participants_.clear();
  participants_[meeting] = people;
}

std::string MeetingResolver::make_label(const std::string& type, int64_t place, const Date& date,
                                        const std::map<int64_t, std::string>& participants) const {
  std::string label;
  if (auto p = places_.find(place); place && p != places_.end()) {
    label = p->second.name + " " + type;
  } else {
    size_t n = 0;
    for (const auto& [a, _] : participants) {
      auto r = actors_.find(a);
      if (r == actors_.end()) continue;
      label += (n ? " – " : "") + r->second.name;
      if (++n == 3) break;
    }
    label += " " + type;
  }
  if (!date.empty()) {
    label += ' ';
    label += std::to_string(date.year);
  }
  return label;
}

void MeetingResolver::add_meetings(int64_t article_id, const extract::ArticleExtraction& ex,
                                   const std::vector<int64_t>& sentence_ids, IngestCounts& counts) {
  load_caches();
  Statements& st = *st_;
  // The extractor already told one article's meetings apart: never merge two of them.
  std::set<int64_t> ours;
  const std::string pub = ex.date.iso();
  for (const Meeting& m : ex.meetings) {
    std::map<int64_t, std::string> people;
    nlohmann::json extracted = nlohmann::json::array();
    for (const auto& p : m.participants) {
      people[upsert_actor(p)] = std::string(extract::to_string(p.role));
      extracted.push_back({{"name", p.name}, {"text", p.text}, {"role", extract::to_string(p.role)}});
    }
    const std::string type(extract::to_string(m.type)), status(extract::to_string(m.status));
    const int64_t place = place_id(m.location);
    // Resolution: an existing meeting with the same people (or a subset), a
    // compatible kind, date and place is the same encounter; the smallest wins.
    std::optional<Existing> best;
    const Report report{type, status, m.date, ex.date, place, ours};
    for (Existing& e : candidates(people, report)) {
      load_participants(e);
      if (!covered(people, e.participants) && !covered(e.participants, people)) continue;
      if (!best || e.participants.size() < best->participants.size()) best = std::move(e);
    }
    int64_t meeting_id;
    Date meeting_date = m.date;
    std::map<int64_t, std::string> known;  // the merged meeting's participants before this report
    if (best) {
      ++counts.meetings_merged;
      meeting_id = best->id;
      Existing& b = *best;
      known = b.participants;
      for (const auto& [a, role] : people) b.participants.emplace(a, role);
      std::string new_type = type_rank(type) > type_rank(b.type) ? type : b.type;
      Date new_date = b.date;
      if (new_date.empty() || (!m.date.empty() && m.date.precision() > new_date.precision())) new_date = m.date;
      int64_t new_place = b.place;
      if (!new_place) new_place = place;
      else if (place && places_.count(new_place) && places_.count(place) && places_.at(new_place).kind == "country" &&
               places_.at(place).kind != "country")
        new_place = place;
      // Status follows the latest report; undated reports never override dated ones.
      std::string new_status = b.status, status_date = b.status_date;
      if (!pub.empty() && (status_date.empty() || pub >= status_date)) new_status = status, status_date = pub;
      else if (status_date.empty() && pub.empty()) new_status = status;
      std::string label = make_label(new_type, new_place, new_date, b.participants);
      // Most later reports add nothing new: then the row is left as it is.
      if (new_type != b.type || new_status != b.status || new_place != b.place || new_date != b.date ||
          label != b.label || status_date != b.status_date) {
        st.update.bind(1, new_type).bind(2, new_status);
        if (new_place) st.update.bind(3, new_place);
        else st.update.bind_null(3);
        st.update.bind_text_or_null(4, new_date.iso()).bind_text_or_null(5, precision_name(new_date)).bind(6, label)
            .bind_text_or_null(7, status_date).bind(8, meeting_id).run();
      }
      if (new_date != b.date) st.update_dates.bind_text_or_null(1, new_date.iso()).bind(2, meeting_id).run();
      if (!m.sideline_of.empty()) {
        if (!links_) links_ = std::make_unique<SummitLinkStatements>(db_);
        links_->note_sideline.bind(1, m.sideline_of).bind(2, meeting_id).run();
      }
      meeting_date = new_date;
    } else {
      ++counts.meetings_new;
      st.new_meeting.bind(1, type).bind(2, status);
      if (place) st.new_meeting.bind(3, place);
      else st.new_meeting.bind_null(3);
      st.new_meeting.bind_text_or_null(4, m.date.iso()).bind_text_or_null(5, precision_name(m.date))
          .bind(6, make_label(type, place, m.date, people)).bind_text_or_null(7, m.sideline_of)
          .bind_text_or_null(8, pub).run();
      meeting_id = db_.last_insert_id();
    }
    ours.insert(meeting_id);
    std::map<int64_t, std::string> now = known;  // the meeting's participants after this report
    for (const auto& [a, role] : people) {
      // A known participant changes only from "party" to a host or guest role.
      if (auto k = known.find(a); k != known.end() && (k->second != "party" || role == "party")) continue;
      st.add_participant.bind(1, meeting_id).bind(2, a).bind(3, role).bind_text_or_null(4, meeting_date.iso()).run();
      now[a] = role;
    }
    remember(meeting_id, now);
    st.mention.bind(1, meeting_id).bind(2, article_id).bind(3, type).bind(4, status);
    if (place) st.mention.bind(5, place);
    else st.mention.bind_null(5);
    st.mention.bind_text_or_null(6, m.date.iso()).bind_text_or_null(7, m.date_text).bind(8, extracted.dump())
        .bind(9, m.rule).bind(10, m.confidence).bind_text_or_null(11, m.sideline_of).run();
    const int64_t mention_id = db_.last_insert_id();
    for (int s : m.sentences)
      if (s >= 0 && static_cast<size_t>(s) < sentence_ids.size())
        st.mention_sentence.bind(1, mention_id).bind(2, sentence_ids[s]).run();
  }
  link_sidelines(ours);
}

}  // namespace diplograph::store
