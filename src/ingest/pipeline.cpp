#include "diplograph/ingest/pipeline.h"

#include <filesystem>

#include "diplograph/store/database.h"
#include "ingest/engine.h"

namespace fs = std::filesystem;

namespace diplograph::ingest {

uint64_t input_bytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-") continue;
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    } else if (auto size = fs::file_size(p, ec); !ec) {
      total += size;
    }
  }
  return total;
}

namespace {

// A second connection for the reader thread, so that articles already stored
// are recognised before anyone spends time extracting them. None for an
// in-memory database (tests): the writer's own check then does the job.
std::unique_ptr<store::KnowledgeBase> open_probe(store::KnowledgeBase& kb) {
  const std::string& path = kb.db().path();
  if (path.empty() || path == ":memory:") return nullptr;
  return std::make_unique<store::KnowledgeBase>(path, false);
}

}  // namespace

Summary ingest(const std::vector<std::string>& paths, const Options& options,
               std::shared_ptr<const lexicon::Lexicon> lexicon, store::KnowledgeBase& kb, const ProblemFn& on_problem,
               const ProgressFn& on_progress) {
  // Into an empty database nothing can be known yet (repeats within the input
  // are caught by the writer): the lookup would cost a query per article for nothing.
  auto probe = kb.article_count() > 0 ? open_probe(kb) : nullptr;
  store::IngestCounts counts;
  EngineHooks hooks;
  hooks.source = [&](const std::function<void(Item&&)>& emit, const ProblemFn& report) {
    return read::read_articles(
        paths, options.read,
        [&](read::Article&& art) {
          Item it;
          it.hash = store::content_hash(art.text);
          it.known = probe && probe->has_article(it.hash);
          it.article = std::move(art);
          emit(std::move(it));
        },
        report);
  };
  hooks.store = [&](Item& it) {
    try {
      kb.add_article(it.article, it.extraction, it.hash, counts);
    } catch (const store::DbError& e) {
      // The article's savepoint is rolled back: report it and go on, unless
      // SQLite ended the whole transaction (disk full, I/O error): then stop.
      if (!kb.db().in_transaction()) throw;
      it.error = std::string("not stored: ") + e.what();
    }
  };
  hooks.begin_batch = [&] { kb.begin_batch(); };
  hooks.commit_batch = [&] { kb.commit_batch(); };
  return run_engine(hooks, options, std::move(lexicon), on_problem, on_progress, input_bytes(paths), counts);
}

Summary reresolve(const Options& options, std::shared_ptr<const lexicon::Lexicon> lexicon, store::KnowledgeBase& kb,
                  const ProblemFn& on_problem, const ProgressFn& on_progress) {
  auto probe = open_probe(kb);
  // The reader sees the database as committed before the re-resolution
  // started (WAL snapshot), so the writer may rewrite sentences meanwhile.
  std::vector<read::Article> preloaded;
  std::vector<int64_t> ids = kb.article_ids();
  if (!probe)
    for (int64_t id : ids) preloaded.push_back(kb.stored_article(id).value_or(read::Article{}));
  store::IngestCounts counts;
  uint64_t total = 0;
  EngineHooks hooks;
  hooks.one_transaction = true;
  hooks.total_articles = ids.size();
  hooks.source = [&](const std::function<void(Item&&)>& emit, const ProblemFn&) -> size_t {
    for (size_t i = 0; i < ids.size(); ++i) {
      Item it;
      it.stored_id = ids[i];
      if (probe) it.article = probe->stored_article(ids[i]).value_or(read::Article{});
      else it.article = std::move(preloaded[i]);
      it.article.bytes = it.article.text.size();
      emit(std::move(it));
    }
    return 0;
  };
  hooks.store = [&](Item& it) { kb.restore_article(it.stored_id, it.extraction, counts); };
  bool started = false;
  hooks.begin_batch = [&] {
    kb.begin_batch();
    if (!started) {
      started = true;
      kb.sync_lexicon(*lexicon);
      kb.clear_meetings();
    }
  };
  hooks.commit_batch = [&] {
    kb.drop_orphan_actors();
    kb.commit_batch();
  };
  Summary s = run_engine(hooks, options, lexicon, on_problem, on_progress, total, counts);
  if (!started) kb.sync_lexicon(*lexicon);  // no articles: only the lexicon to copy
  return s;
}

}  // namespace diplograph::ingest
