namespace TalentWatch.Fetching.Http;

/// <summary>A fetch that did not give a usable body; <see cref="Exception.Message"/> says why in words a user can act on.</summary>
public class FetchException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Whether trying again later could help (a timeout, a 503), as opposed to a refused address or a PDF.</summary>
    public bool Transient { get; init; }
}

/// <summary>The address a host name resolved to (or the literal in the URL) is one the settings do not allow.</summary>
public sealed class BlockedAddressException(string host, string reason)
    : FetchException($"{host} is refused: it resolves to {reason}. Set Fetch:AllowPrivateNetworks=true to fetch from private networks.")
{
    public string Host { get; } = host;
}
