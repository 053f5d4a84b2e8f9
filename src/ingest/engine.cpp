#include "ingest/engine.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "diplograph/extract/extractor.h"

namespace diplograph::ingest {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Thrown through the source's callbacks to stop reading when the writer failed.
struct Stopped {};

// Everything the threads share, under one mutex: the work is coarse (a whole
// article per lock), so one lock costs nothing measurable.
struct Shared {
  std::mutex mu;
  std::condition_variable work_cv;  // workers: work arrived or reading ended
  std::condition_variable done_cv;  // writer: the next article in order is ready
  std::condition_variable room_cv;  // reader: fewer than `in_flight` articles unstored
  std::deque<Item> work;
  std::map<uint64_t, Item> done;    // extracted, waiting for their turn
  uint64_t emitted = 0, stored = 0;
  bool reading_done = false, stop = false;
  std::exception_ptr error;         // from the reader or a worker
};

std::string where(const read::Article& a) {
  if (!a.source_path.empty()) return a.line ? a.source_path + ":" + std::to_string(a.line) : a.source_path;
  return a.id;
}

}  // namespace

Summary run_engine(const EngineHooks& hooks, const Options& options, std::shared_ptr<const lexicon::Lexicon> lexicon,
                   const ProblemFn& on_problem, const ProgressFn& on_progress, uint64_t total_bytes,
                   store::IngestCounts& counts) {
  const unsigned jobs = std::max(1u, options.jobs);
  const uint64_t in_flight = options.in_flight ? options.in_flight : 64u * jobs;
  Shared sh;
  std::mutex report_mu;
  ProblemFn report = [&](const read::ReadProblem& p) {
    std::lock_guard lk(report_mu);
    if (on_problem) on_problem(p);
  };
  auto fail = [&](std::exception_ptr e) {
    std::lock_guard lk(sh.mu);
    if (!sh.error) sh.error = e;
    sh.stop = true;
    sh.work_cv.notify_all();
    sh.done_cv.notify_all();
    sh.room_cv.notify_all();
  };

  size_t reader_problems = 0;
  std::thread reader([&] {
    try {
      reader_problems = hooks.source([&](Item&& it) {
        std::unique_lock lk(sh.mu);
        // Backpressure: memory holds at most `in_flight` articles, whatever the input size.
        sh.room_cv.wait(lk, [&] { return sh.stop || sh.emitted - sh.stored < in_flight; });
        if (sh.stop) throw Stopped{};
        it.seq = sh.emitted++;
        sh.work.push_back(std::move(it));
        sh.work_cv.notify_one();
      }, report);
    } catch (const Stopped&) {
    } catch (...) {
      fail(std::current_exception());
    }
    std::lock_guard lk(sh.mu);
    sh.reading_done = true;
    sh.work_cv.notify_all();
    sh.done_cv.notify_all();
  });

  std::vector<std::thread> workers;
  for (unsigned j = 0; j < jobs; ++j) {
    workers.emplace_back([&] {
      try {
        // One extractor per thread: the lexicon is shared read-only, but the
        // sentence splitter holds an ICU iterator, which is not made for sharing.
        extract::Extractor extractor(lexicon);
        for (;;) {
          Item it;
          {
            std::unique_lock lk(sh.mu);
            sh.work_cv.wait(lk, [&] { return sh.stop || !sh.work.empty() || sh.reading_done; });
            if (sh.stop || sh.work.empty()) return;
            it = std::move(sh.work.front());
            sh.work.pop_front();
          }
          if (!it.known) {
            try {
              it.extraction = extractor.extract(it.article);
            } catch (const std::exception& e) {
              it.error = std::string("extraction failed: ") + e.what();
            }
          }
          std::lock_guard lk(sh.mu);
          const uint64_t seq = it.seq;
          sh.done.emplace(seq, std::move(it));
          if (seq == sh.stored) sh.done_cv.notify_one();
        }
      } catch (...) {
        fail(std::current_exception());
      }
    });
  }

  auto join_all = [&] {
    reader.join();
    for (auto& w : workers) w.join();
  };

  Summary sum;
  const auto start = Clock::now();
  auto last_report = start;
  auto progress = [&](bool final) {
    sum.progress.meetings = counts.meetings_new + counts.meetings_merged;
    sum.progress.seconds = seconds_since(start);
    sum.progress.total_bytes = total_bytes;
    sum.progress.total_articles = hooks.total_articles;
    if (on_progress && (final || seconds_since(last_report) >= 0.1)) {
      last_report = Clock::now();
      std::lock_guard lk(report_mu);
      on_progress(sum.progress);
    }
  };
  size_t store_problems = 0;
  bool batch_open = false;
  size_t in_batch = 0;
  auto batch_start = start;
  auto commit = [&] {
    if (!batch_open) return;
    hooks.commit_batch();
    batch_open = false;
    in_batch = 0;
  };
  try {
    for (;;) {
      Item it;
      bool have = false, finished = false;
      {
        std::unique_lock lk(sh.mu);
        sh.done_cv.wait_for(lk, std::chrono::milliseconds(100), [&] {
          return sh.stop || sh.done.count(sh.stored) || (sh.reading_done && sh.stored == sh.emitted);
        });
        if (sh.stop) {
          finished = true;
        } else if (auto f = sh.done.find(sh.stored); f != sh.done.end()) {
          it = std::move(f->second);
          sh.done.erase(f);
          have = true;
        } else if (sh.reading_done && sh.stored == sh.emitted) {
          finished = true;
        }
      }
      if (have) {
        if (!batch_open) {
          hooks.begin_batch();
          batch_open = true;
          batch_start = Clock::now();
        }
        if (it.error.empty() && it.known) ++counts.articles_known;
        else if (it.error.empty()) hooks.store(it);
        if (!it.error.empty()) {  // extraction failed, or the store refused the article
          ++store_problems;
          report({where(it.article), it.error});
        }
        ++in_batch;
        ++sum.progress.articles;
        sum.progress.bytes += it.article.bytes;
        {
          std::lock_guard lk(sh.mu);
          ++sh.stored;
        }
        sh.room_cv.notify_one();
        if (!hooks.one_transaction && (in_batch >= options.batch || seconds_since(batch_start) >= options.batch_seconds))
          commit();
      } else if (!hooks.one_transaction && batch_open && seconds_since(batch_start) >= options.batch_seconds) {
        commit();  // slow input: let readers see what is stored
      }
      progress(false);
      if (finished) break;
    }
    if (!sh.error) commit();
  } catch (...) {
    fail(std::current_exception());
  }
  join_all();
  if (sh.error) std::rethrow_exception(sh.error);
  progress(true);
  sum.counts = counts;
  sum.skipped = reader_problems + store_problems;
  return sum;
}

}  // namespace diplograph::ingest
