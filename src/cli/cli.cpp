#include "diplograph/cli/cli.h"

#include <algorithm>
#include <iostream>

#include "commands.h"
#include "diplograph/query/query.h"

namespace diplograph::cli {

bool Args::has(const std::string& s) const { return std::find(switches.begin(), switches.end(), s) != switches.end(); }
std::string Args::get(const std::string& key, const std::string& fallback) const {
  auto it = values.find(key);
  return it == values.end() ? fallback : it->second;
}

const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands = {
      {"extract", "print the meetings found in articles as JSON Lines (no database)",
       "diplograph extract [--date YYYY-MM-DD] [--lang ar|en|auto] [--lexicon DIR] FILE... | -",
       "Reads plain-text articles (title on the first line) or .jsonl files (one article per line)\n"
       "and prints one JSON object per meeting per article.",
       {"--date", "--lang", "--lexicon"}, {}, cmd_extract},
      {"ingest", "read articles into the knowledge base (idempotent)",
       "diplograph ingest [--db FILE] [--date YYYY-MM-DD] [--lang ar|en|auto] [--lexicon DIR] [--jobs N] [--batch N]\n"
       "                  [--quiet] PATH...",
       "PATH is a file, a folder (read recursively) or - for standard input. An article already\n"
       "in the database (same text) is skipped. --jobs N extracts on N threads (default: the\n"
       "hardware threads; the result does not depend on N); one writer stores the articles in\n"
       "input order, --batch N to a transaction (default 2000). On a terminal a progress bar;\n"
       "always a summary on standard error (--quiet: none). Exit status 3 when some inputs\n"
       "were skipped, 1 when nothing could be read. A database built with another lexicon is\n"
       "re-resolved first (see reresolve).",
       {"--db", "--date", "--lang", "--lexicon", "--batch", "--jobs"}, {"--quiet"}, cmd_ingest},
      {"reresolve", "re-derive every meeting from the stored articles (after a lexicon change)",
       "diplograph reresolve [--db FILE] [--lexicon DIR] [--jobs N] [--quiet]",
       "Reads each stored article again from its stored sentences with the current lexicon and\n"
       "rebuilds meetings, participants and mentions, in one transaction. No article file is needed.",
       {"--db", "--lexicon", "--jobs"}, {"--quiet"}, cmd_reresolve},
      {"import", "import event tables (CSV) from other sources (idempotent)",
       "diplograph import [--db FILE] [--source NAME] [--lexicon DIR] [--quiet] DIR",
       "DIR holds actors.csv (actor_id,name[,country][,kind]), meetings.csv\n"
       "(meeting_id,date[,type][,location]) and participants.csv (meeting_id,actor_id[,role]), each with\n"
       "a header line; fields may be quoted. Imported meetings have status occurred. Rows are keyed by\n"
       "(source, id): importing the same files again adds nothing. --source defaults to DIR's name.\n"
       "A name the lexicon knows joins that actor. A malformed row stops the import, naming the file\n"
       "and line, and nothing is stored.",
       {"--db", "--source", "--lexicon"}, {"--quiet"}, cmd_import},
      {"query", "answer one query and exit",
       "diplograph query [--db FILE] [--json] 'QUERY'",
       "Query forms (see README):\n" , {"--db"}, {"--json"}, cmd_query},
      {"repl", "the interactive query shell",
       "diplograph repl [--db FILE] [--json]",
       "Line editing, history (~/.diplograph_history), tab completion of keywords and names.\n"
       "Commands besides queries: .json, .table, .export [FILTER...] -o FILE, help, quit.",
       {"--db"}, {"--json"}, cmd_repl},
      {"export", "write a GraphViz diagram of the graph or a slice of it",
       "diplograph export [--db FILE] [--format dot|svg|png|graphml] [-o FILE] [--labels en|ar|both] [--layout ENGINE]\n"
       "                  [--status any|occurred|planned|invited|cancelled] [--type T] [--after DATE] [--before DATE]\n"
       "                  [--query 'QUERY'] [--bipartite] [--no-legend] [ACTOR [--depth N]]",
       "Without ACTOR the whole graph; with it, the actor's neighbourhood to --depth meetings.\n"
       "--after/--before keep the meetings of a time window; --query keeps the meetings a query answers\n"
       "(e.g. --query 'before \"Singapore summit\" within 60 days': what led up to a meeting).\n"
       "svg and png need GraphViz: dot up to 150 actors, sfdp beyond (or --layout dot|sfdp|neato|fdp|circo).",
       {"--db", "--format", "-o", "--labels", "--layout", "--status", "--depth", "--type", "--after", "--before", "--query"},
       {"--bipartite", "--no-legend"}, cmd_export},
      {"stats", "counts of the knowledge base",
       "diplograph stats [--db FILE] [--json]", "", {"--db"}, {"--json"}, cmd_stats},
  };
  return kCommands;
}

namespace {

void usage(std::ostream& out) {
  out << "diplograph: a knowledge graph of diplomatic meetings from Arabic and English news\n\n"
         "usage: diplograph COMMAND [OPTIONS]\n\ncommands:\n";
  for (const auto& c : commands()) {
    std::string name = c.name;
    out << "  " << name << std::string(10 - std::min<size_t>(9, name.size()), ' ') << c.summary << "\n";
  }
  out << "\n'diplograph COMMAND --help' describes each command.\n";
}

void command_help(std::ostream& out, const Command& c) {
  out << "usage: " << c.usage << "\n\n" << c.summary << "\n";
  if (*c.details) out << c.details << "\n";
  if (std::string(c.name) == "query") out << query::help();
}

}  // namespace

int run(const std::vector<std::string>& args, Io io) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    usage(args.empty() ? io.err : io.out);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    io.out << "diplograph 0.1.0\n";
    return 0;
  }
  const Command* cmd = nullptr;
  for (const auto& c : commands())
    if (args[0] == c.name) cmd = &c;
  if (!cmd) {
    std::string best;
    int best_d = 3;
    for (const auto& c : commands()) {
      int d = query::edit_distance(args[0], c.name);
      if (d < best_d) best_d = d, best = c.name;
    }
    io.err << "diplograph: unknown command '" << args[0] << "'"
           << (best.empty() ? "" : "; did you mean '" + best + "'?") << " (see diplograph --help)\n";
    return 2;
  }
  Args parsed;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      command_help(io.out, *cmd);
      return 0;
    }
    if (a.size() > 1 && a[0] == '-' && a != "-") {
      std::string key = a, value;
      bool inline_value = false;
      if (auto eq = a.find('='); eq != std::string::npos && a.compare(0, 2, "--") == 0) {
        key = a.substr(0, eq);
        value = a.substr(eq + 1);
        inline_value = true;
      }
      if (std::find(cmd->value_options.begin(), cmd->value_options.end(), key) != cmd->value_options.end()) {
        if (!inline_value) {
          if (i + 1 >= args.size()) {
            io.err << "diplograph " << cmd->name << ": " << key << " needs a value\n";
            return 2;
          }
          value = args[++i];
        }
        parsed.values[key] = value;
      } else if (std::find(cmd->switch_options.begin(), cmd->switch_options.end(), key) != cmd->switch_options.end()) {
        parsed.switches.push_back(key);
      } else {
        // The nearest option of this command, when it is a plausible typo.
        std::string best;
        int best_distance = 3;
        for (const auto* options : {&cmd->value_options, &cmd->switch_options})
          for (const auto& o : *options)
            if (int d = query::edit_distance(key, o); d < best_distance) best_distance = d, best = o;
        io.err << "diplograph " << cmd->name << ": unknown option " << key
               << (best.empty() ? "" : "; did you mean '" + best + "'?") << " (see diplograph " << cmd->name << " --help)\n";
        return 2;
      }
    } else {
      parsed.positional.push_back(a);
    }
  }
  try {
    return cmd->handler(parsed, io);
  } catch (const std::exception& e) {
    io.err << "diplograph " << cmd->name << ": " << e.what() << "\n";
    return 1;
  }
}

}  // namespace diplograph::cli
