#include "diplograph/ingest/progress.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace diplograph::ingest {
namespace {

// 12345 -> "12,345": counts are read at a glance while they change.
std::string grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string clock_time(double seconds) {
  const long s = std::max(0L, static_cast<long>(seconds + 0.5));
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

std::string format_progress(const Progress& p) {
  // The fraction done: by bytes for files, by articles for re-resolution, unknown for standard input.
  double fraction = -1;
  if (p.total_bytes) fraction = std::min(1.0, static_cast<double>(p.bytes) / static_cast<double>(p.total_bytes));
  else if (p.total_articles) fraction = std::min(1.0, static_cast<double>(p.articles) / p.total_articles);
  std::string line;
  if (fraction >= 0) {
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(fraction * kWidth);
    line = "[" + std::string(filled, '=') + (filled < kWidth ? ">" : "") +
           std::string(std::max(0, kWidth - filled - 1), ' ') + "] ";
    char pct[8];
    std::snprintf(pct, sizeof pct, "%3d%%", static_cast<int>(fraction * 100));
    line += pct;
    line += "  ";
  }
  char rate[32];
  std::snprintf(rate, sizeof rate, "%.1f MB/s", p.seconds > 0 ? p.bytes / 1e6 / p.seconds : 0.0);
  line += grouped(p.articles) + " articles  " + rate + "  " + grouped(p.meetings) + " meetings  ";
  if (fraction > 0 && fraction < 1) line += "ETA " + clock_time(p.seconds * (1 - fraction) / fraction);
  else line += clock_time(p.seconds);
  return line;
}

void ProgressBar::update(const Progress& p) {
  if (!enabled_) return;
  out_ << "\r" << format_progress(p) << "\x1b[K" << std::flush;
  drawn_ = true;
}

void ProgressBar::clear() {
  if (!enabled_ || !drawn_) return;
  out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

std::string format_summary(const Summary& s) {
  const auto& c = s.counts;
  std::string out = "articles: " + grouped(c.articles_new) + " new, " + grouped(c.articles_known) +
                    " already known, " + grouped(s.skipped) + " skipped; meetings: " + grouped(c.meetings_new) +
                    " new, " + grouped(c.meetings_merged) + " merged into known ones";
  if (c.articles_new == 0) out += " (nothing new: the database is unchanged)";
  char tail[96];
  std::snprintf(tail, sizeof tail, "; %.1f s, %.0f articles/s", s.progress.seconds,
                s.progress.seconds > 0 ? s.progress.articles / s.progress.seconds : 0.0);
  return out + tail;
}

}  // namespace diplograph::ingest
