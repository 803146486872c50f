#!/usr/bin/env bash
# The Windows program, built and tested on this Linux machine (and in CI, .ci/run):
#  1. MinGW-w64 Qt and QtKeychain from pinned sources (scripts/windows-toolchain.sh; cached, about
#     20 minutes the first time);
#  2. the host's tools (zoho-iconrender, the Zoho emulator) in build-windows/host;
#  3. the program and its tests cross-built in build-windows/, the program deployed with what it
#     needs into build-windows/deploy/ (what the installer carries, nothing of the tests), the NSIS
#     installer built with makensis into build-windows/;
#  4. under Wine, in a fresh WINEPREFIX on a private X server: the unit tests, the command line
#     against the emulator on loopback (Credential Manager included), the wizard's pages drawn to PNG
#     (build-windows/screenshots/), and the installer (silent per-user install, uninstall, reinstall).
# Ends with "N passed, N failed"; the exit status is nonzero when anything failed.
#   scripts/test-windows.sh [--skip-build]    --skip-build: test what build-windows/ holds
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/build-windows"
host="$out/host"
deploy="$out/deploy"
results="$out/results"
# qt_standard_project_setup() puts every program of a Windows build at the build folder's top,
# beside the DLLs it makes: the program, the tests and the benchmarks.
bin="$out"
skip_build=0
[[ "${1:-}" == "--skip-build" ]] && skip_build=1

if [[ $skip_build == 0 ]]; then
    "$root/scripts/install-deps.sh" --windows
    prefix=$("$root/scripts/windows-toolchain.sh" | tail -n1)
else
    prefix=$("$root/scripts/windows-toolchain.sh" --print-prefix)
fi
[[ -x "$prefix/bin/qt-cmake" ]] || { echo "No Windows Qt at $prefix" >&2; exit 1; }

if [[ $skip_build == 0 ]]; then
    # What runs on this machine: the icon renderer (at build time) and the emulator (in the tests).
    mkdir -p "$out"
    cmake -S "$root" -B "$host" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DZOHO_ONBOARDING_BUILD_TESTS=ON -DZOHO_ONBOARDING_FUZZ=OFF >"$out/host-configure.log" 2>&1 ||
        { cat "$out/host-configure.log" >&2; exit 1; }
    cmake --build "$host" --target zoho-iconrender zoho-emulator

    # Release, as shipped; the tests with it, the fuzz targets (clang, Linux) without.
    "$prefix/bin/qt-cmake" -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DZOHO_ONBOARDING_BUILD_TESTS=ON -DZOHO_ONBOARDING_FUZZ=OFF -DZOHO_ONBOARDING_WERROR=ON \
        -DZOHO_ICONRENDER="$host/app/zoho-iconrender"
    cmake --build "$out"

    rm -rf "$out/install" "$deploy"
    cmake --install "$out" --prefix "$out/install" --strip >/dev/null
    mv "$out/install/bin" "$deploy"
    rm -rf "$out/install"
    rm -f "$out"/zoho-onboarding-*-windows-x64.exe
    (cd "$out" && cpack -G NSIS >"$out/cpack.log" 2>&1) || { tail -n 30 "$out/cpack.log" >&2; exit 1; }
fi
installer=$(ls "$out"/zoho-onboarding-*-windows-x64.exe)

# ---------------------------------------------------------------------------------------------
# Under Wine. From here each check says PASS or FAIL and the run goes on: a failed condition must
# not end the script (errexit would, at the first [[ … ]] that is false).
set +e
passed=0
failed=0
failures=()
pass() { passed=$((passed + 1)); echo "PASS  $1"; }
fail() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL  $1${2:+: $2}"; }
# A Windows path for a Linux one (Wine's Z: drive is /).
winpath() { local p=${1//\//\\}; echo "Z:$p"; }

rm -rf "$results" "$out/screenshots"
mkdir -p "$results" "$out/screenshots"
export WINEPREFIX="$out/wineprefix"
wineserver -k 2>/dev/null || true
rm -rf "$WINEPREFIX"
export WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko installer dialogs, no menu entries in the Linux desktop.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset WINEPATH WINEQT_PLUGIN_PATH ZOHO_ONBOARDING_ACCOUNTS_SERVERS

# A private X server for Wine's windows (the wizard's own window, the installer's).
xvfb_log="$results/xvfb.log"
exec 8>"$results/xvfb.display"
Xvfb -displayfd 8 -screen 0 1280x1024x24 -nolisten tcp >"$xvfb_log" 2>&1 &
xvfb_pid=$!
emulator_pid=
cleanup() {
    [[ -n "$emulator_pid" ]] && kill "$emulator_pid" 2>/dev/null || true
    wineserver -k 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 100); do
    [[ -s "$results/xvfb.display" ]] && break
    sleep 0.1
done
DISPLAY=":$(head -n1 "$results/xvfb.display")"
export DISPLAY

started=$SECONDS
wineboot -i >"$results/wineboot.log" 2>&1
wineserver -w
# Wine links the profile's Desktop, Documents, Downloads, … (and Templates) to the Linux home: the
# prefix gets folders of its own, so that nothing a test or the installer writes there lands in the
# home, and the tests' leak scan of the profile (ZOHO_TEST_SANDBOX) reads the profile only, not
# the whole home through six links (which took longer than a test's 300 s).
find "$WINEPREFIX/drive_c/users" -type l | while read -r link; do
    rm "$link" && mkdir "$link"
done
echo "Wine prefix ready in $((SECONDS - started)) s ($(wine --version))"

# The tests run from the build with Qt's own folder on the search path; the deployed program and
# the installed one run without it, so a missing DLL or plugin shows.
# MinGW's own runtime (libstdc++, libgcc_s, winpthread) comes from the compiler's folders, as the
# deployment takes it.
runtime_dirs=()
for runtime in libstdc++-6.dll libwinpthread-1.dll; do
    runtime_dirs+=("$(winpath "$(dirname "$(realpath "$(x86_64-w64-mingw32-g++-posix -print-file-name=$runtime)")")")")
done
# Wine hands a Windows program none of the QT_* variables (nor VK_*) of its Linux environment: a
# QT_X for the program is given as WINEQT_X, which Wine passes on as QT_X.
qt_env=(WINEPATH="$(winpath "$prefix/bin");${runtime_dirs[0]};${runtime_dirs[1]}" WINEQT_PLUGIN_PATH="$(winpath "$prefix/plugins")")

# The offscreen platform (the tests' screenshots) reads its fonts from Qt's lib/fonts, which the
# toolchain does not have: the host's DejaVu, as Wine sees it.
fonts=/usr/share/fonts/truetype/dejavu

# make_certificates FOLDER: runs the openssl commands a test asked for in FOLDER/openssl-requests.txt
# (one a line, arguments separated by tabs), in FOLDER, in order.
make_certificates() {
    local folder=$1 arguments
    while IFS=$'\t' read -r -a arguments; do
        (cd "$folder" && openssl "${arguments[@]}") >>"$folder/openssl.log" 2>&1 ||
            { echo "      openssl ${arguments[*]} failed; see $folder/openssl.log"; return 1; }
    done <"$folder/openssl-requests.txt"
}

# --- unit tests ------------------------------------------------------------------------------
# QtTest writes nothing to Wine's console: the results go to a file (-o FILE,txt). Each test has
# 300 s, but the wizard's end to end, which walks and draws every page many times: about three
# minutes under Wine on an idle 2-core machine, more beside other work.
declare -A time_limit=([tst_wizard]=600)
run_qtest() {
    local name=$1; shift
    local exe="$bin/$name.exe" result="$results/$name.txt" status=0
    if [[ ! -f "$exe" ]]; then
        fail "$name" "not built"
        return
    fi
    # The TLS tests' certificates: a Windows program cannot run the openssl command, so each test
    # writes the commands it needs into its own folder (tests/support/testcertificates.h); they run
    # here, then the test runs again and reads what they made.
    local certificates="$results/certificates/$name"
    rm -rf "$certificates"
    mkdir -p "$certificates"
    local attempt
    for attempt in 1 2; do
        status=0
        # ZOHO_TEST_SANDBOX: where the leak checks look for the secret in clear text; on Linux the
        # private home of tests/keyring-session.sh, here the Wine user's profile.
        (cd "$bin" && env "${qt_env[@]}" WINEQT_QPA_PLATFORM=offscreen WINEQT_QPA_FONTDIR="$(winpath "$fonts")" \
            ZOHO_TEST_SANDBOX="C:\\users\\$(id -un)" \
            ZOHO_TEST_CERTIFICATES="$(winpath "$certificates")" \
            ZOHO_SCREENSHOT_DIR="$(winpath "$out/screenshots")" \
            ZOHO_ONBOARDING_BINARY="$(winpath "$bin/zoho-onboarding.exe")" \
            timeout "${time_limit[$name]:-300}" wine "$exe" -o "$(winpath "$result"),txt" "$@" >"$results/$name.console" 2>&1) || status=$?
        [[ $attempt == 1 && -s "$certificates/openssl-requests.txt" ]] || break
        make_certificates "$certificates" || break
    done
    rmdir "$certificates" 2>/dev/null || true
    local totals
    totals=$(grep -a '^Totals:' "$result" 2>/dev/null || true)
    if [[ $status -eq 0 && "$totals" == *" 0 failed"* ]]; then
        pass "$name ($totals)"
    else
        fail "$name" "exit status $status, ${totals:-no results}; see $result"
        grep -a -A2 '^FAIL!' "$result" 2>/dev/null | head -n 12 | sed 's/^/      /' || true
    fi
    # A skip says why, on Windows as on Linux.
    grep -a '^SKIP' "$result" 2>/dev/null | sed 's/^/      /' || true
}

# Every test program built for Windows, each on its own, but those whose fixture exists on Linux
# only: said here with the reason, and counted as neither passed nor failed. (None now: the tests of
# a computer without a keychain make Wine's Credential Manager refuse, tests/support/keychainrefusal.)
declare -A linux_only=()
skipped=0
for exe in "$bin"/tst_*.exe; do
    test=$(basename "$exe" .exe)
    [[ $test == tst_wizardfit ]] && continue # below, with the arguments of one of its ctest runs
    if [[ -n "${linux_only[$test]:-}" ]]; then
        echo "SKIP  $test: ${linux_only[$test]}"
        skipped=$((skipped + 1))
        continue
    fi
    run_qtest "$test"
done

# --- the command line, deployed, against the emulator on loopback ------------------------------
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -n1)
# cli INPUT ARGS...: runs build-windows/deploy/zoho-onboarding.com (the console launcher, which
# starts the .exe and returns its exit status), or $cli_program; sets cli_status, cli_out, cli_err
# (CR LF made LF).
cli() {
    local input=$1; shift
    cli_status=0
    printf '%b' "$input" | timeout 120 wine "${cli_program:-$deploy/zoho-onboarding.com}" "$@" \
        >"$results/cli.out" 2>"$results/cli.err" || cli_status=$?
    cli_out=$(tr -d '\r' <"$results/cli.out")
    cli_err=$(tr -d '\r' <"$results/cli.err")
    { echo "\$ zoho-onboarding.com $*  (exit $cli_status)"; echo "$cli_out"; echo "$cli_err"; } >>"$results/cli-transcript.txt"
}
# json_field KEY: the value of KEY in the last command's JSON output ("" when absent).
json_field() {
    python3 -c 'import json,sys
v=json.loads(sys.argv[1]).get(sys.argv[2], "")
print(json.dumps(v) if isinstance(v, (list, dict)) else ("" if v is None else str(v).lower() if isinstance(v, bool) else v))' \
        "$cli_out" "$1" 2>/dev/null || echo "<not JSON>"
}
expect() { # expect NAME CONDITION-STATUS DETAIL
    if [[ $2 -eq 0 ]]; then pass "$1"; else fail "$1" "$3"; fi
}

cli "" --version
[[ $cli_status -eq 0 && "$cli_out" == "zoho-onboarding $version" ]]
expect "cli --version" $? "exit $cli_status, '$cli_out'"

cli "" values --json
redirects=$(json_field redirect_uris)
[[ $cli_status -eq 0 && "$redirects" == *"127.0.0.1"* && "$redirects" == *"hotglue"* ]]
expect "cli values --json" $? "exit $cli_status, redirect_uris '$redirects'"

cli "" frobnicate
[[ $cli_status -eq 2 && "$cli_err" == *"Name one command"* ]]
expect "cli unknown command: exit 2 with the commands named" $? "exit $cli_status, '$cli_err'"

# The emulator, built for this machine, on loopback; Wine's programs reach 127.0.0.1 as any other.
client_id="1000.WINE0TEST0CLIENT00000000000000"
secret="f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed42"
signin_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$host/tests/emulator/zoho-emulator" --client "$client_id:$secret:eu" \
    --redirect-uri "https://hotglue.xyz/callback" \
    --redirect-uri "http://127.0.0.1:$signin_port/zoho-onboarding/callback" \
    --account "wine@example.com" >"$results/emulator.out" 2>"$results/emulator.err" &
emulator_pid=$!
for _ in $(seq 1 100); do
    grep -q '^ZOHO_ONBOARDING_ACCOUNTS_SERVERS=' "$results/emulator.out" && break
    sleep 0.1
done
ZOHO_ONBOARDING_ACCOUNTS_SERVERS=$(sed -n 's/^ZOHO_ONBOARDING_ACCOUNTS_SERVERS=//p' "$results/emulator.out" | head -n1)
export ZOHO_ONBOARDING_ACCOUNTS_SERVERS ZOHO_ONBOARDING_SIGNIN_PORT="$signin_port"
[[ -n "$ZOHO_ONBOARDING_ACCOUNTS_SERVERS" ]]
expect "emulator listening on loopback" $? "$(cat "$results/emulator.err")"

cli "$client_id\n$secret\n" check --json
[[ $cli_status -eq 0 && "$(json_field status)" == "ok" && "$(json_field data_center)" == "eu" ]]
expect "cli check --json: ok at eu" $? "exit $cli_status, $cli_out $cli_err"

cli "$client_id\n${secret/42/43}\n" check
[[ $cli_status -eq 1 ]]
expect "cli check, wrong secret: exit 1" $? "exit $cli_status, $cli_out $cli_err"
[[ "$cli_out$cli_err" != *"${secret/42/43}"* ]]
expect "cli check, wrong secret: the secret is not repeated" $? "the secret was printed"

# verify: the sign-in address goes to standard error; this script is the person at the browser,
# who opens it; the emulator consents at once and redirects to the program's listener.
verify_status=0
printf '%s\n%s\n' "$client_id" "$secret" | timeout 120 wine "$deploy/zoho-onboarding.com" verify --no-browser --json \
    >"$results/verify.out" 2>"$results/verify.err" &
verify_pid=$!
browsed=0
for _ in $(seq 1 600); do
    url=$(tr -d '\r' <"$results/verify.err" | grep -a -o 'http[^ ]*/oauth/v2/auth?[^ ]*' | head -n1 || true)
    if [[ -n "$url" ]]; then
        curl -s -L -o /dev/null --max-time 30 "$url" && browsed=1
        break
    fi
    kill -0 "$verify_pid" 2>/dev/null || break
    sleep 0.1
done
wait "$verify_pid" || verify_status=$?
cli_out=$(tr -d '\r' <"$results/verify.out")
cat "$results/verify.out" "$results/verify.err" >>"$results/cli-transcript.txt"
[[ $browsed -eq 1 && $verify_status -eq 0 && "$(json_field status)" == "verified" &&
   "$(json_field account)" == "wine@example.com" ]]
expect "cli verify --no-browser: consent followed, verified as the account" $? \
    "browsed $browsed, exit $verify_status, $cli_out $(cat "$results/verify.err")"

# store / status / forget in Wine's Credential Manager, each a new process.
cli "" forget
cli "$client_id\n$secret\n" store
[[ $cli_status -eq 0 ]]
expect "cli store: exit 0" $? "exit $cli_status, $cli_out $cli_err"
cli "" status --json
[[ $cli_status -eq 0 && "$(json_field stored)" == "true" && "$(json_field data_center)" == "eu" &&
   "$(json_field client_id_masked)" == "${client_id:0:5}"* ]]
expect "cli status --json: stored, eu, the Client ID masked" $? "exit $cli_status, $cli_out $cli_err"
[[ "$cli_out" != *"$secret"* ]]
expect "cli status: the secret is not shown" $? "the secret was printed"
cli "" status
[[ $cli_status -eq 0 && "$cli_out" == *"Credential Manager"* ]]
expect "cli status: names the Credential Manager" $? "$cli_out"
# The Client Secret nowhere in clear text: not in the log folder, the registry or any file of
# the Wine prefix (Credential Manager keeps it; see the README for how Wine stores it).
leak=$(grep -r -l -a -F "$secret" "$WINEPREFIX" 2>/dev/null | grep -v -F "$WINEPREFIX/system.reg" || true)
[[ -z "$leak" ]]
expect "the Client Secret is in no file of the Wine prefix" $? "found in: $leak"
cli "" forget --json
[[ $cli_status -eq 0 && "$(json_field removed)" == "true" ]]
expect "cli forget: removed" $? "exit $cli_status, $cli_out $cli_err"
cli "" status --json
[[ $cli_status -eq 0 && "$(json_field stored)" == "false" ]]
expect "cli status after forget: nothing stored" $? "exit $cli_status, $cli_out $cli_err"
cli "" forget
[[ $cli_status -eq 0 && "$cli_out" == *"No Zoho credentials were stored"* ]]
expect "cli forget again: says nothing was stored" $? "exit $cli_status, $cli_out $cli_err"

# The hidden prompts at a console: a person types the Client ID and the secret into Wine's console
# on a pseudo-terminal (scripts/type-at-terminal.py, which types each line once the console reads).
# What the terminal showed must hold neither the secret nor the whole Client ID (both prompts are
# hidden), and show the masked Client ID as the program wrote it (UTF-8 "…" through the console).
prompted=$(TYPED_1="$client_id" TYPED_2="$secret" "$root/scripts/type-at-terminal.py" 120 \
    "Client ID: " "Client Secret (not shown): " -- wine "$deploy/zoho-onboarding.com" store 2>&1)
{ echo "\$ zoho-onboarding.com store  (at a console, typed)"; echo "$prompted"; } >>"$results/cli-transcript.txt"
[[ "$prompted" == *"Client ID: "* && "$prompted" == *"Client Secret (not shown): "* &&
   "$prompted" == *$'\nexit 0' ]]
expect "cli store at a console: both prompts, exit 0" $? "$(tail -n 5 <<<"$prompted")"
[[ "$prompted" != *"$secret"* && "$prompted" != *"${secret:0:12}"* && "$prompted" != *"$client_id"* ]]
expect "cli store at a console: what was typed is not shown" $? "the typed text was echoed"
cli "" status --json
masked=$(json_field client_id_masked)
[[ $cli_status -eq 0 && "$(json_field stored)" == "true" && "$(json_field data_center)" == "eu" &&
   -n "$masked" && "$prompted" == *"Client ID: $masked"* ]]
expect "cli store at a console: stored, and the console showed the masked Client ID ($masked)" $? \
    "exit $cli_status, $cli_out; the console showed: $(head -n 2 <<<"$prompted")"
cli "" forget --json
[[ $cli_status -eq 0 && "$(json_field removed)" == "true" ]]
expect "cli forget after the console's store: removed" $? "exit $cli_status, $cli_out $cli_err"

# The log folder: the program's log under %LOCALAPPDATA%, without the secret.
logs=$(find "$WINEPREFIX/drive_c/users" -path '*AppData/Local*' -name '*.log' 2>/dev/null | head -n 5)
[[ -n "$logs" ]]
expect "the log file is in %LOCALAPPDATA%" $? "no .log file under AppData/Local"

# The support report's keychain check writes and removes an entry of its own: the customer's stays.
cli "$client_id\n$secret\n" store
cli "" diagnose --json
cli "" status --json
[[ "$(json_field stored)" == "true" ]]
expect "cli diagnose leaves the stored credentials in place" $? "$cli_out"
cli "" forget

kill "$emulator_pid" 2>/dev/null || true
wait "$emulator_pid" 2>/dev/null || true
emulator_pid=
unset ZOHO_ONBOARDING_ACCOUNTS_SERVERS ZOHO_ONBOARDING_SIGNIN_PORT

# --- the wizard ------------------------------------------------------------------------------
# Its first page in a real window (Windows platform plugin, on the private X server), from the
# deployed folder alone; then every page at 200 %, offscreen, written by tst_wizardfit.
snapshot="$out/screenshots/first-page-deployed.png"
status=0
ZOHO_ONBOARDING_SNAPSHOT="$(winpath "$snapshot")" timeout 120 wine "$deploy/zoho-onboarding.exe" \
    >"$results/wizard.console" 2>&1 || status=$?
[[ $status -eq 0 && -s "$snapshot" ]] && file "$snapshot" | grep -q 'PNG image data'
expect "the deployed wizard draws its first page (qwindows)" $? "exit $status; see $results/wizard.console"
run_qtest tst_wizardfit --scale 2 --screen 1920x1080 --screenshots windows-200-percent
pngs=$(find "$out/screenshots/windows-200-percent" -name '*.png' 2>/dev/null | wc -l || true)
[[ $pngs -ge 5 ]]
expect "every wizard page drawn to PNG under Wine ($pngs in screenshots/windows-200-percent)" $? "$pngs PNGs"

# --- the installer ---------------------------------------------------------------------------
# Per user, silent: into %LOCALAPPDATA%\Programs, no administrator rights.
users="$WINEPREFIX/drive_c/users/$(id -un)"
installed="$users/AppData/Local/Programs/Connect Zoho to Optiply"
installed_cli() { cli_program="$installed/bin/zoho-onboarding.com" cli "$@"; }
status=0
timeout 300 wine "$installer" /S >"$results/install.log" 2>&1 || status=$?
wineserver -w
[[ $status -eq 0 && -f "$installed/bin/zoho-onboarding.exe" && -f "$installed/Uninstall.exe" ]]
expect "silent per-user install into %LOCALAPPDATA%\\Programs" $? "exit $status; $(ls "$users/AppData/Local/Programs" 2>&1)"
# reg prints "Unable to find the specified registry key" on standard output: its status says it.
all_users_key=absent
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\OptiplyZohoOnboarding' >/dev/null 2>&1 &&
    all_users_key=present
[[ ! -e "$WINEPREFIX/drive_c/ProgramData/Programs/Connect Zoho to Optiply" && $all_users_key == absent ]]
expect "nothing installed for all users (Wine's user is an administrator)" $? \
    "HKLM key $all_users_key; $(ls -d "$WINEPREFIX/drive_c/ProgramData/Programs/"* 2>/dev/null)"
installed_cli "" --version
[[ $cli_status -eq 0 && "$cli_out" == "zoho-onboarding $version" ]]
expect "the installed program runs" $? "exit $cli_status, '$cli_out' '$cli_err'"
snapshot="$out/screenshots/first-page-installed.png"
status=0
ZOHO_ONBOARDING_SNAPSHOT="$(winpath "$snapshot")" timeout 120 wine "$installed/bin/zoho-onboarding.exe" \
    >"$results/wizard-installed.console" 2>&1 || status=$?
[[ $status -eq 0 && -s "$snapshot" ]]
expect "the installed wizard draws its first page" $? "exit $status"

installed_cli "$client_id\n$secret\n" store --no-check
[[ $cli_status -eq 0 ]]
expect "the installed program stores credentials" $? "exit $cli_status, $cli_out $cli_err"
status=0
timeout 300 wine "$installed/Uninstall.exe" /S >"$results/uninstall.log" 2>&1 || status=$?
wineserver -w
[[ $status -eq 0 && ! -e "$installed/bin/zoho-onboarding.exe" ]]
expect "silent uninstall removes the program" $? "exit $status; $(ls -R "$installed" 2>&1 | head -n 5)"
cli "" status --json
[[ "$(json_field stored)" == "true" ]]
expect "silent uninstall keeps the stored credentials" $? "$cli_out $cli_err"

status=0
timeout 300 wine "$installer" /S >"$results/reinstall.log" 2>&1 || status=$?
wineserver -w
installed_cli "" status --json
[[ $status -eq 0 && "$(json_field stored)" == "true" ]]
expect "a reinstall finds the stored credentials" $? "exit $status; $cli_out $cli_err"
# Asked to (/FORGET, as an administrator would), the silent uninstall removes them too.
status=0
timeout 300 wine "$installed/Uninstall.exe" /S /FORGET >"$results/uninstall-forget.log" 2>&1 || status=$?
wineserver -w
cli "" status --json
[[ $status -eq 0 && ! -e "$installed/bin/zoho-onboarding.exe" && "$(json_field stored)" == "false" ]]
expect "silent uninstall with /FORGET removes the program and the credentials" $? "exit $status; $cli_out $cli_err"
cli "" forget

# ---------------------------------------------------------------------------------------------
echo
echo "Results: $results; screenshots: $out/screenshots; installer: $installer"
[[ $failed -eq 0 ]] || printf 'failed: %s\n' "${failures[@]}"
echo "$skipped test programs skipped (Linux-only fixtures, named above)"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
