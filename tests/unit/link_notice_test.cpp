// Notices about a link's fields (app/core/link_notice.h): what the reader is shown must name
// the field as the link holds it, and a hostile link must not flood the banner.
#include "core/link_notice.h"

#include <gtest/gtest.h>

#include "core/url_state.h"

namespace atlas {
namespace {

TEST(LinkNotice, NamesTheFieldAsTheLinkHoldsIt) {
  AppState s;
  UrlDecodeResult r = decode_url_hash("v=1&cam=a,b,c&sc=everything&sel=%zz", s);
  ASSERT_EQ(r.notices.size(), 3u);
  EXPECT_EQ(r.notices[0].kind, LinkNoticeKind::InvalidValue);
  EXPECT_EQ(r.notices[0].field, "cam=a,b,c");
  EXPECT_EQ(r.notices[1].kind, LinkNoticeKind::InvalidValue);
  EXPECT_EQ(r.notices[1].field, "sc=everything");
  EXPECT_EQ(r.notices[2].kind, LinkNoticeKind::Malformed);
  EXPECT_EQ(r.notices[2].field, "sel=%zz");  // not decodable, so shown raw
}

TEST(LinkNotice, MissingVersionIgnoresTheWholeLink) {
  AppState s;
  UrlDecodeResult r = decode_url_hash("cam=10,10,3", s);
  ASSERT_EQ(r.notices.size(), 1u);
  EXPECT_EQ(r.notices[0].kind, LinkNoticeKind::UnsupportedVersion);
  EXPECT_EQ(english_text(r.notices[0]), "link ignored: missing or unsupported version");
}

TEST(LinkNotice, LongFieldsAreCutAtACharacterBoundary) {
  std::string value;
  for (int i = 0; i < 100; ++i) value += "\xC3\xB6";  // "ö", two bytes each
  const LinkNotice n = link_notice(LinkNoticeKind::InvalidValue, "tags", value);
  const std::string ellipsis = "\xE2\x80\xA6";
  ASSERT_GT(n.field.size(), ellipsis.size());
  EXPECT_LE(n.field.size(), kMaxLinkNoticeField + ellipsis.size());
  EXPECT_EQ(n.field.substr(n.field.size() - ellipsis.size()), ellipsis);
  const std::string kept = n.field.substr(0, n.field.size() - ellipsis.size());
  EXPECT_EQ(kept.substr(0, 5), "tags=");
  // The kept part ends on a whole "ö": an even number of its bytes after "tags=".
  EXPECT_EQ((kept.size() - 5) % 2, 0u);
  EXPECT_EQ(link_notice(LinkNoticeKind::InvalidValue, "sc", "x").field, "sc=x");  // short: as it is
}

}  // namespace
}  // namespace atlas
