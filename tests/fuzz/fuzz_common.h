// Helpers shared by the fuzz targets: the lexicon loaded once, and a check
// that aborts (so libFuzzer keeps the input) when an invariant breaks.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "diplograph/lexicon/lexicon.h"

namespace diplograph::fuzz {

// libFuzzer treats an abort as a finding and saves the input; assert() would
// vanish under NDEBUG, so the targets use this instead.
inline void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

// Loading the lexicon takes far longer than one input, so it happens once.
inline std::shared_ptr<const lexicon::Lexicon> shared_lexicon() {
  static std::shared_ptr<const lexicon::Lexicon> lex = [] {
    auto r = lexicon::Lexicon::load(DIPLOGRAPH_LEXICON_DIR);
    if (!r) {
      std::fprintf(stderr, "cannot load the lexicon: %s\n", r.error().c_str());
      std::abort();
    }
    return *r;
  }();
  return lex;
}

}  // namespace diplograph::fuzz
