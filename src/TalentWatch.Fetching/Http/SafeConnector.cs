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
    public static SocketsHttpHandler CreateHandler(FetchOptions options)
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
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowPrivate, cancellationToken),
        };
    }

    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new FetchException($"{endPoint.Host}: the name does not resolve to an address.");
        }

        var allowed = allowPrivate ? addresses : addresses.Where(a => AddressPolicy.RefusalReason(a) is null).ToArray();
        if (allowed.Length == 0)
        {
            // Every address is refused; one with several (public and private) connects only to the public ones.
            throw new BlockedAddressException(endPoint.Host, $"{addresses[0]}, {AddressPolicy.RefusalReason(addresses[0])}");
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
