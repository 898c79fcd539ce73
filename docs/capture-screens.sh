#!/usr/bin/env bash
# Captures the browser's main screens from the real binary in tmux, as docs/browser.md shows them.
# Usage: docs/capture-screens.sh [path/to/ess] > screens.md   (default: .build/debug/ess)
set -euo pipefail
ess=$(realpath "${1:-.build/debug/ess}")
socket="ess-docs-$$"
t() { tmux -L "$socket" -f /dev/null "$@"; }
trap 't kill-server 2>/dev/null || true' EXIT

# Waits until the screen holds $1 and stops changing, then prints it as a fenced block titled $2.
shot() {
    local previous="" screen=""
    for _ in $(seq 1 100); do
        screen=$(t capture-pane -p -t s)
        if [[ "$screen" == *"$1"* && "$screen" == "$previous" ]]; then break; fi
        previous=$screen
        sleep 0.05
    done
    printf '%s\n\n```\n%s\n```\n\n' "$2" "$screen"
}
keys() { t send-keys -t s "$@"; }

start() {
    t kill-server 2>/dev/null || true
    socket="ess-docs-$$-$1"
    t new-session -d -x "$1" -y "$2" -s s "env TERM=xterm-256color LC_ALL=$3 $ess; sleep 60"
}

start 80 24 fr_FR.UTF-8
shot "q quitter" "Programmes at 80×24 (French):"
keys j j j j j j j Tab
for _ in $(seq 1 80); do
    keys j
    t capture-pane -p -t s | grep -q "││▶  →" && break
done
shot "││▶  →" "PROGRESS, detail pane focused, a link chosen:"
keys Enter
shot " › " "After Enter on the link (the trail grows; Backspace comes back):"
keys BSpace Escape
keys r; t send-keys -t s -l "rhone"
shot "Rhône-Alpes →" "The region picker, typing « rhone »:"
keys Escape s; t send-keys -t s -l "economie sociale"
shot "Rechercher dans tout le catalogue" "Search over every record (s), results grouped by type:"
keys Escape 5
shot "Périodes des programmes" "The timeline (5):"
keys 1 ']'
shot "││ Résumé" "Programmes, after ] brought the page's next heading to its top:"
keys t
shot "Sommaire ·" "The page's table of contents (t): Enter scrolls the page to the chosen heading:"
keys Escape
keys '?'
shot "Aide — toutes les touches" "Help (?), generated from the key map:"
keys Escape
t resize-window -t s -x 70 -y 20
shot "trop petit" "Below 80×24:"

start 120 40 en_US.UTF-8
keys 2; t send-keys -t s -l "/cress"; keys Enter
shot "? help" "Actors at 120×40 (English), filtered with « /cress »:"
