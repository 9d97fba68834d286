// Notices about a link's fields (see link_notice.h).
#include "link_notice.h"

namespace atlas {

namespace {
// The longest prefix of `text` of at most `limit` bytes that does not end inside a UTF-8
// sequence (continuation bytes are 10xxxxxx).
std::string_view cut_at_character(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}
}  // namespace

LinkNotice link_notice(LinkNoticeKind kind, std::string_view field) {
  const std::string_view kept = cut_at_character(field, kMaxLinkNoticeField);
  std::string text(kept);
  if (kept.size() < field.size()) text += "…";
  return {kind, text};
}

LinkNotice link_notice(LinkNoticeKind kind, std::string_view key, std::string_view value) {
  std::string field(key);
  field += '=';
  field += value;
  return link_notice(kind, field);
}

std::string english_text(const LinkNotice& n) {
  switch (n.kind) {
    case LinkNoticeKind::TooLong: return "link ignored: longer than " + n.field + " characters";
    case LinkNoticeKind::UnsupportedVersion: return "link ignored: missing or unsupported version";
    case LinkNoticeKind::Malformed: return "malformed field " + n.field + " ignored";
    case LinkNoticeKind::InvalidValue: return "invalid " + n.field + " ignored";
    case LinkNoticeKind::NotInData: return n.field + " from the link is not in the data";
  }
  return n.field;
}

}  // namespace atlas
