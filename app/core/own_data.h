// A council's own partnership list, as it keeps it: a spreadsheet saved as CSV (header with at
// least `town,partner`; optional `partner_country,year,kind,status,source`; German headers such
// as `Stadt,Partnerstadt,Land,Jahr,Art,Status,Quelle` too; `,` or `;` separated, quoted fields,
// a UTF-8 BOM and Windows line ends are fine) or the JSON form in data/SCHEMA.md ("Own data").
// The reader keeps every valid row and reports every problem with its row and column; it
// never throws, and refuses files over the limits with a message that gives them. The writer
// produces the same CSV, so that an export of the app reads back in unchanged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace atlas {

struct OwnDataLimits {
  std::size_t max_bytes = 10u * 1024u * 1024u;
  std::size_t max_rows = 100000;
};

// One partnership as the file states it (names, not ids: see name_resolver.h).
struct OwnLink {
  std::size_t row = 0;          // CSV: line of the record (the header is line 1); JSON: index + 1
  std::string town, partner;    // as written, trimmed
  std::string partner_country;  // as written (ISO code or name), may be empty
  int year = 0;                 // 0: not given
  std::string kind;             // "", "partnership", "friendship", "contact"
  std::string status;           // "", "active", "dormant", "ended"
  std::string source;           // a URL or a note, may be empty
  std::string town_id, partner_id;  // dataset ids where the file gives them (the app's export does)
};

// What a problem is, so that the app can word it in its own language from its string table;
// OwnDataProblem::message is the English wording (the CLI prints it). The comment names the
// problem's `args`, in order.
enum class OwnDataIssue : std::uint8_t {
  FileTooLarge,        // bytes, limit in MB
  EmptyFile,           //
  NoHeader,            //
  TooManyRows,         // limit, line the reading stopped at
  BadJson,             // byte, the parser's message (English)
  NotAnOwnDataObject,  //
  TooManyLinks,        // links, limit
  UnknownColumn,       //
  SecondColumn,        // the field's key
  ExtraFields,         //
  LinkNotObject,       //
  NotAString,          // the field's key (year: "a string or a number")
  BadYear,             // the value
  BadKind,             // the value
  BadStatus,           // the value
  NoTown,              //
  NoPartner,           //
  UnknownCountry,      // the value
  AmbiguousName,       // the name, the number of places (candidates: them)
  UnknownName,         // the name (candidates: the closest names)
  SelfPartner,         //
};

struct OwnDataProblem {
  std::size_t row = 0;     // 0: the file as a whole
  std::string column;      // the column (CSV header as written, JSON key); empty for the row
  std::string message;     // in English
  bool row_dropped = false;  // true: the row is not among the links; false: kept, that field left out
  OwnDataIssue issue = OwnDataIssue::EmptyFile;
  std::vector<std::string> args;           // the values the message names (see OwnDataIssue)
  std::vector<std::uint32_t> candidates;   // names: the towns (TownIndex) to choose from, best first
};

struct OwnData {
  std::vector<OwnLink> links;
  std::vector<OwnDataProblem> problems;
  bool refused = false;  // the file as a whole could not be read (limits, no header, bad JSON)
};

// CSV or JSON, told apart by the first non-blank byte (`{` = JSON).
OwnData read_own_data(std::string_view bytes, const OwnDataLimits& limits = {});

// "row 12, column Jahr: year '19x7' is not a year from 1800 to 2100 (kept without a year)".
std::string describe(const OwnDataProblem& problem);

// A CSV field, quoted (RFC 4180) when it holds a separator (`,` or `;`), a quote or a line break,
// or starts or ends with white space (which the reader trims from unquoted fields).
std::string csv_field(const std::string& text);

// The links as CSV with the English header; read_own_data reads it back unchanged.
std::string write_own_data_csv(const std::vector<OwnLink>& links);

struct Dataset;
// The partnerships marked in `visible` (one flag per partnership; empty = all) as links of the
// own-data schema with the dataset's ids, NRW side first: the app's partnership export. Sources
// are the URLs of the partnership's sources (titles where a source has none), separated by " | ".
std::vector<OwnLink> partnership_links(const Dataset& dataset, const std::vector<unsigned char>& visible);

}  // namespace atlas
