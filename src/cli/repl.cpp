// The interactive shell. With a terminal: libedit line editing, history kept
// in ~/.diplograph_history, tab completion of keywords and actor names.
// Piped input: one query per line, no prompt, answers only.
#include <algorithm>
#include <editline/readline.h>
#include <unistd.h>

#include <clocale>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "diplograph/graph/meeting_graph.h"
#include "diplograph/query/evaluator.h"
#include "diplograph/query/render.h"
#include "diplograph/store/knowledge_base.h"

namespace diplograph::cli {
namespace {

// Completion candidates for the C callback (readline's API is global by design).
std::vector<std::string>* g_candidates = nullptr;

char* completion_generator(const char* text, int state) {
  static size_t index;
  static std::string prefix;
  if (state == 0) {
    index = 0;
    prefix = text;
  }
  while (g_candidates && index < g_candidates->size()) {
    const std::string& c = (*g_candidates)[index++];
    if (c.compare(0, prefix.size(), prefix) == 0) return strdup(c.c_str());
    // A multi-word name is offered quoted; `Ami` + TAB should still find `"Amira Haddad"`.
    if (c.size() > 1 && c[0] == '"' && c.compare(1, prefix.size(), prefix) == 0) return strdup(c.c_str());
  }
  return nullptr;
}

char** completion(const char* text, int, int) {
  rl_attempted_completion_over = 1;
  return rl_completion_matches(text, completion_generator);
}

std::string history_path() {
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.diplograph_history";
}

// Words as a shell would split them: '...' and "..." group (without their
// quotes), so that `.export --query 'before "Singapore summit"' -o x.svg` works.
std::vector<std::string> split_words(const std::string& line) {
  std::vector<std::string> out;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (char c : line) {
    if (quote) {
      if (c == quote) quote = 0;
      else word += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t') {
      if (in_word) out.push_back(std::move(word)), word.clear(), in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(std::move(word));
  return out;
}

}  // namespace

int cmd_repl(const Args& a, Io& io) {
  const std::string path = a.get("--db", "diplograph.db");
  if (!std::filesystem::exists(path)) {
    io.err << "diplograph repl: no database " << path << " (run diplograph ingest first)\n";
    return 1;
  }
  store::KnowledgeBase kb(path, false);
  kb.read_mostly();
  query::Evaluator ev(kb);
  bool json = a.has("--json");
  const bool tty = io.interactive && ::isatty(STDIN_FILENO);

  std::vector<std::string> candidates = query::keywords();
  for (const char* c : {".json", ".table", ".export", "quit", "exit"}) candidates.push_back(c);
  if (tty) {
    std::setlocale(LC_ALL, "");  // libedit drops non-ASCII input without it
    for (auto& n : ev.actor_names()) {
      // Complete multi-word names as one quoted word.
      candidates.push_back(n.find(' ') == std::string::npos ? n : "\"" + n + "\"");
    }
    g_candidates = &candidates;
    rl_attempted_completion_function = completion;
    rl_completer_quote_characters = const_cast<char*>("\"");
    using_history();
    read_history(history_path().c_str());
    io.out << "diplograph " << path << ": type a query, 'help', or Ctrl-D to leave\n";
    io.out.flush();  // before readline writes its prompt to the terminal directly
  }

  auto handle = [&](const std::string& line) {
    std::string trimmed = line;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\r')) trimmed.pop_back();
    size_t start = trimmed.find_first_not_of(' ');
    if (start == std::string::npos) return true;
    trimmed = trimmed.substr(start);
    if (trimmed == "quit" || trimmed == "exit" || trimmed == ".quit") return false;
    if (trimmed == ".json") {
      json = true;
      return true;
    }
    if (trimmed == ".table") {
      json = false;
      return true;
    }
    if (trimmed.rfind(".export", 0) == 0 || trimmed.rfind("export", 0) == 0) {
      // ".export [ACTOR] [--depth N] [--format F] -o FILE": same options as the command.
      auto words = split_words(trimmed);
      std::vector<std::string> args(words.begin() + 1, words.end());
      Args parsed;
      std::vector<std::string> switches;  // the export command's own: --bipartite, --no-legend
      for (const auto& c : commands())
        if (std::string(c.name) == "export") switches = c.switch_options;
      for (size_t i = 0; i < args.size(); ++i) {
        const bool is_switch = std::find(switches.begin(), switches.end(), args[i]) != switches.end();
        if (is_switch) parsed.switches.push_back(args[i]);
        else if (args[i].size() > 1 && args[i][0] == '-' && i + 1 < args.size()) parsed.values[args[i]] = args[i + 1], ++i;
        else parsed.positional.push_back(args[i]);
      }
      try {
        export_graph(parsed, io, kb);
      } catch (const std::exception& e) {
        io.err << "error: " << e.what() << "\n";
      }
      return true;
    }
    auto answer = ev.run(trimmed);
    if (!answer) io.err << "error: " << answer.error() << "\n";
    else if (json) io.out << answer->json << "\n";
    else query::render_table(io.out, *answer, tty);
    io.out.flush();
    return true;
  };

  if (tty) {
    while (true) {
      char* raw = readline("diplograph> ");
      if (!raw) {  // Ctrl-D
        io.out << "\n";
        break;
      }
      std::string line(raw);
      std::free(raw);
      if (!line.empty()) add_history(line.c_str());
      if (!handle(line)) break;
    }
    write_history(history_path().c_str());
    g_candidates = nullptr;
  } else {
    std::string line;
    while (std::getline(io.in, line))
      if (!handle(line)) break;
  }
  return 0;
}

}  // namespace diplograph::cli
