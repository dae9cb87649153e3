#!/usr/bin/env bash
# Regenerates NewStoreScript.sql, the script a new SQLite store is created from instead of the migrations (decision P19).
# Run after adding or changing a migration, or upgrading EF Core (the same moment as CompiledModel/regenerate.sh);
# NewStoreScriptTests fails until you do. The test captures the script from a store built by every migration, then is run
# again to check that a store built from the new script equals it.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
TALENTWATCH_REGENERATE_NEW_STORE_SCRIPT=1 dotnet test tests/TalentWatch.Data.Tests --filter "FullyQualifiedName~NewStoreScriptTests.A_store_created_from_the_script" -nologo -v quiet
dotnet test tests/TalentWatch.Data.Tests --filter "FullyQualifiedName~NewStoreScriptTests" -nologo -v quiet
