#!/usr/bin/env bash
# Prints the folder dependency graph of src/CroydonBot, read from the compiled code, and fails (exit 1)
# when the folders form a cycle. The architecture test (tests/CroydonBot.UnitTests/Architecture) holds the
# rule each edge must follow; this shows the whole picture.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/CroydonBot -nologo -v q -clp:ErrorsOnly >&2
dotnet run --file scripts/FolderGraph.cs -- src/CroydonBot/bin/Debug/net10.0/CroydonBot.dll
