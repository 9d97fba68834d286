// The in-memory data model every other part reads: towns, partnerships, tags, sources.
// Plain C++17, no GL/SDL/ImGui. Loaded from data/*.json by dataset_loader; indices into
// the vectors are the handles the rest of the app passes around (TownIndex etc.).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace atlas {

using TownIndex = std::uint32_t;
using TagIndex = std::uint32_t;
using PartnershipIndex = std::uint32_t;
constexpr std::uint32_t kNoIndex = std::numeric_limits<std::uint32_t>::max();

// What a town record stands for. UK partner towns that are not councils point at the
// council they lie in (parent) and inherit its indicators.
enum class TownRole : std::uint8_t {
  NrwMunicipality,  // one of the 396 NRW Gemeinden, id "DE:<AGS 8 digits>"
  NrwKreis,         // NRW Kreis or kreisfreie Stadt as a partner in Kreis-level links, "DE:<AGS 5>"
  UkCouncil,        // lower-tier or unitary UK council, id "GB:<GSS>"
  UkRegion,         // UK county / combined authority / GLA, kept as a region only, "GB:<GSS>"
  UkPartnerTown,    // a named UK town that is not itself a council, "GN:<GeoNames id>"
  EuropeCandidate,  // GeoNames place >= 10,000 people elsewhere in Europe, "GN:<id>"
  OtherTown,        // partner of an NRW town anywhere else in the world (graph context)
};

// An NRW record: a municipality or a Kreis.
inline bool is_nrw(TownRole r) { return r == TownRole::NrwMunicipality || r == TownRole::NrwKreis; }
// A UK record: a council, a region or a partner town below a council.
inline bool is_uk(TownRole r) {
  return r == TownRole::UkCouncil || r == TownRole::UkRegion || r == TownRole::UkPartnerTown;
}
// An NRW or UK town in its own right (not a UK region, a European candidate or a partner
// elsewhere): what the globe shows and the filters match by default.
inline bool is_base_town(TownRole r) { return is_nrw(r) || r == TownRole::UkCouncil || r == TownRole::UkPartnerTown; }

enum class TagKind : std::uint8_t { Goal, Challenge };
enum class Coverage : std::uint8_t { Complete, Partial };

// How complete a tag's source list is for one country, and as of when ("2020-02").
struct SideCoverage {
  std::string country;
  Coverage coverage = Coverage::Partial;
  std::string as_of;
};

struct Tag {
  std::string id;  // e.g. "com_2030", "former_coalfield"
  TagKind kind = TagKind::Goal;
  std::string label_de, label_en, description;
  std::vector<std::uint32_t> sources;  // indices into Dataset::sources
  Coverage coverage = Coverage::Partial;
  std::vector<SideCoverage> sides;  // per country where the data states it (may be empty)
  // The coverage for towns of `country`: its side where stated, else the overall coverage.
  Coverage coverage_in(const std::string& country) const;
  const SideCoverage* side(const std::string& country) const;
};

// A size class (size_small, size_medium, size_large): derived from a town's own population,
// never inherited and never a reason "beyond size".
bool is_size_tag(const Tag& tag);

// One tag carried by one town, with where the fact comes from.
struct TownTag {
  TagIndex tag = kNoIndex;
  std::uint32_t source = kNoIndex;  // index into Dataset::sources
  bool inherited = false;           // true when taken over from the parent council
  TownIndex via = kNoIndex;         // inherited at load time: the council or county it came from
  std::string detail;               // e.g. "target year 2030", "Bottrop 2018"
  // On a council's tag: the 2019 districts (GSS codes) the fact belongs to, when the council
  // has since merged; only places in those districts inherit it. Empty: the whole council.
  std::vector<std::string> districts_2019;
};

struct Indicator {
  std::string key;  // e.g. "population", "density", "imd_score"
  double value = 0.0;
  bool inherited = false;
};

struct Town {
  std::string id;        // stable public code, see TownRole
  std::string name;      // display name (German for NRW, English for UK)
  std::string name_alt;  // Welsh name, English exonym, ... (may be empty)
  std::vector<std::string> aliases;  // search aliases (Cologne, Muenster, ...)
  std::string country;   // ISO 3166-1 alpha-2, "DE", "GB", "FR", ...
  std::string region;    // Kreis (NRW) / nation (UK) / admin region
  std::string subregion; // Regierungsbezirk (NRW) / English region or county (UK)
  TownRole role = TownRole::OtherTown;
  TownIndex parent = kNoIndex;  // Kreis of a municipality, council of a UK partner town
  double lat = 0.0, lon = 0.0;  // WGS84 degrees
  double population = -1.0;     // < 0: unknown
  std::string settlement;       // settlement / urbanisation class where known
  std::vector<TownTag> tags;
  std::vector<Indicator> indicators;
  // Added by the data loader (data/SCHEMA.md):
  std::uint32_t geonames_id = 0;       // GeoNames id where known (0: none)
  bool kreisfrei = false;              // NrwKreis record that is a kreisfreie Stadt
  std::string note;                    // e.g. "in Corby (2019 boundary ...), now North Northamptonshire"
  std::string district_2019;           // UK place in a council merged since 2019: its 2019 district (GSS)
  std::vector<std::uint32_t> sources;  // indices into Dataset::sources
};

enum class PartnershipKind : std::uint8_t { Partnership, Friendship, KreisPartnership, Contact };
enum class PartnershipStatus : std::uint8_t { Active, Dormant, Ended };
enum class Confidence : std::uint8_t { TwoSources, OneSource, Unverified };

// Stable keys as data/SCHEMA.md spells them ("partnership", "kreis", "dormant", ...).
const char* partnership_kind_key(PartnershipKind kind);
const char* partnership_status_key(PartnershipStatus status);

struct PartnershipYear {
  int year = 0;
  std::uint32_t source = kNoIndex;
};

struct Partnership {
  std::string id;  // stable, e.g. "DE:05334002--GN:2647631"
  TownIndex a = kNoIndex;  // the NRW side (the UK council for a context-only link)
  TownIndex b = kNoIndex;  // the partner side
  std::string district;    // city district on the NRW side ("Köln-Porz"), may be empty
  PartnershipKind kind = PartnershipKind::Partnership;
  PartnershipStatus status = PartnershipStatus::Active;
  Confidence confidence = Confidence::OneSource;
  bool nrw_uk = false;                // both ends NRW and UK
  bool context_only = false;          // neither end in NRW (a UK council's partnership abroad):
                                      // matcher network context, outside both explorer scopes
  bool own_data = false;              // from a council's own list (own_data_merge.h)
  std::vector<PartnershipYear> years; // every year a source states; start = earliest
  std::vector<std::uint32_t> sources;
  std::string notes;
  int start_year() const;  // earliest of years, 0 when unknown
};

struct Source {
  std::string id;           // short key, e.g. "destatis_gv_2019"
  std::string title;        // human-readable
  std::string url;          // may be empty for compiled files
  std::string licence;
  std::string attribution;  // text the app must show
};

// A numeric indicator's definition (data/tags.json "indicators").
struct IndicatorDef {
  std::string key;  // "population", "density", "imd_score", ...
  std::string label_de, label_en, unit, description;
  std::vector<std::uint32_t> sources;
};

// An NRW–UK link the sources contradict: kept out of partnerships, listed for the report.
struct ExcludedLink {
  std::string a, b;  // names as the sources give them
  std::string reason;
  std::vector<std::uint32_t> sources;
};

struct Dataset {
  std::vector<Town> towns;
  std::vector<Partnership> partnerships;
  std::vector<Tag> tags;
  std::vector<Source> sources;
  std::vector<IndicatorDef> indicators;   // added by the data loader
  std::vector<ExcludedLink> excluded;     // added by the data loader

  std::unordered_map<std::string, TownIndex> town_by_id;
  std::unordered_map<std::string, TagIndex> tag_by_id;

  TownIndex find_town(const std::string& id) const;
  TagIndex find_tag(const std::string& id) const;
  void rebuild_indices();
};

}  // namespace atlas
