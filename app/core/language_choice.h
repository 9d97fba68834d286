// Which language the UI starts in. The order: the link's `lang=` first, then the
// choice stored on this device, then the browser's preferred languages (any "de*" means
// German), else English. Plain strings in, "de" or "en" out, so it is tested natively.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace atlas {

// `from_link` and `stored`: "de", "en" or anything else (ignored). `preferred`: the browser's
// language tags in order of preference ("de-DE", "en-GB", ...).
std::string choose_language(std::string_view from_link, std::string_view stored,
                            const std::vector<std::string>& preferred);

}  // namespace atlas
