// Town search box (see search_box.h).
#include "search_box.h"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>

#include "item_rects.h"
#include "theme.h"
#include "ui_strings.h"

namespace atlas::ui {

namespace {
constexpr std::size_t kMaxHits = 8;
constexpr int kCarryFrames = 30;  // a '/' whose box never activates stops collecting

// '/' focuses the search box (ExploreController), but ImGui activates the box a frame or
// two later, ignores the characters of the frame it activates in and selects all: "/"
// followed at once by "Bottrop" gave "ottrop". So from a '/' typed outside a text field
// until a box activates, the characters typed are taken out of ImGui's queue (nor are
// they shortcuts meanwhile) and written into the box when it becomes active.
struct KeystrokeCarry {
  bool armed = false;
  int armed_frame = 0, scanned_frame = -1;
  ImVector<ImWchar> chars;
};
KeystrokeCarry g_carry;

void collect_keystrokes_after_slash() {
  ImGuiIO& io = ImGui::GetIO();
  const int frame = ImGui::GetFrameCount();
  if (g_carry.scanned_frame == frame) return;  // several boxes, one scan per frame
  g_carry.scanned_frame = frame;
  if (io.WantTextInput) {  // a text field is active: its own typing
    g_carry.armed = false;
    g_carry.chars.clear();
    return;
  }
  if (g_carry.armed && frame - g_carry.armed_frame > kCarryFrames) {
    g_carry.armed = false;
    g_carry.chars.clear();
  }
  ImVector<ImWchar> kept;
  for (ImWchar ch : io.InputQueueCharacters) {
    if (g_carry.armed) {
      g_carry.chars.push_back(ch);
    } else {
      kept.push_back(ch);  // the '/' itself stays: it is the shortcut
      if (ch == '/') {
        g_carry.armed = true;
        g_carry.armed_frame = frame;
        g_carry.chars.clear();
      }
    }
  }
  io.InputQueueCharacters.swap(kept);
}

// Runs while the box is active: on its first frame, the carried characters go in at the
// end (ImGui's select-all on activation would let the next key replace them).
int insert_carried_keystrokes(ImGuiInputTextCallbackData* data) {
  if (!g_carry.armed) return 0;
  g_carry.armed = false;
  if (data->SelectionStart != data->SelectionEnd && !g_carry.chars.empty()) {
    int from = std::min(data->SelectionStart, data->SelectionEnd);
    data->DeleteChars(from, std::abs(data->SelectionEnd - data->SelectionStart));
  }
  std::string utf8;
  for (ImWchar ch : g_carry.chars) {
    const unsigned c = ch;
    if (c < 0x20 || c == 0x7F) continue;
    if (c < 0x80) {
      utf8 += char(c);
    } else if (c < 0x800) {
      utf8 += char(0xC0 | (c >> 6));
      utf8 += char(0x80 | (c & 0x3F));
    } else {
      utf8 += char(0xE0 | (c >> 12));
      utf8 += char(0x80 | ((c >> 6) & 0x3F));
      utf8 += char(0x80 | (c & 0x3F));
    }
  }
  g_carry.chars.clear();
  data->CursorPos = data->BufTextLen;
  if (!utf8.empty()) data->InsertChars(data->BufTextLen, utf8.c_str());
  data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
  return 0;
}
}  // namespace

const char* role_label(TownRole role) {
  switch (role) {
    case TownRole::NrwMunicipality: return tr(StringId::RoleNrwMunicipality);
    case TownRole::NrwKreis: return tr(StringId::RoleNrwKreis);
    case TownRole::UkCouncil: return tr(StringId::RoleUkCouncil);
    case TownRole::UkRegion: return tr(StringId::RoleUkRegion);
    case TownRole::UkPartnerTown: return tr(StringId::RoleUkPartnerTown);
    case TownRole::EuropeCandidate: return tr(StringId::RoleEuropeCandidate);
    default: return tr(StringId::RoleOtherTown);
  }
}

const char* town_kind_label(const Town& town) {
  if (town.role == TownRole::EuropeCandidate && town.country == "GB") return tr(StringId::RoleUkPlace);
  return role_label(town.role);
}

TownIndex draw_search_box(SearchBoxModel& m) {
  ImGui::PushID(m.id);
  collect_keystrokes_after_slash();
  // A click in this frame focuses the clicked window at the frame's end, which cancels a
  // focus request made now (Dear ImGui 1.90, UpdateMouseMovingWindowEndFrame): a click and
  // "/" in one frame left the box unfocused. Such a request waits for the next frame.
  const bool clicked = ImGui::IsMouseClicked(ImGuiMouseButton_Left) || ImGui::IsMouseClicked(ImGuiMouseButton_Right);
  if (m.focus && !clicked) {  // the panel takes the focus too (it may not have it: the first-visit card had)
    ImGui::SetWindowFocus();
    ImGui::SetKeyboardFocusHere();
    m.focus = false;
  }
  ImGui::SetNextItemWidth(-FLT_MIN);
  // The box holds what the search reads (kMaxSearchQueryBytes), not more.
  const std::size_t box_size = std::min(m.text_size, kMaxSearchQueryBytes + 1);
  bool enter = ImGui::InputTextWithHint("##search", m.hint, m.text, box_size,
                                        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
                                        insert_carried_keystrokes);
  m.active = ImGui::IsItemActive();
  if (m.last_query != m.text) {
    m.last_query = m.text;
    m.hits = m.search.search(m.text, kMaxHits);
  }
  TownIndex chosen = kNoIndex;
  if (enter && !m.hits.empty()) chosen = m.hits.front().town;
  if (m.text[0] != '\0' && m.hits.empty()) ImGui::TextDisabled("%s", tr(StringId::SearchNoHits));
  for (std::size_t i = 0; i < m.hits.size() && chosen == kNoIndex; ++i) {
    const SearchHit& h = m.hits[i];
    const Town& t = m.dataset.towns[h.town];
    ImGui::PushID(static_cast<int>(i));
    std::string label = t.name;
    if (h.matched != t.name) label += "  (" + h.matched + ")";
    if (ImGui::Selectable(label.c_str(), false, 0, theme::row_size())) chosen = h.town;
    if (i == 0) note_item_rect((std::string(m.id) + "-hit").c_str());  // [touch] a row's tap height is checked
    ImGui::SameLine();
    // Where it is (council, Kreis, nation or country), so same-name places differ.
    const std::string where = search_hit_context(m.dataset, h.town);
    if (where.empty()) ImGui::TextDisabled("%s", town_kind_label(t));
    else ImGui::TextDisabled("%s · %s", where.c_str(), town_kind_label(t));
    ImGui::PopID();
  }
  if (chosen != kNoIndex) {
    m.text[0] = '\0';
    m.last_query.clear();
    m.hits.clear();
  }
  ImGui::PopID();
  return chosen;
}

}  // namespace atlas::ui
