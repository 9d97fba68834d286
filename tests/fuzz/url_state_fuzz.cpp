// Fuzz target: the URL-hash state (app/core/url_state.h), untrusted input from a shared link.
// Property: decoding never crashes, and a decoded state survives its own link unchanged
// (encode -> decode -> encode gives the same hash), so sharing a view never changes it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/url_state.h"
#include "fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view hash(reinterpret_cast<const char*>(data), size);
  atlas::AppState state;
  if (!atlas::decode_url_hash(hash, state).version_ok) return 0;
  const std::string link = atlas::encode_url_hash(state);
  atlas::AppState again;
  FUZZ_CHECK(atlas::decode_url_hash(link, again).version_ok, "the encoded state is refused");
  FUZZ_CHECK(atlas::encode_url_hash(again) == link, "the state changed on its way through its own link");
  std::string decoded;
  if (atlas::percent_decode(hash, decoded))
    FUZZ_CHECK(atlas::percent_decode(atlas::percent_encode(decoded), decoded), "percent_encode output not decodable");
  return 0;
}
