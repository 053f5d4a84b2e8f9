// What ingest tells a person: a progress bar while it runs (terminals only)
// and a one-line summary at the end.
#pragma once

#include <iosfwd>
#include <string>

#include "diplograph/ingest/pipeline.h"

namespace diplograph::ingest {

// A one-line bar redrawn in place: articles, MB/s, meetings found, ETA.
// Draws nothing when disabled (standard error is not a terminal), so logs
// and scripts never see carriage returns. Not thread-safe: the pipeline
// serialises its calls.
class ProgressBar {
 public:
  ProgressBar(std::ostream& out, bool enabled) : out_(out), enabled_(enabled) {}
  void update(const Progress& p);
  // Erases the bar, so that a message can be printed on a clean line.
  void clear();

 private:
  std::ostream& out_;
  bool enabled_;
  bool drawn_ = false;
};

// The text of one bar ("[=====>    ]  45%  12,345 articles  3.1 MB/s  ...").
std::string format_progress(const Progress& p);

// "articles: 120 new, 3 already known, 1 skipped; meetings: 80 new, 40 merged (…)".
std::string format_summary(const Summary& s);

}  // namespace diplograph::ingest
