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

// Inline (private to this file): called for every word a phrase may go on with.
inline uint32_t PhraseIndex::child(uint32_t node, uint32_t word) const {
  // 0 (the root) is never a child.
  if (node == 0) return word < root_heads_.size() ? root_heads_[word].node : 0;
  if (!((nodes_[node].next_words >> (word & 63)) & 1)) return 0;
  return edges_.find(edge_key(node, word));
}

void PhraseIndex::add_child(uint32_t node, uint32_t word, uint32_t next) {
  if (node == 0) {
    root_heads_[word].node = next;  // the word's head made when it was interned (add)
  } else {
    edges_.insert(edge_key(node, word), next);
    nodes_[node].next_words |= uint64_t{1} << (word & 63);
  }
}

void PhraseIndex::sync_root_head(uint32_t word) {
  RootHead& h = root_heads_[word];
  const Node& n = nodes_[h.node];
  h.roles = n.roles;
  h.kinds = n.kinds;
  h.leaf = n.leaf;
  h.has_entries = !n.entries.empty();
}

void PhraseIndex::add(std::string_view phrase, Entry entry) {
  const auto keys = phrase_keys(phrase);
  if (keys.empty()) return;
  uint32_t node = 0;
  uint32_t first_word = 0;
  for (const auto& k : keys) {
    const uint32_t word = words_.intern(k);
    // A head for every word, whether it starts a phrase or not: prefetch_head
    // then needs no bounds test for the id of each form of a sentence.
    if (word >= root_heads_.size()) root_heads_.resize(word + 1);
    if (node == 0) first_word = word;
    uint32_t next = child(node, word);
    if (next == 0) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      add_child(node, word, next);
      nodes_[node].leaf = false;
    }
    node = next;
  }
  // Only the first word's node may have changed among the root's children
  // (a child added to it, or the phrase ends there).
  sync_root_head(first_word);
  auto& entries = nodes_[node].entries;
  for (const auto& e : entries)
    if (e.kind == entry.kind && e.value == entry.value && e.tag == entry.tag) return;
  if (entries.empty()) ++phrases_;
  entry.tag_id = tag_id(entry.tag);
  nodes_[node].kinds |= static_cast<uint16_t>(1u << static_cast<unsigned>(entry.kind));
  if (entry.kind == EntryKind::kWord && entry.tag_id < 64) nodes_[node].roles |= uint64_t{1} << entry.tag_id;
  entries.push_back(std::move(entry));
  sync_root_head(first_word);
}

void PhraseIndex::longest_from(std::span<const TokenWords> ids, size_t i, uint32_t node, size_t depth,
                               Hit& best) const {
  // A phrase goes on one form at a time nearly always: followed in this
  // loop, recursing only at a token of several forms.
  for (;;) {
    const Node& n = nodes_[node];
    if (!n.entries.empty() && depth > best.length) best = hit(node, depth);
    if (i + depth >= ids.size() || n.leaf) return;
    size_t k = i + depth;
    // A hyphen token inside a phrase ("Kim Jong-un") is skipped.
    size_t skip = 0;
    while (k < ids.size() && ids[k].count == 1 && ids[k].ids[0] == kHyphen && depth > 0) ++k, ++skip;
    if (k >= ids.size()) return;
    if (ids[k].count != 1) {
      for (uint32_t word : ids[k])
        if (uint32_t next = child(node, word); next != 0) longest_from(ids, i, next, depth + 1 + skip, best);
      return;
    }
    node = child(node, ids[k].ids[0]);
    if (node == 0) return;
    depth += 1 + skip;
  }
}

PhraseIndex::Hit PhraseIndex::longest_from_root(std::span<const TokenWords> ids, size_t i) const {
  Hit best;
  if (i >= ids.size()) return best;
  // The first word of each form here, as longest_from would take it from
  // the root, without the recursion; phrases go on from its node.
  for (uint32_t word : ids[i]) {
    const uint32_t node = child(0, word);
    if (node == 0) continue;
    const Node& n = nodes_[node];
    if (best.length == 0 && !n.entries.empty()) best = hit(node, 1);
    if (!n.leaf) longest_from(ids, i, node, 1, best);
  }
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
