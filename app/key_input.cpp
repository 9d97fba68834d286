// The keyboard in the running app (see key_input.h).
#include "key_input.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "ui/theme.h"

// Dear ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE, app/CMakeLists.txt): they tell the label
// of the control that has the keyboard focus, for the test hook. Nothing else is recorded.
namespace {
struct FocusedItem {
  std::string label;
  ImGuiItemStatusFlags flags = 0;  // checkable, checked (a checkbox)
};
FocusedItem g_focused;       // the control with the focus, as last drawn
FocusedItem g_focused_next;  // being collected in this frame
}  // namespace

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  if (id == 0 || id != ctx->NavId || !label) return;
  std::string text = label;
  const std::size_t hidden = text.find("##");  // the part after ## is an id, not shown
  if (hidden != std::string::npos) text.resize(hidden);
  g_focused_next = {text, flags};
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }

namespace atlas {

namespace {
constexpr int kCarryFrames = 30;  // as ui/search_box.cpp

// The key map's key for a key press; Key::Count when the map has none. Character keys come
// from text input (layout-independent), see typed_key.
Key pressed_key(const SDL_KeyboardEvent& e) {
  const Uint16 mod = e.keysym.mod;
  const bool shift = mod & KMOD_SHIFT, ctrl = mod & KMOD_CTRL, alt = mod & KMOD_ALT;
  switch (e.keysym.sym) {
    case SDLK_LEFT: return alt ? Key::AltLeft : ctrl ? Key::Count : Key::Left;
    case SDLK_RIGHT: return alt || ctrl ? Key::Count : Key::Right;
    case SDLK_UP: return alt || ctrl ? Key::Count : Key::Up;
    case SDLK_DOWN: return alt || ctrl ? Key::Count : Key::Down;
    case SDLK_HOME: return Key::Home;
    case SDLK_PAGEUP: return Key::PageUp;
    case SDLK_PAGEDOWN: return Key::PageDown;
    case SDLK_ESCAPE: return Key::Escape;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return Key::Enter;
    case SDLK_SPACE: return Key::Space;
    case SDLK_TAB: return ctrl ? Key::CtrlTab : shift ? Key::ShiftTab : Key::Tab;
    case SDLK_F6: return Key::F6;
    default: return Key::Count;
  }
}

Key typed_key(const char* text) {
  if (!text || !text[0] || text[1]) return Key::Count;
  switch (text[0]) {
    case '+':
    case '=': return Key::Plus;  // '+' is shifted '=' on English keyboards
    case '-': return Key::Minus;
    case '/': return Key::Slash;
    case '?': return Key::Question;
    case 'l':
    case 'L': return Key::L;
    case 'g':
    case 'G': return Key::G;
    case 'p':
    case 'P': return Key::P;
    default: return Key::Count;
  }
}

// Actions a held key repeats; the others happen once per press.
bool repeats(KeyAction a) {
  return a == KeyAction::OrbitLeft || a == KeyAction::OrbitRight || a == KeyAction::OrbitUp ||
         a == KeyAction::OrbitDown || a == KeyAction::ZoomIn || a == KeyAction::ZoomOut;
}

bool takes_keyboard(const ImGuiWindow* w) {
  return w && !(w->Flags & (ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoNavFocus | ImGuiWindowFlags_Tooltip |
                            ImGuiWindowFlags_ChildWindow));
}

const char* mode_name(KeyMode m) {
  switch (m) {
    case KeyMode::Globe: return "globe";
    case KeyMode::Panel: return "panel";
    case KeyMode::TextEntry: return "text";
    case KeyMode::Presenter: return "presenter";
    default: return "";
  }
}
}  // namespace

void KeyInput::start() { ImGui::GetCurrentContext()->TestEngineHookItems = true; }

void KeyInput::begin_frame(bool presenting) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (presenting) mode_ = KeyMode::Presenter;
  else if (ImGui::GetIO().WantTextInput) mode_ = KeyMode::TextEntry;
  else if (g.NavWindow && !(g.NavWindow->Flags & ImGuiWindowFlags_NoNavInputs)) mode_ = KeyMode::Panel;
  else mode_ = KeyMode::Globe;
  if (mode_ == KeyMode::TextEntry) carry_frames_ = 0;
  else if (carry_frames_ > 0) --carry_frames_;
}

void KeyInput::take_event(const SDL_Event& e) {
  Key key = Key::Count;
  bool repeat = false;
  if (e.type == SDL_KEYDOWN) {
    key = pressed_key(e.key);
    repeat = e.key.repeat != 0;
  } else if (e.type == SDL_TEXTINPUT) {
    key = typed_key(e.text.text);
  }
  if (key == Key::Count || (carry_frames_ > 0 && key != Key::Escape)) return;
  const KeyAction action = key_action(mode_, key);
  if (action == KeyAction::None || (repeat && !repeats(action))) return;
  actions_.push_back(action);
  if (action == KeyAction::FocusSearch) carry_frames_ = kCarryFrames;
}

std::vector<KeyAction> KeyInput::take_actions() {
  std::vector<KeyAction> out;
  out.swap(actions_);
  return out;
}

void KeyInput::focus_panels(const char* preferred) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* target = ImGui::FindWindowByName(preferred);
  if (target && !(target->WasActive && takes_keyboard(target))) target = nullptr;
  // else the panel used last that was shown in the last frame
  for (int i = g.WindowsFocusOrder.Size - 1; i >= 0 && !target; --i) {
    ImGuiWindow* w = g.WindowsFocusOrder[i];
    if (w->WasActive && takes_keyboard(w) && !(w->Flags & ImGuiWindowFlags_Popup)) target = w;
  }
  if (!target) return;
  ImGui::FocusWindow(target);
  g.NavDisableHighlight = false;  // the ring shows at once
  g.NavDisableMouseHover = true;
  if (g.NavId == 0) ImGui::NavInitWindow(target, true);
}

void KeyInput::focus_globe() { ImGui::FocusWindow(nullptr); }

void KeyInput::focus_window(const char* name) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* w = ImGui::FindWindowByName(name);
  if (!w) return;
  ImGui::FocusWindow(w);
  if (g.NavId == 0) ImGui::NavInitWindow(w, true);
}

void KeyInput::draw_focus_ring() {
  // Dear ImGui draws its own ring 2 px wide (the theme's NavHighlight); this one is 3 px in
  // the accent colour with a white line inside, so that it shows on the panel, on a tinted
  // button and over the globe alike.
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g_focused = g_focused_next;
  g_focused_next = {};
  ImGuiWindow* w = g.NavWindow;
  ring_shown_ = w && w->Active && g.NavId != 0 && !g.NavDisableHighlight && !g.NavWindowingTarget;
  if (!ring_shown_) return;
  ImRect r = ImGui::WindowRectRelToAbs(w, w->NavRectRel[g.NavLayer]);
  r.Expand(3.0f);
  r.ClipWith(w->Rect());
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  dl->AddRect(r.Min, r.Max, ui::theme::u32(palette::kAccent), g.Style.FrameRounding + 3.0f, 0, 3.0f);
  dl->AddRect(ImVec2(r.Min.x + 2.5f, r.Min.y + 2.5f), ImVec2(r.Max.x - 2.5f, r.Max.y - 2.5f), IM_COL32(255, 255, 255, 255),
              g.Style.FrameRounding, 0, 1.0f);
  ring_[0] = r.Min.x;
  ring_[1] = r.Min.y;
  ring_[2] = r.Max.x;
  ring_[3] = r.Max.y;
}

std::string KeyInput::describe_json() const {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  nlohmann::json j;
  j["mode"] = mode_name(mode_);
  j["window"] = g.NavWindow ? std::string(g.NavWindow->Name) : std::string();
  j["item"] = g.NavId != 0 ? g_focused.label : std::string();
  j["checkable"] = g.NavId != 0 && (g_focused.flags & ImGuiItemStatusFlags_Checkable) != 0;
  j["checked"] = g.NavId != 0 && (g_focused.flags & ImGuiItemStatusFlags_Checked) != 0;
  j["ring"] = ring_shown_ ? nlohmann::json{ring_[0], ring_[1], ring_[2], ring_[3]} : nlohmann::json();
  return j.dump();
}

}  // namespace atlas
