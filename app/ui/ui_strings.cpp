// The UI string table (see ui_strings.h). One row per StringId: English, German.
#include "ui_strings.h"

namespace atlas::ui {

namespace {

struct Row {
  StringId id;
  const char* en;
  const char* de;
};

constexpr Row kRows[] = {
    {StringId::AppTitle, "Twinning Atlas", "Twinning Atlas"},
    {StringId::AppSubtitle, "Town partnerships between North Rhine-Westphalia and the UK",
     "Städtepartnerschaften zwischen Nordrhein-Westfalen und dem Vereinigten Königreich"},
    {StringId::PanelOverview, "Overview", "Überblick"},
    {StringId::PanelAbout, "About the data", "Über die Daten"},
    {StringId::PanelNotices, "Notices", "Hinweise"},
    {StringId::Towns, "Towns", "Orte"},
    {StringId::Partnerships, "Partnerships", "Partnerschaften"},
    {StringId::NrwUkPartnerships, "NRW–UK partnerships", "Partnerschaften NRW–UK"},
    {StringId::Sources, "Sources", "Quellen"},
    {StringId::LoadingFont, "Loading font", "Schrift wird geladen"},
    {StringId::LoadingData, "Loading data", "Daten werden geladen"},
    {StringId::Parsing, "Reading data", "Daten werden gelesen"},
    {StringId::Ready, "Ready", "Bereit"},
    {StringId::DataProblems, "Data problems (valid records were kept)",
     "Datenprobleme (gültige Einträge wurden übernommen)"},
    {StringId::LinkStateIgnored, "Part of the shared link was ignored", "Ein Teil des geteilten Links wurde ignoriert"},
    {StringId::Dismiss, "Dismiss", "Schließen"},
    {StringId::ShowPanel, "Menu", "Menü"},
    {StringId::HidePanel, "Hide", "Ausblenden"},
    {StringId::SelectedTown, "Selected town", "Gewählter Ort"},
    {StringId::NoSelection, "No town selected", "Kein Ort gewählt"},
    {StringId::ClearSelection, "Clear selection", "Auswahl aufheben"},
    {StringId::Language, "Deutsch", "English"},
};
constexpr bool rows_match_ids() {
  if (sizeof(kRows) / sizeof(kRows[0]) != static_cast<unsigned>(StringId::Count)) return false;
  for (unsigned i = 0; i < sizeof(kRows) / sizeof(kRows[0]); ++i)
    if (static_cast<unsigned>(kRows[i].id) != i) return false;
  return true;
}
static_assert(rows_match_ids(), "every StringId needs exactly one row, in enum order");

Language g_language = Language::English;

}  // namespace

void set_language(Language l) { g_language = l; }
Language language() { return g_language; }

const char* tr(StringId id) {
  const Row& row = kRows[static_cast<int>(id)];
  return g_language == Language::German ? row.de : row.en;
}

}  // namespace atlas::ui
