// AppState <-> URL hash ("#v=1&cam=53.20,1.50,2.10&sel=DE%3A05315000"). The hash is
// untrusted input from a shared link: decoding is versioned, length-limited and
// validated field by field; what is malformed is ignored and reported, never fatal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"

namespace atlas {

constexpr int kUrlStateVersion = 1;
constexpr std::size_t kMaxUrlHashLength = 2048;

struct UrlDecodeResult {
  bool applied_any = false;            // at least one field was taken over
  std::vector<std::string> notices;    // what was ignored and why (shown to the user)
};

std::string encode_url_hash(const AppState& state);

// Decodes `hash` (with or without the leading '#') into `state`. Fields that are
// missing keep their current values; invalid fields are ignored with a notice.
UrlDecodeResult decode_url_hash(std::string_view hash, AppState& state);

// Percent-encoding of the characters a hash value may not hold literally.
std::string percent_encode(std::string_view text);
// Returns false for malformed escapes ("%4", "%zz") or decoded NUL bytes.
bool percent_decode(std::string_view text, std::string& out);

}  // namespace atlas
