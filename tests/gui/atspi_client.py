#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader sees of one application, read over the real AT-SPI bus (the bus Orca uses).

Used by atspi_test, which runs the widgets in its own process and answers these calls from its event loop.

  atspi_client.py PID tree          JSON list of the showing nodes, depth first, in the application's order:
                                    role, name, states, actions and extents (desktop coordinates)
  atspi_client.py PID press NAME    does the first action (Press, Toggle) of the showing node named NAME
"""
import json
import sys
import time

import pyatspi

INTERESTING_STATES = {
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_FOCUSABLE: "focusable",
    pyatspi.STATE_FOCUSED: "focused",
    pyatspi.STATE_SENSITIVE: "sensitive",
    pyatspi.STATE_SHOWING: "showing",
    pyatspi.STATE_EDITABLE: "editable",
}


def find_application(pid, seconds=20.0):
    """The application of PID on the desktop; Qt registers it once the bus it watches for has started."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == pid:
                return app
        time.sleep(0.1)
    sys.exit("no application with process %d on the AT-SPI bus" % pid)


def actions_of(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def describe(node):
    states = node.getState()
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        extents = (box.x, box.y, box.width, box.height)
    except NotImplementedError:  # a cell of a table, say: it has no place of its own
        extents = (0, 0, 0, 0)
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "states": [word for state, word in INTERESTING_STATES.items() if states.contains(state)],
        "actions": actions_of(node),
        "x": extents[0],
        "y": extents[1],
        "width": extents[2],
        "height": extents[3],
    }


def walk(node, out, depth=0):
    """Depth first, skipping what does not show (another screen of a stack, a hidden button)."""
    if depth > 0 and not node.getState().contains(pyatspi.STATE_SHOWING):
        return
    if depth > 0:
        out.append((node, describe(node)))
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, out, depth + 1)


def main():
    pid = int(sys.argv[1])
    command = sys.argv[2]
    nodes = []
    walk(find_application(pid), nodes)
    if command == "tree":
        print(json.dumps([info for _, info in nodes]))
    elif command == "press":
        name = sys.argv[3]
        for node, info in nodes:
            if info["name"] == name and info["actions"]:
                node.queryAction().doAction(0)
                print(json.dumps({"pressed": name, "action": info["actions"][0], "role": info["role"]}))
                return
        sys.exit("no showing node named %r with an action" % name)
    else:
        sys.exit("unknown command " + command)


if __name__ == "__main__":
    main()
