using Microsoft.Data.Sqlite;

namespace TalentWatch.Data.Store.NewStore;

/// <summary>
/// A new SQLite store is created by one script, the schema and history rows that every migration together produces, instead
/// of by EF's migrations one after another: EF's migration machinery costs a new store about 0.3 s of CPU, SQLite runs the
/// script in a few milliseconds (decision P19). Stores that already have a schema keep going through the migrations, and
/// PostgreSQL always does. NewStoreScriptTests proves a store made this way equal to one made by the migrations;
/// regenerate.sh beside this file rewrites the script after a migration is added.
/// </summary>
internal static class NewStoreScript
{
    public const string ResourceName = "TalentWatch.Data.Store.NewStore.NewStoreScript.sql";

    private static readonly Lazy<string> Text = new(ReadText);

    /// <summary>
    /// Creates the schema when the store has none (a file just created, or an empty one) and returns true; leaves a store
    /// with any schema alone and returns false. The check and the script share one write transaction: a crash leaves the
    /// store as empty as it was, and a second process creating the same store waits for the first and then finds it made.
    /// </summary>
    public static bool CreateIfEmpty(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var transaction = connection.BeginTransaction(deferred: false);
        using (var count = connection.CreateCommand())
        {
            count.Transaction = transaction;
            count.CommandText = "SELECT count(*) FROM sqlite_master";
            if ((long)count.ExecuteScalar()! != 0)
            {
                return false;
            }
        }

        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = Text.Value;
            create.ExecuteNonQuery();
        }

        transaction.Commit();
        return true;
    }

    private static string ReadText()
    {
        using var stream = typeof(NewStoreScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the new-store script {ResourceName} is not embedded in {typeof(NewStoreScript).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
