#include "diplograph/store/event_import.h"

#include <array>
#include <charconv>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "diplograph/core/date.h"
#include "diplograph/store/database.h"
#include "diplograph/store/knowledge_base.h"
#include "store/csv_reader.h"

namespace diplograph::store {
namespace {

// A malformed row; caught at the boundary and returned as an Error.
struct ImportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A canonical non-negative integer ("0", "17", not "017" or "+1"): such ids
// take the dense fast path; anything else is an opaque text id.
std::optional<int64_t> canonical_int(std::string_view s) {
  if (s.empty() || s.size() > 18 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < 0) return std::nullopt;
  return v;
}

// External id -> knowledge-base id for one import. Generated tables number
// their rows 0..N-1, so a growing vector serves them without hashing a million
// strings (and at a fraction of a hash map's memory); other ids use the map.
class IdMap {
 public:
  int64_t find(std::string_view ext) const {
    if (auto n = canonical_int(ext); n && static_cast<size_t>(*n) < dense_.size() && dense_[*n]) return dense_[*n];
    auto it = sparse_.find(std::string(ext));
    return it == sparse_.end() ? 0 : it->second;
  }
  void set(std::string_view ext, int64_t id) {
    auto n = canonical_int(ext);
    if (n && static_cast<size_t>(*n) <= 2 * dense_.size() + 65536) {
      if (static_cast<size_t>(*n) >= dense_.size()) dense_.resize(std::max<size_t>(*n + 1, dense_.size() * 3 / 2), 0);
      dense_[*n] = id;
    } else {
      sparse_[std::string(ext)] = id;
    }
  }

 private:
  std::vector<int64_t> dense_;  // 0 = absent (knowledge-base ids start at 1)
  std::unordered_map<std::string, int64_t> sparse_;
};

// The meeting types of other sources mapped onto ours (schema/001_init.sql).
std::optional<std::string_view> canonical_type(std::string_view t) {
  static const std::array<std::pair<std::string_view, std::string_view>, 22> kTypes{{
      {"summit", "summit"}, {"conference", "summit"}, {"multilateral_meeting", "summit"},
      {"visit", "visit"}, {"official_visit", "visit"}, {"state_visit", "visit"}, {"working_visit", "visit"},
      {"talks", "talks"}, {"multilateral_talks", "talks"}, {"negotiations", "talks"}, {"bilateral_talks", "talks"},
      {"meeting", "meeting"}, {"bilateral_meeting", "meeting"}, {"trilateral_meeting", "meeting"},
      {"working_lunch", "meeting"}, {"working_dinner", "meeting"}, {"dinner", "meeting"}, {"", "meeting"},
      {"call", "call"}, {"phone_call", "call"}, {"video_call", "call"}, {"telephone_call", "call"},
  }};
  for (auto [from, to] : kTypes)
    if (from == t) return to;
  return std::nullopt;
}

const char* precision_name(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    default: return nullptr;
  }
}

// A CSV table whose columns are found by name in its header line.
class Table {
 public:
  Table(std::istream& in, const std::string& name) : csv_(in, name) {
    if (!csv_.next(row_)) {
      throw ImportError(csv_.error().empty() ? name + ": empty file (a header line is expected)" : csv_.error());
    }
    header_.assign(row_.begin(), row_.end());
  }
  // The index of a column, or -1; a required column that is missing is an error.
  int column(std::string_view name, bool required) const {
    for (size_t i = 0; i < header_.size(); ++i)
      if (header_[i] == name) return static_cast<int>(i);
    if (required) throw ImportError(csv_.name() + ":1: no '" + std::string(name) + "' column in the header");
    return -1;
  }
  bool next() {
    if (csv_.next(row_)) {
      if (row_.size() != header_.size())
        fail("has " + std::to_string(row_.size()) + " fields, the header has " + std::to_string(header_.size()));
      return true;
    }
    if (!csv_.error().empty()) throw ImportError(csv_.error());
    return false;
  }
  std::string_view get(int col) const { return col < 0 ? std::string_view() : row_[col]; }
  [[noreturn]] void fail(const std::string& what) const {
    throw ImportError(csv_.name() + ":" + std::to_string(csv_.line()) + ": " + what);
  }

 private:
  CsvReader csv_;
  std::vector<std::string> header_;
  std::vector<std::string_view> row_;
};

// Connection settings for a bulk load, restored afterwards:
//  * foreign keys off: every reference is checked against the id maps before
//    the row is written, and SQLite's own check costs two b-tree probes per
//    participant (a third of the load time at a million meetings);
//  * a 64 MiB page cache instead of 2 MiB: the tables being appended to and
//    the index builds stay in memory instead of re-reading pages by pread.
class BulkSettings {
 public:
  explicit BulkSettings(Database& db) : db_(db) {
    Statement fk(db_, "PRAGMA foreign_keys");
    foreign_keys_ = fk.step() && fk.int64(0) != 0;
    Statement cache(db_, "PRAGMA cache_size");
    cache_size_ = cache.step() ? cache.int64(0) : -2000;
    db_.exec("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536");
  }
  ~BulkSettings() {
    try {
      db_.exec(std::string("PRAGMA foreign_keys = ") + (foreign_keys_ ? "ON" : "OFF") +
               "; PRAGMA cache_size = " + std::to_string(cache_size_));
    } catch (...) {
    }
  }
  BulkSettings(const BulkSettings&) = delete;
  BulkSettings& operator=(const BulkSettings&) = delete;

 private:
  Database& db_;
  bool foreign_keys_ = true;
  int64_t cache_size_ = -2000;
};

class Importer {
 public:
  Importer(Database& db, const std::string& source) : db_(db), source_(source) {}

  ImportCounts run(const EventTables& t) {
    if (!t.actors || !t.meetings || !t.participants) throw ImportError("import: three tables are needed");
    BulkSettings bulk(db_);
    Transaction tx(db_);
    open_source();
    // Bulk loading into empty tables: the secondary indexes are built once at
    // the end (one sort) instead of row by row. Measured at 200,000 meetings
    // on the shared 2-core machine the two ways cost the same CPU time within
    // noise; kept because the sort's cost stays linear-logarithmic as tables
    // outgrow the page cache, where row-by-row index updates turn into random I/O.
    bool empty = false;
    {
      Statement st(db_, "SELECT NOT EXISTS (SELECT 1 FROM participants)");
      empty = st.step() && st.int64(0) == 1;
    }
    if (empty) db_.exec("DROP INDEX IF EXISTS participants_actor; DROP INDEX IF EXISTS meetings_date");
    actors(*t.actors, t.actors_name);
    meetings(*t.meetings, t.meetings_name);
    participants(*t.participants, t.participants_name);
    if (empty)
      db_.exec("CREATE INDEX IF NOT EXISTS participants_actor ON participants(actor_id, meeting_id);"
               "CREATE INDEX IF NOT EXISTS meetings_date ON meetings(date)");
    tx.commit();
    return counts_;
  }

 private:
  void open_source() {
    Statement find(db_, "SELECT id FROM event_sources WHERE name = ?");
    find.bind(1, source_);
    if (find.step()) {
      source_id_ = find.int64(0);
      return;
    }
    Statement ins(db_, "INSERT INTO event_sources(name) VALUES(?)");
    ins.bind(1, source_).run();
    source_id_ = db_.last_insert_id();
    new_source_ = true;
  }

  void bind_external(Statement& st, int i, std::string_view ext) {
    if (auto n = canonical_int(ext)) {
      st.bind(i, *n);
    } else {
      st.bind(i, ext);
    }
  }

  // The knowledge-base id this source already gave `ext` in an earlier import, or 0.
  int64_t earlier(Statement& lookup, std::string_view ext) {
    if (new_source_) return 0;  // nothing imported from it yet: skip a million lookups
    lookup.bind(1, source_id_);
    bind_external(lookup, 2, ext);
    int64_t id = lookup.step() ? lookup.int64(0) : 0;
    lookup.reset();
    return id;
  }

  void actors(std::istream& in, const std::string& name) {
    Table t(in, name);
    const int c_id = t.column("actor_id", true), c_name = t.column("name", true);
    const int c_country = t.column("country", false), c_kind = t.column("kind", false);
    Statement lookup(db_, "SELECT actor_id FROM imported_actors WHERE source_id = ? AND external_id = ?");
    // Only the lexicon's actors are matched by name: two actors of one source
    // that share a name stay two actors.
    Statement by_name(db_,
                      "SELECT DISTINCT a.actor_id FROM actor_aliases a JOIN actors x ON x.id = a.actor_id "
                      "WHERE a.norm = ? AND x.in_lexicon = 1 LIMIT 2");
    Statement ins(db_,
                  "INSERT INTO actors(key, kind, name, country, in_lexicon) VALUES(?,?,?,?,0) "
                  "ON CONFLICT(key) DO UPDATE SET name = excluded.name RETURNING id");
    Statement alias(db_, "INSERT OR IGNORE INTO actor_aliases(actor_id, alias, norm) VALUES(?,?,?)");
    Statement map(db_, "INSERT INTO imported_actors(source_id, external_id, actor_id) VALUES(?,?,?)");
    bool has_lexicon = false;  // without lexicon actors there is no name to look up
    {
      Statement any(db_, "SELECT EXISTS (SELECT 1 FROM actors WHERE in_lexicon = 1)");
      has_lexicon = any.step() && any.int64(0) == 1;
    }
    while (t.next()) {
      std::string_view ext = t.get(c_id), actor_name = t.get(c_name);
      if (ext.empty()) t.fail("empty actor_id");
      if (actor_name.empty()) t.fail("empty name for actor " + std::string(ext));
      if (actor_ids_.find(ext)) t.fail("duplicate actor_id " + std::string(ext));
      int64_t id = earlier(lookup, ext);
      if (id) {
        ++counts_.actors_known;
        actor_ids_.set(ext, id);
        continue;
      }
      const std::string norm = name_norm(std::string(actor_name));
      if (!norm.empty() && has_lexicon) {
        by_name.bind(1, norm);
        std::vector<int64_t> found;
        while (by_name.step()) found.push_back(by_name.int64(0));
        by_name.reset();
        if (found.size() == 1) id = found[0];
      }
      if (id) {
        ++counts_.actors_known;
      } else {
        std::string_view kind = t.get(c_kind);
        if (kind != "person" && kind != "state" && kind != "organisation") kind = "person";  // offices are people
        ins.bind(1, "import:" + source_ + ":" + std::string(ext)).bind(2, kind).bind(3, actor_name)
            .bind_text_or_null(4, t.get(c_country));
        ins.step();
        id = ins.int64(0);
        ins.reset();
        if (!norm.empty()) alias.bind(1, id).bind(2, actor_name).bind(3, norm).run();
        ++counts_.actors_new;
      }
      map.bind(1, source_id_);
      bind_external(map, 2, ext);
      map.bind(3, id).run();
      actor_ids_.set(ext, id);
    }
  }

  int64_t place(std::string_view written) {
    // Places repeat (2,000 cities for a million meetings): remember each
    // spelling rather than folding it again per meeting.
    if (auto it = place_spellings_.find(std::string(written)); it != place_spellings_.end()) return it->second;
    const int64_t id = resolve_place(written);
    place_spellings_.emplace(std::string(written), id);
    return id;
  }

  int64_t resolve_place(std::string_view written) {
    std::string norm = name_norm(std::string(written));
    if (norm.empty()) return 0;
    if (auto it = places_.find(norm); it != places_.end()) return it->second;
    int64_t id = 0;
    {
      Statement known(db_, "SELECT DISTINCT place_id FROM place_aliases WHERE norm = ? LIMIT 2");
      known.bind(1, norm);
      std::vector<int64_t> found;
      while (known.step()) found.push_back(known.int64(0));
      if (found.size() == 1) id = found[0];
    }
    if (!id) {
      Statement ins(db_,
                    "INSERT INTO places(key, kind, name) VALUES(?, 'city', ?) "
                    "ON CONFLICT(key) DO UPDATE SET name = name RETURNING id");
      ins.bind(1, "import:" + norm).bind(2, written);
      ins.step();
      id = ins.int64(0);
      ins.reset();
      Statement alias(db_, "INSERT OR IGNORE INTO place_aliases(place_id, alias, norm) VALUES(?,?,?)");
      alias.bind(1, id).bind(2, written).bind(3, norm).run();
    }
    places_.emplace(std::move(norm), id);
    return id;
  }

  void meetings(std::istream& in, const std::string& name) {
    Table t(in, name);
    const int c_id = t.column("meeting_id", true), c_date = t.column("date", true);
    const int c_type = t.column("type", false), c_loc = t.column("location", false);
    Statement lookup(db_, "SELECT meeting_id FROM imported_meetings WHERE source_id = ? AND external_id = ?");
    Statement ins(db_,
                  "INSERT INTO meetings(type, status, place_id, date, date_precision) VALUES(?, 'occurred', ?, ?, ?)");
    Statement map(db_, "INSERT INTO imported_meetings(source_id, external_id, meeting_id) VALUES(?,?,?)");
    while (t.next()) {
      std::string_view ext = t.get(c_id);
      if (ext.empty()) t.fail("empty meeting_id");
      if (meeting_ids_.find(ext)) t.fail("duplicate meeting_id " + std::string(ext));
      std::optional<Date> date;
      if (std::string_view d = t.get(c_date); !d.empty()) {
        date = Date::parse(d);
        if (!date) t.fail("bad date '" + std::string(d) + "' (want YYYY-MM-DD, YYYY-MM or YYYY)");
      }
      int64_t id = earlier(lookup, ext);
      if (id) {
        ++counts_.meetings_known;
        meeting_ids_.set(ext, id);
        continue;
      }
      auto type = canonical_type(t.get(c_type));
      if (!type) {
        ++counts_.types_unknown;
        type = "meeting";
      }
      ins.bind(1, *type);
      if (int64_t p = c_loc < 0 ? 0 : place(t.get(c_loc))) {
        ins.bind(2, p);
      } else {
        ins.bind_null(2);
      }
      if (date) {
        ins.bind(3, date->iso()).bind(4, precision_name(date->precision()));
      } else {
        ins.bind_null(3).bind_null(4);
      }
      ins.run();
      id = db_.last_insert_id();
      map.bind(1, source_id_);
      bind_external(map, 2, ext);
      map.bind(3, id).run();
      meeting_ids_.set(ext, id);
      ++counts_.meetings_new;
    }
  }

  void participants(std::istream& in, const std::string& name) {
    Table t(in, name);
    const int c_meeting = t.column("meeting_id", true), c_actor = t.column("actor_id", true);
    const int c_role = t.column("role", false);
    Statement ins(db_, "INSERT OR IGNORE INTO participants(meeting_id, actor_id, role) VALUES(?,?,?)");
    while (t.next()) {
      int64_t m = meeting_ids_.find(t.get(c_meeting));
      if (!m) t.fail("meeting_id '" + std::string(t.get(c_meeting)) + "' is not in the meetings table");
      int64_t a = actor_ids_.find(t.get(c_actor));
      if (!a) t.fail("actor_id '" + std::string(t.get(c_actor)) + "' is not in the actors table");
      std::string_view role = t.get(c_role);
      if (role.empty()) role = "party";
      if (role != "host" && role != "guest" && role != "party") t.fail("bad role '" + std::string(role) + "'");
      ins.bind(1, m).bind(2, a).bind(3, role).run();
      counts_.participants_new += static_cast<size_t>(db_.changes());
    }
  }

  Database& db_;
  std::string source_;
  int64_t source_id_ = 0;
  bool new_source_ = false;
  IdMap actor_ids_, meeting_ids_;
  std::unordered_map<std::string, int64_t> places_, place_spellings_;
  ImportCounts counts_;
};

}  // namespace

Result<ImportCounts> import_events(Database& db, const EventTables& tables, const std::string& source) {
  if (source.empty()) return Error{"import: the source needs a name"};
  try {
    return Importer(db, source).run(tables);
  } catch (const ImportError& e) {
    return Error{e.what()};
  } catch (const DbError& e) {
    return Error{e.what()};
  }
}

Result<ImportCounts> import_event_dir(Database& db, const std::filesystem::path& dir, std::string source) {
  if (!std::filesystem::is_directory(dir)) return Error{"import: " + dir.string() + " is not a folder"};
  std::ifstream files[3];
  const char* names[3] = {"actors.csv", "meetings.csv", "participants.csv"};
  for (int i = 0; i < 3; ++i) {
    files[i].open(dir / names[i], std::ios::binary);
    if (!files[i]) return Error{"import: cannot read " + (dir / names[i]).string()};
  }
  if (source.empty()) {
    auto p = dir.lexically_normal();
    source = (p.has_filename() ? p.filename() : p.parent_path().filename()).string();
    if (source.empty() || source == ".") source = std::filesystem::absolute(dir).lexically_normal().filename().string();
    if (source.empty()) source = "import";
  }
  EventTables t;
  t.actors = &files[0];
  t.meetings = &files[1];
  t.participants = &files[2];
  t.actors_name = (dir / names[0]).string();
  t.meetings_name = (dir / names[1]).string();
  t.participants_name = (dir / names[2]).string();
  return import_events(db, t, source);
}

std::vector<std::pair<std::string, int64_t>> imported_actors(Database& db, const std::string& source) {
  std::vector<std::pair<std::string, int64_t>> out;
  Statement st(db,
               "SELECT i.external_id, i.actor_id FROM imported_actors i JOIN event_sources s ON s.id = i.source_id "
               "WHERE s.name = ? ORDER BY i.external_id");
  st.bind(1, source);
  while (st.step()) out.emplace_back(st.text(0), st.int64(1));
  return out;
}

}  // namespace diplograph::store
