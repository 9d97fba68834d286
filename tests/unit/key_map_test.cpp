// The key map (core/key_map.h): one action per key in each mode, and a way between modes.
#include "core/key_map.h"

#include <gtest/gtest.h>

namespace atlas {
namespace {

TEST(KeyMap, NoKeyDoesTwoThingsInOneMode) {
  for (const KeyConflict& c : key_conflicts(key_bindings()))
    ADD_FAILURE() << "mode " << int(c.mode) << " key " << int(c.key) << " does actions " << int(c.first) << " and "
                  << int(c.second);
}

TEST(KeyMap, ConflictsAreFoundOncePerKey) {
  const std::vector<KeyBinding> table = {{KeyMode::Globe, Key::Escape, KeyAction::ClearSelection},
                                         {KeyMode::Panel, Key::Escape, KeyAction::LeaveToGlobe},
                                         {KeyMode::Globe, Key::Escape, KeyAction::ToggleHelp},
                                         {KeyMode::Globe, Key::Escape, KeyAction::ZoomIn},
                                         {KeyMode::Globe, Key::F6, KeyAction::FocusPanels},
                                         {KeyMode::Globe, Key::F6, KeyAction::FocusPanels}};
  const std::vector<KeyConflict> found = key_conflicts(table);
  ASSERT_EQ(found.size(), 1u);  // the same key in another mode, or bound twice to one action, is fine
  EXPECT_EQ(found[0].mode, KeyMode::Globe);
  EXPECT_EQ(found[0].key, Key::Escape);
  EXPECT_EQ(found[0].first, KeyAction::ClearSelection);
  EXPECT_EQ(found[0].second, KeyAction::ToggleHelp);
}

TEST(KeyMap, EveryModeHasAWayToTheNext) {
  EXPECT_EQ(key_action(KeyMode::Globe, Key::F6), KeyAction::FocusPanels);
  EXPECT_EQ(key_action(KeyMode::Globe, Key::Tab), KeyAction::FocusPanels);
  EXPECT_EQ(key_action(KeyMode::Panel, Key::Escape), KeyAction::LeaveToGlobe);
  EXPECT_EQ(key_action(KeyMode::Panel, Key::F6), KeyAction::LeaveToGlobe);
  EXPECT_EQ(key_action(KeyMode::TextEntry, Key::Escape), KeyAction::StopTyping);
  EXPECT_EQ(key_action(KeyMode::Presenter, Key::Escape), KeyAction::EndPresenter);
  EXPECT_EQ(key_action(KeyMode::Globe, Key::P), KeyAction::TogglePresenter);
}

TEST(KeyMap, ArrowsTurnTheGlobeAndMoveThePanelFocus) {
  EXPECT_EQ(key_action(KeyMode::Globe, Key::Left), KeyAction::OrbitLeft);
  EXPECT_EQ(key_action(KeyMode::Globe, Key::Down), KeyAction::OrbitDown);
  EXPECT_EQ(key_action(KeyMode::Panel, Key::Left), KeyAction::MoveFocus);
  EXPECT_EQ(key_action(KeyMode::Presenter, Key::Right), KeyAction::NextStop);
  EXPECT_EQ(key_action(KeyMode::TextEntry, Key::Left), KeyAction::None);  // the text cursor's, not the app's
}

TEST(KeyMap, RowsListEachActionOnceWithAllItsKeys) {
  const std::vector<KeyMapRow> rows = key_map_rows(KeyMode::Presenter);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].action, KeyAction::NextStop);
  EXPECT_EQ(rows[0].keys, (std::vector<Key>{Key::PageDown, Key::Space, Key::Right}));
  EXPECT_EQ(rows[1].action, KeyAction::PreviousStop);
  EXPECT_EQ(rows[1].keys, (std::vector<Key>{Key::PageUp, Key::Left}));
  std::size_t bound = 0;
  for (KeyMode m : {KeyMode::Globe, KeyMode::Panel, KeyMode::TextEntry, KeyMode::Presenter})
    for (const KeyMapRow& r : key_map_rows(m)) bound += r.keys.size();
  EXPECT_EQ(bound, key_bindings().size());  // every binding is listed in the help
}

TEST(KeyMap, EveryModeIsListed) {
  for (KeyMode m : {KeyMode::Globe, KeyMode::Panel, KeyMode::TextEntry, KeyMode::Presenter})
    EXPECT_FALSE(key_map_rows(m).empty()) << int(m);
}

}  // namespace
}  // namespace atlas
