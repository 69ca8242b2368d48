#!/usr/bin/env bash
# Packaging check for Enrollment Desk (run by CTest as `packaging.check`,
# after the build).
#
# usage: check-packages.sh BUILD_DIR SOURCE_DIR APP_ID [EXTRA_FILE...]
#
#   1. desktop-file-validate on the desktop file (any output fails)
#   2. appstreamcli validate --no-net on the metainfo (errors/warnings fail)
#   3. cpack -G "DEB;TGZ" with BUILD_DIR/CPackConfig.cmake
#   4. installs the .deb into a scratch root with its own dpkg database
#   5. compares the installed file list, checks the binary and Depends
#   6. removes the package again and checks that nothing is left behind
#   7. checks the contents of the .tar.gz
#
# EXTRA_FILE: additional absolute paths (shell globs allowed, e.g.
# '/usr/share/enrollment-desk/translations/*.qm') the .deb may contain.
# Environment: CPACK = cpack executable (default: cpack from PATH).
set -euo pipefail

PACKAGE=enrollment-desk

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

[[ $# -ge 3 ]] || { echo "usage: $0 BUILD_DIR SOURCE_DIR APP_ID [EXTRA_FILE...]" >&2; exit 2; }
BUILD_DIR=$(cd "$1" && pwd) || fail "build directory '$1' not found"
SOURCE_DIR=$(cd "$2" && pwd) || fail "source directory '$2' not found"
APP_ID=$3
shift 3
EXTRA_FILES=("$@")
CPACK=${CPACK:-cpack}

DESKTOP_FILE="$SOURCE_DIR/packaging/$APP_ID.desktop"
METAINFO_FILE="$SOURCE_DIR/packaging/$APP_ID.metainfo.xml"

for tool in desktop-file-validate appstreamcli dpkg dpkg-deb tar "$CPACK"; do
    command -v "$tool" >/dev/null 2>&1 \
        || fail "required tool '$tool' not found (apt-get install desktop-file-utils appstream dpkg-dev cmake)"
done
[[ -f "$DESKTOP_FILE" ]] || fail "desktop file not found: $DESKTOP_FILE"
[[ -f "$METAINFO_FILE" ]] || fail "metainfo file not found: $METAINFO_FILE"
[[ -f "$BUILD_DIR/CPackConfig.cmake" ]] || fail "$BUILD_DIR/CPackConfig.cmake not found (configure the project first)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ed-packaging-check.XXXXXX")
cleanup() { rm -rf -- "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. desktop file ----------------------------------------------------------
out=$(desktop-file-validate "$DESKTOP_FILE" 2>&1) || true
if [[ -n "$out" ]]; then
    printf '%s\n' "$out" >&2
    fail "desktop-file-validate reported issues for $DESKTOP_FILE"
fi
ok "desktop file valid"

# --- 2. AppStream metainfo ----------------------------------------------------
rc=0
out=$(appstreamcli validate --no-net "$METAINFO_FILE" 2>&1) || rc=$?
if [[ $rc -ne 0 ]] || grep -qE '^[EW]:' <<<"$out"; then
    printf '%s\n' "$out" >&2
    fail "appstreamcli validate reported errors or warnings for $METAINFO_FILE"
fi
ok "metainfo valid"

# --- 3. cpack -----------------------------------------------------------------
PKG_DIR="$BUILD_DIR/packages"
mkdir -p "$PKG_DIR"
touch "$WORK/stamp"
sleep 1 # so that packages written now are strictly newer than the stamp
if ! (cd "$WORK" && "$CPACK" -G "DEB;TGZ" --config "$BUILD_DIR/CPackConfig.cmake") \
        >"$WORK/cpack.log" 2>&1; then
    tail -n 40 "$WORK/cpack.log" >&2
    fail "cpack failed (last 40 lines of its output above)"
fi
newest() { # newest file in PKG_DIR matching $1 and written by this cpack run
    find "$PKG_DIR" -maxdepth 1 -type f -name "$1" -newer "$WORK/stamp" -printf '%T@ %p\n' \
        | sort -rn | head -n 1 | cut -d' ' -f2-
}
DEB=$(newest "${PACKAGE}_*.deb")
TGZ=$(newest "${PACKAGE}-*.tar.gz")
[[ -n "$DEB" ]] || fail "cpack produced no ${PACKAGE}_*.deb in $PKG_DIR"
[[ -n "$TGZ" ]] || fail "cpack produced no ${PACKAGE}-*.tar.gz in $PKG_DIR"
ok "cpack built $(basename "$DEB") and $(basename "$TGZ")"

# --- 4. install the .deb into a scratch root ---------------------------------
# --root=DIR means --instdir=DIR --admindir=DIR/var/lib/dpkg. The database
# starts empty, so dependencies are ignored (--force-depends); that is all
# root needs. Non-root additionally needs --force-not-root, and
# --force-script-chrootless so maintainer scripts (CPack generates none) would
# not need chroot(2). As root that flag is left out on purpose: it would run
# scripts against the host instead of the scratch root.
ROOT="$WORK/root"
mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates" "$ROOT/var/lib/dpkg/triggers"
: >"$ROOT/var/lib/dpkg/status"
DPKG=(dpkg --root="$ROOT" --log=/dev/null --force-depends --force-unsafe-io)
if [[ $(id -u) -ne 0 ]]; then
    DPKG+=(--force-not-root --force-script-chrootless)
fi
if ! "${DPKG[@]}" -i "$DEB" >"$WORK/dpkg-install.log" 2>&1; then
    cat "$WORK/dpkg-install.log" >&2
    fail "dpkg -i $(basename "$DEB") into scratch root failed"
fi
status=$(dpkg-query --admindir="$ROOT/var/lib/dpkg" -W -f='${db:Status-Status}' "$PACKAGE" 2>/dev/null) || true
[[ "$status" == installed ]] || fail "package $PACKAGE not recorded as installed (status: '${status:-none}')"
ok "deb installs into scratch root"

# --- 5. file list, binary, Depends --------------------------------------------
EXPECTED=(
    "/usr/bin/$PACKAGE"
    "/usr/share/applications/$APP_ID.desktop"
    "/usr/share/metainfo/$APP_ID.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
)
for size in 16 32 48 64 128 256; do
    EXPECTED+=("/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done

mapfile -t LISTED < <(dpkg --root="$ROOT" -L "$PACKAGE")
INSTALLED=()
for path in "${LISTED[@]}"; do
    [[ "$path" == /* && "$path" != "/." ]] || continue
    [[ -d "$ROOT$path" && ! -L "$ROOT$path" ]] && continue
    INSTALLED+=("$path")
done

problems=()
for want in "${EXPECTED[@]}"; do
    found=0
    for have in "${INSTALLED[@]}"; do [[ "$have" == "$want" ]] && { found=1; break; }; done
    [[ $found -eq 1 ]] || problems+=("missing: $want")
done
for have in "${INSTALLED[@]}"; do
    known=0
    for want in "${EXPECTED[@]}"; do [[ "$have" == "$want" ]] && { known=1; break; }; done
    for pattern in "${EXTRA_FILES[@]+"${EXTRA_FILES[@]}"}"; do
        # shellcheck disable=SC2053 # glob match intended
        [[ "$have" == $pattern ]] && { known=1; break; }
    done
    [[ $known -eq 1 ]] || problems+=("unexpected: $have")
done
for have in "${INSTALLED[@]}"; do
    [[ -e "$ROOT$have" ]] || problems+=("listed but not on disk: $have")
done
if [[ ${#problems[@]} -gt 0 ]]; then
    printf '  %s\n' "${problems[@]}" >&2
    fail "file list of $(basename "$DEB") differs from the expected list"
fi
ok "deb contains exactly the expected ${#INSTALLED[@]} files"

BIN="$ROOT/usr/bin/$PACKAGE"
[[ -f "$BIN" && -x "$BIN" ]] || fail "/usr/bin/$PACKAGE is not an executable file"
[[ "$(head -c 4 "$BIN" | od -An -tx1 | tr -d ' \n')" == 7f454c46 ]] \
    || fail "/usr/bin/$PACKAGE is not an ELF binary"
ok "/usr/bin/$PACKAGE is an executable ELF file"

DEPENDS=$(dpkg-deb -f "$DEB" Depends)
for lib in libqt6widgets6 libqt6network6; do
    grep -qE "(^|[ ,|])$lib([ ,(]|$)" <<<"$DEPENDS" \
        || fail "Depends does not mention $lib: '$DEPENDS'"
done
ok "Depends: $DEPENDS"

# --- 6. removal ---------------------------------------------------------------
if ! "${DPKG[@]}" -r "$PACKAGE" >"$WORK/dpkg-remove.log" 2>&1; then
    cat "$WORK/dpkg-remove.log" >&2
    fail "dpkg -r $PACKAGE failed"
fi
leftovers=$(find "$ROOT/usr" \( -type f -o -type l \) 2>/dev/null | sed "s|^$ROOT||") || true
if [[ -n "$leftovers" ]]; then
    printf '%s\n' "$leftovers" >&2
    fail "files left under /usr after dpkg -r"
fi
status=$(dpkg-query --admindir="$ROOT/var/lib/dpkg" -W -f='${db:Status-Status}' "$PACKAGE" 2>/dev/null) || true
[[ "$status" != installed ]] || fail "package $PACKAGE still installed after dpkg -r"
ok "deb removes cleanly"

# --- 7. tarball ---------------------------------------------------------------
tar -tzf "$TGZ" >"$WORK/tgz.list" || fail "cannot list $(basename "$TGZ")"
for want in "bin/$PACKAGE" "share/applications/$APP_ID.desktop"; do
    grep -qE "(^|/)${want//./\\.}\$" "$WORK/tgz.list" \
        || fail "$(basename "$TGZ") does not contain $want"
done
ok "tarball contains bin/$PACKAGE and the desktop file"

echo "ok: all packaging checks passed"
