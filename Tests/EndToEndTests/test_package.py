"""The Debian package: built with Resources/deb/build-deb.sh, installed into a
throwaway root with dpkg (maintainer scripts run chrootless, DPKG_ROOT set),
the installed binary run, removed and purged again; lintian where installed.

The package is built from the debug binary (a release build takes minutes; CI
time matters), so it links the toolchain's Swift runtime: lintian's
custom-library-search-path is expected of that build only. COGNITO_ONBOARD_DEB
names a package built by `make deb` to test that one instead."""
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from e2e_support import BINARY, ROOT

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("dpkg-deb"),
                                reason="installing a package into a root needs root and dpkg")


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    prebuilt = os.environ.get("COGNITO_ONBOARD_DEB")
    if prebuilt:
        return Path(prebuilt)
    out = tmp_path_factory.mktemp("deb")
    built = subprocess.run(["bash", str(ROOT / "Resources/deb/build-deb.sh"), BINARY,
                            str(ROOT / ".build/debug/generate-manual"), str(out)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    return Path(built.stdout.strip())


def dpkg(root, *args):
    return subprocess.run(["dpkg", f"--root={root}", "--force-script-chrootless", "--force-depends",
                           "--log=/dev/null", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def root(tmp_path):
    """An empty system: a dpkg database and the account files useradd edits."""
    r = tmp_path / "root"
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "etc"):
        (r / folder).mkdir(parents=True)
    (r / "var/lib/dpkg/status").touch()
    (r / "etc/passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (r / "etc/group").write_text("root:x:0:\n")
    (r / "etc/shadow").write_text("root:*:19000:0:99999:7:::\n")
    (r / "etc/gshadow").write_text("root:*::\n")
    return r


def test_the_name_says_version_and_architecture(package):
    version = subprocess.run([BINARY, "--version"], capture_output=True, text=True).stdout.strip()
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    assert package.name == f"cognito-onboard_{version}_{arch}.deb"


def test_depends_on_the_libraries_loaded_on_first_use(package):
    """ldd does not list what the binary dlopens (libcurl, libcrypto, libqrencode):
    the package must still pull them in, or the first request or QR code fails."""
    depends = subprocess.run(["dpkg-deb", "-f", str(package), "Depends"], capture_output=True, text=True).stdout
    for name in ("libcurl4", "libssl3", "libqrencode4", "libncursesw6"):
        assert name in depends, (name, depends)


def test_installs_runs_and_purges_in_a_throwaway_root(package, root, emulator, tmp_path):
    installed = dpkg(root, "-i", str(package))
    assert installed.returncode == 0, installed.stderr
    binary = root / "usr/bin/cognito-onboard"
    assert subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    for path in ("usr/share/cognito-onboard/strings/en.json", "usr/share/cognito-onboard/attributes.json",
                 "usr/share/man/man1/cognito-onboard.1.gz", "usr/share/bash-completion/completions/cognito-onboard",
                 "usr/share/zsh/vendor-completions/_cognito-onboard",
                 "usr/share/fish/vendor_completions.d/cognito-onboard.fish", "usr/share/doc/cognito-onboard/copyright",
                 "usr/share/doc/cognito-onboard/examples/email-username-authenticator.json"):
        assert (root / path).is_file(), path
    unit = (root / "lib/systemd/system/cognito-onboard-kiosk.service").read_text()
    assert "ExecStart=/usr/bin/cognito-onboard --kiosk" in unit and "User=cognito-kiosk" in unit
    assert not (root / "etc/systemd/system/multi-user.target.wants").exists(), "the unit stays disabled"
    kiosk = [line for line in (root / "etc/passwd").read_text().splitlines() if line.startswith("cognito-kiosk:")]
    assert len(kiosk) == 1 and kiosk[0].endswith(":/nonexistent:/usr/sbin/nologin")
    assert int(kiosk[0].split(":")[2]) < 1000, "a system user"

    # The installed binary, its strings found under <bindir>/../share, checks a pool.
    pool, client = emulator.make_pool(policy={"MinimumLength": 11})
    config = tmp_path / "config.json"
    config.write_text(json.dumps({"user_pool_id": pool, "user_pool_client_id": client["ClientId"],
                                  "endpoint_url": emulator.endpoint,
                                  "password_policy": {"min_length": 11}}))
    env = {k: v for k, v in os.environ.items() if k != "COGNITO_ONBOARD_RESOURCES"}
    checked = subprocess.run([binary, "check", "--config", str(config)], capture_output=True, text=True, env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "At least 11 characters" in checked.stdout

    again = dpkg(root, "-i", str(package))
    assert again.returncode == 0, "a reinstall finds the user there: " + again.stderr
    removed = dpkg(root, "--purge", "cognito-onboard")
    assert removed.returncode == 0, removed.stderr
    assert not binary.exists() and not (root / "etc/cognito-onboard").exists()


@pytest.mark.skipif(not shutil.which("lintian"), reason="lintian is not installed (apt-get install lintian)")
def test_lintian_finds_no_errors(package):
    debug_build = "COGNITO_ONBOARD_DEB" not in os.environ
    suppress = ["--suppress-tags", "custom-library-search-path"] if debug_build else []
    result = subprocess.run(["lintian", *suppress, str(package)], capture_output=True, text=True, timeout=300)
    errors = [line for line in result.stdout.splitlines() if line.startswith("E:")]
    assert not errors, result.stdout
