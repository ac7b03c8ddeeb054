# cognito-onboard: the two commands a newcomer needs.
#   make demo   the wizard against a local Cognito emulator seeded with a demo user
#   make test   every test: installs what it needs first (apt packages, .build/venv)
SHELL := /bin/bash
VENV := .build/venv
PYTHON := $(VENV)/bin/python
APT_PACKAGES := libncursesw5-dev libssl-dev libcurl4-openssl-dev libqrencode-dev pkg-config tmux zbar-tools procps python3-venv tzdata dialog locales
# The locales the language tests run under (a fresh machine has only C.UTF-8).
TEST_LOCALES := ja_JP de_DE
SWIFT_TEST_FLAGS ?=

.PHONY: test demo deps apt locales venv build release release-build deb bench clean totp-code fuzz

test: deps
	swift build --product cognito-onboard
	swift build --product cognito-bench
	swift build --product generate-manual
	$(PYTHON) -m pytest -q -p no:cacheprovider Tests/EmulatorTests Tests/EndToEndTests
	COGNITO_TEST_PYTHON=$(abspath $(PYTHON)) swift test $(SWIFT_TEST_FLAGS)

demo: deps build
	@bash Resources/demo/demo.sh

deps: apt locales venv

# Compiled once, only when missing (needs root or sudo).
locales: apt
	@for l in $(TEST_LOCALES); do \
	  locale -a 2>/dev/null | grep -qix "$$l.utf8" && continue; \
	  echo "Compiling the $$l.UTF-8 locale"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo localedef -i $$l -f UTF-8 $$l.UTF-8; \
	done

# System packages, installed only when one is missing (needs root or sudo).
apt:
	@missing=$$(for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null; \
	fi

# The emulator's and the tests' Python packages, pinned in requirements.txt.
venv: $(VENV)/.installed

$(VENV)/.installed: Resources/emulator/requirements.txt
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install -q --disable-pip-version-check -r $<
	touch $@

build:
	swift build --product cognito-onboard

# The build to install: the Swift runtime and FoundationEssentials linked in
# (no ICU: see README "Benchmarks"), stripped of its symbols (30 -> 15 MB).
# No RUNPATH: SwiftPM's default ($ORIGIN) makes a binary look for libraries
# beside itself, which for this one is the build folder. Linked by lld with
# packed relative relocations (DT_RELR, glibc 2.36: the position-independent
# binary's 40,000 relocations take 8 KB instead of 950 KB read at every start)
# and the functions that run first placed side by side (RELEASE_ORDER, written
# by Resources/bench/link_order.py: fewer pages of code resident and faulted in).
# Output in .build-static/release/, its data files beside it.
# (SwiftPM 6.3 fails a second static build in the same folder, hence rm.)
# libstdc++ is linked in too: the Swift runtime calls 25 of its functions,
# and loading the shared library (its 4,300 symbol relocations and its
# initialisers) cost about 1 ms of every start. The toolchain asks for
# -lstdc++, and the linker takes the first one it finds along -L, so a folder
# holding only the archive goes first (GCC's runtime library exception allows
# linking it into any program). Without the archive, the shared one as before.
RELEASE_SCRATCH := .build-static
RELEASE_ORDER := Resources/bench/link-order.txt
STDCXX_ARCHIVE := $(shell clang -print-file-name=libstdc++.a 2>/dev/null)
STDCXX_DIR := $(abspath $(RELEASE_SCRATCH))/static-libstdc++
RELEASE_FLAGS := --disable-local-rpath -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs \
  $(if $(RELEASE_ORDER),-Xlinker --symbol-ordering-file=$(abspath $(RELEASE_ORDER)) -Xlinker --no-warn-symbol-ordering) \
  $(if $(wildcard $(STDCXX_ARCHIVE)),-Xlinker -L$(STDCXX_DIR))

release: release-build
	strip --strip-unneeded --remove-section=.comment --remove-section=.note $(RELEASE_SCRATCH)/release/cognito-onboard

release-build: apt
	rm -rf $(RELEASE_SCRATCH)
	$(if $(wildcard $(STDCXX_ARCHIVE)),mkdir -p $(STDCXX_DIR) && ln -s $(STDCXX_ARCHIVE) $(STDCXX_DIR)/libstdc++.a)
	swift build -c release --static-swift-stdlib $(RELEASE_FLAGS) --scratch-path $(RELEASE_SCRATCH) --product cognito-onboard

# The Debian package for kiosk fleets, from the release build, offline:
# .build/deb/cognito-onboard_<version>_<arch>.deb (see README "Setting up a kiosk").
deb: release
	swift build --product generate-manual
	bash Resources/deb/build-deb.sh .build-static/release/cognito-onboard .build/debug/generate-manual .build/deb

# The current code of an authenticator secret, for the demo without a phone:
#   make totp-code SECRET=JBSW...
totp-code: venv
	@$(PYTHON) -c 'import pyotp, sys; print(pyotp.TOTP(sys.argv[1].replace(" ", "")).now())' "$(SECRET)"

# Benchmarks are scripts that print figures beside a reference, not tests.
bench: deps
	$(PYTHON) Resources/bench/srp_bench.py
	$(PYTHON) Resources/bench/ui_bench.py
	$(PYTHON) Resources/bench/network_bench.py

# libFuzzer (Swift's -sanitize=fuzzer,address) on each target for FUZZ_SECONDS,
# starting from Tests/Fuzz/Corpus/<target>; what it learns stays in
# .build-fuzz/corpus, a crash lands in Tests/Fuzz/Crashes/<target>/ (commit it:
# `make test` replays the corpus and every crash, without the sanitizer).
# Leak checks are off: FoundationEssentials leaks 4 KB reading an empty file.
FUZZ_TARGETS := ChallengeDecoder PoolConfig LineEditor StringTable
FUZZ_SECONDS ?= 60
FUZZ_BUILD := swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --scratch-path .build-fuzz

fuzz: apt
	@for t in $(FUZZ_TARGETS); do $(FUZZ_BUILD) --product Fuzz$$t || exit 1; done
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t Tests/Fuzz/Crashes/$$t; \
	  echo "== Fuzz$$t for $(FUZZ_SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/Fuzz$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 -max_len=4096 -detect_leaks=0 \
	    -artifact_prefix=Tests/Fuzz/Crashes/$$t/ .build-fuzz/corpus/$$t Tests/Fuzz/Corpus/$$t \
	    2> .build-fuzz/$$t.log || status=1; \
	  grep -E '^stat::number_of_executed_units|^SUMMARY|==ERROR' .build-fuzz/$$t.log; \
	done; exit $$status

clean:
	rm -rf .build .build-fuzz .build-static .build-order
