// The drawn-text record and its report (see drawn_text_log.h).
#include "drawn_text_log.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

#include "core/match/match_explanation.h"
#include "core/match/match_weights.h"
#include "ui/ui_strings.h"

namespace atlas {

namespace {

using ui::Language;
using ui::PluralId;
using ui::StringId;

constexpr char kCut = '\x1f';  // stands where a known piece was taken out: a word boundary

enum Origin : unsigned { kTable = 1, kData = 2 };

struct Piece {
  std::string text;
  unsigned origin;
};

// The code point starting at text[i] and its length in bytes (UTF-8; a stray byte counts as one).
std::uint32_t code_point_at(const std::string& text, std::size_t i, std::size_t& length) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + length > text.size()) length = 1;
  if (length == 1) return c;
  std::uint32_t cp = c & (0x3Fu >> (length - 1));
  for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
  return cp;
}

// Letters of the scripts the UI and the data use; digits, punctuation and symbols are not.
bool is_letter(std::uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  return cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7;
}

bool has_letter(const std::string& text) {
  for (std::size_t i = 0, n = 0; i < text.size(); i += n)
    if (is_letter(code_point_at(text, i, n))) return true;
  return false;
}

bool letter_before(const std::string& text, std::size_t at) {
  if (at == 0) return false;
  std::size_t start = at - 1;  // back to the first byte of the code point before `at`
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::size_t n = 0;
  return is_letter(code_point_at(text, start, n));
}

bool letter_at(const std::string& text, std::size_t at) {
  std::size_t n = 0;
  return at < text.size() && is_letter(code_point_at(text, at, n));
}

// Finds `piece` in `text` as whole words (no letter glued to either end), from `from`.
std::size_t find_word(const std::string& text, const std::string& piece, std::size_t from = 0) {
  for (std::size_t at = text.find(piece, from); at != std::string::npos; at = text.find(piece, at + 1)) {
    const bool starts_word = !letter_at(piece, 0) || !letter_before(text, at);
    const bool ends_word = !letter_before(piece, piece.size()) || !letter_at(text, at + piece.size());
    if (starts_word && ends_word) return at;
  }
  return std::string::npos;
}

bool take_out(std::string& text, const std::string& piece) {
  bool found = false;
  for (std::size_t at = find_word(text, piece); at != std::string::npos; at = find_word(text, piece, at + 1)) {
    text.replace(at, piece.size(), 1, kCut);
    found = true;
  }
  return found;
}

// The literal parts of a printf format: "%s: %s in diesem Netz" -> ": ", " in diesem Netz".
std::vector<std::string> literal_parts(const std::string& format) {
  std::vector<std::string> parts;
  std::string current;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') {
      current += format[i];
      continue;
    }
    if (i + 1 < format.size() && format[i + 1] == '%') {
      current += '%';
      ++i;
      continue;
    }
    std::size_t j = i + 1;  // flags, width, precision and length, then the conversion letter
    while (j < format.size() && std::strchr("0123456789.-+#lhzjt", format[j])) ++j;
    if (!current.empty()) parts.push_back(current);
    current.clear();
    i = j;
  }
  if (!current.empty()) parts.push_back(current);
  return parts;
}

// Without non-letters at either end: "Population: " -> "Population".
std::string trimmed(const std::string& text) {
  std::size_t b = 0, e = text.size();
  while (b < e && !letter_at(text, b)) ++b;
  while (e > b && !letter_before(text, e)) --e;
  return text.substr(b, e - b);
}

void add_format(std::vector<Piece>& pieces, const char* format, unsigned origin) {
  for (const std::string& part : literal_parts(format))
    if (has_letter(part)) pieces.push_back({part, origin});
}

void add_data(std::vector<Piece>& pieces, const std::string& text) {
  if (has_letter(text)) pieces.push_back({text, kData});
}

Language other(Language l) { return l == Language::German ? Language::English : Language::German; }

// What the UI may draw in `shown`: the table rows given out, the explanation phrases and
// component labels (core's own bilingual tables), and the data.
std::vector<Piece> known_pieces(const Dataset& d, Language shown, const std::vector<std::string>& extra_data) {
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < static_cast<std::size_t>(StringId::Count); ++i)
    if (ui::table_row_used(static_cast<StringId>(i))) add_format(pieces, ui::tr_in(shown, static_cast<StringId>(i)), kTable);
  for (std::size_t i = 0; i < static_cast<std::size_t>(PluralId::Count); ++i) {
    if (!ui::plural_row_used(static_cast<PluralId>(i))) continue;
    for (bool one : {true, false}) add_format(pieces, ui::plural_in(shown, static_cast<PluralId>(i), one), kTable);
  }
  const ExplainLanguage explain = shown == Language::German ? ExplainLanguage::De : ExplainLanguage::En;
  for (const std::string& phrase : explanation_phrases(explain)) add_format(pieces, phrase.c_str(), kTable);
  for (MatchComponent c : kMatchComponents)
    add_format(pieces, shown == Language::German ? component_label_de(c) : component_label_en(c), kTable);
  for (const Town& t : d.towns) {
    for (const std::string* s : {&t.id, &t.name, &t.name_alt, &t.country, &t.region, &t.subregion, &t.settlement, &t.note})
      add_data(pieces, *s);
    for (const TownTag& tt : t.tags) add_data(pieces, tt.detail);
  }
  for (const Partnership& p : d.partnerships) {
    add_data(pieces, p.district);
    add_data(pieces, p.notes);
  }
  for (const Source& s : d.sources)
    for (const std::string* x : {&s.id, &s.title, &s.url, &s.licence, &s.attribution}) add_data(pieces, *x);
  for (const Tag& t : d.tags) {
    const std::string& label = shown == Language::German ? t.label_de : t.label_en;
    add_data(pieces, label.empty() ? (shown == Language::German ? t.label_en : t.label_de) : label);
    add_data(pieces, t.id);
    add_data(pieces, t.description);
  }
  for (const IndicatorDef& i : d.indicators) {
    add_data(pieces, shown == Language::German ? i.label_de : i.label_en);
    add_data(pieces, i.unit);
    add_data(pieces, i.description);
  }
  for (const std::string& s : extra_data) add_data(pieces, s);
  // Longest first, so that a short piece never takes a bite out of a longer one; each text once.
  std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
    return a.text.size() != b.text.size() ? a.text.size() > b.text.size() : a.text < b.text;
  });
  std::vector<Piece> unique;
  for (Piece& p : pieces) {
    if (!unique.empty() && unique.back().text == p.text) unique.back().origin |= p.origin;
    else unique.push_back(std::move(p));
  }
  return unique;
}

// The other language's table texts and tag labels (whole words, at least three letters):
// none of them may be drawn.
std::vector<std::string> foreign_texts(const Dataset& d, Language shown) {
  const Language foreign = other(shown);
  std::vector<std::string> out;
  auto add = [&](const std::string& text, const std::string& own) {
    if (text == own) return;
    for (const std::string& part : literal_parts(text)) {
      std::string t = trimmed(part);
      std::size_t letters = 0;
      for (std::size_t i = 0, n = 0; i < t.size(); i += n) letters += is_letter(code_point_at(t, i, n));
      if (letters >= 3 && own.find(t) == std::string::npos) out.push_back(t);
    }
  };
  for (std::size_t i = 0; i < static_cast<std::size_t>(StringId::Count); ++i)
    add(ui::tr_in(foreign, static_cast<StringId>(i)), ui::tr_in(shown, static_cast<StringId>(i)));
  for (std::size_t i = 0; i < static_cast<std::size_t>(PluralId::Count); ++i)
    for (bool one : {true, false})
      add(ui::plural_in(foreign, static_cast<PluralId>(i), one), ui::plural_in(shown, static_cast<PluralId>(i), one));
  for (const Tag& t : d.tags)
    if (!t.label_de.empty() && !t.label_en.empty())
      add(shown == Language::German ? t.label_en : t.label_de, shown == Language::German ? t.label_de : t.label_en);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The words (runs of letters) of `text` with at least `min_letters` letters.
std::vector<std::string> words_of(const std::string& text, std::size_t min_letters) {
  std::vector<std::string> words;
  std::string word;
  std::size_t letters = 0;
  auto flush = [&] {
    if (letters >= min_letters && letters > 0) words.push_back(word);
    word.clear();
    letters = 0;
  };
  for (std::size_t i = 0, n = 0; i < text.size(); i += n) {
    const std::uint32_t cp = code_point_at(text, i, n);
    if (is_letter(cp)) {
      word.append(text, i, n);
      ++letters;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// One run of glyphs being read back: the text so far and where its pen stands.
struct GlyphRun {
  std::string text;
  float pen_end = 0, top = 0, scale = 0, line_start = 0;
};

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

void DrawnTextLog::set_enabled(bool on) {
  enabled_ = on;
  lines_.clear();
  ui::record_table_use(on);
}

void DrawnTextLog::capture(const ImDrawData* draw_data) {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  if (!enabled_ || !draw_data || atlas->Fonts.empty()) return;
  const ImFont* font = atlas->Fonts[0];
  // A glyph quad's first vertex carries the glyph's (U0, V0): the key back to the glyph.
  std::map<std::pair<float, float>, const ImFontGlyph*> glyph_by_uv;
  for (const ImFontGlyph& g : font->Glyphs)
    if (g.Visible) glyph_by_uv.emplace(std::make_pair(g.U0, g.V0), &g);
  const ImFontGlyph* space = font->FindGlyphNoFallback(' ');
  const float space_advance = space ? space->AdvanceX : font->FontSize * 0.25f;
  for (int l = 0; l < draw_data->CmdListsCount; ++l) {
    // Not the background list: the globe's labels, place names by construction (data), which the
    // screen's edge may cut mid-word.
    if (draw_data->CmdLists[l] == ImGui::GetBackgroundDrawList()) continue;
    const ImVector<ImDrawVert>& v = draw_data->CmdLists[l]->VtxBuffer;
    GlyphRun run;
    auto flush = [&] {
      if (!run.text.empty()) lines_.insert(run.text);
      run = GlyphRun();
    };
    for (int i = 0; i + 3 < v.Size;) {
      auto it = glyph_by_uv.find(std::make_pair(v[i].uv.x, v[i].uv.y));
      const ImFontGlyph* g = it == glyph_by_uv.end() ? nullptr : it->second;
      if (!g || v[i + 2].uv.x != g->U1 || v[i + 2].uv.y != g->V1 || g->X1 <= g->X0) {
        flush();  // anything else drawn between glyphs ends a run
        ++i;
        continue;
      }
      const float scale = (v[i + 1].pos.x - v[i].pos.x) / (g->X1 - g->X0);
      const float pen = v[i].pos.x - g->X0 * scale, top = v[i].pos.y - g->Y0 * scale;
      const float space_px = space_advance * scale, line_px = font->FontSize * scale;
      const bool same_size = !run.text.empty() && std::fabs(scale - run.scale) < 1e-3f;
      const float gap = pen - run.pen_end;
      if (same_size && std::fabs(top - run.top) < 0.5f && std::fabs(gap) < 0.3f * space_px) {
        // the next letter of the word
      } else if (same_size && std::fabs(top - run.top) < 0.5f && gap > 0 && gap < 3.5f * space_px) {
        run.text += ' ';
      } else if (same_size && top - run.top > 0.5f * line_px && top - run.top < 1.6f * line_px &&
                 std::fabs(pen - run.line_start) < 1.0f) {
        run.text += ' ';  // the next line of the same wrapped text
        run.line_start = pen;
      } else {
        flush();
        run.line_start = pen;
      }
      append_utf8(run.text, g->Codepoint);
      run.pen_end = pen + g->AdvanceX * scale;
      run.top = top;
      run.scale = scale;
      i += 4;
    }
    flush();
  }
}

std::string DrawnTextLog::report_json(const Dataset& dataset, const std::vector<std::string>& extra_data) const {
  const Language shown = ui::language();
  const std::vector<Piece> pieces = known_pieces(dataset, shown, extra_data);
  const std::vector<std::string> foreign = foreign_texts(dataset, shown);
  // Every word of the table rows given out and of the data, one a line: what is drawn cut off at
  // a window's edge or wrapped inside a word is still part of one of them.
  std::set<std::string> vocabulary;
  for (const Piece& p : pieces)
    for (std::string& w : words_of(p.text, 1)) vocabulary.insert(std::move(w));
  std::string all_words = "\n";
  for (const std::string& w : vocabulary) all_words += w + "\n";
  // A data text cut at a window's edge is still part of it; compared without spaces, since a
  // line wrapped inside a word ("climateemergency.|uk") is read back with one.
  auto without_spaces = [](std::string text) {
    text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
    return text;
  };
  std::string all_data = "\n";
  for (const Piece& p : pieces)
    if (p.origin & kData) all_data += without_spaces(p.text) + "\n";
  nlohmann::json lines = nlohmann::json::array(), others = nlohmann::json::array(), found = nlohmann::json::array();
  for (const std::string& line : lines_) {
    std::string rest = line;
    unsigned origin = 0;
    for (const Piece& p : pieces)
      if (rest.find(p.text) != std::string::npos && take_out(rest, p.text)) origin |= p.origin;
    // The other language's table texts, looked for in each stretch left between known pieces;
    // a stretch that is itself part of a data text (an English source title cut at the panel's
    // edge) is data, and so is a single foreign word that is also a word of the data.
    for (std::size_t start = 0; start < rest.size();) {
      const std::size_t end = std::min(rest.find(kCut, start), rest.size());
      const std::string stretch = rest.substr(start, end - start);
      start = end + 1;
      if (trimmed(stretch).empty() || all_data.find(without_spaces(trimmed(stretch))) != std::string::npos) continue;
      for (const std::string& f : foreign) {
        const bool one_word = f.find(' ') == std::string::npos;
        if (find_word(stretch, f) != std::string::npos && !(one_word && vocabulary.count(f)))
          found.push_back({{"text", f}, {"line", line}});
      }
    }
    std::vector<std::string> left;
    for (const std::string& w : words_of(rest, 2))
      if (all_words.find(w) == std::string::npos) left.push_back(w);
    for (const std::string& w : left) others.push_back({{"word", w}, {"line", line}});
    const char* from = !left.empty()                      ? "other"
                       : origin == (kTable | kData)       ? "table+data"
                       : origin == kTable                 ? "table"
                       : origin == kData                  ? "data"
                                                          : "none";
    lines.push_back({{"text", line}, {"from", from}});
  }
  nlohmann::json j;
  j["language"] = ui::language_code();
  j["lines"] = lines;
  j["other"] = others;
  j["foreign"] = found;
  return j.dump();
}

}  // namespace atlas
