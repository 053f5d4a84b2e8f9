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

uint32_t PhraseIndex::word_id(std::string_view form) const {
  if (form == "-") return kHyphen;
  static_assert(detail::WordTable::kAbsent == kNoWord);
  return words_.find(form);
}

std::vector<uint32_t> PhraseIndex::word_ids(const std::vector<std::string>& forms) const {
  std::vector<uint32_t> ids;
  for (const auto& f : forms)
    if (uint32_t id = word_id(f); id != kNoWord) ids.push_back(id);
  return ids;
}

uint32_t PhraseIndex::child(uint32_t node, uint32_t word) const {
  return edges_.find(edge_key(node, word));  // 0 (the root) is never a child
}

void PhraseIndex::add(std::string_view phrase, Entry entry) {
  const auto keys = phrase_keys(phrase);
  if (keys.empty()) return;
  uint32_t node = 0;
  for (const auto& k : keys) {
    const uint32_t word = words_.intern(k);
    uint32_t next = child(node, word);
    if (next == 0) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      edges_.insert(edge_key(node, word), next);
      nodes_[node].leaf = false;
    }
    node = next;
  }
  auto& entries = nodes_[node].entries;
  for (const auto& e : entries)
    if (e.kind == entry.kind && e.value == entry.value && e.tag == entry.tag) return;
  if (entries.empty()) ++phrases_;
  entries.push_back(std::move(entry));
}

void PhraseIndex::longest_from(const std::vector<std::vector<uint32_t>>& ids, size_t i, uint32_t node,
                               size_t depth, Hit& best) const {
  if (!nodes_[node].entries.empty() && depth > best.length) {
    best.length = depth;
    best.entries = &nodes_[node].entries;
  }
  if (i + depth >= ids.size() || nodes_[node].leaf) return;
  size_t k = i + depth;
  // A hyphen token inside a phrase ("Kim Jong-un") is skipped.
  size_t skip = 0;
  while (k < ids.size() && ids[k].size() == 1 && ids[k][0] == kHyphen && depth > 0) ++k, ++skip;
  if (k >= ids.size()) return;
  for (uint32_t word : ids[k])
    if (uint32_t next = child(node, word); next != 0) longest_from(ids, i, next, depth + 1 + skip, best);
}

PhraseIndex::Hit PhraseIndex::longest(const std::vector<std::vector<uint32_t>>& ids, size_t i) const {
  Hit best;
  if (i < ids.size()) longest_from(ids, i, 0, 0, best);
  return best;
}

const std::vector<Entry>* PhraseIndex::find(std::string_view phrase) const {
  uint32_t node = 0;
  for (const auto& k : phrase_keys(phrase)) {
    const uint32_t word = word_id(k);
    if (word == kNoWord || word == kHyphen) return nullptr;
    node = child(node, word);
    if (node == 0) return nullptr;
  }
  return nodes_[node].entries.empty() ? nullptr : &nodes_[node].entries;
}

}  // namespace diplograph::lexicon
