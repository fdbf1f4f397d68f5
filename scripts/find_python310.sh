#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter (Rasa 3.6 needs >=3.8,<3.11), or explain how to get one.
set -u
candidates=(python3.10)
if command -v pyenv >/dev/null 2>&1; then
  for dir in "$(pyenv root 2>/dev/null)"/versions/3.10*; do candidates+=("$dir/bin/python3.10"); done
fi
for dir in "$HOME"/.pyenv/versions/3.10* /usr/local/bin /usr/bin /opt/python/3.10*/bin; do
  candidates+=("$dir/python3.10")
done
for candidate in "${candidates[@]}"; do
  if "$candidate" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; then
    command -v "$candidate" 2>/dev/null || echo "$candidate"
    exit 0
  fi
done
echo "Harbour needs Python 3.10 (Rasa 3.6 supports 3.8-3.10) and none was found." >&2
echo "Install one (e.g. 'pyenv install 3.10.13' or your OS package python3.10) and run make again," >&2
echo "or point PYTHON310=/path/to/python3.10 at it." >&2
exit 1
