// A small PNG writer for the desktop build's picture export (the browser encodes with its own
// canvas instead): 8-bit RGBA, no filtering, the zlib stream made of stored deflate blocks.
// Files are as large as the raw image (plus a few bytes per 64 KiB), which is fine for a
// one-off export and keeps the writer short enough to check by eye; any PNG reader opens it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace atlas {

// CRC-32 (ISO 3309, as PNG chunks use it), continuing from `crc` (0 to start).
std::uint32_t png_crc32(const unsigned char* data, std::size_t size, std::uint32_t crc = 0);
// Adler-32 (the zlib stream's checksum), continuing from `adler` (1 to start).
std::uint32_t zlib_adler32(const unsigned char* data, std::size_t size, std::uint32_t adler = 1);

// `rgba` holds width * height pixels of 4 bytes, top row first. Returns the PNG file's bytes;
// empty when the size is zero or too large for PNG (2^31 - 1 per side).
std::string encode_png_rgba(const unsigned char* rgba, int width, int height);

}  // namespace atlas
