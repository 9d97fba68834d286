#!/usr/bin/env python3
"""Clicks a window's close button the way a window manager does, for desktop_test.sh.

    close_window.py PID

Under Xvfb there is no window manager to draw a title bar, so this sends what one sends when
the close button is clicked: a WM_PROTOCOLS client message holding WM_DELETE_WINDOW, to the
top-level window whose _NET_WM_PID is PID. It uses libX11 through ctypes (libx11-6 comes with
xvfb and SDL2), so the test needs no extra package. Exit 0 when the message was sent, 1 when
no window of that process exists yet, 2 when the display cannot be opened.
"""
import ctypes
import os
import sys

CLIENT_MESSAGE = 33
XA_CARDINAL = 6


class ClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("data", ctypes.c_long * 5)]


class Event(ctypes.Union):
    """Xlib's XEvent: every event kind padded to 24 longs."""
    _fields_ = [("client_message", ClientMessageEvent), ("pad", ctypes.c_long * 24)]


def load_xlib():
    x = ctypes.CDLL("libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                             ctypes.POINTER(ctypes.c_ulong),
                             ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                             ctypes.POINTER(ctypes.c_uint)]
    x.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long,
                                     ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
                                     ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
                                     ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                                     ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte))]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                             ctypes.POINTER(Event)]
    x.XFree.argtypes = [ctypes.c_void_p]
    x.XFlush.argtypes = [ctypes.c_void_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return x


def window_pid(x, display, window, pid_atom):
    kind, fmt = ctypes.c_ulong(), ctypes.c_int()
    count, after = ctypes.c_ulong(), ctypes.c_ulong()
    value = ctypes.POINTER(ctypes.c_ubyte)()
    if x.XGetWindowProperty(display, window, pid_atom, 0, 1, 0, XA_CARDINAL, ctypes.byref(kind),
                            ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after),
                            ctypes.byref(value)) != 0 or not value:
        return None
    pid = ctypes.cast(value, ctypes.POINTER(ctypes.c_ulong))[0] if count.value == 1 and fmt.value == 32 else None
    x.XFree(value)
    return pid


def top_level_windows(x, display):
    root, parent = ctypes.c_ulong(), ctypes.c_ulong()
    children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
    if not x.XQueryTree(display, x.XDefaultRootWindow(display), ctypes.byref(root), ctypes.byref(parent),
                        ctypes.byref(children), ctypes.byref(count)):
        return []
    windows = [children[i] for i in range(count.value)]
    if children:
        x.XFree(children)
    return windows


def main():
    pid = int(sys.argv[1])
    x = load_xlib()
    display = x.XOpenDisplay(os.environ.get("DISPLAY", "").encode())
    if not display:
        print("cannot open display %r" % os.environ.get("DISPLAY"), file=sys.stderr)
        return 2
    pid_atom = x.XInternAtom(display, b"_NET_WM_PID", 0)
    targets = [w for w in top_level_windows(x, display) if window_pid(x, display, w, pid_atom) == pid]
    for window in targets:
        event = Event()
        message = event.client_message
        message.type = CLIENT_MESSAGE
        message.window = window
        message.message_type = x.XInternAtom(display, b"WM_PROTOCOLS", 0)
        message.format = 32
        message.data[0] = x.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        message.data[1] = 0  # CurrentTime
        x.XSendEvent(display, window, 0, 0, ctypes.byref(event))
    x.XFlush(display)
    x.XCloseDisplay(display)
    if not targets:
        print("no window with _NET_WM_PID %d" % pid, file=sys.stderr)
        return 1
    print("sent WM_DELETE_WINDOW to %d window(s) of process %d" % (len(targets), pid))
    return 0


if __name__ == "__main__":
    sys.exit(main())
