#!/usr/bin/env bash
# Adds a migration for one module, for both providers (SQLite and PostgreSQL).
# Usage: scripts/add-migration.sh <project folder> <context name without provider> <migration name>
# Example: scripts/add-migration.sh src/Modules/Tamga.Declarations DeclarationsDbContext AddNotifications
set -euo pipefail
cd "$(dirname "$0")/.."
project="$1"; context="$2"; name="$3"
dotnet tool restore >/dev/null
dotnet build "$project" -v q -nologo >/dev/null
for provider in Sqlite Postgres; do
  folder="Data/Migrations/$provider"
  dotnet ef migrations add "$name" --no-build --project "$project" --context "${provider}${context}" --output-dir "$folder"
done
