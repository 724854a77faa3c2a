#!/usr/bin/env bash
# Load test over loopback: release build of the bot, the botbuilder echo peer, then the harness.
# Extra arguments go to the harness, e.g. --conversations 64 --duration 15 --no-peer (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/CroydonBot -v quiet -nologo
dotnet build -c Release tools/CroydonBot.LoadTest -v quiet -nologo
if [ ! -d tools/peer-echo-bot/node_modules/botbuilder ]; then
  npm ci --prefix tools/peer-echo-bot --no-audit --no-fund
fi
exec dotnet tools/CroydonBot.LoadTest/bin/Release/net10.0/CroydonBot.LoadTest.dll "$@"
