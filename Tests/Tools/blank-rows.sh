#!/usr/bin/env bash
# Counts the rows of a dashboard screen that hold nothing but spaces and
# box-drawing characters (issue 10, "use the room"): runs tablero in a tmux
# terminal of WxH, captures the pane and counts.
#
#   Tests/Tools/blank-rows.sh WxH [tablero arguments...]
#   Tests/Tools/blank-rows.sh 300x90 sample-data --window 30d --as-of latest
set -eu
size=$1; shift
bin=${TABLERO:-.build/release/tablero}
s=blankrows$$
trap 'tmux kill-session -t $s 2>/dev/null' EXIT
tmux new-session -d -s $s -x "${size%x*}" -y "${size#*x}" "env TERM=xterm-256color $(printf '%q ' "$bin" "$@"); sleep 3600"
sleep "${WAIT:-3}"
tmux capture-pane -p -t $s > /tmp/blankrows.$$
total=$(wc -l < /tmp/blankrows.$$)
# Box drawing (U+2500–U+257F) and the ASCII border characters.
blank=$(grep -cvP '[^\s\x{2500}-\x{257F}+|\-]' /tmp/blankrows.$$ || true)
echo "$size $*: $blank of $total rows blank apart from borders"
[ -n "${SHOW:-}" ] && cat /tmp/blankrows.$$
rm -f /tmp/blankrows.$$
