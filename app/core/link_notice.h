// What the app could not take from a link, as data rather than English sentences: the URL
// state and kiosk readers (plain core code) say which kind of problem and which field; the UI
// words it in the screen's language, the tests' messages in English.
#pragma once

#include <string>
#include <string_view>

namespace atlas {

enum class LinkNoticeKind {
  TooLong,             // the whole link ignored: longer than kMaxUrlHashLength
  UnsupportedVersion,  // the whole link ignored: no "v=" or one this app does not read
  Malformed,           // one field ignored: no '=' or a bad %-escape
  InvalidValue,        // one field ignored: its value is out of range or not of its type
  NotInData,           // one field dropped after loading: the town, Kreis or tag is unknown
};

struct LinkNotice {
  LinkNoticeKind kind = LinkNoticeKind::Malformed;
  // The field as the link holds it ("cam=abc", "sel=DE:x"), cut to kMaxLinkNoticeField bytes
  // at a character boundary; for TooLong the length limit.
  std::string field;
};

constexpr std::size_t kMaxLinkNoticeField = 60;

// The notice for a field as the link holds it, cut so a hostile link cannot flood the banner.
LinkNotice link_notice(LinkNoticeKind kind, std::string_view field);
// The same for `key`=`value` (a decoded value, or an id the data does not know).
LinkNotice link_notice(LinkNoticeKind kind, std::string_view key, std::string_view value);

// English wording, for test messages.
std::string english_text(const LinkNotice& notice);

}  // namespace atlas
