namespace TalentWatch.Data.Store;

/// <summary>Which database holds the store: <c>Database:Provider</c> in configuration (docs/deployment.md).</summary>
public enum StoreProvider
{
    /// <summary>One file next to the app, for one user; the default.</summary>
    Sqlite,

    /// <summary>A shared server, for a team and several web instances.</summary>
    Postgres,
}

/// <summary>A provider and the connection string to reach the store with it.</summary>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString);

/// <summary>The store's configuration is wrong or the store cannot be reached: the message says which and how to fix it.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
