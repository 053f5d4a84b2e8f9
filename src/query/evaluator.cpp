#include "diplograph/query/evaluator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <climits>
#include <iterator>
#include <map>
#include <unordered_map>
#include <set>
#include <variant>

#include "diplograph/graph/meeting_graph.h"
#include "diplograph/store/knowledge_base.h"
#include "diplograph/text/normalize.h"

namespace diplograph::query {

using nlohmann::json;

namespace {

constexpr const char* kTypeWords[] = {"summit", "visit", "talks", "meeting", "call", "summits", "visits", "meetings", "calls"};

std::string singular(std::string w) {
  if (w == "talks") return w;
  if (!w.empty() && w.back() == 's') w.pop_back();
  return w;
}

}  // namespace

struct Evaluator::Impl {
  explicit Impl(store::KnowledgeBase& k) : kb(k) {}
  store::KnowledgeBase& kb;
  std::unique_ptr<graph::MeetingGraph> g;
  int64_t version = -1;
  std::vector<std::pair<std::string, int64_t>> aliases;  // for suggestions
  // Display rows of the meetings and actors a query has answered with, read
  // one by one: the graph holds only what traversal needs (the compact graph
  // tables), so a one-shot query never reads every row of a large database.
  std::unordered_map<uint32_t, store::MeetingRow> meeting_rows;
  std::unordered_map<uint32_t, store::ActorRow> actor_rows;

  // Rebuilds the graph when the database changed; once per query, so that
  // indices stay valid while a query runs even if an ingest commits meanwhile.
  void refresh() {
    int64_t v = kb.data_version();
    if (!g || v != version) {
      g = std::make_unique<graph::MeetingGraph>(store::load_graph_tables(kb.db()));
      version = v;
      aliases.clear();
      meeting_rows.clear();
      actor_rows.clear();
    }
  }

  const graph::MeetingGraph& graph() {
    if (!g) refresh();
    return *g;
  }

  const store::MeetingRow& row(uint32_t m) {
    auto it = meeting_rows.find(m);
    if (it == meeting_rows.end())
      it = meeting_rows.emplace(m, kb.meeting_row(graph().meeting_id(m)).value_or(store::MeetingRow{})).first;
    return it->second;
  }

  const std::string& actor_name(uint32_t a) {
    auto it = actor_rows.find(a);
    if (it == actor_rows.end())
      it = actor_rows.emplace(a, kb.actor_row(graph().actor_id(a)).value_or(store::ActorRow{})).first;
    return it->second.name;
  }

  // An actor the graph has meetings for (the graph tables list every actor).
  std::optional<uint32_t> vertex_with_meetings(int64_t id) {
    auto v = graph().actor_by_id(id);
    if (!v || graph().meetings_of(*v).empty()) return std::nullopt;
    return v;
  }

  // Dated meetings first, by first day; undated ones keep their order.
  bool earlier(uint32_t a, uint32_t b) {
    auto x = graph().days(a), y = graph().days(b);
    if (x.has_value() != y.has_value()) return x.has_value();
    return x && x->first < y->first;
  }

  json meeting_json(uint32_t m) {
    const auto& row = this->row(m);
    json parts = json::array();
    for (uint32_t a : graph().actors_of(m)) parts.push_back(actor_name(a));
    return {{"id", row.id},
            {"type", row.type},
            {"status", row.status},
            {"date", row.date.empty() ? json(nullptr) : json(row.date.iso())},
            {"location", row.place.empty() ? json(nullptr) : json(row.place)},
            {"participants", parts},
            {"parent", row.parent ? json(row.parent) : json(nullptr)}};
  }

  std::vector<std::string> meeting_cells(uint32_t m) {
    const auto& row = this->row(m);
    std::string parts;
    for (uint32_t a : graph().actors_of(m)) parts += (parts.empty() ? "" : ", ") + actor_name(a);
    return {"#" + std::to_string(row.id), row.date.iso(), row.type, row.status, row.place, parts};
  }

  static const std::vector<std::string>& meeting_columns() {
    static const std::vector<std::string> c{"meeting", "date", "type", "status", "place", "participants"};
    return c;
  }

  Result<int64_t> resolve_actor(const Words& w) {
    if (w.empty()) return Error{"a name is missing"};
    const std::string name = w.text();
    const std::string norm = store::name_norm(name);
    auto ids = kb.actors_by_alias(norm);
    if (ids.size() > 1) {
      // Prefer the actors that appear in the graph; several left is ambiguity, never a guess.
      std::vector<int64_t> present;
      for (auto id : ids)
        if (vertex_with_meetings(id)) present.push_back(id);
      if (present.size() == 1) return present.front();
      std::string list;
      for (auto id : ids) {
        auto info = kb.actor_info(id);
        if (info) list += (list.empty() ? "" : ", ") + info->name + " (" + info->key + ")";
      }
      return Error{"'" + name + "' is ambiguous: " + list + "; use a fuller name"};
    }
    if (ids.size() == 1) return ids.front();
    if (aliases.empty()) aliases = kb.all_aliases();
    int best = INT_MAX;
    int64_t best_id = -1;
    for (const auto& [alias, id] : aliases) {
      if (std::abs(static_cast<int>(alias.size()) - static_cast<int>(norm.size())) > 8) continue;
      int d = edit_distance(norm, alias);
      if (d < best) best = d, best_id = id;
    }
    std::string hint;
    if (best_id >= 0 && best <= std::max<int>(2, static_cast<int>(norm.size()) / 4)) {
      auto info = kb.actor_info(best_id);
      if (info) hint = ": did you mean \"" + info->name + "\"?";
    }
    return Error{"unknown actor '" + name + "'" + hint};
  }

  // "path Sergey Lavrov Donald Trump": find the split where both halves are actors.
  Result<std::pair<int64_t, int64_t>> resolve_two(const Words& a, const Words& b) {
    if (!b.empty()) {
      auto x = resolve_actor(a);
      if (!x) return Error{x.error()};
      auto y = resolve_actor(b);
      if (!y) return Error{y.error()};
      return std::make_pair(*x, *y);
    }
    // Each split folds both halves: quadratic in the words, and no two names run that long.
    constexpr size_t kMaxWordsToSplit = 24;
    for (size_t i = 1; i < a.words.size() && a.words.size() <= kMaxWordsToSplit; ++i) {
      Words l{{a.words.begin(), a.words.begin() + static_cast<long>(i)}, false, a.offset};
      Words r{{a.words.begin() + static_cast<long>(i), a.words.end()}, false, a.offset};
      auto x = kb.actors_by_alias(store::name_norm(l.text()));
      auto y = kb.actors_by_alias(store::name_norm(r.text()));
      if (!x.empty() && !y.empty()) {
        auto rx = resolve_actor(l);
        auto ry = resolve_actor(r);
        if (rx && ry) return std::make_pair(*rx, *ry);
      }
    }
    return Error{"expected two names: quote them, e.g. path \"Sergey Lavrov\" \"Donald Trump\""};
  }

  Result<uint32_t> actor_vertex(int64_t id) {
    auto v = vertex_with_meetings(id);
    if (!v) return Error{"no meetings are known for " + kb.actor_info(id).value_or(store::ActorInfo{}).name};
    return *v;
  }

  // A meeting (by id, or place and kind, or a participant and kind) or a date.
  using Ref = std::variant<uint32_t, Date>;
  Result<Ref> resolve_ref(const Words& w, std::string* note) {
    std::string text = w.text();
    if (text.empty()) return Error{"a meeting or a date is missing"};
    if (text[0] == '#') {
      // from_chars, not atoll: an id beyond int64 is "no meeting", not undefined behaviour.
      int64_t id = 0;
      if (std::from_chars(text.data() + 1, text.data() + text.size(), id).ec != std::errc{}) return Error{"no meeting " + text};
      auto m = graph().meeting_by_id(id);
      if (!m) return Error{"no meeting " + text};
      return Ref{*m};
    }
    if (auto d = Date::parse(text)) return Ref{*d};
    std::vector<std::string> words;
    for (const auto& part : w.words) {
      // Quoted text may hold several words.
      size_t start = 0;
      while (start < part.size()) {
        size_t sp = part.find(' ', start);
        std::string word = part.substr(start, sp == std::string::npos ? sp : sp - start);
        if (!word.empty()) words.push_back(word);
        if (sp == std::string::npos) break;
        start = sp + 1;
      }
    }
    std::string type;
    std::vector<std::string> rest;
    for (const auto& word : words) {
      std::string f = text::fold_string(word);
      if (f == "the") continue;
      bool is_type = false;
      for (const char* t : kTypeWords)
        if (f == t) is_type = true, type = singular(f);
      if (!is_type) rest.push_back(word);
    }
    std::string name;
    for (const auto& r : rest) name += (name.empty() ? "" : " ") + r;
    std::vector<uint32_t> found;
    auto keys = kb.place_keys_by_alias(store::name_norm(name));
    if (!keys.empty()) {
      std::vector<uint32_t> there;
      for (int64_t id : kb.meetings_at(keys))
        if (auto m = graph().meeting_by_id(id)) there.push_back(*m);
      for (uint32_t m : there)
        if (type.empty() || graph().type_of(m) == type) found.push_back(m);
      // "Singapore summit" when the reports call it a meeting, or date only that one: any dated meeting there.
      if (!type.empty() && std::none_of(found.begin(), found.end(), [&](uint32_t m) { return graph().days(m).has_value(); }))
        for (uint32_t m : there)
          if (graph().days(m)) found.push_back(m);
    } else if (!name.empty()) {
      auto ids = kb.actors_by_alias(store::name_norm(name));
      for (auto id : ids)
        if (auto a = graph().actor_by_id(id))
          for (uint32_t m : graph().meetings_of(*a))
            if (type.empty() || graph().type_of(m) == type) found.push_back(m);
    }
    if (found.empty()) return Error{"no meeting matches '" + text + "' (try #ID, a date, or 'summits')"};
    // Several matches: the one that happened, the most reported, the earliest.
    std::stable_sort(found.begin(), found.end(), [&](uint32_t a, uint32_t b) {
      const auto &x = row(a), &y = row(b);
      if (x.date.empty() != y.date.empty()) return !x.date.empty();
      if ((x.status == "occurred") != (y.status == "occurred")) return x.status == "occurred";
      if (x.mentions != y.mentions) return x.mentions > y.mentions;
      return x.date < y.date;
    });
    if (found.size() > 1 && note) *note = "'" + text + "' taken as meeting #" + std::to_string(graph().meeting_id(found[0]));
    return Ref{found.front()};
  }

  void bound(graph::Filter& f, const Ref& ref, bool after) {
    int first, last;
    if (std::holds_alternative<uint32_t>(ref)) {
      uint32_t m = std::get<uint32_t>(ref);
      f.exclude_meeting = m;
      if (auto d = graph().days(m)) {
        first = d->first;
        last = d->second;
      } else {
        first = INT_MIN + 1;
        last = INT_MAX - 1;
      }
    } else {
      first = std::get<Date>(ref).first_day();
      last = std::get<Date>(ref).last_day();
    }
    if (after) f.after_day = last;
    else f.before_day = first;
  }

  Answer meetings_answer(std::vector<uint32_t> ms) {
    std::sort(ms.begin(), ms.end(), [&](uint32_t a, uint32_t b) {
      if (earlier(a, b)) return true;
      if (earlier(b, a)) return false;
      return graph().meeting_id(a) < graph().meeting_id(b);
    });
    ms.erase(std::unique(ms.begin(), ms.end()), ms.end());
    Answer ans;
    json rows = json::array();
    ans.columns = meeting_columns();
    for (uint32_t m : ms) {
      rows.push_back(meeting_json(m));
      ans.rows.push_back(meeting_cells(m));
    }
    ans.json = rows.dump();
    return ans;
  }

  Result<Answer> run(const Query& q) {
    std::string note;
    switch (q.form) {
      case Form::kHelp: {
        Answer a;
        a.columns = {"help"};
        std::string h = help(q.help_topic);
        json lines = json::array();
        size_t start = 0;
        while (start < h.size()) {
          size_t nl = h.find('\n', start);
          std::string line = h.substr(start, nl - start);
          a.rows.push_back({line});
          lines.push_back(line);
          start = nl == std::string::npos ? h.size() : nl + 1;
        }
        a.json = lines.dump();
        return a;
      }
      case Form::kWhoMet: {
        auto id = resolve_actor(q.a);
        if (!id) return Error{id.error()};
        graph::Filter f;
        if (!q.ref.empty()) {
          auto ref = resolve_ref(q.ref, &note);
          if (!ref) return Error{ref.error()};
          bound(f, *ref, q.after);
        }
        Answer ans;
        ans.columns = {"actor", "meeting", "date", "type", "place"};
        json rows = json::array();
        auto v = graph().actor_by_id(*id);
        if (v) {
          auto met = graph().who_met(*v, f);
          std::stable_sort(met.begin(), met.end(),
                           [&](const graph::Met& a, const graph::Met& b) { return earlier(a.meeting, b.meeting); });
          for (const auto& m : met) {
            rows.push_back({{"actor", actor_name(m.actor)}, {"meeting", meeting_json(m.meeting)}});
            const auto& row = this->row(m.meeting);
            ans.rows.push_back({actor_name(m.actor), "#" + std::to_string(row.id), row.date.iso(), row.type, row.place});
          }
        }
        ans.json = rows.dump();
        ans.note = note;
        return ans;
      }
      case Form::kPath: {
        auto ids = resolve_two(q.a, q.b);
        if (!ids) return Error{ids.error()};
        auto from = actor_vertex(ids->first);
        if (!from) return Error{from.error()};
        auto to = actor_vertex(ids->second);
        if (!to) return Error{to.error()};
        graph::Filter f;
        if (!q.ref.empty()) {
          auto ref = resolve_ref(q.ref, &note);
          if (!ref) return Error{ref.error()};
          bound(f, *ref, true);
        }
        auto steps = graph().path(*from, *to, f, q.timed);
        Answer ans;
        ans.columns = {"step", "actor", "meeting", "date", "type", "place"};
        json rows = json::array();
        if (steps) {
          for (size_t i = 0; i < steps->size(); ++i) {
            const auto& s = (*steps)[i];
            rows.push_back({{"step", i},
                            {"actor", actor_name(s.actor)},
                            {"meeting", s.meeting ? meeting_json(*s.meeting) : json(nullptr)}});
            std::vector<std::string> cells{std::to_string(i), actor_name(s.actor), "", "", "", ""};
            if (s.meeting) {
              const auto& row = this->row(*s.meeting);
              cells[2] = "#" + std::to_string(row.id);
              cells[3] = row.date.iso();
              cells[4] = row.type;
              cells[5] = row.place;
            }
            ans.rows.push_back(cells);
          }
        } else {
          ans.note = "no chain of meetings links them";
        }
        ans.json = rows.dump();
        if (!note.empty()) ans.note = note;
        return ans;
      }
      case Form::kSummits:
      case Form::kMeetings:
      case Form::kTimeline: {
        graph::Filter f;
        f.statuses.clear();
        if (q.form == Form::kSummits) f.statuses = {"occurred"}, f.types = {"summit"};
        if (!q.type.empty()) f.types = {q.type};
        if (!q.status.empty()) f.statuses = {q.status};
        if (!q.ref.empty()) {
          auto ref = resolve_ref(q.ref, &note);
          if (!ref) return Error{ref.error()};
          bound(f, *ref, q.after);
          f.exclude_meeting.reset();
        }
        std::optional<Date> period;
        if (!q.in.empty()) {
          period = Date::parse(q.in);
          if (!period) return Error{"'" + q.in + "' is not a year or a month"};
        }
        std::vector<uint32_t> candidates;
        if (!q.a.empty()) {
          auto id = resolve_actor(q.a);
          if (!id) return Error{id.error()};
          if (auto v = graph().actor_by_id(*id))
            for (uint32_t m : graph().meetings_of(*v)) candidates.push_back(m);
        } else {
          for (uint32_t m = 0; m < graph().meeting_count(); ++m) candidates.push_back(m);
        }
        std::optional<uint32_t> with;
        if (!q.with.empty()) {
          auto id = resolve_actor(q.with);
          if (!id) return Error{id.error()};
          with = graph().actor_by_id(*id);
          if (!with) candidates.clear();
        }
        // Place and summit conditions as sets of meeting ids, looked up in the
        // database by index rather than by reading every meeting's row.
        std::optional<std::vector<int64_t>> allowed;
        auto restrict_to = [&](std::vector<int64_t> ids) {
          if (allowed) {
            std::vector<int64_t> both;
            std::set_intersection(allowed->begin(), allowed->end(), ids.begin(), ids.end(), std::back_inserter(both));
            ids = std::move(both);
          }
          allowed = std::move(ids);
        };
        if (!q.at.empty()) {
          auto place_keys = kb.place_keys_by_alias(store::name_norm(q.at.text()));
          if (place_keys.empty()) return Error{"unknown place '" + q.at.text() + "'"};
          restrict_to(kb.meetings_at(place_keys));
        }
        if (!q.during.empty()) {
          auto ref = resolve_ref(q.during, &note);
          if (!ref) return Error{ref.error()};
          if (!std::holds_alternative<uint32_t>(*ref)) return Error{"'during' needs a meeting, not a date"};
          restrict_to(kb.meetings_during(graph().meeting_id(std::get<uint32_t>(*ref))));
        }
        if (allowed && q.a.empty()) {  // few meetings qualify: start from them, not from every meeting
          candidates.clear();
          for (int64_t id : *allowed)
            if (auto m = graph().meeting_by_id(id)) candidates.push_back(*m);
        }
        std::vector<uint32_t> out;
        for (uint32_t m : candidates) {
          if (!graph().passes(m, f)) continue;
          if (with) {
            auto ps = graph().actors_of(m);
            if (std::find(ps.begin(), ps.end(), *with) == ps.end()) continue;
          }
          if (allowed && !std::binary_search(allowed->begin(), allowed->end(), graph().meeting_id(m))) continue;
          if (period) {
            auto days = graph().days(m);
            if (!days || days->first > period->last_day() || period->first_day() > days->second) continue;
          }
          out.push_back(m);
        }
        Answer ans = meetings_answer(std::move(out));
        ans.note = note;
        return ans;
      }
      case Form::kBefore: {
        auto ref = resolve_ref(q.ref, &note);
        if (!ref) return Error{ref.error()};
        if (!std::holds_alternative<uint32_t>(*ref)) return Error{"'before' needs a meeting, not a date"};
        uint32_t target = std::get<uint32_t>(*ref);
        auto td = graph().days(target);
        if (!td) return Error{"meeting #" + std::to_string(graph().meeting_id(target)) + " has no date"};
        graph::Filter f;
        f.before_day = td->first;
        if (q.within_days > 0) f.after_day = td->first - q.within_days - 1;
        f.exclude_meeting = target;
        std::set<uint32_t> people;
        for (uint32_t a : graph().actors_of(target)) people.insert(a);
        std::vector<uint32_t> out;
        for (uint32_t a : people)
          for (uint32_t m : graph().meetings_of(a))
            if (graph().passes(m, f)) out.push_back(m);
        Answer ans = meetings_answer(std::move(out));
        ans.note = note;
        return ans;
      }
      case Form::kCommon: {
        auto ids = resolve_two(q.a, q.b);
        if (!ids) return Error{ids.error()};
        graph::Filter f;
        std::map<uint32_t, int> seen;
        for (int64_t id : {ids->first, ids->second}) {
          auto v = graph().actor_by_id(id);
          if (!v) continue;
          std::set<uint32_t> mine;
          for (const auto& m : graph().who_met(*v, f)) mine.insert(m.actor);
          for (uint32_t a : mine) ++seen[a];
        }
        Answer ans;
        ans.columns = {"actor"};
        json rows = json::array();
        for (const auto& [a, n] : seen)
          if (n == 2) {
            rows.push_back({{"actor", actor_name(a)}});
            ans.rows.push_back({actor_name(a)});
          }
        ans.json = rows.dump();
        return ans;
      }
      case Form::kTop: {
        graph::Filter f;
        if (!q.in.empty()) {
          auto period = Date::parse(q.in);
          if (!period) return Error{"'" + q.in + "' is not a year or a month"};
          f.after_day = period->first_day() - 1;
          f.before_day = period->last_day() + 1;
        }
        if (!q.ref.empty()) {
          auto ref = resolve_ref(q.ref, &note);
          if (!ref) return Error{ref.error()};
          bound(f, *ref, q.after);
        }
        std::vector<double> score;
        if (q.measure == "betweenness") score = graph().betweenness({}, f);
        else for (auto v : graph().degree(f)) score.push_back(v);
        std::vector<uint32_t> order(score.size());
        for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return score[a] > score[b]; });
        Answer ans;
        ans.columns = {"rank", "actor", q.measure};
        json rows = json::array();
        for (size_t i = 0; i < order.size() && i < static_cast<size_t>(q.top_n); ++i) {
          if (score[order[i]] <= 0) break;
          rows.push_back({{"rank", i + 1}, {"actor", actor_name(order[i])}, {q.measure, score[order[i]]}});
          char buf[32];
          std::snprintf(buf, sizeof buf, q.measure == "degree" ? "%.0f" : "%.2f", score[order[i]]);
          ans.rows.push_back({std::to_string(i + 1), actor_name(order[i]), buf});
        }
        ans.json = rows.dump();
        ans.note = note;
        return ans;
      }
      case Form::kActor: {
        auto id = resolve_actor(q.a);
        if (!id) return Error{id.error()};
        auto info = kb.actor_info(*id);
        if (!info) return Error{"unknown actor"};
        json roles = json::array();
        Answer ans;
        ans.columns = {"field", "value"};
        ans.rows.push_back({"name", info->name});
        if (!info->name_ar.empty()) ans.rows.push_back({"arabic", info->name_ar});
        ans.rows.push_back({"kind", info->kind});
        if (!info->country.empty()) ans.rows.push_back({"country", info->country});
        std::string aliases;
        for (const auto& a : info->aliases) aliases += (aliases.empty() ? "" : ", ") + a;
        ans.rows.push_back({"aliases", aliases});
        for (const auto& r : info->roles) {
          roles.push_back({{"office", r.office}, {"of", r.of}, {"from", r.from}, {"to", r.to.empty() ? json(nullptr) : json(r.to)}, {"title", r.title}});
          ans.rows.push_back({"role", r.office + " of " + r.of + " " + r.from + " – " + (r.to.empty() ? "" : r.to)});
        }
        ans.rows.push_back({"meetings", std::to_string(info->meetings)});
        ans.json = json{{"name", info->name}, {"key", info->key}, {"kind", info->kind}, {"country", info->country},
                        {"name_ar", info->name_ar}, {"aliases", info->aliases}, {"roles", roles}, {"meetings", info->meetings}}
                       .dump();
        return ans;
      }
      case Form::kSources: {
        auto ref = resolve_ref(q.ref, &note);
        if (!ref) return Error{ref.error()};
        if (!std::holds_alternative<uint32_t>(*ref)) return Error{"'sources' needs a meeting, not a date"};
        int64_t id = graph().meeting_id(std::get<uint32_t>(*ref));
        Answer ans;
        ans.columns = {"article", "date", "status", "rule", "sentence"};
        json rows = json::array();
        for (const auto& s : kb.sources(id)) {
          rows.push_back({{"article", s.article}, {"title", s.title}, {"date", s.pub_date}, {"status", s.status},
                          {"rule", s.rule}, {"confidence", s.confidence}, {"sentences", s.sentences}});
          for (const auto& sentence : s.sentences) ans.rows.push_back({s.article, s.pub_date, s.status, s.rule, sentence});
        }
        ans.json = rows.dump();
        ans.note = note;
        return ans;
      }
    }
    return Error{"unsupported query"};
  }
};

Evaluator::Evaluator(store::KnowledgeBase& kb) : impl_(std::make_unique<Impl>(kb)) {}
Evaluator::~Evaluator() = default;

Result<Answer> Evaluator::run(const Query& q) {
  try {
    impl_->refresh();
    return impl_->run(q);
  } catch (const std::exception& e) {
    return Error{e.what()};
  }
}

Result<Answer> Evaluator::run(const std::string& text) {
  auto q = parse(text);
  if (!q) return Error{q.error()};
  return run(*q);
}

std::vector<std::string> Evaluator::actor_names() { return impl_->kb.actor_names(); }

}  // namespace diplograph::query
