// Answers queries from the knowledge base and its meeting graph.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diplograph/core/result.h"
#include "diplograph/query/query.h"

namespace diplograph::store {
class KnowledgeBase;
}

namespace diplograph::query {

// An answer in both shapes: JSON for scripts (the rows of the contract in
// ../shared/interface.md) and a table for people.
struct Answer {
  std::string json;                               // one JSON array (an object for `actor`)
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::string note;                               // e.g. which meeting "Singapore summit" resolved to
};

class Evaluator {
 public:
  // The graph is built from the knowledge base on first use and rebuilt only
  // when the knowledge base's data version changes.
  explicit Evaluator(store::KnowledgeBase& kb);
  ~Evaluator();

  Result<Answer> run(const Query& q);
  Result<Answer> run(const std::string& text);

  // Actor names (English and Arabic) for completion.
  std::vector<std::string> actor_names();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph::query
