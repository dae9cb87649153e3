using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;
using TalentWatch.Fetching.Pages;

namespace TalentWatch.Fetching.Feeds;

/// <summary>One entry of an RSS or Atom feed as the poller needs it.</summary>
public sealed record FeedItem(string Key, Uri? Link, string? Title, string? Summary, DateOnly? Published);

/// <summary>The feed could not be read; the message names the line and the problem.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication, with no DTDs and no external entities.</summary>
public static class FeedReader
{
    public static IReadOnlyList<FeedItem> Read(Uri feedUrl, string xml)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        SyndicationFeed feed;
        try
        {
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"{feedUrl}: not well-formed XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message}", e);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            throw new FeedFormatException($"{feedUrl}: not an RSS 2.0 or Atom 1.0 feed ({e.Message})", e);
        }

        var items = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri() ?? item.Links.FirstOrDefault()?.GetAbsoluteUri();
            if (link is not null && !link.IsAbsoluteUri)
            {
                link = new Uri(feedUrl, link);
            }

            if (link is not null && link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)
            {
                link = null;
            }

            var identity = item.Id ?? link?.ToString() ?? item.Title?.Text;
            if (identity is null)
            {
                continue;
            }

            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            items.Add(new FeedItem(
                Key(identity),
                link,
                Plain(item.Title?.Text),
                Plain(item.Summary?.Text ?? (item.Content as TextSyndicationContent)?.Text),
                date == default ? null : DateOnly.FromDateTime(date.UtcDateTime)));
        }

        return items;
    }

    internal static string Key(string identity) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));

    /// <summary>Feeds put HTML in titles and summaries; the pre-filter and the page read text.</summary>
    private static string? Plain(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!value.Contains('<', StringComparison.Ordinal) && !value.Contains('&', StringComparison.Ordinal))
        {
            return value.Trim();
        }

        var body = new HtmlParser().ParseDocument("<body>" + value + "</body>").Body;
        return body is null ? null : WebPageReader.TextOf(body);
    }
}
