// diplograph-bench-graph DATA_DIR: the graph layer on the shared benchmark data
// (../shared/bench/gen_meetings.py). Imports the CSV tables into a fresh
// knowledge base, builds the graph from it, times every parameter set of
// queries.csv many times, computes exact betweenness on the README's window
// and prints one JSON object with the timings and the answers.
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "diplograph/core/date.h"
#include "diplograph/graph/meeting_graph.h"
#include "diplograph/store/database.h"
#include "diplograph/store/event_import.h"
#include "diplograph/store/graph_tables.h"
#include "diplograph/store/knowledge_base.h"

namespace fs = std::filesystem;
using namespace diplograph;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
  fs::path data;
  fs::path db;        // empty: a temporary file, removed at the end
  int runs = 200;     // timed repetitions of every parameter set
  unsigned threads = 2;  // betweenness only: the machine this targets has two cores (README)
  bool boost_betweenness = false;
  bool skip_betweenness = false;
  bool skip_import = false;  // --db FILE already holds the import (for profiling the later phases)
};

const char* kUsage =
    "usage: diplograph-bench-graph [--runs N] [--threads N (betweenness, default 2)] [--boost-betweenness]\n"
    "                              [--no-betweenness]\n"
    "                              [--db FILE [--skip-import]] DATA_DIR\n"
    "DATA_DIR holds actors.csv, meetings.csv, participants.csv and queries.csv as written by\n"
    "../shared/bench/gen_meetings.py. Prints one JSON object (see README, \"Graph benchmark\").\n";

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of this thread / of the process. On a shared machine wall time
// includes waiting for a core; CPU time shows what the code itself costs.
double cpu_seconds(clockid_t clock) {
  timespec ts{};
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
double thread_cpu() { return cpu_seconds(CLOCK_THREAD_CPUTIME_ID); }
double process_cpu() { return cpu_seconds(CLOCK_PROCESS_CPUTIME_ID); }

std::string load_average() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  in >> one;
  return one;
}

// Peak resident set: VmHWM from /proc, else getrusage (kilobytes on Linux).
double peak_rss_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t i = std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())));
  return v[i];
}

// Rounds to `digits` decimals, dividing last so the JSON shows 10.7, not 10.700000000000001.
double round_to(double x, int digits) {
  const double p = std::pow(10.0, digits);
  return std::round(x * p) / p;
}

struct Query {
  std::string kind, arg1, arg2;
};

std::vector<Query> read_queries(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::vector<Query> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::stringstream ss(line);
    Query q;
    std::getline(ss, q.kind, ',');
    std::getline(ss, q.arg1, ',');
    std::getline(ss, q.arg2, ',');
    out.push_back(q);
  }
  return out;
}

// Times `fn` over every parameter set, `runs` times round-robin (so caches
// see a mix, as a service answering varied queries would); microseconds.
// Also records each call's thread CPU time into `cpu_us` (the wall clock is
// read inside the CPU-clock bracket, so the CPU clock's own cost is not in `us`).
template <class Fn>
std::vector<double> time_each(size_t sets, int runs, std::vector<double>& cpu_us, Fn&& fn) {
  std::vector<double> us;
  us.reserve(sets * static_cast<size_t>(runs));
  cpu_us.clear();
  for (int r = 0; r < runs; ++r)
    for (size_t i = 0; i < sets; ++i) {
      const double c = thread_cpu();
      auto t = Clock::now();
      fn(i);
      us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t).count());
      cpu_us.push_back((thread_cpu() - c) * 1e6);
    }
  return us;
}

int run(const Options& o) {
  nlohmann::ordered_json out;
  fs::path tmpdir;
  fs::path db_path = o.db;
  if (db_path.empty()) {
    tmpdir = fs::temp_directory_path() / ("diplograph-bench-" + std::to_string(::getpid()));
    fs::create_directories(tmpdir);
    db_path = tmpdir / "bench.db";
  }
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code ec;
      if (!dir.empty()) fs::remove_all(dir, ec);
    }
  } cleanup{tmpdir};

  // CSV -> store -> graph.
  const std::string load_at_start = load_average();
  const auto t_load = Clock::now();
  const double c_load = thread_cpu();
  store::KnowledgeBase kb(db_path.string());
  auto counts = o.skip_import ? Result<store::ImportCounts>(store::ImportCounts{})
                              : store::import_event_dir(kb.db(), o.data, "bench");
  if (!counts) {
    std::cerr << "diplograph-bench-graph: " << counts.error() << "\n";
    return 1;
  }
  const double import_s = seconds_since(t_load);
  const double import_cpu = thread_cpu() - c_load;
  const auto t_build = Clock::now();
  const double c_build = process_cpu();  // the build reads on two connections at once: count both threads
  graph::MeetingGraph g(store::load_graph_tables(kb.db()));
  const double build_s = seconds_since(t_build);
  const double build_cpu = process_cpu() - c_build;
  const double load_s = seconds_since(t_load);
  // The contact lists path and two_hop use are built on first use; timed
  // here so that no query timing below includes them.
  const auto t_contacts = Clock::now();
  const double c_contacts = thread_cpu();
  g.prepare();
  const double contacts_s = seconds_since(t_contacts);
  const double contacts_cpu = thread_cpu() - c_contacts;

  // External (CSV) actor ids <-> graph indices.
  const auto imported = store::imported_actors(kb.db(), "bench");
  std::vector<uint32_t> index_of_ext(imported.size(), UINT32_MAX);
  std::vector<int64_t> ext_of_index(g.actor_count(), -1);
  for (const auto& [ext, id] : imported) {
    const int64_t e = std::stoll(ext);
    auto v = g.actor_by_id(id);
    if (!v || e < 0 || static_cast<size_t>(e) >= index_of_ext.size()) continue;
    index_of_ext[e] = *v;
    ext_of_index[*v] = e;
  }
  auto actor = [&](const std::string& ext) {
    const long long e = std::stoll(ext);
    if (e < 0 || static_cast<size_t>(e) >= index_of_ext.size() || index_of_ext[e] == UINT32_MAX)
      throw std::runtime_error("queries.csv names unknown actor " + ext);
    return index_of_ext[e];
  };

  std::vector<Query> met_q, path_q, two_q;
  for (const auto& q : read_queries(o.data / "queries.csv")) {
    if (q.kind == "met_before") met_q.push_back(q);
    else if (q.kind == "path") path_q.push_back(q);
    else if (q.kind == "two_hop") two_q.push_back(q);
  }

  nlohmann::ordered_json answers;
  const graph::Filter occurred;  // the default: meetings that happened, any type, any date

  // met_before X D: distinct actors who shared a meeting with X dated before D.
  std::vector<uint32_t> met_x;
  std::vector<graph::Filter> met_f;
  for (const auto& q : met_q) {
    auto d = Date::parse(q.arg2);
    if (!d) throw std::runtime_error("queries.csv: bad date " + q.arg2);
    graph::Filter f;
    f.before_day = d->first_day();
    met_x.push_back(actor(q.arg1));
    met_f.push_back(f);
    answers["met_before"].push_back({{"x", std::stoll(q.arg1)}, {"d", q.arg2}, {"count", g.met(met_x.back(), f).size()}});
  }
  size_t sink = 0;  // results are consumed so the optimiser keeps the calls
  std::vector<double> met_cpu, path_cpu, two_cpu;
  auto met_us = time_each(met_q.size(), o.runs, met_cpu, [&](size_t i) { sink += g.met(met_x[i], met_f[i]).size(); });

  // path A B: fewest meetings linking A to B.
  std::vector<std::pair<uint32_t, uint32_t>> ends;
  for (const auto& q : path_q) {
    ends.emplace_back(actor(q.arg1), actor(q.arg2));
    auto p = g.path(ends.back().first, ends.back().second, occurred);
    nlohmann::ordered_json row{{"a", std::stoll(q.arg1)}, {"b", std::stoll(q.arg2)}};
    row["length"] = p ? nlohmann::json(p->size() - 1) : nlohmann::json(nullptr);
    answers["path"].push_back(row);
  }
  auto path_us = time_each(path_q.size(), o.runs, path_cpu, [&](size_t i) {
    auto p = g.path(ends[i].first, ends[i].second, occurred);
    sink += p ? p->size() : 0;
  });

  // two_hop X: actors within two meetings of X, X excluded.
  std::vector<uint32_t> two_x;
  for (const auto& q : two_q) {
    two_x.push_back(actor(q.arg1));
    answers["two_hop"].push_back({{"x", std::stoll(q.arg1)}, {"count", g.two_hop(two_x.back(), occurred).size()}});
  }
  auto two_us = time_each(two_q.size(), std::max(1, o.runs / 4), two_cpu, [&](size_t i) { sink += g.two_hop(two_x[i], occurred).size(); });

  out["actors"] = g.actor_count();
  out["meetings"] = g.meeting_count();
  out["load_s"] = round_to(load_s, 3);
  out["import_s"] = round_to(import_s, 3);
  out["graph_build_s"] = round_to(build_s, 3);
  out["contacts_build_s"] = round_to(contacts_s, 3);
  out["met_before_p50_us"] = round_to(percentile(met_us, 0.50), 2);
  out["met_before_p99_us"] = round_to(percentile(met_us, 0.99), 2);
  out["path_p50_us"] = round_to(percentile(path_us, 0.50), 2);
  out["path_p99_us"] = round_to(percentile(path_us, 0.99), 2);
  out["two_hop_p50_us"] = round_to(percentile(two_us, 0.50), 2);
  out["two_hop_p99_us"] = round_to(percentile(two_us, 0.99), 2);

  // Betweenness on the window: actors whose CSV id is a multiple of actors / 10000.
  double bc_cpu = 0;
  if (!o.skip_betweenness) {
    const size_t n = index_of_ext.size();
    const size_t step = std::max<size_t>(1, n / 10000);
    std::vector<uint32_t> window;
    for (size_t e = 0; e < n; e += step)
      if (index_of_ext[e] != UINT32_MAX) window.push_back(index_of_ext[e]);
    const auto t_bc = Clock::now();
    const double c_bc = process_cpu();
    auto bc = g.betweenness(window, occurred, o.threads,
                            o.boost_betweenness ? graph::BetweennessMethod::kBoost : graph::BetweennessMethod::kBrandes);
    out["betweenness_s"] = round_to(seconds_since(t_bc), 3);
    bc_cpu = process_cpu() - c_bc;
    out["betweenness_threads"] = o.boost_betweenness ? 1 : o.threads;
    out["betweenness_method"] = o.boost_betweenness ? "boost" : "brandes";
    std::vector<uint32_t> order = window;
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return bc[x] != bc[y] ? bc[x] > bc[y] : x < y; });
    double sum = 0;
    for (uint32_t v : window) sum += bc[v];
    nlohmann::ordered_json b{{"window", window.size()}, {"sum", round_to(sum, 3)}};
    for (size_t i = 0; i < std::min<size_t>(5, order.size()); ++i)
      b["top"].push_back({{"actor", ext_of_index[order[i]]}, {"value", round_to(bc[order[i]], 3)}});
    answers["betweenness"] = b;
  } else {
    out["betweenness_s"] = nullptr;
  }
  out["peak_rss_mb"] = round_to(peak_rss_mb(), 1);
  out["cpu"] = {{"note", "CPU time of the same phases and calls: wall time on a shared machine includes waiting for a core"},
                {"load_average_at_start", load_at_start},
                {"import_s", round_to(import_cpu, 3)},
                {"graph_build_s", round_to(build_cpu, 3)},
                {"contacts_build_s", round_to(contacts_cpu, 3)},
                {"met_before_p50_us", round_to(percentile(met_cpu, 0.50), 2)},
                {"met_before_p99_us", round_to(percentile(met_cpu, 0.99), 2)},
                {"path_p50_us", round_to(percentile(path_cpu, 0.50), 2)},
                {"path_p99_us", round_to(percentile(path_cpu, 0.99), 2)},
                {"two_hop_p50_us", round_to(percentile(two_cpu, 0.50), 2)},
                {"two_hop_p99_us", round_to(percentile(two_cpu, 0.99), 2)},
                {"betweenness_s", round_to(bc_cpu, 3)}};
  out["answers"] = answers;
  out["timed_runs"] = {{"met_before", met_us.size()}, {"path", path_us.size()}, {"two_hop", two_us.size()}};
  std::cout << out.dump(2) << "\n";
  return sink == 0 ? 0 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
      return argv[++i];
    };
    try {
      if (a == "--help" || a == "-h") {
        std::cout << kUsage;
        return 0;
      } else if (a == "--runs") {
        o.runs = std::max(1, std::stoi(value()));
      } else if (a == "--threads") {
        o.threads = static_cast<unsigned>(std::max(1, std::stoi(value())));
      } else if (a == "--db") {
        o.db = value();
      } else if (a == "--boost-betweenness") {
        o.boost_betweenness = true;
      } else if (a == "--skip-import") {
        o.skip_import = true;
      } else if (a == "--no-betweenness") {
        o.skip_betweenness = true;
      } else if (!a.empty() && a[0] == '-') {
        std::cerr << "diplograph-bench-graph: unknown option " << a << "\n" << kUsage;
        return 2;
      } else if (o.data.empty()) {
        o.data = a;
      } else {
        std::cerr << kUsage;
        return 2;
      }
    } catch (const std::exception& e) {
      std::cerr << "diplograph-bench-graph: " << e.what() << "\n";
      return 2;
    }
  }
  if (o.data.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  try {
    return run(o);
  } catch (const std::exception& e) {
    std::cerr << "diplograph-bench-graph: " << e.what() << "\n";
    return 1;
  }
}
