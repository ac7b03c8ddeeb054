#!/usr/bin/env bash
# Builds cognito-onboard_<version>_<arch>.deb with dpkg-deb, offline.
#   build-deb.sh BINARY GENERATE_MANUAL OUTDIR
# BINARY: the release build (static Swift runtime; `make release`); its
# resources are the folder SwiftPM writes beside it. GENERATE_MANUAL: the
# argument parser's man page generator (swift build --product generate-manual).
# The man page and the shell completions come from the binary's own parser,
# so they cannot drift from the flags.
set -euo pipefail
binary=$1 generate_manual=$2 outdir=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
resources="$(dirname "$binary")/cognito-onboard_OnboardingResources.resources"
version=$("$binary" --version)
arch=$(dpkg --print-architecture)
package=cognito-onboard
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
umask 022

install -d "$stage/DEBIAN" "$stage/usr/bin" "$stage/usr/share/$package" "$stage/usr/share/man/man1" \
  "$stage/usr/share/bash-completion/completions" "$stage/usr/share/zsh/vendor-completions" \
  "$stage/usr/share/fish/vendor_completions.d" "$stage/usr/share/doc/$package/examples" \
  "$stage/lib/systemd/system" "$stage/etc/$package"

install -m 0755 "$binary" "$stage/usr/bin/$package"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$stage/usr/bin/$package"
# /usr/bin/../share/cognito-onboard is where ResourceFiles looks for them.
cp -r "$resources"/. "$stage/usr/share/$package/"

"$generate_manual" "$binary" --output-directory "$stage/usr/share/man/man1" --date "$(date -u -r "$root/CHANGELOG.md" +%Y-%m-%d)"
gzip -9n "$stage/usr/share/man/man1/$package.1"
# (bash completions are sourced, not run: no #! line.)
"$binary" --generate-completion-script bash | sed '1{/^#!/d}' > "$stage/usr/share/bash-completion/completions/$package"
"$binary" --generate-completion-script zsh > "$stage/usr/share/zsh/vendor-completions/_$package"
"$binary" --generate-completion-script fish > "$stage/usr/share/fish/vendor_completions.d/$package.fish"

sed "s|^ExecStart=/usr/local/bin/$package |ExecStart=/usr/bin/$package |" \
  "$root/Resources/kiosk/$package-kiosk.service" > "$stage/lib/systemd/system/$package-kiosk.service"
grep -q "^ExecStart=/usr/bin/$package " "$stage/lib/systemd/system/$package-kiosk.service"

doc="$stage/usr/share/doc/$package"
gzip -9n < "$root/README.md" > "$doc/README.md.gz"
cp "$root"/Resources/examples/*.json "$doc/examples/"
cp "$here/copyright" "$doc/copyright"
{
  printf '%s (%s) unstable; urgency=medium\n\n' "$package" "$version"
  printf '  * See README.md.gz and the project'"'"'s CHANGELOG.md.\n\n'
  printf ' -- %s  %s\n' "$(sed -n 's/^Maintainer: //p' "$here/control")" "$(date -u -R -r "$root/CHANGELOG.md")"
} | gzip -9n > "$doc/changelog.gz"

# The shared libraries the binary needs, by the Debian packages that hold them:
# those it links, and those it loads with dlopen on first use (libcurl, see
# Sources/CCurl; libcrypto, see Sources/COpenSSL; libqrencode, see
# Sources/CQREncode), which ldd does not list.
# (A debug build also links the Swift runtime under the toolchain: not packaged.)
libdir=$(dirname "$(ldd "$binary" | awk '/libc\.so\.6 => \//{print $3}')")
depends=$({ ldd "$binary" | awk '/=> \//{print $3}'; echo "$libdir/libcurl.so.4"; echo "$libdir/libcrypto.so.3"; echo "$libdir/libqrencode.so.4"; } | while read -r lib; do
  dpkg -S "$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "/usr$lib" 2>/dev/null || true
done | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')
if ldd "$binary" | grep -q 'libswiftCore.so'; then
  echo "build-deb.sh: note: $binary links the Swift runtime dynamically; the package runs only where that toolchain is" >&2
fi

for script in postinst prerm postrm; do install -m 0755 "$here/$script" "$stage/DEBIAN/$script"; done
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
  "$here/control" > "$stage/DEBIAN/control"
find "$stage" -type d -exec chmod 0755 {} +
find "$stage/usr/share" "$stage/lib" -type f -exec chmod 0644 {} +

mkdir -p "$outdir"
deb="$outdir/${package}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb"
