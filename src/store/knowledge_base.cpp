#include "diplograph/store/knowledge_base.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "diplograph/lexicon/phrase_index.h"
#include "diplograph/store/database.h"
#include "store/meeting_resolver.h"
#include "store/migrations.h"

namespace diplograph::store {

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

struct KnowledgeBase::Impl {
  explicit Impl(const std::string& path, bool create) : db(path, create), resolver(db) {
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA foreign_keys=ON");
    // A batch of 2,000 articles dirties more pages than SQLite's default 2 MB
    // cache holds, and spilling them mid-transaction costs system calls. 16 MB
    // holds a batch and the hot index pages; it is a fixed ceiling, so memory
    // stays flat however large the database grows (64 MB measured no faster).
    db.exec("PRAGMA cache_size=-16384");
    // Checkpoint every 32 MB of WAL instead of every 4 MB: index pages that every
    // batch touches are then copied into the database once per checkpoint, not
    // once per batch (40,000 articles: 103k -> 84k writes, 33k -> 17k reads).
    // The WAL file is cut back to 64 MB after a checkpoint.
    db.exec("PRAGMA wal_autocheckpoint=8192");
    db.exec("PRAGMA journal_size_limit=67108864");
    // The savepoint around each article journals the pages it changes; in a
    // temporary file that was one write system call per page change.
    db.exec("PRAGMA temp_store=MEMORY");
    migrate(db);
  }

  Database db;
  MeetingResolver resolver;
  std::unique_ptr<Transaction> batch;
  // Prepared on first use and kept: ingest runs them for every article.
  std::unique_ptr<Statement> find_hash, insert_article, insert_sentence, meeting_row, actor_row;

  Statement& cached(std::unique_ptr<Statement>& st, const char* sql) {
    if (!st) st = std::make_unique<Statement>(db, sql);
    return *st;
  }
  std::vector<int64_t> insert_sentences(int64_t article_id, const extract::ArticleExtraction& ex) {
    std::vector<int64_t> ids(ex.sentences.size());
    Statement& sent = cached(insert_sentence, "INSERT INTO sentences(article_id, seq, text) VALUES(?,?,?)");
    for (size_t i = 0; i < ex.sentences.size(); ++i) {
      sent.bind(1, article_id).bind(2, static_cast<int64_t>(i)).bind(3, ex.sentences[i].text).run();
      ids[i] = db.last_insert_id();
    }
    return ids;
  }
};

KnowledgeBase::KnowledgeBase(const std::string& path, bool create) : impl_(std::make_unique<Impl>(path, create)) {}
KnowledgeBase::~KnowledgeBase() = default;
Database& KnowledgeBase::db() { return impl_->db; }

std::string KnowledgeBase::lexicon_version() {
  Statement v(impl_->db, "SELECT value FROM meta WHERE key = 'lexicon_version'");
  return v.step() ? v.text(0) : std::string();
}

void KnowledgeBase::sync_lexicon(const lexicon::Lexicon& lex) {
  Database& db = impl_->db;
  if (lexicon_version() == lex.version()) return;
  // Inside a batch (re-resolution) the copy commits or rolls back with it.
  std::unique_ptr<Transaction> tx;
  if (!impl_->batch) tx = std::make_unique<Transaction>(db);
  Statement actor(db,
                  "INSERT INTO actors(key, kind, name, name_ar, country, in_lexicon) VALUES(?,?,?,?,?,1) "
                  "ON CONFLICT(key) DO UPDATE SET kind=excluded.kind, name=excluded.name, name_ar=excluded.name_ar, "
                  "country=excluded.country, in_lexicon=1 RETURNING id");
  Statement alias(db, "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm) VALUES(?,?,?)");
  Statement role(db, "INSERT INTO actor_roles(actor_id, office, of, from_date, to_date, title) VALUES(?,?,?,?,?,?)");
  // Spellings and offices are replaced, not accumulated: a lexicon fix that
  // removes a wrong alias must remove it here too.
  db.exec("DELETE FROM actor_roles WHERE actor_id IN (SELECT id FROM actors WHERE in_lexicon = 1)");
  db.exec("DELETE FROM actor_aliases WHERE actor_id IN (SELECT id FROM actors WHERE in_lexicon = 1)");
  db.exec("DELETE FROM place_aliases");
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
  if (tx) tx->commit();
  impl_->resolver.invalidate();
}

bool KnowledgeBase::has_article(const std::string& hash) {
  Statement& st = impl_->cached(impl_->find_hash, "SELECT 1 FROM articles WHERE content_hash = ?");
  st.bind(1, hash);
  const bool found = st.step();
  st.reset();
  return found;
}

void KnowledgeBase::begin_batch() {
  if (!impl_->batch) impl_->batch = std::make_unique<Transaction>(impl_->db);
}

void KnowledgeBase::read_mostly() {
  // Reading a large database page by page through read() system calls cost
  // more than the query itself (a million meetings: 5.9 s of system time);
  // mapped, the pages come from the page cache directly. Writers keep read():
  // mapped pages count in the resident size, which a long ingest keeps flat.
  impl_->db.exec("PRAGMA mmap_size=4294967296");
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
  std::unique_ptr<Transaction> tx;
  if (!impl_->batch) tx = std::make_unique<Transaction>(db);
  IngestCounts local;
  try {
    Savepoint sp(db);
    Statement& art = impl_->cached(impl_->insert_article,
                                   "INSERT INTO articles(content_hash, external_id, url, title, pub_date, date_source, "
                                   "lang, source_path, source_line) VALUES(?,?,?,?,?,?,?,?,?)");
    art.bind(1, hash).bind_text_or_null(2, article.id).bind_text_or_null(3, article.url)
        .bind_text_or_null(4, article.title).bind_text_or_null(5, ex.date.iso()).bind_text_or_null(6, ex.date_source)
        .bind_text_or_null(7, ex.lang).bind_text_or_null(8, article.source_path);
    if (article.line) art.bind(9, article.line);
    else art.bind_null(9);
    art.run();
    const int64_t article_id = db.last_insert_id();
    impl_->resolver.add_meetings(article_id, ex, impl_->insert_sentences(article_id, ex), local);
    sp.release();
  } catch (...) {
    // The savepoint rolled back actors this article may have added: forget their ids.
    impl_->resolver.invalidate();
    throw;
  }
  if (tx) tx->commit();
  ++counts.articles_new;
  counts.meetings_new += local.meetings_new;
  counts.meetings_merged += local.meetings_merged;
  return true;
}

int64_t KnowledgeBase::article_count() {
  Statement st(impl_->db, "SELECT count(*) FROM articles");
  return st.step() ? st.int64(0) : 0;
}

std::vector<int64_t> KnowledgeBase::article_ids() {
  std::vector<int64_t> out;
  Statement st(impl_->db, "SELECT id FROM articles ORDER BY id");
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

std::optional<read::Article> KnowledgeBase::stored_article(int64_t id) {
  Database& db = impl_->db;
  Statement a(db,
              "SELECT coalesce(external_id,''), coalesce(url,''), coalesce(title,''), coalesce(pub_date,''), "
              "coalesce(date_source,''), coalesce(lang,''), coalesce(source_path,''), coalesce(source_line, 0) "
              "FROM articles WHERE id = ?");
  a.bind(1, id);
  if (!a.step()) return std::nullopt;
  read::Article art;
  art.id = a.text(0);
  art.url = a.text(1);
  art.title = a.text(2);
  art.date = Date::parse(a.text(3)).value_or(Date{});
  art.date_source = a.text(4);
  art.lang = a.text(5);
  art.source_path = a.text(6);
  art.line = static_cast<int>(a.int64(7));
  // One sentence a line: the splitter breaks at line ends, so the sentences come back as stored.
  Statement s(db, "SELECT text FROM sentences WHERE article_id = ? ORDER BY seq");
  s.bind(1, id);
  while (s.step()) {
    if (!art.text.empty()) art.text += '\n';
    art.text += s.text(0);
  }
  return art;
}

void KnowledgeBase::clear_meetings() {
  Database& db = impl_->db;
  db.exec("DELETE FROM mention_sentences; DELETE FROM mentions; DELETE FROM participants; DELETE FROM meetings");
}

void KnowledgeBase::restore_article(int64_t article_id, const extract::ArticleExtraction& ex, IngestCounts& counts) {
  Database& db = impl_->db;
  Savepoint sp(db);
  // Keep the stored sentences when the new reading splits them the same way (the usual case).
  std::vector<int64_t> ids;
  {
    Statement old(db, "SELECT id, text FROM sentences WHERE article_id = ? ORDER BY seq");
    old.bind(1, article_id);
    size_t i = 0;
    bool same = true;
    while (old.step()) {
      if (i >= ex.sentences.size() || old.text(1) != ex.sentences[i].text) same = false;
      ids.push_back(old.int64(0));
      ++i;
    }
    if (i != ex.sentences.size()) same = false;
    if (!same) {
      Statement del(db, "DELETE FROM sentences WHERE article_id = ?");
      del.bind(1, article_id).run();
      ids = impl_->insert_sentences(article_id, ex);
    }
  }
  Statement upd(db, "UPDATE articles SET pub_date = ?, date_source = ? WHERE id = ?");
  upd.bind_text_or_null(1, ex.date.iso()).bind_text_or_null(2, ex.date_source).bind(3, article_id).run();
  try {
    impl_->resolver.add_meetings(article_id, ex, ids, counts);
  } catch (...) {
    impl_->resolver.invalidate();
    throw;
  }
  sp.release();
}

void KnowledgeBase::drop_orphan_actors() {
  impl_->db.exec(
      "DELETE FROM actors WHERE in_lexicon = 0 AND id NOT IN (SELECT actor_id FROM participants)");
  impl_->resolver.invalidate();
}

int64_t KnowledgeBase::data_version() {
  Statement st(impl_->db,
               "SELECT (SELECT count(*) FROM mentions) * 1000003 + (SELECT coalesce(max(id), 0) FROM meetings) + "
               "(SELECT count(*) FROM participants) * 7919");
  return st.step() ? st.int64(0) : 0;
}

namespace {

// The position of `id` in `ids` (ascending), or -1.
int64_t position(const std::vector<int64_t>& ids, int64_t id) {
  auto it = std::lower_bound(ids.begin(), ids.end(), id);
  return it != ids.end() && *it == id ? it - ids.begin() : -1;
}

}  // namespace

// Every table is read once in id order, and rows are matched by position
// (binary search, a forward walk) rather than through hash maps or correlated
// subqueries: at a million meetings those dominated the load.
Snapshot KnowledgeBase::snapshot() {
  Snapshot s;
  Database& db = impl_->db;
  std::vector<int64_t> actor_ids, meeting_ids;
  Statement a(db,
              "SELECT id, key, kind, name, coalesce(name_ar, ''), coalesce(country, '') FROM actors "
              "WHERE id IN (SELECT DISTINCT actor_id FROM participants) ORDER BY id");
  while (a.step()) {
    actor_ids.push_back(a.int64(0));
    s.actors.push_back({a.int64(0), a.text(1), a.text(2), a.text(3), a.text(4), a.text(5)});
  }
  Statement m(db,
              "SELECT m.id, m.type, m.status, coalesce(m.date, ''), coalesce(p.name, ''), coalesce(p.name_ar, ''), "
              "coalesce(p.key, ''), coalesce(m.label, ''), coalesce(m.parent_id, 0), coalesce(m.sideline_of, '') "
              "FROM meetings m LEFT JOIN places p ON p.id = m.place_id ORDER BY m.id");
  while (m.step()) {
    meeting_ids.push_back(m.int64(0));
    MeetingRow row{m.int64(0), m.text(1), m.text(2), Date::parse(m.text_view(3)).value_or(Date{}), m.text(4), m.text(5),
                   m.text(6), m.text(7), 0, m.int64(8), m.text(9)};
    s.meetings.push_back(std::move(row));
  }
  Statement c(db, "SELECT meeting_id, count(*) FROM mentions GROUP BY meeting_id");
  while (c.step())
    if (int64_t i = position(meeting_ids, c.int64(0)); i >= 0) s.meetings[i].mentions = static_cast<int>(c.int64(1));
  // In primary-key order, so by meeting: the meeting's position only moves forward.
  Statement p(db, "SELECT meeting_id, actor_id, role FROM participants ORDER BY meeting_id");
  size_t mi = 0;
  while (p.step()) {
    const int64_t meeting = p.int64(0);
    if (mi >= meeting_ids.size() || meeting_ids[mi] != meeting) {
      const int64_t i = position(meeting_ids, meeting);
      if (i < 0) continue;
      mi = static_cast<size_t>(i);
    }
    const int64_t ai = position(actor_ids, p.int64(1));
    if (ai < 0) continue;
    s.participants.push_back({static_cast<uint32_t>(mi), static_cast<uint32_t>(ai), p.text(2)});
  }
  s.data_version = data_version();
  return s;
}

Snapshot KnowledgeBase::snapshot_of(std::vector<int64_t> meeting_ids) {
  std::sort(meeting_ids.begin(), meeting_ids.end());
  meeting_ids.erase(std::unique(meeting_ids.begin(), meeting_ids.end()), meeting_ids.end());
  Snapshot s;
  Statement people(impl_->db, "SELECT actor_id, role FROM participants WHERE meeting_id = ?");
  struct Taking { uint32_t meeting; int64_t actor; std::string role; };
  std::vector<Taking> taking;
  std::vector<int64_t> actor_ids;
  for (int64_t id : meeting_ids) {
    auto row = meeting_row(id);
    if (!row) continue;
    const auto m = static_cast<uint32_t>(s.meetings.size());
    s.meetings.push_back(std::move(*row));
    people.bind(1, id);
    while (people.step()) {
      taking.push_back({m, people.int64(0), people.text(1)});
      actor_ids.push_back(people.int64(0));
    }
    people.reset();
  }
  std::sort(actor_ids.begin(), actor_ids.end());
  actor_ids.erase(std::unique(actor_ids.begin(), actor_ids.end()), actor_ids.end());
  for (int64_t id : actor_ids) s.actors.push_back(actor_row(id).value_or(ActorRow{id, "", "", "", "", ""}));
  for (auto& t : taking)
    s.participants.push_back({t.meeting, static_cast<uint32_t>(position(actor_ids, t.actor)), std::move(t.role)});
  s.data_version = data_version();
  return s;
}

std::optional<MeetingRow> KnowledgeBase::meeting_row(int64_t id) {
  Statement& m = impl_->cached(impl_->meeting_row,
                               "SELECT m.id, m.type, m.status, coalesce(m.date, ''), coalesce(p.name, ''), "
                               "coalesce(p.name_ar, ''), coalesce(p.key, ''), coalesce(m.label, ''), "
                               "(SELECT count(*) FROM mentions WHERE meeting_id = m.id), coalesce(m.parent_id, 0), "
                               "coalesce(m.sideline_of, '') FROM meetings m LEFT JOIN places p ON p.id = m.place_id "
                               "WHERE m.id = ?");
  m.bind(1, id);
  std::optional<MeetingRow> out;
  if (m.step())
    out = MeetingRow{m.int64(0), m.text(1), m.text(2), Date::parse(m.text_view(3)).value_or(Date{}), m.text(4),
                     m.text(5), m.text(6), m.text(7), static_cast<int>(m.int64(8)), m.int64(9), m.text(10)};
  m.reset();
  return out;
}

std::optional<ActorRow> KnowledgeBase::actor_row(int64_t id) {
  Statement& a = impl_->cached(impl_->actor_row,
                               "SELECT id, key, kind, name, coalesce(name_ar, ''), coalesce(country, '') FROM actors "
                               "WHERE id = ?");
  a.bind(1, id);
  std::optional<ActorRow> out;
  if (a.step()) out = ActorRow{a.int64(0), a.text(1), a.text(2), a.text(3), a.text(4), a.text(5)};
  a.reset();
  return out;
}

std::vector<int64_t> KnowledgeBase::meetings_at(const std::vector<std::string>& place_keys) {
  std::vector<int64_t> out;
  Statement st(impl_->db, "SELECT m.id FROM places p JOIN meetings m ON m.place_id = p.id WHERE p.key = ?");
  for (const auto& key : place_keys) {
    st.bind(1, key);
    while (st.step()) out.push_back(st.int64(0));
    st.reset();
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<int64_t> KnowledgeBase::meetings_during(int64_t summit_id) {
  std::vector<int64_t> out;
  Statement st(impl_->db, "SELECT id FROM meetings WHERE parent_id = ? ORDER BY id");
  st.bind(1, summit_id);
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

std::vector<std::string> KnowledgeBase::actor_names() {
  std::vector<std::string> out;
  Statement st(impl_->db,
               "SELECT name, coalesce(name_ar, '') FROM actors WHERE id IN (SELECT DISTINCT actor_id FROM participants)");
  while (st.step()) {
    out.push_back(st.text(0));
    if (!st.text_view(1).empty()) out.push_back(st.text(1));
  }
  return out;
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
