#include "commands.h"

#include <nlohmann/json.hpp>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include "diplograph/export/dot_writer.h"
#include "diplograph/extract/extractor.h"
#include "diplograph/extract/json.h"
#include "diplograph/graph/meeting_graph.h"
#include "diplograph/ingest/pipeline.h"
#include "diplograph/ingest/progress.h"
#include "diplograph/query/evaluator.h"
#include "diplograph/query/render.h"
#include "diplograph/store/graph_tables.h"
#include "diplograph/store/knowledge_base.h"

namespace diplograph::cli {
namespace {

Result<read::ReadOptions> read_options(const Args& a) {
  read::ReadOptions o;
  if (auto d = a.get("--date"); !d.empty()) {
    auto parsed = Date::parse(d);
    if (!parsed || parsed->precision() != DatePrecision::kDay) return Error{"bad --date '" + d + "' (want YYYY-MM-DD)"};
    o.default_date = *parsed;
  }
  o.lang = a.get("--lang", "auto");
  if (o.lang != "ar" && o.lang != "en" && o.lang != "auto") return Error{"bad --lang '" + o.lang + "' (ar, en or auto)"};
  return o;
}

Result<std::shared_ptr<const lexicon::Lexicon>> load_lexicon(const Args& a) {
  return lexicon::Lexicon::load(a.get("--lexicon", lexicon::Lexicon::default_dir()));
}

std::string db_path(const Args& a) { return a.get("--db", "diplograph.db"); }

}  // namespace

int cmd_extract(const Args& a, Io& io) {
  if (a.positional.empty()) {
    io.err << "diplograph extract: give at least one FILE (or - for standard input)\n";
    return 2;
  }
  auto opts = read_options(a);
  if (!opts) {
    io.err << "diplograph extract: " << opts.error() << "\n";
    return 2;
  }
  auto lex = load_lexicon(a);
  if (!lex) {
    io.err << "diplograph extract: " << lex.error() << "\n";
    return 1;
  }
  extract::Extractor extractor(*lex);
  size_t articles = 0;
  size_t problems = read::read_articles(
      a.positional, *opts,
      [&](read::Article&& art) {
        ++articles;
        auto ex = extractor.extract(art);
        for (const auto& m : ex.meetings) io.out << extract::meeting_json_line(art.id, ex, m) << "\n";
      },
      [&](const read::ReadProblem& p) { io.err << "diplograph extract: skipped " << p.where << ": " << p.message << "\n"; });
  io.out.flush();
  if (problems && !articles) return 1;
  return problems ? 3 : 0;
}

namespace {

// --jobs N: extractor threads. Default: the hardware threads, since the
// output does not depend on the number.
Result<unsigned> jobs_option(const Args& a) {
  const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  const std::string j = a.get("--jobs");
  if (j.empty()) return hw;
  if (j.find_first_not_of("0123456789") != std::string::npos || j.size() > 3 || std::stoi(j) < 1)
    return Error{"bad --jobs '" + j + "' (a number of threads, 1 or more)"};
  return static_cast<unsigned>(std::stoi(j));
}

// Progress goes to standard error, and only to a terminal.
bool stderr_is_terminal(const Io& io) { return &io.err == &std::cerr && ::isatty(STDERR_FILENO); }

// Re-resolves the whole database with `lex`, with the same reporting as ingest.
ingest::Summary run_reresolve(const char* cmd, const ingest::Options& o, std::shared_ptr<const lexicon::Lexicon> lex,
                              store::KnowledgeBase& kb, Io& io, bool show_progress) {
  ingest::ProgressBar bar(io.err, show_progress);
  auto sum = ingest::reresolve(
      o, std::move(lex), kb,
      [&](const read::ReadProblem& p) {
        bar.clear();
        io.err << "diplograph " << cmd << ": skipped " << p.where << ": " << p.message << "\n";
      },
      [&](const ingest::Progress& p) { bar.update(p); });
  bar.clear();
  return sum;
}

}  // namespace

int cmd_ingest(const Args& a, Io& io) {
  if (a.positional.empty()) {
    io.err << "diplograph ingest: give at least one PATH (file, folder or -)\n";
    return 2;
  }
  auto opts = read_options(a);
  if (!opts) {
    io.err << "diplograph ingest: " << opts.error() << "\n";
    return 2;
  }
  ingest::Options o;
  o.read = *opts;
  if (auto b = a.get("--batch"); !b.empty()) o.batch = static_cast<size_t>(std::max(1L, std::atol(b.c_str())));
  auto jobs = jobs_option(a);
  if (!jobs) {
    io.err << "diplograph ingest: " << jobs.error() << "\n";
    return 2;
  }
  o.jobs = *jobs;
  auto lex = load_lexicon(a);
  if (!lex) {
    io.err << "diplograph ingest: " << lex.error() << "\n";
    return 1;
  }
  const bool quiet = a.has("--quiet");
  const bool show_progress = !quiet && stderr_is_terminal(io);
  store::KnowledgeBase kb(db_path(a));
  // Meetings read with another lexicon are re-derived first, so that the
  // database never mixes two readings of the same names.
  if (const std::string stored = kb.lexicon_version(); !stored.empty() && stored != (*lex)->version()) {
    if (const int64_t n = kb.article_count(); n > 0) {
      io.err << "diplograph ingest: the lexicon changed since " << db_path(a) << " was built; re-resolving its " << n
             << " article(s) first\n";
      run_reresolve("ingest", o, *lex, kb, io, show_progress);
    }
  }
  kb.sync_lexicon(**lex);
  ingest::ProgressBar bar(io.err, show_progress);
  auto sum = ingest::ingest(
      a.positional, o, *lex, kb,
      [&](const read::ReadProblem& p) {
        bar.clear();
        io.err << "diplograph ingest: skipped " << p.where << ": " << p.message << "\n";
      },
      [&](const ingest::Progress& p) { bar.update(p); });
  bar.clear();
  if (!quiet) io.err << "diplograph ingest: " << ingest::format_summary(sum) << "\n";
  if (sum.skipped && sum.counts.articles_new + sum.counts.articles_known == 0) return 1;
  return sum.skipped ? 3 : 0;
}

int cmd_reresolve(const Args& a, Io& io) {
  if (!a.positional.empty()) {
    io.err << "diplograph reresolve: takes no PATH (it re-reads the articles stored in the database)\n";
    return 2;
  }
  if (!std::filesystem::exists(db_path(a))) {
    io.err << "diplograph reresolve: no database " << db_path(a) << "\n";
    return 1;
  }
  ingest::Options o;
  auto jobs = jobs_option(a);
  if (!jobs) {
    io.err << "diplograph reresolve: " << jobs.error() << "\n";
    return 2;
  }
  o.jobs = *jobs;
  auto lex = load_lexicon(a);
  if (!lex) {
    io.err << "diplograph reresolve: " << lex.error() << "\n";
    return 1;
  }
  store::KnowledgeBase kb(db_path(a), false);
  const int64_t before = kb.stats().meetings;
  auto sum = run_reresolve("reresolve", o, *lex, kb, io, !a.has("--quiet") && stderr_is_terminal(io));
  if (!a.has("--quiet"))
    io.err << "diplograph reresolve: " << sum.progress.articles << " article(s) re-read; meetings: " << before
           << " before, " << sum.counts.meetings_new << " now (" << sum.counts.meetings_merged
           << " reports merged into them); lexicon version " << (*lex)->version() << "\n";
  return sum.skipped ? 3 : 0;
}

int cmd_query(const Args& a, Io& io) {
  if (a.positional.size() != 1) {
    io.err << "diplograph query: give exactly one QUERY (quote it)\n";
    return 2;
  }
  if (!std::filesystem::exists(db_path(a))) {
    io.err << "diplograph query: no database " << db_path(a) << " (run diplograph ingest first)\n";
    return 1;
  }
  store::KnowledgeBase kb(db_path(a), false);
  kb.read_mostly();
  query::Evaluator ev(kb);
  auto answer = ev.run(a.positional[0]);
  if (!answer) {
    io.err << "diplograph query: " << answer.error() << "\n";
    return 1;
  }
  if (a.has("--json")) io.out << answer->json << "\n";
  else query::render_table(io.out, *answer, io.interactive);
  return 0;
}

int cmd_stats(const Args& a, Io& io) {
  if (!std::filesystem::exists(db_path(a))) {
    io.err << "diplograph stats: no database " << db_path(a) << "\n";
    return 1;
  }
  store::KnowledgeBase kb(db_path(a), false);
  kb.read_mostly();
  auto s = kb.stats();
  if (a.has("--json")) {
    nlohmann::json j{{"schema_version", s.schema_version}, {"lexicon_version", s.lexicon_version},
                     {"articles", s.articles}, {"sentences", s.sentences}, {"actors", s.actors}, {"places", s.places},
                     {"meetings", s.meetings}, {"mentions", s.mentions}};
    for (const auto& [k, v] : s.by_type) j["by_type"][k] = v;
    for (const auto& [k, v] : s.by_status) j["by_status"][k] = v;
    for (const auto& [k, v] : s.most_reported) j["most_reported"].push_back({{"meeting", k}, {"mentions", v}});
    io.out << j.dump() << "\n";
    return 0;
  }
  io.out << "schema version   " << s.schema_version << "\nlexicon version  " << s.lexicon_version << "\narticles         "
         << s.articles << "\nsentences        " << s.sentences << "\nactors (in meetings) " << s.actors
         << "\nplaces (of meetings) " << s.places << "\nmeetings         " << s.meetings << "\nmentions         "
         << s.mentions << "\n";
  for (const auto& [k, v] : s.by_type) io.out << "  type " << k << ": " << v << "\n";
  for (const auto& [k, v] : s.by_status) io.out << "  status " << k << ": " << v << "\n";
  for (const auto& [k, v] : s.most_reported) io.out << "  most reported: " << k << " (" << v << ")\n";
  return 0;
}

// The knowledge-base ids of the meetings in a query's JSON answer (every
// object shaped like the contract's MEETING).
void collect_meeting_ids(const nlohmann::json& j, std::set<int64_t>& ids) {
  if (j.is_object()) {
    if (j.contains("id") && j.contains("participants") && j["id"].is_number_integer()) ids.insert(j["id"].get<int64_t>());
    for (const auto& [_, v] : j.items()) collect_meeting_ids(v, ids);
  } else if (j.is_array()) {
    for (const auto& v : j) collect_meeting_ids(v, ids);
  }
}

// Shared by `export` and the REPL's .export: options in, file or stream out.
// The slice is chosen on the compact graph (no names); only the rows of the
// meetings and actors it draws are then read, unless it is most of the graph.
int export_graph(const Args& a, Io& io, store::KnowledgeBase& kb) {
  exporter::ExportOptions o;
  o.labels = a.get("--labels", "en");
  if (o.labels != "en" && o.labels != "ar" && o.labels != "both") {
    io.err << "diplograph export: --labels is en, ar or both\n";
    return 2;
  }
  o.bipartite = a.has("--bipartite");
  o.legend = !a.has("--no-legend");
  auto& f = o.slice.filter;
  f.statuses.clear();
  if (auto st = a.get("--status", "any"); st != "any") {
    if (st != "occurred" && st != "planned" && st != "invited" && st != "cancelled") {
      io.err << "diplograph export: --status is any, occurred, planned, invited or cancelled\n";
      return 2;
    }
    f.statuses = {st};
  }
  if (auto type = a.get("--type"); !type.empty()) {
    if (type != "summit" && type != "visit" && type != "talks" && type != "meeting" && type != "call") {
      io.err << "diplograph export: --type is summit, visit, talks, meeting or call\n";
      return 2;
    }
    f.types = {type};
  }
  for (const char* bound : {"--after", "--before"}) {
    if (auto text = a.get(bound); !text.empty()) {
      auto d = Date::parse(text);
      if (!d) {
        io.err << "diplograph export: bad " << bound << " '" << text << "' (want YYYY, YYYY-MM or YYYY-MM-DD)\n";
        return 2;
      }
      if (std::string(bound) == "--after") f.after_day = d->last_day();
      else f.before_day = d->first_day();
    }
  }
  if (auto depth = a.get("--depth"); !depth.empty()) {
    int n = std::atoi(depth.c_str());
    if (n < 1 || n > 100) {
      io.err << "diplograph export: --depth is 1 to 100\n";
      return 2;
    }
    o.slice.depth = n;
  }
  if (auto text = a.get("--query"); !text.empty()) {
    query::Evaluator ev(kb);
    auto answer = ev.run(text);
    if (!answer) {
      io.err << "diplograph export: --query: " << answer.error() << "\n";
      return 2;
    }
    collect_meeting_ids(nlohmann::json::parse(answer->json), o.slice.meeting_ids);
    if (o.slice.meeting_ids.empty()) {
      io.err << "diplograph export: the query answers no meetings\n";
      return 1;
    }
  }
  const graph::MeetingGraph all(store::load_graph_tables(kb.db()));
  if (!a.positional.empty()) {
    std::string name;
    for (const auto& p : a.positional) name += (name.empty() ? "" : " ") + p;
    auto ids = kb.actors_by_alias(store::name_norm(name));
    std::optional<uint32_t> v;
    for (auto id : ids)
      if (auto x = all.actor_by_id(id); x && !all.meetings_of(*x).empty()) v = x;
    if (!v) {
      io.err << "diplograph export: no meetings known for '" << name << "'\n";
      return 1;
    }
    o.slice.focus = v;
  }
  const std::string format = a.get("--format", "dot");
  if (format != "dot" && format != "svg" && format != "png" && format != "graphml") {
    io.err << "diplograph export: --format is dot, svg, png or graphml\n";
    return 2;
  }
  const auto slice = exporter::select_slice(all, o.slice);
  std::vector<int64_t> ids;
  for (uint32_t m : slice.meetings) ids.push_back(all.meeting_id(m));
  const graph::MeetingGraph g(ids.size() * 4 > all.meeting_count() ? kb.snapshot() : kb.snapshot_of(std::move(ids)));
  if (o.slice.focus) o.slice.focus = g.actor_by_id(all.actor_id(*o.slice.focus));
  const std::string out_path = a.get("-o");
  std::ostringstream dot;
  size_t nodes = format == "graphml" ? exporter::write_graphml(dot, g, o) : exporter::write_dot(dot, g, o);
  if (format == "dot" || format == "graphml") {
    if (out_path.empty() || out_path == "-") {
      io.out << dot.str();
    } else {
      std::ofstream f(out_path, std::ios::binary);
      if (!(f << dot.str())) {
        io.err << "diplograph export: cannot write " << out_path << "\n";
        return 1;
      }
    }
    return 0;
  }
  // Rendering through GraphViz: dot for small graphs, sfdp for large ones (dot is
  // quadratic-ish beyond a few hundred edges).
  std::string layout = a.get("--layout", nodes > 150 ? "sfdp" : "dot");
  if (layout.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
    io.err << "diplograph export: bad --layout\n";
    return 2;
  }
  if (std::system(("command -v " + layout + " >/dev/null 2>&1").c_str()) != 0) {
    io.err << "diplograph export: GraphViz '" << layout << "' is not installed (apt-get install graphviz), or use --format dot\n";
    return 1;
  }
  if (out_path.empty()) {
    io.err << "diplograph export: --format " << format << " needs -o FILE\n";
    return 2;
  }
  auto tmp = std::filesystem::temp_directory_path() / ("diplograph-" + std::to_string(::getpid()) + ".dot");
  {
    std::ofstream f(tmp, std::ios::binary);
    f << dot.str();
  }
  // Paths are passed single-quoted with embedded quotes escaped; the cairo renderer shapes Arabic.
  auto quote = [](const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
  };
  std::string renderer = format == "png" ? "png:cairo" : "svg";
  std::string cmd = layout + " -T" + renderer + " -o " + quote(out_path) + " " + quote(tmp.string());
  int rc = std::system(cmd.c_str());
  std::filesystem::remove(tmp);
  if (rc != 0) {
    io.err << "diplograph export: GraphViz failed (" << cmd << ")\n";
    return 1;
  }
  return 0;
}

int cmd_export(const Args& a, Io& io) {
  if (!std::filesystem::exists(db_path(a))) {
    io.err << "diplograph export: no database " << db_path(a) << "\n";
    return 1;
  }
  store::KnowledgeBase kb(db_path(a), false);
  kb.read_mostly();
  return export_graph(a, io, kb);
}

}  // namespace diplograph::cli
