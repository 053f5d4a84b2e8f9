// The threads behind ingest and re-resolution (private to the ingest module):
// a source emits articles in order on a reader thread, N workers extract them,
// and the calling thread stores them strictly in emission order.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "diplograph/extract/meeting.h"
#include "diplograph/ingest/pipeline.h"
#include "diplograph/read/article.h"

namespace diplograph::ingest {

struct Item {
  uint64_t seq = 0;
  read::Article article;
  int64_t stored_id = 0;   // re-resolution: the article's row
  std::string hash;        // ingest: content hash
  bool known = false;      // already in the database: nothing to extract or store
  std::string error;       // extraction failed: the article is skipped with this message
  extract::ArticleExtraction extraction;
};

struct EngineHooks {
  // Runs on the reader thread; calls emit() once per article, in order, and
  // report() for each input it skips. Returns the number of problems reported.
  std::function<size_t(const std::function<void(Item&&)>& emit, const ProblemFn& report)> source;
  // Runs on the calling thread, in order, with the batch transaction open.
  std::function<void(Item&)> store;
  std::function<void()> begin_batch, commit_batch;
  bool one_transaction = false;  // re-resolution: all or nothing
  size_t total_articles = 0;     // for the ETA when the byte count is unknown
};

// Runs the pipeline; problems and progress are reported one call at a time.
Summary run_engine(const EngineHooks& hooks, const Options& options, std::shared_ptr<const lexicon::Lexicon> lexicon,
                   const ProblemFn& on_problem, const ProgressFn& on_progress, uint64_t total_bytes,
                   store::IngestCounts& counts);

}  // namespace diplograph::ingest
