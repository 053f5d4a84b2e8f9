// The ingest pipeline: one reader, N extractor threads and a single writer.
// Articles are read in input order, extracted in parallel and stored in input
// order, so the database (ids, meeting resolution) is the same for any N.
// Memory is bounded by the number of articles in flight, not by the input.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "diplograph/lexicon/lexicon.h"
#include "diplograph/read/article.h"
#include "diplograph/store/knowledge_base.h"

namespace diplograph::ingest {

struct Options {
  read::ReadOptions read;
  unsigned jobs = 1;         // extractor threads
  size_t batch = 2000;       // articles per transaction (each in its own savepoint)
  double batch_seconds = 1;  // ...or fewer, when a batch has been open this long (slow input)
  size_t in_flight = 0;      // articles read but not yet stored; 0 = 64 per job
};

// What the writer has done so far; passed to the progress callback.
struct Progress {
  size_t articles = 0;        // stored, already known or skipped
  uint64_t bytes = 0;         // input bytes of those articles
  uint64_t total_bytes = 0;   // input size when known (files and folders), else 0
  size_t total_articles = 0;  // when known instead (re-resolution), else 0
  size_t meetings = 0;        // meetings found: new + merged
  double seconds = 0;
};

struct Summary {
  store::IngestCounts counts;
  size_t skipped = 0;  // problems: inputs or articles not stored
  Progress progress;
};

// Called from the pipeline's threads, one call at a time.
using ProblemFn = std::function<void(const read::ReadProblem&)>;
using ProgressFn = std::function<void(const Progress&)>;

// Reads `paths` (files, folders recursively, "-"), stores every new article in
// `kb` and reports each skipped input or article to `on_problem`. `on_progress`
// is called about ten times a second and once at the end. `kb` must only be
// used by this call while it runs. Throws store::DbError when the database
// fails as a whole (committed batches stay committed).
Summary ingest(const std::vector<std::string>& paths, const Options& options,
               std::shared_ptr<const lexicon::Lexicon> lexicon, store::KnowledgeBase& kb, const ProblemFn& on_problem,
               const ProgressFn& on_progress = {});

// Re-derives every meeting from the stored articles' sentences with `lexicon`,
// in one transaction: a crash or kill leaves the database as it was. Copies the
// lexicon in first. Needs no article file.
Summary reresolve(const Options& options, std::shared_ptr<const lexicon::Lexicon> lexicon, store::KnowledgeBase& kb,
                  const ProblemFn& on_problem, const ProgressFn& on_progress = {});

// The total size of the files `paths` name (folders recursively), for the ETA.
uint64_t input_bytes(const std::vector<std::string>& paths);

}  // namespace diplograph::ingest
