#include "diplograph/lexicon/phrase_index.h"

#include "diplograph/text/normalize.h"
#include "diplograph/text/tokenize.h"

namespace diplograph::lexicon {

std::vector<std::string> phrase_keys(std::string_view phrase) {
  std::vector<std::string> keys;
  for (const auto& t : text::tokenize(text::fold_string(phrase))) {
    if (t.kind == text::TokenKind::kPunct && (t.norm == "-" || t.norm == "'" || t.norm == ".")) continue;
    keys.push_back(text::key_form(t.norm));
  }
  return keys;
}

PhraseIndex::PhraseIndex() : nodes_(1) {}

void PhraseIndex::add(std::string_view phrase, Entry entry) {
  const auto keys = phrase_keys(phrase);
  if (keys.empty()) return;
  uint32_t node = 0;
  for (const auto& k : keys) {
    auto it = nodes_[node].next.find(k);
    if (it == nodes_[node].next.end()) {
      nodes_.emplace_back();
      it = nodes_[node].next.emplace(k, static_cast<uint32_t>(nodes_.size() - 1)).first;
    }
    node = it->second;
  }
  auto& entries = nodes_[node].entries;
  for (const auto& e : entries)
    if (e.kind == entry.kind && e.value == entry.value && e.tag == entry.tag) return;
  if (entries.empty()) ++phrases_;
  entries.push_back(std::move(entry));
}

void PhraseIndex::longest_from(const std::vector<std::vector<std::string>>& forms, size_t i,
                               uint32_t node, size_t depth, Hit& best) const {
  if (!nodes_[node].entries.empty() && depth > best.length) {
    best.length = depth;
    best.entries = &nodes_[node].entries;
  }
  if (i + depth >= forms.size() || nodes_[node].next.empty()) return;
  size_t k = i + depth;
  // A hyphen token inside a phrase ("Kim Jong-un") is skipped.
  size_t skip = 0;
  while (k < forms.size() && forms[k].size() == 1 && forms[k][0] == "-" && depth > 0) ++k, ++skip;
  if (k >= forms.size()) return;
  for (const auto& f : forms[k]) {
    auto it = nodes_[node].next.find(f);
    if (it != nodes_[node].next.end()) longest_from(forms, i, it->second, depth + 1 + skip, best);
  }
}

PhraseIndex::Hit PhraseIndex::longest(const std::vector<std::vector<std::string>>& forms, size_t i) const {
  Hit best;
  if (i < forms.size()) longest_from(forms, i, 0, 0, best);
  return best;
}

const std::vector<Entry>* PhraseIndex::find(std::string_view phrase) const {
  uint32_t node = 0;
  for (const auto& k : phrase_keys(phrase)) {
    auto it = nodes_[node].next.find(k);
    if (it == nodes_[node].next.end()) return nullptr;
    node = it->second;
  }
  return nodes_[node].entries.empty() ? nullptr : &nodes_[node].entries;
}

}  // namespace diplograph::lexicon
