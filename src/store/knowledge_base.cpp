#include "diplograph/store/knowledge_base.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "diplograph/lexicon/phrase_index.h"
#include "diplograph/store/database.h"
#include "diplograph/text/normalize.h"
#include "store/migrations.h"

namespace diplograph::store {

using extract::Meeting;
using extract::MeetingType;

std::string content_hash(const std::string& text) {
  // Two independent 64-bit FNV-1a streams: collisions are negligible at the
  // scale of a news archive, and the hash needs no extra dependency.
  uint64_t a = 1469598103934665603ull, b = 0x84222325cbf29ce4ull;
  for (unsigned char c : text) {
    a = (a ^ c) * 1099511628211ull;
    b = (b ^ c) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

std::string name_norm(const std::string& name) {
  std::string out;
  for (const auto& k : lexicon::phrase_keys(name)) {
    if (!out.empty()) out += ' ';
    out += k;
  }
  return out;
}

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

struct Existing {
  int64_t id;
  std::string type, status, status_date;
  Date date;
  int64_t place = 0;
  std::map<int64_t, std::string> participants;  // actor id -> role
};

}  // namespace

struct KnowledgeBase::Impl {
  explicit Impl(const std::string& path, bool create) : db(path, create) {
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA foreign_keys=ON");
    migrate(db);
  }

  Database db;
  std::unique_ptr<Transaction> batch;
  // Per-process caches of ids, valid because this process is the only writer.
  std::unordered_map<std::string, int64_t> actor_ids, place_ids, country_of_actor_key;
  std::unordered_map<int64_t, std::string> actor_kind, actor_country, place_country, place_kind, place_name;
  bool caches_loaded = false;

  void load_caches() {
    if (caches_loaded) return;
    Statement a(db, "SELECT id, key, kind, country FROM actors");
    while (a.step()) {
      actor_ids[a.text(1)] = a.int64(0);
      actor_kind[a.int64(0)] = a.text(2);
      actor_country[a.int64(0)] = a.text(3);
    }
    Statement p(db, "SELECT id, key, country, kind, name FROM places");
    while (p.step()) {
      place_ids[p.text(1)] = p.int64(0);
      place_country[p.int64(0)] = p.text(2);
      place_kind[p.int64(0)] = p.text(3);
      place_name[p.int64(0)] = p.text(4);
    }
    caches_loaded = true;
  }

  int64_t upsert_actor(const extract::Participant& p) {
    load_caches();
    std::string key = p.key.empty() ? "?" + name_norm(p.name) : p.key;
    auto it = actor_ids.find(key);
    if (it != actor_ids.end()) return it->second;
    Statement ins(db, "INSERT INTO actors(key, kind, name, name_ar, country, in_lexicon) VALUES(?,?,?,?,?,?)");
    const bool arabic = text::has_arabic(p.name);
    ins.bind(1, key).bind(2, p.kind.empty() ? "person" : p.kind).bind(3, p.name)
        .bind_text_or_null(4, arabic ? p.name : "").bind_text_or_null(5, p.country).bind(6, p.key.empty() ? 0 : 1);
    ins.run();
    int64_t id = db.last_insert_id();
    Statement alias(db, "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm) VALUES(?,?,?)");
    alias.bind(1, id).bind(2, p.name).bind(3, name_norm(p.name)).run();
    actor_ids[key] = id;
    actor_kind[id] = p.kind.empty() ? "person" : p.kind;
    actor_country[id] = p.country;
    return id;
  }

  int64_t place_id(const std::optional<extract::Location>& loc) {
    if (!loc) return 0;
    load_caches();
    auto it = place_ids.find(loc->key);
    return it == place_ids.end() ? 0 : it->second;
  }

  bool places_compatible(int64_t a, int64_t b) {
    if (!a || !b || a == b) return true;
    auto country_key = [&](int64_t p) { return place_kind[p] == "country" ? std::string() : place_country[p]; };
    auto key_of = [&](int64_t p) {
      for (const auto& [k, v] : place_ids)
        if (v == p) return k;
      return std::string();
    };
    return country_key(a) == key_of(b) || country_key(b) == key_of(a);
  }

  // Whether a meeting's date and an undated report (published on `pub`) can be the same event.
  static bool dates_compatible(const Date& a, const Date& b, const Date& pub_b, const std::string& status_b) {
    if (!a.empty() && !b.empty()) return a.compatible(b);
    if (a.empty() || pub_b.empty()) return true;
    // An undated report is about something within a year of its publication.
    int p = pub_b.first_day();
    if (status_b == "occurred") return a.last_day() >= p - 366 && a.first_day() <= p;
    return a.last_day() >= p - 31 && a.first_day() <= p + 731;
  }

  bool covered(const std::map<int64_t, std::string>& small, const std::map<int64_t, std::string>& big) {
    for (const auto& [a, _] : small) {
      if (big.count(a)) continue;
      bool represented = false;
      if (actor_kind[a] == "state") {
        for (const auto& [b, __] : big) {
          if (actor_kind[b] == "state") continue;
          for (const auto& [key, id] : actor_ids)
            if (id == a && actor_country[b] == key) represented = true;
          if (represented) break;
        }
      }
      if (!represented) return false;
    }
    return true;
  }

  std::optional<Existing> load_meeting(int64_t id) {
    Statement m(db, "SELECT type, status, date, place_id, status_date FROM meetings WHERE id = ?");
    m.bind(1, id);
    if (!m.step()) return std::nullopt;
    Existing e;
    e.id = id;
    e.type = m.text(0);
    e.status = m.text(1);
    e.date = Date::parse(m.text(2)).value_or(Date{});
    e.place = m.is_null(3) ? 0 : m.int64(3);
    e.status_date = m.text(4);
    Statement p(db, "SELECT actor_id, role FROM participants WHERE meeting_id = ?");
    p.bind(1, id);
    while (p.step()) e.participants[p.int64(0)] = p.text(1);
    return e;
  }

  std::string make_label(const std::string& type, int64_t place, const Date& date,
                         const std::map<int64_t, std::string>& participants) {
    std::string label;
    if (place && place_name.count(place)) label = place_name[place] + " " + type;
    else {
      std::vector<std::string> names;
      Statement n(db, "SELECT name FROM actors WHERE id = ?");
      for (const auto& [a, _] : participants) {
        n.bind(1, a);
        if (n.step()) names.push_back(n.text(0));
        n.reset();
        if (names.size() == 3) break;
      }
      for (size_t i = 0; i < names.size(); ++i) label += (i ? " – " : "") + names[i];
      label += " " + type;
    }
    if (!date.empty()) label += " " + std::to_string(date.year);
    return label;
  }
};

KnowledgeBase::KnowledgeBase(const std::string& path, bool create) : impl_(std::make_unique<Impl>(path, create)) {}
KnowledgeBase::~KnowledgeBase() = default;
Database& KnowledgeBase::db() { return impl_->db; }

void KnowledgeBase::sync_lexicon(const lexicon::Lexicon& lex) {
  Database& db = impl_->db;
  {
    Statement v(db, "SELECT value FROM meta WHERE key = 'lexicon_version'");
    if (v.step() && v.text(0) == lex.version()) return;
  }
  Transaction tx(db);
  Statement actor(db,
                  "INSERT INTO actors(key, kind, name, name_ar, country, in_lexicon) VALUES(?,?,?,?,?,1) "
                  "ON CONFLICT(key) DO UPDATE SET kind=excluded.kind, name=excluded.name, name_ar=excluded.name_ar, "
                  "country=excluded.country, in_lexicon=1 RETURNING id");
  Statement alias(db, "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm) VALUES(?,?,?)");
  Statement role(db, "INSERT INTO actor_roles(actor_id, office, of, from_date, to_date, title) VALUES(?,?,?,?,?,?)");
  db.exec("DELETE FROM actor_roles WHERE actor_id IN (SELECT id FROM actors WHERE in_lexicon = 1)");
  std::vector<int64_t> ids(lex.actors().size());
  for (size_t i = 0; i < lex.actors().size(); ++i) {
    const auto& a = lex.actors()[i];
    actor.bind(1, a.id).bind(2, lexicon::to_string(a.kind)).bind(3, a.name_en).bind_text_or_null(4, a.name_ar)
        .bind_text_or_null(5, a.country);
    actor.step();
    ids[i] = actor.int64(0);
    actor.reset();
    for (const auto& n : a.aliases) alias.bind(1, ids[i]).bind(2, n).bind(3, name_norm(n)).run();
  }
  for (const auto& r : lex.roles())
    role.bind(1, ids[r.actor]).bind(2, r.office).bind(3, r.of).bind_text_or_null(4, r.from.iso())
        .bind_text_or_null(5, r.to.iso()).bind_text_or_null(6, r.title).run();
  Statement place(db,
                  "INSERT INTO places(key, kind, name, name_ar, country) VALUES(?,?,?,?,?) "
                  "ON CONFLICT(key) DO UPDATE SET kind=excluded.kind, name=excluded.name, name_ar=excluded.name_ar, "
                  "country=excluded.country RETURNING id");
  Statement palias(db, "INSERT OR IGNORE INTO place_aliases(place_id, alias, norm) VALUES(?,?,?)");
  static const char* kKinds[] = {"country", "capital", "city", "venue", "region"};
  for (const auto& p : lex.places()) {
    place.bind(1, p.id).bind(2, kKinds[static_cast<int>(p.kind)]).bind(3, p.name_en).bind_text_or_null(4, p.name_ar)
        .bind_text_or_null(5, p.country);
    place.step();
    int64_t id = place.int64(0);
    place.reset();
    for (const auto& n : p.aliases) palias.bind(1, id).bind(2, n).bind(3, name_norm(n)).run();
  }
  Statement meta(db, "INSERT INTO meta(key, value) VALUES('lexicon_version', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
  meta.bind(1, lex.version()).run();
  tx.commit();
  impl_->caches_loaded = false;
  impl_->actor_ids.clear();
  impl_->place_ids.clear();
}

bool KnowledgeBase::has_article(const std::string& hash) {
  Statement st(impl_->db, "SELECT 1 FROM articles WHERE content_hash = ?");
  st.bind(1, hash);
  return st.step();
}

void KnowledgeBase::begin_batch() {
  if (!impl_->batch) impl_->batch = std::make_unique<Transaction>(impl_->db);
}

void KnowledgeBase::commit_batch() {
  if (impl_->batch) {
    impl_->batch->commit();
    impl_->batch.reset();
  }
}

bool KnowledgeBase::add_article(const read::Article& article, const extract::ArticleExtraction& ex,
                                const std::string& hash, IngestCounts& counts) {
  Database& db = impl_->db;
  if (has_article(hash)) {
    ++counts.articles_known;
    return false;
  }
  const bool own_tx = !impl_->batch;
  std::unique_ptr<Transaction> tx;
  if (own_tx) tx = std::make_unique<Transaction>(db);
  Savepoint sp(db);
  IngestCounts local;
  Statement art(db,
                "INSERT INTO articles(content_hash, external_id, url, title, pub_date, date_source, lang, source_path, "
                "source_line) VALUES(?,?,?,?,?,?,?,?,?)");
  art.bind(1, hash).bind_text_or_null(2, article.id).bind_text_or_null(3, article.url).bind_text_or_null(4, article.title)
      .bind_text_or_null(5, ex.date.iso()).bind_text_or_null(6, ex.date_source).bind_text_or_null(7, ex.lang)
      .bind_text_or_null(8, article.source_path);
  if (article.line) art.bind(9, article.line);
  else art.bind_null(9);
  art.run();
  const int64_t article_id = db.last_insert_id();
  std::vector<int64_t> sentence_ids(ex.sentences.size());
  {
    Statement sent(db, "INSERT INTO sentences(article_id, seq, text) VALUES(?,?,?)");
    for (size_t i = 0; i < ex.sentences.size(); ++i) {
      sent.bind(1, article_id).bind(2, static_cast<int64_t>(i)).bind(3, ex.sentences[i].text).run();
      sentence_ids[i] = db.last_insert_id();
    }
  }
  Statement candidates(db, "SELECT meeting_id FROM participants WHERE actor_id = ?");
  Statement new_meeting(db,
                        "INSERT INTO meetings(type, status, place_id, date, date_precision, label, sideline_of, status_date) "
                        "VALUES(?,?,?,?,?,?,?,?)");
  Statement add_participant(db,
                            "INSERT INTO participants(meeting_id, actor_id, role) VALUES(?,?,?) "
                            "ON CONFLICT(meeting_id, actor_id) DO UPDATE SET role = CASE WHEN role = 'party' THEN excluded.role ELSE role END");
  Statement update(db,
                   "UPDATE meetings SET type=?, status=?, place_id=?, date=?, date_precision=?, label=?, status_date=? WHERE id=?");
  Statement mention(db,
                    "INSERT INTO mentions(meeting_id, article_id, type, status, place_id, date, date_text, participants, rule, "
                    "confidence, sideline_of) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
  Statement mention_sentence(db, "INSERT OR IGNORE INTO mention_sentences(mention_id, sentence_id) VALUES(?,?)");

  for (const Meeting& m : ex.meetings) {
    std::map<int64_t, std::string> people;
    nlohmann::json extracted = nlohmann::json::array();
    for (const auto& p : m.participants) {
      people[impl_->upsert_actor(p)] = std::string(extract::to_string(p.role));
      extracted.push_back({{"name", p.name}, {"text", p.text}, {"role", extract::to_string(p.role)}});
    }
    const std::string type(extract::to_string(m.type)), status(extract::to_string(m.status));
    const int64_t place = impl_->place_id(m.location);
    // Resolution: an existing meeting with the same people (or a subset), a
    // compatible kind, date and place is the same encounter.
    std::set<int64_t> seen;
    std::optional<Existing> best;
    for (const auto& [actor, _] : people) {
      candidates.bind(1, actor);
      while (candidates.step()) seen.insert(candidates.int64(0));
      candidates.reset();
    }
    Statement same_article(db, "SELECT 1 FROM mentions WHERE meeting_id = ? AND article_id = ?");
    for (int64_t id : seen) {
      // The extractor already told one article's meetings apart.
      same_article.bind(1, id).bind(2, article_id);
      const bool ours = same_article.step();
      same_article.reset();
      if (ours) continue;
      auto e = impl_->load_meeting(id);
      if (!e) continue;
      if ((e->type == "call") != (type == "call")) continue;
      if (e->status == "cancelled" && status == "occurred" && e->date.empty() && m.date.empty()) continue;
      if (!Impl::dates_compatible(e->date, m.date, ex.date, status)) continue;
      if (!impl_->places_compatible(e->place, place)) continue;
      if (!impl_->covered(people, e->participants) && !impl_->covered(e->participants, people)) continue;
      if (!best || e->participants.size() < best->participants.size()) best = std::move(e);
    }
    int64_t meeting_id;
    if (best) {
      ++local.meetings_merged;
      meeting_id = best->id;
      Existing& e = *best;
      for (const auto& [a, role] : people) e.participants.emplace(a, role);
      std::string new_type = type_rank(type) > type_rank(e.type) ? type : e.type;
      Date new_date = e.date;
      if (new_date.empty() || (!m.date.empty() && m.date.precision() > new_date.precision())) new_date = m.date;
      int64_t new_place = e.place;
      if (!new_place) new_place = place;
      else if (place && impl_->place_kind[new_place] == "country" && impl_->place_kind[place] != "country") new_place = place;
      // Status follows the latest report; undated reports never override dated ones.
      std::string new_status = e.status, status_date = e.status_date;
      const std::string pub = ex.date.iso();
      if (!pub.empty() && (status_date.empty() || pub >= status_date)) new_status = status, status_date = pub;
      else if (status_date.empty() && pub.empty()) new_status = status;
      update.bind(1, new_type).bind(2, new_status).bind(4, new_date.iso());
      if (new_place) update.bind(3, new_place);
      else update.bind_null(3);
      update.bind_text_or_null(4, new_date.iso()).bind_text_or_null(5, precision_name(new_date))
          .bind(6, impl_->make_label(new_type, new_place, new_date, e.participants)).bind_text_or_null(7, status_date)
          .bind(8, meeting_id).run();
    } else {
      ++local.meetings_new;
      new_meeting.bind(1, type).bind(2, status);
      if (place) new_meeting.bind(3, place);
      else new_meeting.bind_null(3);
      new_meeting.bind_text_or_null(4, m.date.iso()).bind_text_or_null(5, precision_name(m.date))
          .bind(6, impl_->make_label(type, place, m.date, people)).bind_text_or_null(7, m.sideline_of)
          .bind_text_or_null(8, ex.date.iso()).run();
      meeting_id = db.last_insert_id();
    }
    for (const auto& [a, role] : people) add_participant.bind(1, meeting_id).bind(2, a).bind(3, role).run();
    mention.bind(1, meeting_id).bind(2, article_id).bind(3, type).bind(4, status);
    if (place) mention.bind(5, place);
    else mention.bind_null(5);
    mention.bind_text_or_null(6, m.date.iso()).bind_text_or_null(7, m.date_text).bind(8, extracted.dump())
        .bind(9, m.rule).bind(10, m.confidence).bind_text_or_null(11, m.sideline_of).run();
    const int64_t mention_id = db.last_insert_id();
    for (int s : m.sentences)
      if (s >= 0 && static_cast<size_t>(s) < sentence_ids.size())
        mention_sentence.bind(1, mention_id).bind(2, sentence_ids[s]).run();
  }
  sp.release();
  if (tx) tx->commit();
  ++counts.articles_new;
  counts.meetings_new += local.meetings_new;
  counts.meetings_merged += local.meetings_merged;
  return true;
}

int64_t KnowledgeBase::data_version() {
  Statement st(impl_->db,
               "SELECT (SELECT count(*) FROM mentions) * 1000003 + (SELECT coalesce(max(id), 0) FROM meetings) + "
               "(SELECT count(*) FROM participants) * 7919");
  return st.step() ? st.int64(0) : 0;
}

Snapshot KnowledgeBase::snapshot() {
  Snapshot s;
  Database& db = impl_->db;
  std::unordered_map<int64_t, uint32_t> actor_index, meeting_index;
  Statement a(db,
              "SELECT id, key, kind, name, coalesce(name_ar, ''), coalesce(country, '') FROM actors "
              "WHERE id IN (SELECT DISTINCT actor_id FROM participants) ORDER BY id");
  while (a.step()) {
    actor_index[a.int64(0)] = static_cast<uint32_t>(s.actors.size());
    s.actors.push_back({a.int64(0), a.text(1), a.text(2), a.text(3), a.text(4), a.text(5)});
  }
  Statement m(db,
              "SELECT m.id, m.type, m.status, coalesce(m.date, ''), coalesce(p.name, ''), coalesce(p.name_ar, ''), "
              "coalesce(p.key, ''), coalesce(m.label, ''), (SELECT count(*) FROM mentions WHERE meeting_id = m.id) "
              "FROM meetings m LEFT JOIN places p ON p.id = m.place_id ORDER BY m.id");
  while (m.step()) {
    meeting_index[m.int64(0)] = static_cast<uint32_t>(s.meetings.size());
    MeetingRow row{m.int64(0), m.text(1), m.text(2), Date::parse(m.text(3)).value_or(Date{}), m.text(4), m.text(5),
                   m.text(6), m.text(7), static_cast<int>(m.int64(8))};
    s.meetings.push_back(std::move(row));
  }
  Statement p(db, "SELECT meeting_id, actor_id, role FROM participants");
  while (p.step()) {
    auto mi = meeting_index.find(p.int64(0));
    auto ai = actor_index.find(p.int64(1));
    if (mi == meeting_index.end() || ai == actor_index.end()) continue;
    s.participants.push_back({mi->second, ai->second, p.text(2)});
  }
  s.data_version = data_version();
  return s;
}

std::vector<int64_t> KnowledgeBase::actors_by_alias(const std::string& norm) {
  std::vector<int64_t> out;
  Statement st(impl_->db, "SELECT DISTINCT actor_id FROM actor_aliases WHERE norm = ?");
  st.bind(1, norm);
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

std::vector<std::pair<std::string, int64_t>> KnowledgeBase::all_aliases() {
  std::vector<std::pair<std::string, int64_t>> out;
  Statement st(impl_->db, "SELECT norm, actor_id FROM actor_aliases");
  while (st.step()) out.emplace_back(st.text(0), st.int64(1));
  return out;
}

std::vector<std::string> KnowledgeBase::place_keys_by_alias(const std::string& norm) {
  std::vector<std::string> out;
  Statement st(impl_->db, "SELECT DISTINCT p.key FROM place_aliases a JOIN places p ON p.id = a.place_id WHERE a.norm = ?");
  st.bind(1, norm);
  while (st.step()) out.push_back(st.text(0));
  return out;
}

std::optional<ActorInfo> KnowledgeBase::actor_info(int64_t id) {
  Database& db = impl_->db;
  Statement a(db, "SELECT key, kind, name, coalesce(name_ar,''), coalesce(country,'') FROM actors WHERE id = ?");
  a.bind(1, id);
  if (!a.step()) return std::nullopt;
  ActorInfo info{id, a.text(0), a.text(1), a.text(2), a.text(3), a.text(4), {}, {}, 0};
  Statement al(db, "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias");
  al.bind(1, id);
  while (al.step()) info.aliases.push_back(al.text(0));
  Statement r(db,
              "SELECT office, of, coalesce(from_date,''), coalesce(to_date,''), coalesce(title,'') FROM actor_roles "
              "WHERE actor_id = ? ORDER BY from_date");
  r.bind(1, id);
  while (r.step()) info.roles.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)});
  Statement c(db, "SELECT count(*) FROM participants WHERE actor_id = ?");
  c.bind(1, id);
  if (c.step()) info.meetings = c.int64(0);
  return info;
}

std::vector<SourceRow> KnowledgeBase::sources(int64_t meeting_id) {
  std::vector<SourceRow> out;
  Database& db = impl_->db;
  Statement st(db,
               "SELECT mn.id, a.id, coalesce(a.external_id, a.source_path, ''), coalesce(a.title,''), "
               "coalesce(a.pub_date,''), mn.status, mn.rule, mn.confidence FROM mentions mn JOIN articles a ON a.id = "
               "mn.article_id WHERE mn.meeting_id = ? ORDER BY a.pub_date, mn.id");
  Statement sent(db,
                 "SELECT s.text FROM mention_sentences ms JOIN sentences s ON s.id = ms.sentence_id WHERE ms.mention_id = ? "
                 "ORDER BY s.seq");
  st.bind(1, meeting_id);
  while (st.step()) {
    SourceRow row{st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.real(7), {}};
    sent.bind(1, st.int64(0));
    while (sent.step()) row.sentences.push_back(sent.text(0));
    sent.reset();
    out.push_back(std::move(row));
  }
  return out;
}

Stats KnowledgeBase::stats() {
  Database& db = impl_->db;
  Stats s;
  s.schema_version = schema_version(db);
  {
    Statement v(db, "SELECT value FROM meta WHERE key = 'lexicon_version'");
    if (v.step()) s.lexicon_version = v.text(0);
  }
  auto count = [&](const char* sql) {
    Statement st(db, sql);
    return st.step() ? st.int64(0) : 0;
  };
  s.articles = count("SELECT count(*) FROM articles");
  s.sentences = count("SELECT count(*) FROM sentences");
  s.actors = count("SELECT count(DISTINCT actor_id) FROM participants");
  s.places = count("SELECT count(DISTINCT place_id) FROM meetings WHERE place_id IS NOT NULL");
  s.meetings = count("SELECT count(*) FROM meetings");
  s.mentions = count("SELECT count(*) FROM mentions");
  Statement t(db, "SELECT type, count(*) FROM meetings GROUP BY type ORDER BY 2 DESC");
  while (t.step()) s.by_type.emplace_back(t.text(0), t.int64(1));
  Statement st(db, "SELECT status, count(*) FROM meetings GROUP BY status ORDER BY 2 DESC");
  while (st.step()) s.by_status.emplace_back(st.text(0), st.int64(1));
  Statement top(db,
                "SELECT '#' || m.id || ' ' || coalesce(m.label, ''), count(*) FROM mentions mn JOIN meetings m ON m.id = "
                "mn.meeting_id GROUP BY m.id ORDER BY 2 DESC, m.id LIMIT 5");
  while (top.step()) s.most_reported.emplace_back(top.text(0), top.int64(1));
  return s;
}

}  // namespace diplograph::store
