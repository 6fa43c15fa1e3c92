# Jobba på Försäkringskassan. `make run` starts the site, `make test` runs every test.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Django 6.1 needs Python 3.12 or newer: take the first such interpreter on
# PATH or under pyenv, or stop with a message that says what to install.
PYTHON ?= $(shell for c in python3.14 python3.13 python3.12 python3 \
	$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	  p=$$(command -v $$c 2>/dev/null) || continue; \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; \
	done)

.PHONY: help setup run serve proxy test test-fast bench loadtest secret lint messages clean css

help:
	@echo "make run    set up and start the site at http://127.0.0.1:$(PORT)/ (development server, SQLite)"
	@echo "make test   set up and run the whole test suite, browser tests included"
	@echo "make serve  production-like: gunicorn, DEBUG off, static files through WhiteNoise"
	@echo "make proxy  the production layout: nginx (deploy/nginx.conf) on \$$PORT in front of two gunicorn instances"
	@echo "make bench  measure throughput, latency and page sizes against gunicorn"
	@echo "make css    rebuild static/css/site.css, the fonts and the icons from the pinned FKUI packages (needs npm)"
	@echo "make loadtest  64 clients for 30 s against two gunicorn instances (loopback only), again while Redis stops and starts, then through nginx"

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (Django 6.1). Install it, or set PYTHON=/path/to/python3.12." >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test]"
	@touch $@

# The build and test tools from npm (FKUI and sass for `make css`, axe-core and
# the Nu HTML checker for the tests), exactly as package-lock.json pins them.
# Without npm the site still runs: it serves the committed CSS.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --silent --no-audit --no-fund; \
	else echo "npm is missing: the CSS build check and the HTML and axe checks cannot run." >&2; fi

data/secret_key:
	@mkdir -p data
	@$(or $(wildcard $(PY)),$(PYTHON)) -c 'import secrets; print(secrets.token_urlsafe(64))' > $@
	@chmod 600 $@
	@echo "A local secret key was written to $@ (git-ignored)."

secret: data/secret_key

setup: $(STAMP) data/secret_key
	@bash .ci/need.sh ffprobe ffmpeg "for the film's checks and the example film" || true
	$(PY) manage.py migrate --noinput
	$(PY) manage.py loadcontent --examples

run: setup
	@echo "Ett lokalt redaktörskonto (lösenord, sedan QR-kod och reservkoder för inloggningen):"
	@echo "  $(PY) manage.py createhreditor --username redaktor --static-codes"
	@echo "Logga in på http://127.0.0.1:$(PORT)/admin/ med lösenordet och koden från appen (eller en reservkod)."
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

serve: setup
	$(PY) manage.py collectstatic --noinput --verbosity 0
	DJANGO_HTTPS=0 $(VENV)/bin/gunicorn --config gunicorn.conf.py careers.wsgi

proxy: setup
	@bash .ci/need.sh nginx nginx "for make proxy"
	$(PY) manage.py collectstatic --noinput --verbosity 0
	DJANGO_HTTPS=0 $(PY) deploy/proxy.py

test: $(STAMP) data/secret_key node_modules/.package-lock.json
	@bash tests/browser/ensure-browser.sh
	@bash .ci/need.sh nginx nginx "for the tests through the proxy (deploy/nginx.conf)" || true
	@bash .ci/need.sh openssl openssl "for the proxy tests' own TLS certificate" || true
	@bash .ci/need.sh redis-server redis-server "for the fault tests, which stop a Redis of their own" || true
	@bash .ci/need.sh ffprobe ffmpeg "for the film's checks and the tests' clips"
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(STAMP) data/secret_key node_modules/.package-lock.json
	@bash .ci/need.sh nginx nginx "for the tests through the proxy (deploy/nginx.conf)" || true
	@bash .ci/need.sh openssl openssl "for the proxy tests' own TLS certificate" || true
	@bash .ci/need.sh redis-server redis-server "for the fault tests, which stop a Redis of their own" || true
	@bash .ci/need.sh ffprobe ffmpeg "for the film's checks and the tests' clips"
	$(PY) -m pytest -m "not browser" $(PYTEST_ARGS)

bench: setup
	@bash bench/run.sh

loadtest: $(STAMP)
	@bash .ci/need.sh wrk wrk "for the load test"
	@bash .ci/need.sh redis-server redis-server "for the load test's Redis outage"
	$(PY) bench/loadtest.py
	$(PY) bench/loadtest.py --fault redis
	@bash .ci/need.sh nginx nginx "for the load test through the proxy"
	$(PY) bench/loadtest.py --proxy

lint: $(STAMP)
	$(VENV)/bin/ruff check .

css: $(STAMP) data/secret_key node_modules/.package-lock.json
	$(PY) manage.py buildcss

messages: $(STAMP)
	$(PY) manage.py makemessages -l sv --no-obsolete --ignore=node_modules --ignore=staticfiles \
		--ignore=data --ignore=screenshots --ignore=bench-results
	$(PY) manage.py compilemessages -l sv --ignore=.venv --ignore=node_modules

clean:
	rm -rf $(VENV) staticfiles
