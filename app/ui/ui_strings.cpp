// The UI string table (see ui_strings.h). One row per StringId: English, German; one row
// per PluralId: English one/other, German one/other.
#include "ui_strings.h"

#include <bitset>
#include <cstdio>

#include "core/decimal_text.h"
#include "core/digit_grouping.h"

namespace atlas::ui {

namespace {

struct Row {
  StringId id;
  const char* en;
  const char* de;
};

struct PluralRow {
  PluralId id;
  const char* en_one;
  const char* en_other;
  const char* de_one;
  const char* de_other;
};

constexpr PluralRow kPluralRows[] = {
    {PluralId::Towns, "%zu town", "%zu towns", "%zu Ort", "%zu Orte"},
    {PluralId::Partners, "%zu partner", "%zu partners", "%zu Partner", "%zu Partner"},
    {PluralId::Partnerships, "%zu partnership", "%zu partnerships", "%zu Partnerschaft", "%zu Partnerschaften"},
    {PluralId::Sources, "%zu source", "%zu sources", "%zu Quelle", "%zu Quellen"},
    {PluralId::Hops, "%zu hop", "%zu hops", "%zu Schritt", "%zu Schritte"},
    {PluralId::HopsWithin, "%zu hop", "%zu hops", "%zu Schritt", "%zu Schritten"},
    {PluralId::TwinPairs, "%zu twin pair", "%zu twin pairs", "%zu Partnerschaft", "%zu Partnerschaften"},
    {PluralId::TwinTowns, "%zu twin town", "%zu twin towns", "%zu Partnerstadt", "%zu Partnerstädte"},
    {PluralId::Rows, "%zu row", "%zu rows", "%zu Zeile", "%zu Zeilen"},
};
constexpr bool plural_rows_match_ids() {
  if (sizeof(kPluralRows) / sizeof(kPluralRows[0]) != static_cast<unsigned>(PluralId::Count)) return false;
  for (unsigned i = 0; i < sizeof(kPluralRows) / sizeof(kPluralRows[0]); ++i)
    if (static_cast<unsigned>(kPluralRows[i].id) != i) return false;
  return true;
}
static_assert(plural_rows_match_ids(), "every PluralId needs exactly one row, in enum order");

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
    {StringId::LinkTooLongFormat, "The link was ignored: it is longer than %s characters.",
     "Der Link wurde ignoriert: Er ist länger als %s Zeichen."},
    {StringId::LinkVersionUnsupported, "The link was ignored: its version is missing or not supported.",
     "Der Link wurde ignoriert: Seine Version fehlt oder wird nicht unterstützt."},
    {StringId::LinkFieldMalformedFormat, "Ignored from the link: \"%s\" is malformed.",
     "Aus dem Link ignoriert: „%s“ ist fehlerhaft."},
    {StringId::LinkFieldInvalidFormat, "Ignored from the link: \"%s\" is not a valid value.",
     "Aus dem Link ignoriert: „%s“ ist kein gültiger Wert."},
    {StringId::LinkFieldNotInDataFormat, "Ignored from the link: \"%s\" is not in the data.",
     "Aus dem Link ignoriert: „%s“ ist nicht in den Daten."},
    {StringId::Dismiss, "Dismiss", "Schließen"},
    {StringId::ShowPanel, "Menu", "Menü"},
    {StringId::HidePanel, "Hide", "Ausblenden"},
    {StringId::SelectedTown, "Selected town", "Gewählter Ort"},
    {StringId::NoSelection, "No town selected", "Kein Ort gewählt"},
    {StringId::ClearSelection, "Clear selection", "Auswahl aufheben"},
    {StringId::Language, "Deutsch", "English"},
    // [language and plurals, issue 13 item 7]
    {StringId::FilterCountsFormat, "%zu of %s, %s", "%zu von %s, %s"},
    {StringId::WorldCountsFormat, "%s, %s worldwide", "%s, %s weltweit"},
    {StringId::ToolbarReset, "Reset", "Zurücksetzen"},
    {StringId::WorldDownloading, "Downloading the world network…", "Weltnetz wird geladen…"},
    {StringId::WorldBuilding, "Building the world network…", "Weltnetz wird aufgebaut…"},
    // [faults, issue 15 item 3]
    {StringId::WorldDownloadFailed, "The world network could not be downloaded.",
     "Das Weltnetz konnte nicht geladen werden."},
    {StringId::WorldRetry, "Try again", "Erneut versuchen"},
    {StringId::GraphicsContextLost, "The graphics were interrupted; the globe comes back in a moment…",
     "Die Grafik wurde unterbrochen; der Globus kommt gleich zurück…"},
    {StringId::GraphicsNotRestored, "The graphics could not be restored; reloading the page may help.",
     "Die Grafik ließ sich nicht wiederherstellen; die Seite neu zu laden kann helfen."},
    {StringId::DataFileNotLoadedFormat, "%s could not be loaded (%s).", "%s konnte nicht geladen werden (%s)."},
    {StringId::DataFileDamagedFormat, "%s is damaged and was not read (%s).",
     "%s ist beschädigt und wurde nicht gelesen (%s)."},
    {StringId::DataLineColumnFormat, "line %d, column %d", "Zeile %d, Spalte %d"},
    {StringId::DataNoTownsFormat, "The atlas has no towns to show, so it cannot start. %s",
     "Der Atlas hat keine Orte zum Zeigen und kann daher nicht starten. %s"},
    {StringId::UnavailableProfiles, "Goals, challenges and indicators of the towns are unavailable, and so are suggestions based on them.",
     "Ziele, Herausforderungen und Kennzahlen der Orte fehlen, ebenso die Vorschläge, die darauf beruhen."},
    {StringId::UnavailableSources, "The sources of the data are unavailable; records that cite them were left out.",
     "Die Quellen der Daten fehlen; Einträge, die sie nennen, wurden ausgelassen."},
    {StringId::UnavailableTags, "Goals and challenges are unavailable.", "Ziele und Herausforderungen fehlen."},
    {StringId::UnavailablePartnerships, "The partnerships are unavailable.", "Die Partnerschaften fehlen."},
    {StringId::UnavailableWorldMap, "The land and borders of the map are unavailable.",
     "Land und Grenzen der Karte fehlen."},
    {StringId::UnavailablePool,
     "Suggestions are limited to the places the partnerships name; the other candidate places across Europe and the UK are missing.",
     "Vorschläge beschränken sich auf die Orte, die die Partnerschaften nennen; die übrigen möglichen Partnerorte in Europa und im Vereinigten Königreich fehlen."},
    {StringId::UnavailableFont, "A built-in font is used instead.", "Stattdessen wird eine eingebaute Schrift verwendet."},
    {StringId::UnavailableOther, "Its contents are unavailable.", "Sein Inhalt fehlt."},
    {StringId::TooltipKreisFormat, "Kreis: %s", "Kreis: %s"},
    {StringId::TooltipKreis, "Kreis (district)", "Kreis"},
    {StringId::TooltipKreisfreeCity, "kreisfreie Stadt (city outside a Kreis)", "kreisfreie Stadt"},
    {StringId::TooltipCouncilFormat, "Council: %s", "Council: %s"},
    {StringId::TooltipPopulationFormat, "Population: %s", "Einwohner: %s"},
    {StringId::TooltipNoPartners, "No known partners", "Keine bekannten Partner"},
    {StringId::TooltipPartners, "Partners:", "Partner:"},
    {StringId::TooltipMoreFormat, "… and %zu more", "… und %zu weitere"},
    {StringId::TooltipSinceFormat, "since %d", "seit %d"},
    {StringId::TooltipTwoSources, "Confirmed by two sources", "Von zwei Quellen bestätigt"},
    {StringId::TooltipOneSource, "One source", "Eine Quelle"},
    {StringId::TooltipUnverified, "Unverified", "Unbestätigt"},
    {StringId::ThousandsSeparator, ",", "."},
    {StringId::DecimalMark, ".", ","},
    // [end of the language block]
    {StringId::AllKreise, "All Kreise", "Alle Kreise"},
    {StringId::AllYears, "All years", "Alle Jahre"},
    {StringId::BasedOn, "Based on", "Ausgehend von"},
    {StringId::Challenges, "Challenges", "Herausforderungen"},
    {StringId::ColourByCommunity, "Colour by community", "Nach Gemeinschaft färben"},
    {StringId::Confidence, "Confidence", "Verlässlichkeit"},
    {StringId::ConfidenceOne, "one source", "eine Quelle"},
    {StringId::ConfidenceTwo, "two sources", "zwei Quellen"},
    {StringId::ConfidenceUnverified, "unverified", "unbestätigt"},
    {StringId::Countries, "Countries", "Länder"},
    {StringId::England, "England", "England"},
    {StringId::ExistingPartnersFormat, "Existing partners (%zu)", "Bestehende Partner (%zu)"},
    {StringId::FoundingYear, "Founding year", "Gründungsjahr"},
    {StringId::Goals, "Goals", "Ziele"},
    {StringId::GoalsAndChallenges, "Goals and challenges", "Ziele und Herausforderungen"},
    {StringId::GraphBetweennessFormat, "Betweenness: %s", "Betweenness: %s"},
    {StringId::GraphClearPath, "Clear path", "Pfad löschen"},
    {StringId::GraphCommunities, "Communities", "Gemeinschaften"},
    {StringId::GraphCommunityFormat, "Community %u (%s)", "Gemeinschaft %u (%s)"},
    {StringId::GraphCommunityRowFormat, "%u. %s: %s …", "%u. %s: %s …"},
    {StringId::GraphComponentFormat, "Connected component: %s", "Zusammenhangskomponente: %s"},
    {StringId::GraphComponents, "Connected components", "Zusammenhangskomponenten"},
    {StringId::GraphDegreeFormat, "%s: %s in this network", "%s: %s in diesem Netz"},
    {StringId::GraphEdges, "Partnerships (edges)", "Partnerschaften (Kanten)"},
    {StringId::GraphEgoCountFormat, "Highlighted: %s within %s", "Hervorgehoben: %s in bis zu %s"},
    {StringId::GraphEgoHops, "Ego network (hops)", "Ego-Netz (Schritte)"},
    {StringId::GraphLargestComponent, "Largest component", "Größte Komponente"},
    {StringId::GraphModularity, "Modularity", "Modularität"},
    {StringId::GraphNoPathFormat, "No path to %s in this network.", "Kein Pfad zu %s in diesem Netz."},
    {StringId::GraphNodes, "Towns (nodes)", "Orte (Knoten)"},
    {StringId::GraphNotInNetworkFormat, "%s has no partnership in this network.", "%s hat keine Partnerschaft in diesem Netz."},
    {StringId::GraphPath, "Shortest path to ...", "Kürzester Pfad nach ..."},
    {StringId::GraphPathHint, "Town at the other end", "Ort am anderen Ende"},
    {StringId::GraphPathHopsFormat, "%s:", "%s:"},
    {StringId::GraphRankBetweenness, "Top towns by betweenness", "Orte nach Betweenness"},
    {StringId::GraphRankDegree, "Top towns by degree", "Orte nach Grad"},
    {StringId::GraphSelectTown, "Select a town on the globe or in the search.", "Einen Ort auf dem Globus oder in der Suche wählen."},
    {StringId::GraphShowNodeLink, "Show the node-link view (G)", "Knoten-Kanten-Ansicht zeigen (G)"},
    {StringId::GraphPartnersAbroad, "With these towns' partners abroad", "Mit den Partnern dieser Orte im Ausland"},
    {StringId::HelpButton, "Help (?)", "Hilfe (?)"},
    {StringId::HelpIntro, "Search for a town, or click one on the globe. The tabs filter the partnerships, show the chosen town, suggest partners with the reasons, and explore the network. The link in the address bar restores what you see.", "Einen Ort suchen oder auf dem Globus anklicken. Die Reiter filtern die Partnerschaften, zeigen den gewählten Ort, schlagen Partner mit Begründung vor und erkunden das Netz. Der Link in der Adresszeile stellt die Ansicht wieder her."},
    {StringId::HelpTitle, "Help and keyboard shortcuts", "Hilfe und Tastenkürzel"},
    {StringId::InCouncil, "In council", "Im Council"},
    {StringId::InKreis, "In Kreis", "Im Kreis"},
    {StringId::Indicators, "Indicators", "Kennzahlen"},
    {StringId::InheritedMark, "(inherited from the council)", "(vom Council übernommen)"},
    {StringId::InspectorEmpty, "No town selected. Search for a town or click one on the globe.", "Kein Ort gewählt. Einen Ort suchen oder auf dem Globus anklicken."},
    {StringId::JumpToTown, "Select this town and fly there", "Diesen Ort wählen und hinfliegen"},
    {StringId::KeyBack, "Undo a selection (browser back)", "Auswahl rückgängig (Zurück im Browser)"},
    {StringId::KeyGraphView, "Node-link view on/off", "Knoten-Kanten-Ansicht an/aus"},
    {StringId::KeyHelp, "This help on/off", "Diese Hilfe an/aus"},
    {StringId::KeyHome, "Reset the view", "Ansicht zurücksetzen"},
    {StringId::KeyLegend, "Legend on/off", "Legende an/aus"},
    {StringId::KeyNameAltLeft, "Alt+Left", "Alt+Links"},
    {StringId::KeyNameArrows, "Arrow keys", "Pfeiltasten"},
    {StringId::KeyNameEnter, "Enter", "Eingabe"},
    {StringId::KeyNameEscape, "Esc", "Esc"},
    {StringId::KeyNameHome, "Home", "Pos1"},
    {StringId::KeyNameSpace, "Space", "Leertaste"},
    {StringId::KeyOrbit, "Turn the globe", "Globus drehen"},
    {StringId::KeyPlay, "Play the years / pause", "Jahre abspielen / anhalten"},
    {StringId::KeySearch, "Search for a town", "Ort suchen"},
    {StringId::KindContact, "contact", "Kontakt"},
    {StringId::KindFriendship, "friendship", "Freundschaft"},
    {StringId::KindKreis, "Kreis partnership", "Kreispartnerschaft"},
    {StringId::KindPartnership, "partnership", "Partnerschaft"},
    {StringId::KreisFilter, "NRW Kreis", "NRW-Kreis"},
    {StringId::Legend, "Legend", "Legende"},
    {StringId::LegendConfirmed, "Partnership, two sources", "Partnerschaft, zwei Quellen"},
    {StringId::LegendElsewhere, "Town elsewhere", "Ort anderswo"},
    {StringId::LegendHighlight, "Ringed: ego network or path", "Umrandet: Ego-Netz oder Pfad"},
    {StringId::LegendNrw, "NRW town or Kreis", "NRW-Ort oder -Kreis"},
    {StringId::LegendSelectionSuggested, "Suggested for the chosen town", "Vorschlag für den gewählten Ort"},
    {StringId::LegendSize, "Dot size: population", "Punktgröße: Einwohner"},
    {StringId::LegendSuggested, "Suggested partner", "Vorgeschlagener Partner"},
    {StringId::LegendUk, "UK council or town", "UK-Council oder -Ort"},
    {StringId::LegendUnverified, "Dashed: one source or unverified", "Gestrichelt: eine Quelle oder unbestätigt"},
    {StringId::MatchAll, "all of them", "alle davon"},
    {StringId::MatchAny, "any of them", "eines davon"},
    {StringId::MyTownHelp, "Pick your goals and challenges, or start from a town and edit its profile; the suggestions follow at once.", "Ziele und Herausforderungen wählen oder von einem Ort ausgehen und sein Profil ändern; die Vorschläge folgen sofort."},
    {StringId::MyTownMode, "My town", "Meine Stadt"},
    {StringId::NoChallengesRecorded, "No challenge recorded in the data", "Keine Herausforderung in den Daten"},
    {StringId::NoDataMark, " (no data)", " (keine Daten)"},
    {StringId::NoGoalsRecorded, "No goal recorded in the data", "Kein Ziel in den Daten"},
    {StringId::NoPartners, "No partnership in the data", "Keine Partnerschaft in den Daten"},
    {StringId::NoSuggestionsHere, "No suggestions", "Keine Vorschläge"},
    {StringId::CandidatesLoading, "Loading the candidate places…", "Die möglichen Partnerorte werden geladen …"},
    {StringId::NodeLinkTitle, "Network (node-link view)", "Netz (Knoten-Kanten-Ansicht)"},
    {StringId::NorthernIreland, "Northern Ireland", "Nordirland"},
    {StringId::Off, "off", "aus"},
    {StringId::PartnerArea, "Partner in", "Partner in"},
    {StringId::PartnershipTypes, "Kind, status, confidence", "Art, Status, Verlässlichkeit"},
    {StringId::Pause, "Pause", "Anhalten"},
    {StringId::Places, "Places and size", "Orte und Größe"},
    {StringId::PlayYears, "Play year by year", "Jahr für Jahr abspielen"},
    {StringId::PoolEurope, "Europe", "Europa"},
    {StringId::Population, "Population", "Einwohner"},
    {StringId::PopulationHint, "0 = no limit; a town of unknown size fails a set limit", "0 = keine Grenze; Orte unbekannter Größe fallen bei einer Grenze heraus"},
    {StringId::PopulationMaxFormat, "max %d", "max %d"},
    {StringId::PopulationMinFormat, "min %d", "min %d"},
    {StringId::QueryTimeFormat, "computed on this device in %s ms", "auf diesem Gerät berechnet in %s ms"},
    {StringId::ResetFilters, "Reset filters", "Filter zurücksetzen"},
    {StringId::ResetView, "Reset view", "Ansicht zurücksetzen"},
    {StringId::ResetWeights, "Reset weights", "Gewichte zurücksetzen"},
    {StringId::RoleEuropeCandidate, "European town", "Europäischer Ort"},
    {StringId::RoleNrwKreis, "NRW Kreis", "NRW-Kreis"},
    {StringId::RoleNrwMunicipality, "NRW municipality", "NRW-Gemeinde"},
    {StringId::RoleOtherTown, "town abroad", "Ort im Ausland"},
    {StringId::RoleUkCouncil, "UK council", "UK-Council"},
    {StringId::RoleUkPartnerTown, "UK town", "UK-Ort"},
    {StringId::RoleUkRegion, "UK region", "UK-Region"},
    {StringId::ScopeAllNrw, "All NRW partnerships", "Alle NRW-Partnerschaften"},
    {StringId::ScopeNrwUk, "NRW–UK", "NRW–UK"},
    {StringId::Scotland, "Scotland", "Schottland"},
    {StringId::SearchHint, "Search a town (/)", "Ort suchen (/)"},
    {StringId::SearchNoHits, "No town found", "Kein Ort gefunden"},
    {StringId::Selected, "selected", "gewählt"},
    {StringId::ShowSuggested, "Show suggested partners", "Vorgeschlagene Partner zeigen"},
    {StringId::Source, "Source", "Quelle"},
    {StringId::SourcesCountFormat, "%s (hover for the list)", "%s (Liste beim Überfahren)"},
    {StringId::StartEmpty, "Start empty", "Leer beginnen"},
    {StringId::StartFromSelected, "Start from the selected town", "Vom gewählten Ort ausgehen"},
    {StringId::Status, "Status", "Status"},
    {StringId::StatusActive, "active", "aktiv"},
    {StringId::StatusDormant, "dormant", "ruhend"},
    {StringId::StatusEnded, "ended", "beendet"},
    {StringId::SuggestedPartners, "Suggested partners", "Vorgeschlagene Partner"},
    {StringId::SuggestionsForFormat, "Suggestions for %s", "Vorschläge für %s"},
    {StringId::SuggestionsForMyTown, "Suggestions for my town", "Vorschläge für meine Stadt"},
    {StringId::SuggestionsNeedSelection, "Select an NRW town, or switch on \"My town\".", "Einen NRW-Ort wählen oder „Meine Stadt“ einschalten."},
    {StringId::SuggestionsNrwOnly, "Suggestions are made for NRW towns. Select one, or use \"My town\".", "Vorschläge gibt es für NRW-Orte. Einen wählen oder „Meine Stadt“ nutzen."},
    {StringId::TabFilters, "Filters", "Filter"},
    {StringId::TabNetwork, "Network", "Netz"},
    {StringId::TabSuggestions, "Suggest", "Vorschläge"},
    {StringId::TabTown, "Town", "Ort"},
    {StringId::TownsMatchingFormat, "Matching the filters: %s", "Passend zu den Filtern: %s"},
    {StringId::Unknown, "unknown", "unbekannt"},
    {StringId::Wales, "Wales", "Wales"},
    {StringId::Weights, "Weights", "Gewichte"},
    {StringId::YearFromFormat, "from %d", "ab %d"},
    {StringId::YearToFormat, "to %d", "bis %d"},
    {StringId::YearUnknown, "year unknown", "Jahr unbekannt"},
    {StringId::YearUnknownFormat, "Show \"year unknown\" (%zu of %zu)", "„Jahr unbekannt“ zeigen (%zu von %zu)"},
    {StringId::YearUntilFormat, "until %d", "bis %d"},
    {StringId::PoolUkPlaces, "UK places", "UK-Orte"},
    {StringId::PoolUkCouncils, "UK councils & counties (Kreis level)", "UK-Councils & Counties (Kreisebene)"},
    {StringId::PoolLevelPlaces, "Compared with UK places (towns, London boroughs): the level of an NRW municipality.", "Verglichen mit UK-Orten (Städte, Londoner Bezirke): die Ebene einer NRW-Gemeinde."},
    {StringId::PoolLevelCouncils, "Compared with UK councils and counties: the level of an NRW Kreis.", "Verglichen mit UK-Councils und Counties: die Ebene eines NRW-Kreises."},
    {StringId::PoolLevelEurope, "Compared with places elsewhere in Europe and UK places of 10,000 people or more.", "Verglichen mit Orten im übrigen Europa und UK-Orten ab 10.000 Einwohnern."},
    {StringId::PoolLevelFollows, "The UK level follows the selected town: places for a municipality, councils for a Kreis.", "Die UK-Ebene folgt dem gewählten Ort: Orte für eine Gemeinde, Councils für einen Kreis."},
    {StringId::PoolMismatchMunicipality, "A UK council is a larger unit than a municipality; \"UK places\" compares like with like.", "Ein UK-Council ist größer als eine Gemeinde; „UK-Orte“ vergleicht Gleiches mit Gleichem."},
    {StringId::PoolMismatchKreis, "A UK place is a smaller unit than a Kreis; \"UK councils & counties\" compares like with like.", "Ein UK-Ort ist kleiner als ein Kreis; „UK-Councils & Counties“ vergleicht Gleiches mit Gleichem."},
    {StringId::FirstSuggestionsToggle, "First suggestion of every town", "Erster Vorschlag jeder Gemeinde"},
    {StringId::FirstSuggestionsHelp, "Draws the best match of every NRW municipality as a faint line beneath the partnerships (computed once, over a few seconds).", "Zeigt den besten Vorschlag jeder NRW-Gemeinde als blasse Linie unter den Partnerschaften (einmal berechnet, in einigen Sekunden)."},
    {StringId::ComputingFirstsFormat, "Computing first suggestions... %d%%", "Erste Vorschläge werden berechnet... %d%%"},
    {StringId::InCounty, "In county", "In der County"},
    {StringId::RoleUkPlace, "UK place", "UK-Ort"},
    {StringId::InheritedViaFormat, "(via %s, inherited)", "(über %s, übernommen)"},
    {StringId::InheritedViaCountyFormat, "(via %s, inherited from the county: counts at reduced weight)", "(über %s, von der County übernommen: zählt mit geringerem Gewicht)"},
    {StringId::SharedToday, "Shared today", "Heute gemeinsam"},
    {StringId::SharedGoalsFormat, "Goals: %s", "Ziele: %s"},
    {StringId::SharedChallengesFormat, "Challenges: %s", "Herausforderungen: %s"},
    {StringId::SharedPartnersAbroadFormat, "Partners abroad: %s", "Partner im Ausland: %s"},
    {StringId::NoSharedGoalRecorded, "No shared goal recorded (the goal lists are partial)", "Kein gemeinsames Ziel erfasst (die Ziellisten sind unvollständig)"},
    {StringId::NoSharedGoal, "No shared goal (both goal lists are complete)", "Kein gemeinsames Ziel (beide Ziellisten sind vollständig)"},
    {StringId::NoSharedChallengeRecorded, "No shared challenge recorded", "Keine gemeinsame Herausforderung erfasst"},
    {StringId::NoSharedPartnerAbroad, "No shared partner abroad in the data", "Kein gemeinsamer Partner im Ausland in den Daten"},
    {StringId::TooltipSuggestedFormat, "Suggested partner (score %s)", "Vorgeschlagener Partner (Wert %s)"},
    {StringId::TooltipFirstSuggestion, "First suggestion for this town", "Erster Vorschlag für diesen Ort"},
    {StringId::ToolbarWorld, "World", "Welt"},
    {StringId::ToolbarMapOptions, "Map options", "Kartenoptionen"},
    {StringId::ToolbarFold, "Hide options", "Optionen ausblenden"},
    {StringId::PoolHeading, "Compare with", "Vergleichen mit"},
    {StringId::FirstSuggestionsShort, "First suggestions", "Erste Vorschläge"},
    {StringId::ExportPartnershipsCsv, "Download these partnerships (CSV)", "Diese Partnerschaften herunterladen (CSV)"},
    {StringId::ExportSuggestionsCsv, "Download the suggestions (CSV)", "Vorschläge herunterladen (CSV)"},
    {StringId::PrintProfile, "Print profile", "Profil drucken"},
    {StringId::OwnDataTitle, "Own partnership list", "Eigene Partnerliste"},
    {StringId::OwnDataImportButton, "Own list…", "Eigene Liste…"},
    {StringId::OwnDataSummaryFormat, "%s: %s read, %zu with both towns found",
     "%s: %s gelesen, %zu mit beiden Orten gefunden"},
    {StringId::OwnDataRefused, "The file was refused (see below).", "Die Datei wurde abgelehnt (siehe unten)."},
    {StringId::OwnDataMerge, "Merge with the built-in data", "Mit den eingebauten Daten zusammenführen"},
    {StringId::OwnDataReplace, "Replace the built-in data", "Eingebaute Daten ersetzen"},
    {StringId::OwnDataDiscard, "Discard", "Verwerfen"},
    {StringId::OwnDataProblemsFormat, "Problems (%zu)", "Probleme (%zu)"},
    {StringId::OwnDataRowColumnFormat, "row %zu, %s:", "Zeile %zu, %s:"},
    {StringId::OwnDataWholeFile, "file:", "Datei:"},
    {StringId::OwnDataShowCandidates, "Show the closest names", "Ähnlichste Namen zeigen"},
    {StringId::OwnDataAppliedFormat, "Taken in: %zu new, %zu already known (now marked), %zu built-in removed.",
     "Übernommen: %zu neu, %zu schon bekannt (jetzt markiert), %zu eingebaute entfernt."},
    {StringId::OwnDataMark, "own data", "eigene Daten"},
    // The first-visit card.
    {StringId::WelcomeTitle, "Welcome to the Twinning Atlas", "Willkommen beim Twinning Atlas"},
    {StringId::WelcomeText,
     "The globe shows the town partnerships between North Rhine-Westphalia and the United Kingdom, each with "
     "its sources. It also suggests new partners whose goals and challenges match, computed on your device.",
     "Der Globus zeigt die Städtepartnerschaften zwischen Nordrhein-Westfalen und dem Vereinigten Königreich, "
     "jede mit ihren Quellen. Er schlägt auch neue Partner mit passenden Zielen und Herausforderungen vor, "
     "berechnet auf Ihrem Gerät."},
    {StringId::WelcomeFindTown, "Find your town", "Ihren Ort finden"},
    {StringId::WelcomeSuggestedPartners, "See suggested partners", "Vorgeschlagene Partner ansehen"},
    {StringId::WelcomeExploreNetwork, "Explore the network", "Das Netz erkunden"},
    {StringId::WelcomeCloseHint, "Or close this card (Esc) and look around.",
     "Oder diese Karte schließen (Esc) und sich umsehen."},
    // [tours]
    {StringId::ToolbarTour, "Tour", "Tour"},
    {StringId::ToolbarPresent, "Present", "Präsentieren"},
    {StringId::TourPanelTitle, "Tours", "Touren"},
    {StringId::TourPresentShipped, "Present the built-in tour", "Mitgelieferte Tour präsentieren"},
    {StringId::TourShippedFormat, "Built-in tour, 1947 to today: %zu stops", "Mitgelieferte Tour, 1947 bis heute: %zu Stationen"},
    {StringId::TourMyTour, "My tour", "Meine Tour"},
    {StringId::TourName, "Name", "Name"},
    {StringId::TourPresentKept, "Present my tour", "Meine Tour präsentieren"},
    {StringId::TourAddStop, "Add this view as a stop", "Diese Ansicht als Station hinzufügen"},
    {StringId::TourNoStops, "No stops yet: set up a view (a town, filters, the camera) and add it.", "Noch keine Stationen: eine Ansicht einstellen (Ort, Filter, Kamera) und hinzufügen."},
    {StringId::TourStopFormat, "Stop %zu", "Station %zu"},
    {StringId::TourCaptionDe, "Caption (German)", "Text (Deutsch)"},
    {StringId::TourCaptionEn, "Caption (English)", "Text (Englisch)"},
    {StringId::TourDuration, "Seconds in a kiosk (0: default)", "Sekunden im Kiosk (0: Standard)"},
    {StringId::TourShow, "Show", "Zeigen"},
    {StringId::TourUp, "Up", "Hoch"},
    {StringId::TourDown, "Down", "Runter"},
    {StringId::TourDelete, "Delete", "Löschen"},
    {StringId::TourExport, "Export (JSON)", "Exportieren (JSON)"},
    {StringId::TourImport, "Import…", "Importieren…"},
    {StringId::TourClear, "Remove all stops", "Alle Stationen entfernen"},
    {StringId::TourKeptNote, "Kept on this device; P presents, Esc ends.", "Auf diesem Gerät gespeichert; P präsentiert, Esc beendet."},
    {StringId::TourImportedFormat, "Tour \"%s\" imported: %zu stops", "Tour „%s“ importiert: %zu Stationen"},
    {StringId::TourImportProblems, "Problems in the tour file:", "Probleme in der Tour-Datei:"},
    {StringId::TourStopOfFormat, "Stop %zu / %zu", "Station %zu / %zu"},
    {StringId::KioskPaused, "Paused", "Angehalten"},
    {StringId::KioskUnknownTourFormat, "Kiosk: no tour named \"%s\" on this device; showing the built-in tour", "Kiosk: keine Tour „%s“ auf diesem Gerät; die mitgelieferte Tour läuft"},
    {StringId::KeyPresenter, "Presenter mode on / off", "Präsentationsmodus an / aus"},
    {StringId::KeyNextStop, "Next stop", "Nächste Station"},
    {StringId::KeyPreviousStop, "Previous stop", "Vorige Station"},
    {StringId::KeyEndPresenter, "End presenter mode", "Präsentationsmodus beenden"},
    // [/tours]
    {StringId::PictureExportButton, "Picture of the globe (PNG)", "Bild des Globus (PNG)"},
    {StringId::PictureWidthScreen, "Screen size", "Bildschirmgröße"},
    {StringId::PictureWidthFormat, "%d px wide", "%d px breit"},
    {StringId::PictureAttributionFormat,
     "Twinning Atlas. Data: Destatis (dl-de/by-2-0); ONS, OS, mySociety (OGL v3.0); GeoNames, JRC GCoM, mySociety IMD "
     "(CC BY 4.0); Wikipedia contributors (CC BY-SA 4.0); Wikidata; Natural Earth; Eurocities; climateemergency.uk; "
     "%zu further cited sources (listed in About the data).",
     "Twinning Atlas. Daten: Destatis (dl-de/by-2-0); ONS, OS, mySociety (OGL v3.0); GeoNames, JRC GCoM, mySociety IMD "
     "(CC BY 4.0); Wikipedia-Autoren (CC BY-SA 4.0); Wikidata; Natural Earth; Eurocities; climateemergency.uk; "
     "%zu weitere zitierte Quellen (aufgeführt unter Über die Daten)."},
    {StringId::PictureClampedFormat, "The picture is %d × %d px: this device draws at most %d × %d px.",
     "Das Bild hat %d × %d px: dieses Gerät zeichnet höchstens %d × %d px."},
    {StringId::PictureFailed, "The picture could not be drawn on this device.",
     "Das Bild konnte auf diesem Gerät nicht gezeichnet werden."},
    {StringId::LegendOwnData, "Partnership from your own list", "Partnerschaft aus der eigenen Liste"},
    {StringId::OwnIssueFileTooLarge, "the file has {0} bytes: the limit is {1} MB",
     "die Datei hat {0} Bytes: die Grenze ist {1} MB"},
    {StringId::OwnIssueEmptyFile, "the file is empty",
     "die Datei ist leer"},
    {StringId::OwnIssueNoHeader, "the first line must be a header naming at least the columns town and partner (or Stadt and Partnerstadt)",
     "die erste Zeile muss eine Kopfzeile mit mindestens den Spalten Stadt und Partnerstadt (oder town und partner) sein"},
    {StringId::OwnIssueTooManyRows, "more than {0} rows: the limit is {0} rows (the rows before line {1} were read)",
     "mehr als {0} Zeilen: die Grenze ist {0} Zeilen (die Zeilen vor Zeile {1} wurden gelesen)"},
    {StringId::OwnIssueBadJson, "not valid JSON at byte {0}: {1}",
     "kein gültiges JSON bei Byte {0}: {1}"},
    {StringId::OwnIssueNotAnOwnDataObject, "a JSON file must be an object {\"v\": 1, \"links\": [...]} (data/SCHEMA.md, \"Own data\")",
     "eine JSON-Datei muss ein Objekt {\"v\": 1, \"links\": [...]} sein (data/SCHEMA.md, \"Own data\")"},
    {StringId::OwnIssueTooManyLinks, "{0} links: the limit is {1} rows",
     "{0} Einträge: die Grenze ist {1} Zeilen"},
    {StringId::OwnIssueUnknownColumn, "unknown column, ignored",
     "unbekannte Spalte, ignoriert"},
    {StringId::OwnIssueSecondColumn, "second column for {0}, ignored",
     "zweite Spalte für {0}, ignoriert"},
    {StringId::OwnIssueExtraFields, "more fields than columns in the header; the extra fields are ignored",
     "mehr Felder als Spalten in der Kopfzeile; die übrigen Felder werden ignoriert"},
    {StringId::OwnIssueLinkNotObject, "a link must be an object (row left out)",
     "ein Eintrag muss ein Objekt sein (Zeile ausgelassen)"},
    {StringId::OwnIssueNotAString, "{0} has the wrong type (left out)",
     "{0} hat den falschen Typ (ausgelassen)"},
    {StringId::OwnIssueBadYear, "year '{0}' is not a year from 1800 to 2100 (kept without a year)",
     "Jahr „{0}“ ist kein Jahr von 1800 bis 2100 (ohne Jahr übernommen)"},
    {StringId::OwnIssueBadKind, "kind '{0}' is none of partnership, friendship, contact (kept without a kind)",
     "Art „{0}“ ist keine von Partnerschaft, Freundschaft, Kontakt (ohne Art übernommen)"},
    {StringId::OwnIssueBadStatus, "status '{0}' is none of active, dormant, ended (kept without a status)",
     "Status „{0}“ ist keiner von aktiv, ruhend, beendet (ohne Status übernommen)"},
    {StringId::OwnIssueNoTown, "no town (row left out)",
     "keine Stadt (Zeile ausgelassen)"},
    {StringId::OwnIssueNoPartner, "no partner (row left out)",
     "keine Partnerstadt (Zeile ausgelassen)"},
    {StringId::OwnIssueUnknownCountry, "country '{0}' not known; the partner is matched in any country",
     "Land „{0}“ unbekannt; die Partnerstadt wird in allen Ländern gesucht"},
    {StringId::OwnIssueAmbiguousName, "'{0}' matches {1} places: choose one (row left out until then)",
     "„{0}“ passt auf {1} Orte: bitte einen wählen (Zeile bis dahin ausgelassen)"},
    {StringId::OwnIssueUnknownName, "'{0}' is no known town (row left out)",
     "„{0}“ ist kein bekannter Ort (Zeile ausgelassen)"},
    {StringId::OwnIssueSelfPartner, "a town cannot partner itself (row left out)",
     "ein Ort kann nicht sein eigener Partner sein (Zeile ausgelassen)"},
    {StringId::OwnDataChoose, "Choose:",
     "Wählen:"},
    {StringId::OwnDataChosenFormat, "'%s' is now %s (every row with this name).",
     "„%s“ ist jetzt %s (alle Zeilen mit diesem Namen)."},
    // [keys]
    {StringId::KeyModeGlobe, "When the globe has the keyboard", "Wenn der Globus die Tastatur hat"},
    {StringId::KeyModePanel, "In a panel (focus ring)", "In einem Bereich (Fokusrahmen)"},
    {StringId::KeyModeTextEntry, "While typing in a field", "Beim Tippen in einem Feld"},
    {StringId::KeyModePresenter, "In presenter mode", "Im Präsentationsmodus"},
    {StringId::KeyNameLeft, "Left arrow", "Pfeil links"},
    {StringId::KeyNameRight, "Right arrow", "Pfeil rechts"},
    {StringId::KeyNameUp, "Up arrow", "Pfeil hoch"},
    {StringId::KeyNameDown, "Down arrow", "Pfeil runter"},
    {StringId::KeyNamePageUp, "PageUp", "Bild auf"},
    {StringId::KeyNamePageDown, "PageDown", "Bild ab"},
    {StringId::KeyNameTab, "Tab", "Tab"},
    {StringId::KeyNameShiftTab, "Shift+Tab", "Umschalt+Tab"},
    {StringId::KeyNameCtrlTab, "Ctrl+Tab", "Strg+Tab"},
    {StringId::KeyZoomIn, "Zoom in", "Vergrößern"},
    {StringId::KeyZoomOut, "Zoom out", "Verkleinern"},
    {StringId::KeyClearSelection, "Clear the selection", "Auswahl aufheben"},
    {StringId::KeyFocusPanels, "Go to the panels", "Zu den Bereichen"},
    {StringId::KeyNextControl, "Next control", "Nächstes Bedienelement"},
    {StringId::KeyPreviousControl, "Previous control", "Voriges Bedienelement"},
    {StringId::KeyMoveFocus, "Move the focus", "Fokus bewegen"},
    {StringId::KeyActivate, "Press the control in the focus ring", "Bedienelement im Fokusrahmen betätigen"},
    {StringId::KeyNextPanel, "Next panel", "Nächster Bereich"},
    {StringId::KeyLeaveToGlobe, "Back to the globe (closes help and the welcome card)", "Zurück zum Globus (schließt Hilfe und Begrüßungskarte)"},
    {StringId::KeyConfirm, "Confirm (search: take the first hit)", "Bestätigen (Suche: ersten Treffer nehmen)"},
    {StringId::KeyStopTyping, "Stop typing (the focus stays)", "Tippen beenden (der Fokus bleibt)"},
    // [/keys]
};
constexpr bool rows_match_ids() {
  if (sizeof(kRows) / sizeof(kRows[0]) != static_cast<unsigned>(StringId::Count)) return false;
  for (unsigned i = 0; i < sizeof(kRows) / sizeof(kRows[0]); ++i)
    if (static_cast<unsigned>(kRows[i].id) != i) return false;
  return true;
}
static_assert(rows_match_ids(), "every StringId needs exactly one row, in enum order");

Language g_language = Language::English;
// The test hook's record (record_table_use): rows given out since recording began.
bool g_recording = false;
std::bitset<static_cast<std::size_t>(StringId::Count)> g_rows_used;
std::bitset<static_cast<std::size_t>(PluralId::Count)> g_plurals_used;

}  // namespace

void set_language(Language l) { g_language = l; }
Language language() { return g_language; }
const char* language_code() { return g_language == Language::German ? "de" : "en"; }

const char* tr_in(Language language, StringId id) {
  const Row& row = kRows[static_cast<int>(id)];
  return language == Language::German ? row.de : row.en;
}

const char* tr(StringId id) {
  if (g_recording) g_rows_used.set(static_cast<std::size_t>(id));
  return tr_in(g_language, id);
}

const char* plural_in(Language language, PluralId id, bool one) {
  const PluralRow& row = kPluralRows[static_cast<int>(id)];
  if (language == Language::German) return one ? row.de_one : row.de_other;
  return one ? row.en_one : row.en_other;
}

std::string number_text(long long n) { return group_digits(n, tr_in(g_language, StringId::ThousandsSeparator)[0]); }

std::string decimal_number_text(double value, int decimals) {
  return decimal_text(value, decimals, tr_in(g_language, StringId::DecimalMark)[0],
                      tr_in(g_language, StringId::ThousandsSeparator)[0]);
}

std::string link_notice_text(const LinkNotice& notice) {
  StringId id = StringId::LinkFieldInvalidFormat;
  switch (notice.kind) {
    case LinkNoticeKind::TooLong: id = StringId::LinkTooLongFormat; break;
    case LinkNoticeKind::UnsupportedVersion: return tr(StringId::LinkVersionUnsupported);
    case LinkNoticeKind::Malformed: id = StringId::LinkFieldMalformedFormat; break;
    case LinkNoticeKind::InvalidValue: id = StringId::LinkFieldInvalidFormat; break;
    case LinkNoticeKind::NotInData: id = StringId::LinkFieldNotInDataFormat; break;
  }
  std::string text = tr(id);
  const std::size_t at = text.find("%s");
  if (at != std::string::npos) text.replace(at, 2, notice.field);
  return text;
}

std::string count_text(PluralId id, std::size_t n) {
  if (g_recording) g_plurals_used.set(static_cast<std::size_t>(id));
  // Every plural row holds one "%zu": the count goes in with its thousands separator.
  std::string text = plural_in(g_language, id, n == 1);
  const std::size_t at = text.find("%zu");
  if (at != std::string::npos) text.replace(at, 3, number_text(static_cast<long long>(n)));
  return text;
}

void record_table_use(bool on) {
  g_recording = on;
  g_rows_used.reset();
  g_plurals_used.reset();
}
bool table_row_used(StringId id) { return g_rows_used.test(static_cast<std::size_t>(id)); }
bool plural_row_used(PluralId id) { return g_plurals_used.test(static_cast<std::size_t>(id)); }

}  // namespace atlas::ui
