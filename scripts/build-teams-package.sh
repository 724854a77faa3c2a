#!/usr/bin/env bash
# Builds the Teams app package to upload (Teams: Apps > Manage your apps > Upload an app; or Teams admin centre).
#
#   scripts/build-teams-package.sh <MicrosoftAppId> [<bot base URL>] [<output zip>]
#
# The app id is the bot's Entra app (client) id, as in MicrosoftAppId; it may also come from the
# environment variable MicrosoftAppId. The base URL (default https://www.croydon.gov.uk) is where the bot's
# /privacy page is served; its host becomes the manifest's validDomains entry. The zip holds manifest.json,
# color.png and outline.png at its root, as Teams requires; default output artifacts/croydonbot-teams.zip.
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID="${1:-${MicrosoftAppId:-}}"
BASE_URL="${2:-${BotBaseUrl:-https://www.croydon.gov.uk}}"
OUT="${3:-artifacts/croydonbot-teams.zip}"
if [ -z "$APP_ID" ]; then
  echo "usage: $0 <MicrosoftAppId> [<bot base URL>] [<output zip>]" >&2
  exit 2
fi
python3 - "$APP_ID" "$BASE_URL" "$OUT" <<'PY'
import json, re, sys, zipfile
from urllib.parse import urlparse

app_id, base_url, out = sys.argv[1], sys.argv[2].rstrip("/"), sys.argv[3]
if not re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", app_id):
    sys.exit(f"MicrosoftAppId must be a GUID (the bot's Entra app id), got {app_id!r}")
url = urlparse(base_url)
if url.scheme != "https" or not url.hostname:
    sys.exit(f"The bot base URL must be https://..., got {base_url!r}")

with open("appPackage/manifest.json", encoding="utf-8") as f:
    template = f.read()
# Placeholders are replaced inside JSON strings only; the values were checked above, so no escaping is needed.
manifest = (template.replace("{{MicrosoftAppId}}", app_id)
                    .replace("{{BotBaseUrl}}", base_url)
                    .replace("{{BotDomain}}", url.hostname))
left = re.findall(r"\{\{\w+\}\}", manifest)
if left:
    sys.exit(f"Unfilled placeholders in the manifest: {', '.join(sorted(set(left)))}")
json.loads(manifest)

import os
os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", manifest)
    z.write("appPackage/color.png", "color.png")
    z.write("appPackage/outline.png", "outline.png")
print(f"Built {out} for app {app_id}")
PY
