// The knowledge base: articles, sentences, actors, places, meetings and their
// provenance in SQLite. One writer at a time; readers may run alongside (WAL).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diplograph/extract/meeting.h"
#include "diplograph/lexicon/lexicon.h"
#include "diplograph/read/article.h"
#include "diplograph/store/snapshot.h"

namespace diplograph::store {

class Database;

struct IngestCounts {
  size_t articles_new = 0;
  size_t articles_known = 0;
  size_t meetings_new = 0;
  size_t meetings_merged = 0;
};

struct Stats {
  int schema_version = 0;
  std::string lexicon_version;
  int64_t articles = 0, sentences = 0, actors = 0, places = 0, meetings = 0, mentions = 0;
  std::vector<std::pair<std::string, int64_t>> by_type, by_status;
  std::vector<std::pair<std::string, int64_t>> most_reported;  // label -> mentions
};

struct SourceRow {
  int64_t article_id = 0;
  std::string article;  // external id or path
  std::string title;
  std::string pub_date;
  std::string status;   // what this report said
  std::string rule;
  double confidence = 0;
  std::vector<std::string> sentences;
};

struct ActorInfo {
  int64_t id = 0;
  std::string key, kind, name, name_ar, country;
  std::vector<std::string> aliases;
  struct RoleRow { std::string office, of, from, to, title; };
  std::vector<RoleRow> roles;
  int64_t meetings = 0;
};

// A content hash of an article's text, the identity used for idempotent ingest.
std::string content_hash(const std::string& text);

class KnowledgeBase {
 public:
  // Opens or creates the database at `path`, migrating it to the current schema.
  explicit KnowledgeBase(const std::string& path, bool create = true);
  ~KnowledgeBase();
  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;

  // For a connection that reads whole tables (queries, export, stats): maps
  // the database file instead of reading it page by page.
  void read_mostly();

  // Copies the lexicon's actors, aliases, roles and places in, when the
  // database holds another lexicon version (inside the open batch, if any).
  void sync_lexicon(const lexicon::Lexicon& lex);
  // The version of the lexicon the stored meetings were read with ("" for a new database).
  std::string lexicon_version();

  bool has_article(const std::string& hash);

  // Batches: articles added between begin_batch() and commit_batch() are
  // committed together; each article is all-or-nothing within the batch.
  void begin_batch();
  void commit_batch();

  // Stores one article, its sentences and meetings, resolving each meeting
  // against those already known. Returns false (and stores nothing) when the
  // article's text is already known.
  bool add_article(const read::Article& article, const extract::ArticleExtraction& extraction,
                   const std::string& hash, IngestCounts& counts);

  // Re-resolution (after a lexicon change): inside one batch, clear_meetings()
  // drops every meeting, participant and mention; then each stored article,
  // rebuilt by stored_article() from its sentences and metadata and extracted
  // again, goes back through restore_article(), in article id order; then
  // drop_orphan_actors() removes unknown people no meeting refers to any more.
  int64_t article_count();
  std::vector<int64_t> article_ids();
  std::optional<read::Article> stored_article(int64_t id);
  void clear_meetings();
  void restore_article(int64_t article_id, const extract::ArticleExtraction& extraction, IngestCounts& counts);
  void drop_orphan_actors();

  Snapshot snapshot();
  // The rows of these meetings only (ids in any order), their participants
  // and actors: what an export of a slice draws, read by primary key.
  Snapshot snapshot_of(std::vector<int64_t> meeting_ids);
  int64_t data_version();

  // Single rows and id lists, for answering a query from the compact graph
  // tables without reading every row (load_graph_tables).
  std::optional<MeetingRow> meeting_row(int64_t id);
  std::optional<ActorRow> actor_row(int64_t id);
  std::vector<int64_t> meetings_at(const std::vector<std::string>& place_keys);
  std::vector<int64_t> meetings_during(int64_t summit_id);
  // Every English and Arabic actor name, for completion.
  std::vector<std::string> actor_names();

  // Actor ids whose alias matches the folded name exactly.
  std::vector<int64_t> actors_by_alias(const std::string& norm);
  // Every (norm, actor id) pair, for fuzzy suggestions and completion.
  std::vector<std::pair<std::string, int64_t>> all_aliases();
  std::optional<ActorInfo> actor_info(int64_t id);
  std::vector<std::string> place_keys_by_alias(const std::string& norm);
  std::vector<SourceRow> sources(int64_t meeting_id);
  Stats stats();

  Database& db();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The folded form names are matched by in the knowledge base (aliases.norm).
std::string name_norm(const std::string& name);

}  // namespace diplograph::store
