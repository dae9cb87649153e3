using System.Data.Common;
using TalentWatch.Core.Names;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Resolution;

/// <summary>Finds a company by slug, name or any alias, case- and accent-insensitively (SPEC "Metrics", last rule).</summary>
public static class CompanyLookup
{
    /// <summary>The company's id, or null when no company has that slug, name or alias.</summary>
    public static Task<int?> FindIdAsync(TalentWatchDbContext db, string nameOrSlug, CancellationToken cancellationToken = default) =>
        PlainCommand.OnContextAsync(db, (connection, transaction) => FindIdAsync(connection, transaction, nameOrSlug, cancellationToken), cancellationToken);

    /// <summary>As above, on an open connection to the store (the command line's reads, decision P22).</summary>
    public static Task<int?> FindIdAsync(DbConnection connection, string nameOrSlug, CancellationToken cancellationToken = default) =>
        FindIdAsync(connection, null, nameOrSlug, cancellationToken);

    private static async Task<int?> FindIdAsync(DbConnection connection, DbTransaction? transaction, string nameOrSlug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nameOrSlug);
        var key = NameKey.For(nameOrSlug);
        if (key.Length > 0)
        {
            await using var byAlias = PlainCommand.Create(connection, """SELECT "CompanyId" FROM "CompanyAliases" WHERE "Key" = @key LIMIT 1""", transaction)
                .With("@key", key);
            if (await byAlias.ExecuteScalarAsync(cancellationToken) is { } companyId and not DBNull)
            {
                return Convert.ToInt32(companyId, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var slug = nameOrSlug.Trim().ToLowerInvariant();
        await using var bySlug = PlainCommand.Create(connection, """SELECT "Id" FROM "Companies" WHERE "Slug" = @slug LIMIT 1""", transaction)
            .With("@slug", slug);
        return await bySlug.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull
            ? Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }
}
