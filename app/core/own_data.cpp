// A council's own partnership list: CSV and JSON reader, CSV writer (see own_data.h).
#include "own_data.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "dataset.h"
#include "json_tape.h"
#include "town_search.h"

namespace atlas {

namespace {

enum Field : std::size_t { kTown, kPartner, kCountry, kYear, kKind, kStatus, kSource, kTownId, kPartnerId, kFieldCount };
constexpr std::array<const char*, kFieldCount> kKeys = {"town", "partner", "partner_country", "year", "kind",
                                                        "status", "source", "town_id", "partner_id"};

// Header names per field, folded (fold_for_search): English, German, and common spellings.
Field field_of(const std::string& folded, bool& known) {
  static const std::array<std::vector<const char*>, kFieldCount> names = {{
      {"town", "stadt", "gemeinde", "kommune", "kreis", "municipality"},
      {"partner", "partner town", "partnerstadt", "partnergemeinde", "partnerkommune", "twin town"},
      {"partner country", "country", "land", "partnerland", "staat"},
      {"year", "jahr", "seit", "since", "gegrundet", "founded"},
      {"kind", "art", "typ", "type"},
      {"status", "zustand"},
      {"source", "quelle", "url", "link"},
      {"town id"},
      {"partner id"},
  }};
  known = true;
  for (std::size_t f = 0; f < kFieldCount; ++f)
    for (const char* n : names[f])
      if (folded == n) return static_cast<Field>(f);
  known = false;
  return kFieldCount;
}

std::string trim(std::string_view s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return std::string(s.substr(a, b - a));
}

// RFC 4180 records with `sep`; quotes may hold separators and line breaks. `line` of each
// record is where it starts.
struct Record {
  std::size_t line = 0;
  std::vector<std::string> fields;
};

class CsvReader {
 public:
  CsvReader(std::string_view text, char sep) : s_(text), sep_(sep) {}
  bool next(Record& r) {
    r.fields.clear();
    if (i_ >= s_.size()) return false;
    r.line = line_;
    std::string field;
    bool quoted = false, was_quoted = false;
    while (i_ < s_.size()) {
      const char c = s_[i_++];
      if (quoted) {
        if (c == '"' && i_ < s_.size() && s_[i_] == '"') field += '"', ++i_;
        else if (c == '"') quoted = false;
        else {
          if (c == '\n') ++line_;
          field += c;
        }
      } else if (c == '"' && field.empty() && !was_quoted) {
        quoted = was_quoted = true;
      } else if (c == sep_) {
        r.fields.push_back(was_quoted ? field : trim(field));
        field.clear();
        was_quoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i_ < s_.size() && s_[i_] == '\n') ++i_;
        ++line_;
        break;
      } else {
        field += c;
      }
    }
    r.fields.push_back(was_quoted ? field : trim(field));
    return true;
  }

 private:
  std::string_view s_;
  char sep_;
  std::size_t i_ = 0, line_ = 1;
};

bool blank(const Record& r) {
  for (const std::string& f : r.fields)
    if (!f.empty()) return false;
  return true;
}

// The separator of the header line: the more frequent of `;` and `,` (outside quotes), then tab.
char detect_separator(std::string_view text) {
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    comma += c == ',';
    semicolon += c == ';';
    tab += c == '\t';
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma) return '\t';
  return ',';
}

const char* kind_of(const std::string& folded) {
  if (folded == "partnership" || folded == "partnerschaft" || folded == "stadtepartnerschaft" || folded == "twinning")
    return "partnership";
  if (folded == "friendship" || folded == "freundschaft" || folded == "stadtefreundschaft") return "friendship";
  if (folded == "contact" || folded == "kontakt") return "contact";
  return nullptr;
}

const char* status_of(const std::string& folded) {
  if (folded == "active" || folded == "aktiv") return "active";
  if (folded == "dormant" || folded == "ruhend" || folded == "quiet" || folded == "inaktiv") return "dormant";
  if (folded == "ended" || folded == "beendet" || folded == "aufgelost") return "ended";
  return nullptr;
}

// Sets one field of `link` from its text; a problem (field left out, row kept) when it is invalid.
void set_field(OwnLink& link, Field f, const std::string& value, const std::string& column, OwnData& out) {
  auto problem = [&](const std::string& message, OwnDataIssue issue) {
    out.problems.push_back({link.row, column, message, false, issue, {value}, {}});
  };
  switch (f) {
    case kTown: link.town = value; break;
    case kPartner: link.partner = value; break;
    case kCountry: link.partner_country = value; break;
    case kSource: link.source = value; break;
    case kTownId: link.town_id = value; break;
    case kPartnerId: link.partner_id = value; break;
    case kYear: {
      if (value.empty()) break;
      char* end = nullptr;
      const long y = std::strtol(value.c_str(), &end, 10);
      if (*end != '\0' || y < 1800 || y > 2100)
        problem("year '" + value + "' is not a year from 1800 to 2100 (kept without a year)", OwnDataIssue::BadYear);
      else
        link.year = static_cast<int>(y);
      break;
    }
    case kKind: {
      if (value.empty()) break;
      const char* k = kind_of(fold_for_search(value));
      if (k) link.kind = k;
      else problem("kind '" + value + "' is none of partnership, friendship, contact (kept without a kind)", OwnDataIssue::BadKind);
      break;
    }
    case kStatus: {
      if (value.empty()) break;
      const char* s = status_of(fold_for_search(value));
      if (s) link.status = s;
      else problem("status '" + value + "' is none of active, dormant, ended (kept without a status)", OwnDataIssue::BadStatus);
      break;
    }
    case kFieldCount: break;
  }
}

// A row is a link when it names a town and a partner.
void finish_row(OwnLink&& link, const std::array<std::string, kFieldCount>& columns, OwnData& out) {
  if (link.town.empty() || link.partner.empty()) {
    const Field f = link.town.empty() ? kTown : kPartner;
    out.problems.push_back({link.row, columns[f], std::string("no ") + (f == kTown ? "town" : "partner") + " (row left out)", true,
                            f == kTown ? OwnDataIssue::NoTown : OwnDataIssue::NoPartner, {}, {}});
    return;
  }
  out.links.push_back(std::move(link));
}

void refuse(OwnData& out, const std::string& message, OwnDataIssue issue, std::vector<std::string> args = {}) {
  out.refused = true;
  out.problems.push_back({0, "", message, true, issue, std::move(args), {}});
}

void read_csv(std::string_view text, const OwnDataLimits& limits, OwnData& out) {
  CsvReader reader(text, detect_separator(text));
  Record header;
  while (reader.next(header) && blank(header)) {
  }
  std::vector<Field> field_at(header.fields.size(), kFieldCount);
  std::array<std::string, kFieldCount> columns;
  for (std::size_t c = 0; c < header.fields.size(); ++c) {
    bool known = false;
    const Field f = field_of(fold_for_search(header.fields[c]), known);
    if (!known) {
      if (!header.fields[c].empty())
        out.problems.push_back({header.line, header.fields[c], "unknown column, ignored", false, OwnDataIssue::UnknownColumn, {}, {}});
      continue;
    }
    if (!columns[f].empty()) {
      out.problems.push_back({header.line, header.fields[c], "second column for " + std::string(kKeys[f]) + ", ignored", false,
                              OwnDataIssue::SecondColumn, {kKeys[f]}, {}});
      continue;
    }
    field_at[c] = f;
    columns[f] = header.fields[c];
  }
  if (columns[kTown].empty() || columns[kPartner].empty())
    return refuse(out, "the first line must be a header naming at least the columns town and partner "
                       "(or Stadt and Partnerstadt)", OwnDataIssue::NoHeader);
  Record r;
  std::size_t rows = 0;
  while (reader.next(r)) {
    if (blank(r)) continue;
    if (++rows > limits.max_rows)
      return refuse(out, "more than " + std::to_string(limits.max_rows) + " rows: the limit is " +
                             std::to_string(limits.max_rows) + " rows (the rows before line " + std::to_string(r.line) +
                             " were read)", OwnDataIssue::TooManyRows,
                  {std::to_string(limits.max_rows), std::to_string(r.line)});
    OwnLink link;
    link.row = r.line;
    if (r.fields.size() > header.fields.size())
      out.problems.push_back({r.line, "", "more fields than columns in the header; the extra fields are ignored", false,
                              OwnDataIssue::ExtraFields, {}, {}});
    for (std::size_t c = 0; c < r.fields.size() && c < field_at.size(); ++c)
      if (field_at[c] != kFieldCount) set_field(link, field_at[c], r.fields[c], columns[field_at[c]], out);
    finish_row(std::move(link), columns, out);
  }
}

void read_json(std::string_view text, const OwnDataLimits& limits, OwnData& out) {
  jt::Document doc;
  if (!doc.parse(text.data(), text.size()))
    return refuse(out, "not valid JSON at byte " + std::to_string(doc.error_position) + ": " + doc.error_message,
                  OwnDataIssue::BadJson, {std::to_string(doc.error_position), doc.error_message});
  const jt::Value root = doc.root();
  const jt::Value links = root.find("links");
  if (!root.is_object() || !links.is_array())
    return refuse(out, "a JSON file must be an object {\"v\": 1, \"links\": [...]} (data/SCHEMA.md, \"Own data\")",
                  OwnDataIssue::NotAnOwnDataObject);
  if (links.size() > limits.max_rows)
    return refuse(out, std::to_string(links.size()) + " links: the limit is " + std::to_string(limits.max_rows) + " rows",
                  OwnDataIssue::TooManyLinks, {std::to_string(links.size()), std::to_string(limits.max_rows)});
  std::array<std::string, kFieldCount> columns;
  for (std::size_t f = 0; f < kFieldCount; ++f) columns[f] = kKeys[f];
  std::size_t k = 0;
  for (const jt::Value v : links) {
    OwnLink link;
    link.row = ++k;
    if (!v.is_object()) {
      out.problems.push_back({link.row, "", "a link must be an object (row left out)", true, OwnDataIssue::LinkNotObject, {}, {}});
      continue;
    }
    for (std::size_t f = 0; f < kFieldCount; ++f) {
      const jt::Value x = v.find(kKeys[f]);
      if (!x.valid()) continue;
      long long n = 0;
      if (f == kYear && x.integer(n)) {
        set_field(link, kYear, std::to_string(n), columns[f], out);
      } else if (x.is_string()) {
        set_field(link, static_cast<Field>(f), trim(x.str()), columns[f], out);
      } else {
        out.problems.push_back({link.row, columns[f], std::string(kKeys[f]) + " must be a string" +
                                                          (f == kYear ? " or a number" : "") + " (left out)", false,
                                OwnDataIssue::NotAString, {kKeys[f]}, {}});
      }
    }
    finish_row(std::move(link), columns, out);
  }
}

}  // namespace

OwnData read_own_data(std::string_view bytes, const OwnDataLimits& limits) {
  OwnData out;
  if (bytes.size() > limits.max_bytes) {
    refuse(out, "the file has " + std::to_string(bytes.size()) + " bytes: the limit is " +
                    std::to_string(limits.max_bytes / (1024 * 1024)) + " MB",
           OwnDataIssue::FileTooLarge, {std::to_string(bytes.size()), std::to_string(limits.max_bytes / (1024 * 1024))});
    return out;
  }
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.remove_prefix(3);
  std::size_t first = 0;
  while (first < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[first]))) ++first;
  if (first == bytes.size()) {
    refuse(out, "the file is empty", OwnDataIssue::EmptyFile);
    return out;
  }
  if (bytes[first] == '{') read_json(bytes, limits, out);
  else read_csv(bytes, limits, out);
  return out;
}

std::string describe(const OwnDataProblem& p) {
  std::string out = p.row ? "row " + std::to_string(p.row) : std::string("file");
  if (!p.column.empty()) out += ", column " + p.column;
  return out + ": " + p.message;
}

std::string csv_field(const std::string& text) {
  // The reader trims unquoted fields, so a field that trim() would change is quoted too
  // (a data file's town "Bonn  " came back as "Bonn"; found by fuzzing).
  if (trim(text).size() == text.size() && text.find_first_of(",;\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string write_own_data_csv(const std::vector<OwnLink>& links) {
  std::string out;
  for (std::size_t f = 0; f < kFieldCount; ++f) out += std::string(f ? "," : "") + kKeys[f];
  out += "\n";
  for (const OwnLink& l : links) {
    out += csv_field(l.town) + "," + csv_field(l.partner) + "," + csv_field(l.partner_country) + "," +
           (l.year ? std::to_string(l.year) : std::string()) + "," + l.kind + "," + l.status + "," +
           csv_field(l.source) + "," + csv_field(l.town_id) + "," + csv_field(l.partner_id) + "\n";
  }
  return out;
}

std::vector<OwnLink> partnership_links(const Dataset& d, const std::vector<unsigned char>& visible) {
  static const char* const kinds[] = {"partnership", "friendship", "partnership", "contact"};  // a Kreis link is a partnership
  static const char* const statuses[] = {"active", "dormant", "ended"};
  std::vector<OwnLink> out;
  for (PartnershipIndex i = 0; i < d.partnerships.size(); ++i) {
    if (!visible.empty() && (i >= visible.size() || !visible[i])) continue;
    const Partnership& p = d.partnerships[i];
    if (p.a >= d.towns.size() || p.b >= d.towns.size()) continue;
    const Town& a = d.towns[p.a];
    const Town& b = d.towns[p.b];
    OwnLink l;
    l.town = a.name;
    l.town_id = a.id;
    l.partner = b.name;
    l.partner_id = b.id;
    l.partner_country = b.country;
    l.year = p.start_year();
    l.kind = kinds[static_cast<std::size_t>(p.kind)];
    l.status = statuses[static_cast<std::size_t>(p.status)];
    for (std::uint32_t s : p.sources) {
      if (s >= d.sources.size()) continue;
      const std::string& where = d.sources[s].url.empty() ? d.sources[s].title : d.sources[s].url;
      l.source += (l.source.empty() ? "" : " | ") + where;
    }
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace atlas
