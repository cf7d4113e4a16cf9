# Shortcuts for scripts/dev.py, which does the work and needs only Python 3.11+.
.PHONY: run test test-pg lint format messages demo reset bench

run:
	python3 scripts/dev.py
test:
	python3 scripts/dev.py test
test-pg:
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/test python3 scripts/dev.py test
lint:
	python3 scripts/dev.py lint
format:
	.venv/bin/ruff format . && .venv/bin/ruff check --fix .
messages:
	python3 scripts/dev.py messages
demo:
	.venv/bin/python manage.py load_demo
reset:
	python3 scripts/dev.py reset
bench:
	python3 scripts/dev.py bench
