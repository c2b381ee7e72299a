#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that packaging/debian-packages.txt names everything the build and the tests use.

A fresh Debian 12 machine gets exactly what install-deps.sh installs from that list. So every file the build and
the tests touch must come from a package in the list, from a package those depend on, or from the base system
(Priority required or important). Three kinds of file are checked:

  headers   every header the compiler read, from Ninja's dependency log (ninja -t deps)
  libraries every shared library the built programs load (ldd on each ELF file in the build folder)
  programs  every outside program the tests and scripts run, found in their sources: words of shell lines,
            string literals in C++ tests, find_program() and COMMAND in CMake files

A miss names the file, the package it comes from and the line to add to the list.

Usage: dependency_check.py <build-dir> <source-dir> [--list FILE]
  --list FILE  check against another package list (the test uses this to prove a missing package is caught)
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

OWN_PACKAGE = "healthhub"


def read_list(path):
    """The packages a list names, by kind; every alternative of an "a|b" line counts as named."""
    named = {}
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            if len(words) != 2 or words[0] not in ("build", "test", "run", "recommend"):
                sys.exit(f"{path}:{number}: expected '<build|test|run|recommend> <package>', found: {line.strip()}")
            for choice in words[1].split("|"):
                named[choice] = words[0]
    return named


def run(command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def installed_packages():
    """Every installed package with its priority."""
    priorities = {}
    for line in run(["dpkg-query", "-W", "-f", "${Package} ${Priority} ${db:Status-Status}\n"]).splitlines():
        name, priority, status = (line.split() + ["", "", ""])[:3]
        if status == "installed":
            priorities[name] = priority
    return priorities


def closure(roots, installed):
    """The roots and every installed package they depend on (Depends and PreDepends, recursively)."""
    present = sorted(root for root in roots if root in installed)
    if not present:
        return set()
    output = run(["apt-cache", "depends", "--recurse", "--installed", "--no-recommends", "--no-suggests",
                  "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances"] + present)
    reached = set()
    for line in output.splitlines():
        if line and not line[0].isspace() and not line.startswith("<"):
            reached.add(line.strip().split(":")[0])
    return reached


def normalise(path):
    """One spelling for a path whatever Debian's merged /usr does: /lib, /bin and /sbin are /usr/..."""
    for top in ("/lib", "/lib64", "/bin", "/sbin"):
        if path == top or path.startswith(top + "/"):
            return "/usr" + path
    return path


def file_owners():
    """Installed file -> package, read from dpkg's own lists (one pass; dpkg -S per file would be slow)."""
    owners = {}
    for listing in glob.glob("/var/lib/dpkg/info/*.list"):
        package = os.path.basename(listing)[: -len(".list")].split(":")[0]
        with open(listing, encoding="utf-8", errors="replace") as stream:
            for line in stream:
                owners.setdefault(normalise(line.rstrip("\n")), package)
    return owners


def owner_of(path, owners):
    for candidate in (path, os.path.realpath(path)):
        package = owners.get(normalise(os.path.normpath(candidate)))
        if package:
            return package
    return None


def headers(build):
    """Headers outside the project that the compiler read, from Ninja's log."""
    found = set()
    output = run(["ninja", "-C", build, "-t", "deps"])
    for line in output.splitlines():
        if line.startswith(" ") and line.strip().startswith("/"):
            found.add(line.strip())
    return found


def elf_files(build):
    for folder, dirs, files in os.walk(build):
        dirs[:] = [d for d in dirs if d not in ("CMakeFiles", "_CPack_Packages", "package")]
        for name in files:
            path = os.path.join(folder, name)
            if os.path.islink(path) or not os.access(path, os.X_OK) and not name.endswith(".so"):
                continue
            with open(path, "rb") as stream:
                if stream.read(4) == b"\x7fELF":
                    yield path


def libraries(build):
    """Shared libraries the built programs load, with ldd (it resolves each to its file)."""
    found = set()
    for program in elf_files(build):
        result = subprocess.run(["ldd", program], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            match = re.search(r"=>\s*(/\S+)", line) or re.match(r"\s*(/\S+)\s+\(", line)
            if match:
                found.add(match.group(1))
    return found


def system_programs():
    names = {}
    for folder in ("/usr/local/bin", "/usr/local/sbin", "/usr/bin", "/usr/sbin", "/bin", "/sbin"):
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                names.setdefault(name, os.path.join(folder, name))
    return names


def program_words(source):
    """Words in the tests' and scripts' sources that could start a program, with where each was seen."""
    seen = {}

    def note(word, where):
        seen.setdefault(word, where)

    scripts = glob.glob(f"{source}/packaging/*.sh") + glob.glob(f"{source}/.ci/*")
    scripts += glob.glob(f"{source}/tests/**/*.sh", recursive=True)
    for path in scripts:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                code = line.split(" #", 1)[0] if not line.lstrip().startswith("#") else ""
                code = re.sub(r"\"[^\"$]*\"|'[^']*'", " ", code)  # quoted text is a message, not a command
                for word in re.findall(r"(?<![\w$/.-])([a-z][a-z0-9_.+-]*[a-z0-9])(?![\w/=-])", code):
                    note(word, f"{os.path.relpath(path, source)}:{number}")
    for path in glob.glob(f"{source}/tests/**/*.cpp", recursive=True) + glob.glob(f"{source}/tests/**/*.h",
                                                                                   recursive=True):
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                for word in re.findall(r"\"([a-z][a-z0-9_.+-]*[a-z0-9])\"", line):
                    note(word, f"{os.path.relpath(path, source)}:{number}")
    for path in glob.glob(f"{source}/**/CMakeLists.txt", recursive=True) + glob.glob(f"{source}/cmake/*.cmake"):
        if "/build/" in path:
            continue
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                for word in re.findall(r"find_program\(\s*\w+\s+(?:NAMES\s+)?([\w.+-]+)|COMMAND\s+([\w.+-]+)", line):
                    note(word[0] or word[1], f"{os.path.relpath(path, source)}:{number}")
    return seen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build")
    parser.add_argument("source")
    parser.add_argument("--list", default=None)
    arguments = parser.parse_args()
    build = os.path.abspath(arguments.build)
    source = os.path.abspath(arguments.source)
    list_path = arguments.list or os.path.join(source, "packaging", "debian-packages.txt")

    for tool in ("ninja", "ldd", "dpkg-query", "apt-cache"):
        if not shutil.which(tool):
            sys.exit(f"dependency_check: {tool} is missing; it comes with the build tools in {list_path}")

    named = read_list(list_path)
    installed = installed_packages()
    missing_from_machine = sorted(name for name in named if name not in installed and "|" not in name)
    reached = closure(set(named) | {"build-essential"}, installed)
    base = {name for name, priority in installed.items() if priority in ("required", "important")}
    base |= closure(base, installed)
    allowed = reached | base | {OWN_PACKAGE}
    owners = file_owners()

    misses = []
    checked = 0
    list_name = os.path.relpath(list_path, source) if list_path.startswith(source + "/") else list_path

    def check(path, kind, what, where=None):
        nonlocal checked
        checked += 1
        if path.startswith(source + "/") or path.startswith(build + "/"):
            return
        package = owner_of(path, owners)
        place = f" (used at {where})" if where else ""
        if package is None:
            misses.append(f"{what} {path}{place} belongs to no Debian package: it was installed by hand, "
                          f"so a fresh machine will not have it")
        elif package not in allowed:
            misses.append(f"{what} {path}{place} comes from the package {package}, which {list_name} does not "
                          f"reach; add the line: {kind} {package}")

    for header in sorted(headers(build)):
        check(header, "build", "header")
    for library in sorted(libraries(build)):
        check(library, "build", "library")
    programs = system_programs()
    for word, where in sorted(program_words(source).items()):
        if word in programs:
            check(programs[word], "test", "program", where)

    for name in missing_from_machine:
        print(f"note: {name} is in the list but not installed here (run packaging/install-deps.sh)")
    if misses:
        for miss in misses:
            print(f"MISSING: {miss}")
        print(f"dependency_check: {len(misses)} of {checked} files come from packages the list does not reach")
        return 1
    print(f"dependency_check: all {checked} headers, libraries and programs come from the {len(named)} listed "
          f"packages ({len(reached)} with what they depend on) or the base system")
    return 0


if __name__ == "__main__":
    sys.exit(main())
