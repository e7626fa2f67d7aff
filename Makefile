# Backend Verdict: `make serve` to run the page, `make test` for every check.
# Each target installs what it needs first (pinned versions, skipped when
# already present), so both work on a fresh machine.

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/"/, "", $$3); print $$3; exit}' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
# Trunk finds wasm-opt (npm's binaryen) and the pinned tools on PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
# The wasm names no path of this machine: panic locations in dependencies
# read `yew-0.23.0/src/…`, not the full registry path (also a few hundred
# bytes less to ship). Only the wasm build takes these flags, so native
# builds keep their cache.
CARGO_HOME ?= $(HOME)/.cargo
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := $(foreach dir,$(wildcard $(CARGO_HOME)/registry/src/*),--remap-path-prefix=$(dir)/=) --remap-path-prefix=$(CURDIR)/=
PORT ?= 8080
# Where `make dist`'s snippet points; set it to your own host.
BASE_URL ?= https://YOUR-HOST/backend-verdict/

.PHONY: setup serve build test lint unit e2e bench dist heights clean

setup: .setup/rust .setup/trunk .setup/wasm-bindgen .setup/chromium .setup/firefox .setup/webkit .setup/wordpress .setup/fonts node_modules/.package-lock.json

.setup/rust: Cargo.lock
	rustup target add wasm32-unknown-unknown
	rustup component add rustfmt clippy
	cargo fetch --locked
	@mkdir -p .setup && touch $@

.setup/trunk:
	@if trunk --version 2>/dev/null | grep -q "trunk $(TRUNK_VERSION)$$"; then \
	  echo "trunk $(TRUNK_VERSION) already installed"; \
	else \
	  echo "installing trunk $(TRUNK_VERSION) (about 10 minutes on 2 cores)"; \
	  cargo install --locked trunk --version $(TRUNK_VERSION); \
	fi
	@mkdir -p .setup && touch $@

.setup/wasm-bindgen: Cargo.lock
	@if wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $(WASM_BINDGEN_VERSION)$$"; then \
	  echo "wasm-bindgen-cli $(WASM_BINDGEN_VERSION) already installed"; \
	else \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 4 minutes)"; \
	  cargo install --locked wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi
	@mkdir -p .setup && touch $@

.setup/chromium:
	@if command -v chromium >/dev/null 2>&1; then \
	  echo "chromium already installed"; \
	else \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	fi
	@mkdir -p .setup && touch $@

# The browser tests' second engine: Debian's Firefox ESR, which
# puppeteer-core drives over WebDriver BiDi (tests/e2e/engines.mjs).
.setup/firefox:
	@if command -v firefox-esr >/dev/null 2>&1; then \
	  echo "firefox-esr already installed"; \
	else \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y firefox-esr; \
	fi
	@mkdir -p .setup && touch $@

# The third engine: WebKitGTK's MiniBrowser (from libwebkit2gtk-4.1-0, which
# the driver package brings) under Debian's WebKitWebDriver; MiniBrowser needs
# a display, so the browser tests run under xvfb-run.
.setup/webkit:
	@if command -v WebKitWebDriver >/dev/null 2>&1 && command -v xvfb-run >/dev/null 2>&1; then \
	  echo "WebKitWebDriver and xvfb already installed"; \
	else \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y webkit2gtk-driver xvfb; \
	fi
	@mkdir -p .setup && touch $@

# WordPress's own embed script (wp-embed.js), which the WordPress tests run
# on their fixture post: from Debian's wordpress package where it is
# installed, else that package unpacked here (its web server, PHP and
# database are not needed for one script).
WORDPRESS_DEB_DIR := .setup/wordpress-deb
.setup/wordpress:
	@if dpkg -L wordpress 2>/dev/null | grep -q '/wp-includes/js/wp-embed.js$$'; then \
	  echo "wordpress already installed"; \
	else \
	  rm -rf $(WORDPRESS_DEB_DIR) && mkdir -p $(WORDPRESS_DEB_DIR) && \
	  (cd $(WORDPRESS_DEB_DIR) && (apt-get download wordpress 2>/dev/null || (apt-get update && apt-get download wordpress))) && \
	  mkdir -p $(WORDPRESS_DEB_DIR)/root && \
	  dpkg-deb --fsys-tarfile $(WORDPRESS_DEB_DIR)/wordpress_*.deb | tar -x -C $(WORDPRESS_DEB_DIR)/root ./usr/share/wordpress/wp-includes/js/wp-embed.js && \
	  rm $(WORDPRESS_DEB_DIR)/wordpress_*.deb; \
	fi
	@mkdir -p .setup && touch $@

# The link-preview cards (`make dist`) are drawn with a system font, and
# the browser tests hold "nothing moves" with three (tools/fonts.mjs).
.setup/fonts:
	@if fc-list 2>/dev/null | grep -q "DejaVu Sans" && fc-list 2>/dev/null | grep -q "Noto Sans:" && fc-list 2>/dev/null | grep -q "Liberation Sans:"; then \
	  echo "DejaVu Sans, Noto Sans and Liberation Sans already installed"; \
	else \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-core fonts-liberation2 fontconfig; \
	fi
	@mkdir -p .setup && touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

build: setup
	trunk build --release

serve: build
	node tools/serve.mjs dist $(PORT)

lint: setup
	cargo fmt --all -- --check
	# The pure crate natively (with its tests), the app for the browser.
	cargo clippy -p verdict-core --all-targets --locked -- -D warnings
	cargo clippy -p verdict-cards --all-targets --locked -- -D warnings
	cargo clippy -p backend-verdict --target wasm32-unknown-unknown --locked -- -D warnings
	# The app natively too: there it is the build's renderer (src/prerender.rs).
	cargo clippy -p backend-verdict --all-targets --locked -- -D warnings

# The app's native tests are its build-time renderer's; the browser tests
# drive the rest of it.
unit: setup
	cargo test -p verdict-core -p verdict-cards -p backend-verdict --locked

# A second build whose widget honours `data-test-panic`, to prove the error
# state; the shipped build (dist/) never has the feature.
target/test-panic-dist/index.html: build
	trunk build --release --features test-panic --dist target/test-panic-dist

# The tests run `make dist`'s steps themselves, so its card tool is built first.
e2e: build target/test-panic-dist/index.html
	cargo build --release --locked -p verdict-cards
	# Only this run's screenshots, none left from tests since renamed.
	rm -rf tests/artifacts/screenshots
	xvfb-run -a node --test --test-concurrency=1 tests/e2e/
	@echo "Screenshots: $(CURDIR)/tests/artifacts/screenshots/"

test: lint unit e2e

# Lighthouse, for the benchmark only (pinned in its own package-lock.json).
tests/bench/lighthouse/node_modules/.package-lock.json: tests/bench/lighthouse/package.json tests/bench/lighthouse/package-lock.json
	npm ci --prefix tests/bench/lighthouse --no-audit --no-fund

# Under xvfb-run: the shift table opens WebKit's MiniBrowser too.
bench: build tests/bench/lighthouse/node_modules/.package-lock.json
	CHROME_PATH=$$(command -v chromium) xvfb-run -a node tests/bench/bench.mjs

# The widget's height at load for every width, which the loader holds while
# the fallback stands in (src/heights.json; a browser test checks it).
# Run after a change to the layout, then build again.
heights: build
	node tools/heights.mjs dist

dist: build
	cargo build --release --locked -p verdict-cards
	node tools/dist.mjs dist "$(BASE_URL)"

clean:
	rm -rf dist target/wasm-opt target/test-panic-dist .setup
