using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace TalentWatch.Fetching.Http;

/// <summary>A body fetched (or a 304 for a conditional GET); <see cref="FinalUri"/> is where the redirects ended.</summary>
public sealed record FetchedDocument(Uri FinalUri, HttpStatusCode Status, string? MediaType, string Text, string? ETag, string? LastModified)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;
}

/// <summary>What a conditional GET sends back: the validators of the last response.</summary>
public sealed record Validators(string? ETag, string? LastModified);

/// <summary>
/// Downloads web pages and feeds politely (a User-Agent naming the app, one request at a time per host, conditional GET,
/// retries with back-off through the resilience handler) and safely (<see cref="SafeConnector"/>; bounded time, redirects
/// and body; HTML, XML and plain text only). Every failure is a <see cref="FetchException"/> with a message for the user.
/// </summary>
public sealed partial class WebFetcher(IHttpClientFactory clients, IOptions<FetchOptions> options)
{
    public const string ClientName = "TalentWatch.Fetch";

    private static readonly string[] ReadableTypes =
    [
        "text/html", "application/xhtml+xml", "text/plain",
        "text/xml", "application/xml", "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    ];

    private readonly ConcurrentDictionary<string, SemaphoreSlim> hostGates = new(StringComparer.OrdinalIgnoreCase);

    static WebFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public FetchOptions Options => options.Value;

    /// <summary>Checks that <paramref name="text"/> is an absolute http(s) URL; the error says what is wrong.</summary>
    public static bool TryParseUrl(string? text, out Uri uri, out string? error)
    {
        uri = null!;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no URL given";
            return false;
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            error = $"'{text}' is not a web address (expected http:// or https://)";
            return false;
        }

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            error = $"'{text}': addresses with a user name or password are not fetched";
            return false;
        }

        uri = parsed;
        return true;
    }

    public async Task<FetchedDocument> FetchAsync(Uri uri, Validators? validators = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var settings = options.Value;
        var gate = hostGates.GetOrAdd($"{uri.IdnHost}:{uri.Port}", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await FetchOnceAsync(uri, validators, settings, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<FetchedDocument> FetchOnceAsync(Uri uri, Validators? validators, FetchOptions settings, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8");
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        var client = clients.CreateClient(ClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception e) when (Find<FetchException>(e) is { } fetch)
        {
            throw fetch is BlockedAddressException ? fetch : new FetchException($"{uri}: {fetch.Message}", e) { Transient = fetch.Transient };
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new FetchException($"{uri}: no answer within {settings.Timeout.TotalSeconds:0.#} s (tried {settings.Retries + 1} times)", e) { Transient = true };
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"{uri}: {e.Message}", e) { Transient = true };
        }

        using (response)
        {
            var finalUri = response.RequestMessage?.RequestUri ?? uri;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchedDocument(finalUri, response.StatusCode, null, string.Empty, validators?.ETag, validators?.LastModified);
            }

            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
            {
                throw new FetchException(response.Headers.Location is null
                    ? $"{uri}: redirect ({status}) without a Location"
                    : $"{uri}: more than {settings.MaxRedirects} redirects, or a redirect from https to http (last to {response.Headers.Location})");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException($"{uri}: the server answered {status} {response.ReasonPhrase}") { Transient = status is 408 or 429 or >= 500 };
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            if (mediaType is not null && !ReadableTypes.Contains(mediaType))
            {
                throw new FetchException($"{uri}: {mediaType} is not a web page or a feed (only HTML, XML and plain text are read)");
            }

            if (response.Content.Headers.ContentLength > settings.MaxBytes)
            {
                throw new FetchException($"{uri}: {response.Content.Headers.ContentLength} bytes, over the {settings.MaxBytes}-byte limit (Fetch:MaxBytes)");
            }

            var bytes = await ReadCappedAsync(uri, response.Content, settings, cancellationToken);
            var text = Decode(bytes, response.Content.Headers.ContentType, mediaType);
            return new FetchedDocument(finalUri, response.StatusCode, mediaType, text, response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"));
        }
    }

    private static async Task<byte[]> ReadCappedAsync(Uri uri, HttpContent content, FetchOptions settings, CancellationToken cancellationToken)
    {
        // The body has the same time limit as the headers: a server that trickles bytes forever is cut off.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.Timeout);
        try
        {
            await using var stream = await content.ReadAsStreamAsync(deadline.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, deadline.Token)) > 0)
            {
                if (buffer.Length + read > settings.MaxBytes)
                {
                    throw new FetchException($"{uri}: the body is over the {settings.MaxBytes}-byte limit (Fetch:MaxBytes)");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"{uri}: the body did not arrive within {settings.Timeout.TotalSeconds:0.#} s", e) { Transient = true };
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new FetchException($"{uri}: the connection broke while reading ({e.Message})", e) { Transient = true };
        }
    }

    /// <summary>Text from bytes: the charset of the Content-Type header, else a byte-order mark, else the page's own declaration, else UTF-8.</summary>
    internal static string Decode(byte[] bytes, MediaTypeHeaderValue? contentType, string? mediaType)
    {
        var encoding = EncodingNamed(contentType?.CharSet?.Trim('"'));
        if (encoding is null)
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
            var declared = mediaType is not null && mediaType.Contains("html", StringComparison.Ordinal) ? MetaCharset().Match(head) : XmlEncoding().Match(head);
            if (!declared.Success)
            {
                declared = MetaCharset().Match(head);
            }

            encoding = declared.Success ? EncodingNamed(declared.Groups["charset"].Value) : null;
        }

        encoding ??= Encoding.UTF8;
        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static Encoding? EncodingNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static T? Find<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    internal static bool IsBlocked(Exception? e) => Find<BlockedAddressException>(e) is not null;

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]+encoding\s*=\s*["'](?<charset>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();
}
