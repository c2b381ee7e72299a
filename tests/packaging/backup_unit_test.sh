#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The nightly backup, tested as systemd runs it: this takes the ExecStart line of
# packaging/systemd/healthhub-backup.service, points its paths at made-up records in a temporary folder,
# hands over the passphrase the way LoadCredential= does ($CREDENTIALS_DIRECTORY/passphrase), and runs it.
# Usage: backup_unit_test.sh <healthhub binary> <source dir>
set -euo pipefail

binary=$1
source=$2
unit="$source/packaging/systemd/healthhub-backup.service"
failures=0
check() { # check <description> <command...>
    local what=$1
    shift
    if "$@"; then
        echo "ok - $what"
    else
        echo "not ok - $what"
        failures=$((failures + 1))
    fi
}

work=$(mktemp -d /tmp/healthhub-backup-test-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/records" "$work/backups" "$work/credentials"
cat >"$work/healthhub.ini" <<INI
[terminal]
role = console
hub_name = Made-up Test Hub
data_dir = $work/records
INI
passphrase='made-up test passphrase 1234'
printf '%s\n' "$passphrase" >"$work/credentials/passphrase"
chmod 600 "$work/credentials/passphrase"

HEALTHHUB_PASSPHRASE="$passphrase" "$binary" admin init --config "$work/healthhub.ini" >"$work/init.log" 2>&1 ||
    { cat "$work/init.log"; echo "not ok - admin init"; exit 1; }

check "the unit takes the passphrase from a root-only credential file" \
    grep -qx 'LoadCredential=passphrase:/etc/healthhub/backup-passphrase' "$unit"
exec_line=$(sed -n 's/^ExecStart=//p' "$unit")
check "the unit has one ExecStart line" test "$(grep -c '^ExecStart=' "$unit")" -eq 1
check "the passphrase is read from the credential, never the command line" \
    grep -q -- '--passphrase-fd 3 3<"$CREDENTIALS_DIRECTORY/passphrase"' <<<"$exec_line"

run_unit() { # run_unit <keep> <log file>
    local line=$exec_line
    line=${line//\/usr\/bin\/healthhub/$binary}
    line=${line//\/etc\/healthhub\/healthhub.ini/$work/healthhub.ini}
    line=${line//\/var\/backups\/healthhub/$work/backups}
    line=${line//--keep 14/--keep $1}
    # No HEALTHHUB_PASSPHRASE here: the credential is the only source, as under systemd.
    env -u HEALTHHUB_PASSPHRASE CREDENTIALS_DIRECTORY="$work/credentials" bash -c "$line" </dev/null >"$2" 2>&1
}

for round in 1 2 3; do
    check "backup run $round exits 0" run_unit 14 "$work/run$round.log"
done
count=$(find "$work/backups" -name '*.db' | wc -l)
check "three runs leave three backups (found $count)" test "$count" -eq 3
check "the passphrase is never printed" bash -c "! grep -qF '$passphrase' '$work'/run*.log"
for db in "$work"/backups/*.db; do
    check "$(basename "$db") is encrypted (no SQLite header)" \
        bash -c "[[ \$(head -c 15 '$db' | tr -d '\\0') != 'SQLite format 3' ]]"
done

check "a fourth run with --keep 2 exits 0" run_unit 2 "$work/run4.log"
count=$(find "$work/backups" -name '*.db' | wc -l)
check "two backups left (found $count)" test "$count" -eq 2

# Without the credential the unit fails plainly instead of waiting for a prompt.
rm "$work/credentials/passphrase"
if run_unit 14 "$work/run5.log"; then
    echo "not ok - a missing credential must fail"
    failures=$((failures + 1))
else
    echo "ok - a missing credential fails ($(head -c 120 "$work/run5.log" | tr '\n' ' '))"
fi

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed"
    for log in "$work"/run*.log; do echo "== $log"; cat "$log"; done
    exit 1
fi
echo "all backup unit checks passed"
