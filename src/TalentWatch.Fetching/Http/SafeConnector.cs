using System.Net;
using System.Net.Sockets;

namespace TalentWatch.Fetching.Http;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> that makes fetching SSRF-safe: it resolves the host itself and
/// connects only to an address <see cref="AddressPolicy"/> allows. Every connection goes through it, the first and each
/// one a redirect opens, so a public name that resolves (or is re-pointed) to 127.0.0.1, or a redirect to
/// http://169.254.169.254/, is refused before a byte is sent. No proxy is used, so the address checked is the one
/// connected to.
/// </summary>
public static class SafeConnector
{
    public static SocketsHttpHandler CreateHandler(FetchOptions options) => CreateHandler(options, AddressPolicy.RefusalReason);

    /// <summary>With another address policy: the tests' local server is on 127.0.0.1, and they need it to count as public.</summary>
    internal static SocketsHttpHandler CreateHandler(FetchOptions options, Func<IPAddress, string?> refusalReason)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allowPrivate = options.AllowPrivateNetworks;
        return new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowPrivate, refusalReason, cancellationToken),
        };
    }

    internal static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, Func<IPAddress, string?> refusalReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new FetchException($"{endPoint.Host}: the name does not resolve to an address.");
        }

        var allowed = allowPrivate ? addresses : addresses.Where(a => refusalReason(a) is null).ToArray();
        if (allowed.Length == 0)
        {
            // Every address is refused; one with several (public and private) connects only to the public ones.
            throw new BlockedAddressException(endPoint.Host, $"{addresses[0]}, {refusalReason(addresses[0])}");
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new FetchException($"{endPoint.Host}: cannot connect ({last?.Message}).", last) { Transient = true };
    }
}
