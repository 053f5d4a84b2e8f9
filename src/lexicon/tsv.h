// Reading the lexicon's tab-separated files (private to the lexicon module).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diplograph/core/result.h"

namespace diplograph::lexicon {

struct TsvRow {
  int line = 0;
  std::vector<std::string> fields;
};

struct TsvFile {
  std::string path;
  std::string content;  // the raw bytes, for the lexicon fingerprint
  std::vector<TsvRow> rows;
};

// Reads `path`, checks that its header names exactly `columns`, and returns
// the records. Missing trailing fields are treated as empty.
Result<TsvFile> read_tsv(const std::string& path, const std::vector<std::string_view>& columns);

// Splits a multi-valued field at '|', trimming spaces and dropping empties.
std::vector<std::string> split_values(std::string_view field);

}  // namespace diplograph::lexicon
