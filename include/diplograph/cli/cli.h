// The command line: one table of subcommands drives dispatch, help and
// "did you mean". Handlers return exit codes and never call exit().
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace diplograph::cli {

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool interactive = false;  // standard input and output are terminals
};

// Runs `diplograph ARGS...` (args excludes the program name); returns the exit status:
// 0 success, 1 failure, 2 usage error, 3 partial success (some inputs skipped).
int run(const std::vector<std::string>& args, Io io);

}  // namespace diplograph::cli
