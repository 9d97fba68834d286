// AppState <-> URL hash ("#v=1&cam=53.20,1.50,2.10&sel=DE%3A05315000&tags=com_2030&yr=1950,1990").
// The hash is untrusted input from a shared link: decoding is versioned, length-limited
// and validated field by field; what is malformed is ignored and reported, never fatal.
// Fields at their default value are left out of the encoding. Keys: cam, sel; filters
// sc (scope), tags, tm (tag match), kr (Kreise), pa (partner areas), pop (min,max),
// kind / st / conf (letter sets), sug, yr (from,to), yu (year unknown shown); w (six
// weights), pool (uk, europe, uk-council), firsts (1: the first suggestion of every NRW
// municipality on the globe); ego (hops), path (town id), gpa (0: the network without its
// towns' partners abroad); my, myb, myt, myp ("my town");
// lang (de, en: the UI language, last, so that core/tour.h can leave it out of a stop's view).
// check_state_against_dataset then drops ids the data does not know.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"
#include "dataset.h"
#include "link_notice.h"

namespace atlas {

constexpr int kUrlStateVersion = 1;  // fields added since are optional and additive
constexpr std::size_t kMaxUrlHashLength = 2048;
constexpr std::size_t kMaxUrlListItems = 24;     // tags, Kreise, areas per list
constexpr std::size_t kMaxUrlTagIdLength = 40;
constexpr double kMaxUrlWeight = 10.0;
constexpr std::uint32_t kMaxUrlEgoHops = 4;

struct UrlDecodeResult {
  bool applied_any = false;            // at least one field was taken over
  bool version_ok = false;             // the hash carried a supported version (state was written)
  std::vector<LinkNotice> notices;     // what was ignored and why (shown to the user)
};

std::string encode_url_hash(const AppState& state);

// Decodes `hash` (with or without the leading '#') into `state`. Fields that are
// missing keep their current values; invalid fields are ignored with a notice. A hash is
// a whole state, so to apply one (a link, back/forward) decode into a default AppState
// and take it when version_ok.
UrlDecodeResult decode_url_hash(std::string_view hash, AppState& state);

// After loading: removes town, Kreis and tag ids the dataset does not know (a link from
// another data version), each with a notice.
std::vector<LinkNotice> check_state_against_dataset(const Dataset& dataset, AppState& state);

// Percent-encoding of the characters a hash value may not hold literally.
std::string percent_encode(std::string_view text);
// Returns false for malformed escapes ("%4", "%zz") or NUL bytes, escaped or literal.
bool percent_decode(std::string_view text, std::string& out);

}  // namespace atlas
