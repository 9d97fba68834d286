// The desktop picture export's PNG writer (core/png_encoder.h): the checksums against their
// published check values, and files read back by an independent reader written here (chunk
// CRCs, IHDR, stored deflate blocks, Adler-32, the pixels).
#include "core/png_encoder.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

namespace atlas {
namespace {

std::uint32_t read_u32_be(const std::string& s, std::size_t at) {
  return (std::uint32_t(std::uint8_t(s[at])) << 24) | (std::uint32_t(std::uint8_t(s[at + 1])) << 16) |
         (std::uint32_t(std::uint8_t(s[at + 2])) << 8) | std::uint32_t(std::uint8_t(s[at + 3]));
}

struct DecodedPng {
  bool ok = false;
  std::string error;
  std::uint32_t width = 0, height = 0;
  std::vector<std::string> chunk_types;
  int stored_blocks = 0;
  std::vector<unsigned char> rgba;
};

DecodedPng failed(DecodedPng& d, const std::string& why) {
  d.error = why;
  return d;
}

// Reads what encode_png_rgba writes: checks every chunk's CRC, the zlib header, each stored
// block's LEN/NLEN and the Adler-32, then undoes the filter bytes (type None only).
DecodedPng decode(const std::string& png) {
  DecodedPng d;
  if (png.compare(0, 8, std::string("\x89PNG\r\n\x1a\n", 8)) != 0) return failed(d, "signature");
  std::string idat;
  std::string header;
  for (std::size_t at = 8; at + 12 <= png.size();) {
    const std::uint32_t len = read_u32_be(png, at);
    if (at + 12 + len > png.size()) return failed(d, "chunk past the end");
    const std::string type = png.substr(at + 4, 4);
    const auto* crc_begin = reinterpret_cast<const unsigned char*>(png.data() + at + 4);
    if (png_crc32(crc_begin, 4 + len) != read_u32_be(png, at + 8 + len)) return failed(d, "CRC of " + type);
    d.chunk_types.push_back(type);
    if (type == "IHDR") header = png.substr(at + 8, len);
    if (type == "IDAT") idat += png.substr(at + 8, len);
    at += 12 + len;
  }
  if (header.size() != 13) return failed(d, "IHDR size");
  d.width = read_u32_be(header, 0);
  d.height = read_u32_be(header, 4);
  if (header[8] != 8 || header[9] != 6 || header[10] || header[11] || header[12]) return failed(d, "IHDR format");
  if (idat.size() < 6 || (std::uint8_t(idat[0]) * 256 + std::uint8_t(idat[1])) % 31 != 0 || (idat[0] & 0x0F) != 8)
    return failed(d, "zlib header");
  std::string raw;
  std::size_t at = 2;
  for (bool last = false; !last;) {
    if (at + 5 > idat.size()) return failed(d, "block header past the end");
    const auto head = std::uint8_t(idat[at]);
    if ((head >> 1) != 0) return failed(d, "not a stored block");
    last = head & 1;
    const unsigned len = std::uint8_t(idat[at + 1]) | (std::uint8_t(idat[at + 2]) << 8);
    const unsigned nlen = std::uint8_t(idat[at + 3]) | (std::uint8_t(idat[at + 4]) << 8);
    if ((len ^ 0xFFFFu) != nlen) return failed(d, "LEN/NLEN");
    raw += idat.substr(at + 5, len);
    at += 5 + len;
    ++d.stored_blocks;
  }
  if (at + 4 != idat.size()) return failed(d, "zlib stream length");
  if (zlib_adler32(reinterpret_cast<const unsigned char*>(raw.data()), raw.size()) != read_u32_be(idat, at))
    return failed(d, "Adler-32");
  const std::size_t row = std::size_t(d.width) * 4;
  if (raw.size() != (row + 1) * d.height) return failed(d, "image data size");
  for (std::uint32_t y = 0; y < d.height; ++y) {
    if (raw[y * (row + 1)] != 0) return failed(d, "filter type");
    const auto* p = reinterpret_cast<const unsigned char*>(raw.data() + y * (row + 1) + 1);
    d.rgba.insert(d.rgba.end(), p, p + row);
  }
  d.ok = true;
  return d;
}

std::vector<unsigned char> gradient(int w, int h) {
  std::vector<unsigned char> px(std::size_t(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      unsigned char* p = &px[(std::size_t(y) * w + x) * 4];
      p[0] = static_cast<unsigned char>(x * 7);
      p[1] = static_cast<unsigned char>(y * 13);
      p[2] = static_cast<unsigned char>(x ^ y);
      p[3] = static_cast<unsigned char>(255 - x);
    }
  return px;
}

TEST(PngEncoder, ChecksumsMatchTheirCheckValues) {
  const char* digits = "123456789";
  EXPECT_EQ(png_crc32(reinterpret_cast<const unsigned char*>(digits), 9), 0xCBF43926u);
  const char* word = "Wikipedia";
  EXPECT_EQ(zlib_adler32(reinterpret_cast<const unsigned char*>(word), 9), 0x11E60398u);
  // Continuing a checksum over two parts gives the checksum of the whole.
  const std::uint32_t crc = png_crc32(reinterpret_cast<const unsigned char*>(digits) + 4, 5,
                                      png_crc32(reinterpret_cast<const unsigned char*>(digits), 4));
  EXPECT_EQ(crc, 0xCBF43926u);
}

TEST(PngEncoder, SmallImageReadsBackPixelForPixel) {
  const std::vector<unsigned char> px = gradient(3, 2);
  const DecodedPng d = decode(encode_png_rgba(px.data(), 3, 2));
  ASSERT_TRUE(d.ok) << d.error;
  EXPECT_EQ(d.width, 3u);
  EXPECT_EQ(d.height, 2u);
  EXPECT_EQ(d.chunk_types, (std::vector<std::string>{"IHDR", "IDAT", "IEND"}));
  EXPECT_EQ(d.stored_blocks, 1);
  EXPECT_EQ(d.rgba, px);
}

TEST(PngEncoder, LargeImageSpansSeveralStoredBlocks) {
  const int w = 301, h = 173;  // 208,465 bytes of rows: four stored blocks
  const std::vector<unsigned char> px = gradient(w, h);
  const DecodedPng d = decode(encode_png_rgba(px.data(), w, h));
  ASSERT_TRUE(d.ok) << d.error;
  EXPECT_EQ(d.width, std::uint32_t(w));
  EXPECT_EQ(d.height, std::uint32_t(h));
  EXPECT_EQ(d.stored_blocks, 4);
  EXPECT_EQ(d.rgba, px);
}

TEST(PngEncoder, EmptyImageGivesNoFile) {
  const unsigned char pixel[4] = {1, 2, 3, 4};
  EXPECT_TRUE(encode_png_rgba(pixel, 0, 1).empty());
  EXPECT_TRUE(encode_png_rgba(pixel, 1, 0).empty());
  EXPECT_TRUE(encode_png_rgba(nullptr, 1, 1).empty());
  EXPECT_FALSE(encode_png_rgba(pixel, 1, 1).empty());
}

}  // namespace
}  // namespace atlas
