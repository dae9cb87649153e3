#!/usr/bin/env bash
# Regenerates the SQLite compiled model the command line uses (decision P9). Run after any change to the entities or
# Store/Configurations (the same moment as adding a migration); CompiledModelTests fails until you do.
# Needs dotnet-ef 10.0.15: dotnet tool install --global dotnet-ef --version 10.0.15
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -f Store/CompiledModel/*EntityType.cs Store/CompiledModel/TalentWatchDbContextModel*.cs
dotnet ef dbcontext optimize --output-dir Store/CompiledModel --namespace TalentWatch.Data.Store.CompiledModel
# The generated assembly attribute would make EF use this SQLite model for PostgreSQL contexts too; StoreRegistration
# asks for it explicitly on SQLite instead.
rm -f Store/CompiledModel/TalentWatchDbContextAssemblyAttributes.cs
