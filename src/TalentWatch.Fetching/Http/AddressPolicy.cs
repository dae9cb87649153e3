using System.Net;
using System.Net.Sockets;

namespace TalentWatch.Fetching.Http;

/// <summary>Which IP addresses a fetch may connect to when private networks are not allowed.</summary>
public static class AddressPolicy
{
    /// <summary>Why <paramref name="address"/> is refused (loopback, private…), or null for a public address.</summary>
    public static string? RefusalReason(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return "a loopback address";
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b switch
            {
                [0, ..] => "a 'this network' address (0.0.0.0/8)",
                [10, ..] => "a private address (10.0.0.0/8)",
                [172, >= 16 and <= 31, ..] => "a private address (172.16.0.0/12)",
                [192, 168, ..] => "a private address (192.168.0.0/16)",
                [169, 254, ..] => "a link-local address (169.254.0.0/16, where cloud metadata services live)",
                [100, >= 64 and <= 127, ..] => "a shared carrier-grade NAT address (100.64.0.0/10)",
                [192, 0, 0, _] => "an IETF protocol address (192.0.0.0/24)",
                [198, 18 or 19, ..] => "a benchmarking address (198.18.0.0/15)",
                [>= 224, ..] => "a multicast or reserved address",
                _ => null,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
            {
                return "the unspecified address";
            }

            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
            {
                return "a link-local address (fe80::/10)";
            }

            if (address.IsIPv6UniqueLocal)
            {
                return "a unique-local address (fc00::/7)";
            }

            if (address.IsIPv6Multicast)
            {
                return "a multicast address";
            }

            var b = address.GetAddressBytes();
            if (b[0] == 0x20 && b[1] == 0x02)
            {
                // 6to4 carries an IPv4 address in bytes 2-5: judged as that address.
                return RefusalReason(new IPAddress(b[2..6]));
            }

            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
            {
                // NAT64 (64:ff9b::/96) likewise carries the IPv4 address in its last four bytes.
                return RefusalReason(new IPAddress(b[12..16]));
            }

            return null;
        }

        return "not an IP address";
    }
}
