// The diplograph executable: parse nothing, hand the arguments to the CLI.
#include <unistd.h>

#include <iostream>

#include "diplograph/cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const bool interactive = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
  return diplograph::cli::run({argv + 1, argv + argc}, {std::cin, std::cout, std::cerr, interactive});
}
