#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "diplograph/cli/cli.h"

namespace {

struct Run {
  int status;
  std::string out, err;
};

Run run(std::vector<std::string> args, const std::string& input = {}) {
  std::istringstream in(input);
  std::ostringstream out, err;
  int status = diplograph::cli::run(args, {in, out, err, false});
  return {status, out.str(), err.str()};
}

}  // namespace

TEST_CASE("cli: help for every command from the one table, usage errors exit 2 with a suggestion") {
  auto help = run({"--help"});
  CHECK(help.status == 0);
  for (const char* command : {"extract", "ingest", "query", "repl", "export", "stats", "import", "reresolve"}) {
    CAPTURE(command);
    CHECK(help.out.find(command) != std::string::npos);
    auto own = run({command, "--help"});
    CHECK(own.status == 0);
    CHECK(own.out.find(std::string("diplograph ") + command) != std::string::npos);
  }
  auto typo = run({"exprot"});
  CHECK(typo.status == 2);
  CHECK(typo.err.find("export") != std::string::npos);
  auto bad_option = run({"query", "--jsn", "summits"});
  CHECK(bad_option.status == 2);
  CHECK(bad_option.err.find("--json") != std::string::npos);
}

TEST_CASE("cli: extract prints the contract's JSON lines; a bad date is a usage error") {
  const auto path = (std::filesystem::temp_directory_path() / "diplograph_cli_test_article.txt").string();
  {
    std::ofstream f(path);
    f << "Putin and Trump meet in Helsinki\nRussian President Vladimir Putin met U.S. President Donald Trump "
         "in Helsinki on Monday.\n";
  }
  auto r = run({"extract", "--date", "2018-07-18", path});
  CHECK(r.status == 0);
  CHECK(r.out.find("\"Vladimir Putin\"") != std::string::npos);
  CHECK(r.out.find("\"Donald Trump\"") != std::string::npos);
  CHECK(r.out.find("\"date\":\"2018-07-16\"") != std::string::npos);
  CHECK(r.out.find("\"location\":{\"name\":\"Helsinki\"") != std::string::npos);
  CHECK(run({"extract", "--date", "2018-02-30", path}).status == 2);
  std::filesystem::remove(path);
}

TEST_CASE("cli: a missing database is a clear error, not a new empty file") {
  const auto path = (std::filesystem::temp_directory_path() / "diplograph_cli_test_missing.db").string();
  std::filesystem::remove(path);
  auto r = run({"query", "--db", path, "summits"});
  CHECK(r.status == 1);
  CHECK(r.err.find(path) != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(path));
}
