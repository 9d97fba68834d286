// Every text the UI shows, in one table with a German and an English column, so the
// language switch (and translators) touch one place. Look up with tr(StringId).
#pragma once

namespace atlas::ui {

enum class Language { English, German };

enum class StringId {
  AppTitle,
  AppSubtitle,
  PanelOverview,
  PanelAbout,
  PanelNotices,
  Towns,
  Partnerships,
  NrwUkPartnerships,
  Sources,
  LoadingFont,
  LoadingData,
  Parsing,
  Ready,
  DataProblems,
  LinkStateIgnored,
  Dismiss,
  ShowPanel,
  HidePanel,
  SelectedTown,
  NoSelection,
  ClearSelection,
  Language,
  Count  // keep last
};

void set_language(Language language);
Language language();
const char* tr(StringId id);

}  // namespace atlas::ui
