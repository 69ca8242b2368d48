#!/bin/sh
# with-keyring.sh [--hung-secret-service] COMMAND [ARGS...]
#
# Runs COMMAND inside a private D-Bus session (dbus-run-session) with its own gnome-keyring
# Secret Service, so that keychain tests never touch the developer's keyring or session:
#   - HOME and the XDG directories point into a fresh private directory (mktemp), removed at the end;
#     ED_KEYRING_HOME names it, so the test can search it;
#   - gnome-keyring-daemon --unlock --components=secrets creates and unlocks the login keyring with
#     a throwaway password read from stdin (the keyring file on disk is encrypted with it);
#   - COMMAND's exit status is this script's exit status; the daemon is stopped afterwards.
# With --hung-secret-service there is no gnome-keyring: the bus "activates" the Secret Service by
# starting `sleep 8`, which never claims the name, so a keychain call hangs until the bus gives up
# after 5 s (a keychain that does not answer).
# When dbus-run-session or gnome-keyring-daemon is missing, COMMAND runs without them and
# ED_KEYRING_MISSING names the missing program (the test skips and says why; ./dev installs both).

if [ "${1-}" = "--inside-session" ]; then
    shift
    if [ "${ED_KEYRING_HUNG-}" = 1 ]; then
        exec "$@"
    fi
    if ! printf '%s' "throwaway-$$-$(date +%s)" \
        | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    "$@"
    status=$?
    # The daemon leaves with the bus, but not when the bus goes before it finished starting:
    # stop it by the process id the bus knows for the Secret Service name.
    pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
        | awk '{ print $2 }')
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    exit "$status"
fi

hung=0
if [ "${1-}" = "--hung-secret-service" ]; then
    hung=1
    shift
fi
if [ "$#" -eq 0 ]; then
    echo "usage: with-keyring.sh [--hung-secret-service] COMMAND [ARGS...]" >&2
    exit 2
fi

tools="dbus-run-session gnome-keyring-daemon"
[ "$hung" = 1 ] && tools="dbus-run-session dbus-daemon"
for tool in $tools; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        ED_KEYRING_MISSING=$tool
        export ED_KEYRING_MISSING
        exec "$@"
    fi
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/ed-keyring.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT HUP TERM
mkdir -m 700 -p "$dir/home/.config" "$dir/home/.local/share" "$dir/home/.cache" "$dir/runtime" || exit 1

HOME=$dir/home
XDG_CONFIG_HOME=$dir/home/.config
XDG_DATA_HOME=$dir/home/.local/share
XDG_CACHE_HOME=$dir/home/.cache
XDG_RUNTIME_DIR=$dir/runtime
ED_KEYRING_HOME=$dir
ED_KEYRING_HUNG=$hung
export HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR ED_KEYRING_HOME ED_KEYRING_HUNG
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

if [ "$hung" = 1 ]; then
    # A session bus that knows no services but a Secret Service that never comes up.
    mkdir -m 700 "$dir/services" || exit 1
    printf '[D-BUS Service]\nName=org.freedesktop.secrets\nExec=%s 8\n' "$(command -v sleep)" \
        >"$dir/services/org.freedesktop.secrets.service"
    cat >"$dir/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$dir/runtime</listen>
  <servicedir>$dir/services</servicedir>
  <limit name="service_start_timeout">5000</limit>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    dbus-run-session --config-file="$dir/session.conf" -- sh "$0" --inside-session "$@"
else
    dbus-run-session -- sh "$0" --inside-session "$@"
fi
status=$?
exit "$status"
