// Meeting resolution (private to the store): decides, for each meeting an
// article reports, whether it is an encounter the knowledge base already knows
// (same people or a subset, compatible kind, date and place) or a new one, and
// writes the meeting, its participants, the mention and its sentences.
// Used by the single writer only; not thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "diplograph/extract/meeting.h"
#include "diplograph/store/database.h"

namespace diplograph::store {

struct IngestCounts;
struct SummitLinkStatements;

class MeetingResolver {
 public:
  explicit MeetingResolver(Database& db);
  ~MeetingResolver();

  // Stores the meetings of one article (already inserted as `article_id`,
  // its sentences as `sentence_ids`), inside the caller's savepoint.
  void add_meetings(int64_t article_id, const extract::ArticleExtraction& ex, const std::vector<int64_t>& sentence_ids,
                    IngestCounts& counts);

  // Forgets the cached actor and place rows (after the lexicon was copied in,
  // or after a rollback that may have dropped actors this process inserted).
  void invalidate();

 private:
  // What sideline linking needs to know of one stored meeting.
  struct MeetingFacts {
    int64_t id = 0;
    std::string status;
    Date date;
    int64_t place = 0;
    bool summit = false, sideline = false, linked = false;
  };
  struct ActorRow {
    std::string key, kind, country, name;
  };
  struct PlaceRow {
    std::string key, kind, country, name;
  };
  struct Existing;
  // What one article says about one meeting, as resolution compares it.
  struct Report {
    const std::string& type;
    const std::string& status;
    const Date& date;
    const Date& pub;
    int64_t place;
    const std::set<int64_t>& ours;  // meetings this article already reported
  };

  void load_caches();
  int64_t upsert_actor(const extract::Participant& p);
  int64_t place_id(const std::optional<extract::Location>& loc);
  bool places_compatible(int64_t a, int64_t b) const;
  bool covered(const std::map<int64_t, std::string>& small, const std::map<int64_t, std::string>& big) const;
  std::vector<Existing> candidates(const std::map<int64_t, std::string>& people, const Report& report);
  void load_participants(Existing& e);
  void remember(int64_t meeting, const std::map<int64_t, std::string>& people);
  // Links this article's meetings held "on the sidelines of" a summit to that
  // summit (meetings.parent_id), and earlier unlinked ones to a summit it reported
  // (summit_links.cpp).
  void link_sidelines(const std::set<int64_t>& ours);
  std::optional<MeetingFacts> facts(int64_t meeting);
  int64_t summit_of(const MeetingFacts& side, const std::set<int64_t>& same_article);
  std::string make_label(const std::string& type, int64_t place, const Date& date,
                         const std::map<int64_t, std::string>& participants) const;

  Database& db_;
  bool loaded_ = false;
  // Keyed both ways so that every compatibility check is a hash lookup, never a scan.
  std::unordered_map<std::string, int64_t> actor_ids_, place_ids_;
  std::unordered_map<std::string, int64_t> unknown_ids_;  // unknown people by name as written
  // Participants of recently seen meetings: an undated report compares itself
  // with every meeting of its people in the past year, again and again.
  static constexpr size_t kParticipantCache = 20000;
  std::unordered_map<int64_t, std::map<int64_t, std::string>> participants_;
  std::unordered_map<int64_t, ActorRow> actors_;
  std::unordered_map<int64_t, PlaceRow> places_;
  // Prepared once per writer: resolution runs them for every reported meeting.
  struct Statements;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<SummitLinkStatements> links_;
};

}  // namespace diplograph::store
