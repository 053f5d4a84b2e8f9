// The subcommands (private to the cli module).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diplograph/cli/cli.h"
#include "diplograph/core/result.h"

namespace diplograph::cli {

// Parsed options of one command: flags with values, switches, positionals.
struct Args {
  std::map<std::string, std::string> values;
  std::vector<std::string> switches;
  std::vector<std::string> positional;
  bool has(const std::string& s) const;
  std::string get(const std::string& key, const std::string& fallback = {}) const;
};

struct Command {
  const char* name;
  const char* summary;
  const char* usage;
  const char* details;
  std::vector<std::string> value_options;  // options that take a value: --db, --date ...
  std::vector<std::string> switch_options;  // options without a value: --json ...
  std::function<int(const Args&, Io&)> handler;
};

const std::vector<Command>& commands();

int cmd_extract(const Args& a, Io& io);
int cmd_ingest(const Args& a, Io& io);
int cmd_import(const Args& a, Io& io);  // import_command.cpp
int cmd_query(const Args& a, Io& io);
int cmd_repl(const Args& a, Io& io);
int cmd_export(const Args& a, Io& io);
int cmd_stats(const Args& a, Io& io);
int cmd_reresolve(const Args& a, Io& io);

}  // namespace diplograph::cli

namespace diplograph::store { class KnowledgeBase; }

namespace diplograph::cli {
// Writes a diagram as `export` does; shared with the REPL's .export.
int export_graph(const Args& a, Io& io, store::KnowledgeBase& kb);

}  // namespace diplograph::cli
